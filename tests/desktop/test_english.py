"""In English the window speaks English: no text of the Dutch catalogue on any page, tab or
dialog, and dates, numbers and month names in English."""

import re
import xml.etree.ElementTree as ElementTree
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from desktop.shell.main_window import MainWindow
from tests.desktop.screen_tour import each_dialog, screens, window

__all__ = ["window"]  # the fixture
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
CATALOGUE = Path(__file__).parents[2] / "resources" / "translations" / "trajectwijzer_nl.ts"
# What the spreadsheet in the import's test file says (its sheet and column names): data.
FILE_TEXTS = {"Inschrijvingen (header on row 5)", "Naam", "Voornaam"}
ROLES = ("title", "subtitle", "empty", "help", "strong", "section")


@cache
def dutch_texts() -> tuple[set[str], list[re.Pattern[str]]]:
    """Every Dutch translation that differs from its English source: whole texts, and
    patterns for those with %1 or {name} in them."""
    whole: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    sources: set[str] = set()
    for message in ElementTree.parse(CATALOGUE).getroot().iter("message"):
        source = message.findtext("source") or ""
        sources.add(source.replace("&", ""))
        translation = message.find("translation")
        text = (translation.text or "") if translation is not None else ""
        text = text.replace("&", "").strip()
        if not text or text == source.replace("&", "").strip() or len(text) < 4:
            continue
        if re.search(r"%\d|\{\w+\}", text):
            if len(re.sub(r"%\d|\{\w+\}|\W", "", text)) < 4:
                continue  # '%1 (%2)': would match any text in brackets
            escaped = re.escape(text)
            escaped = re.sub(r"%\d|\\\{\w+\\\}", ".+", escaped)
            patterns.append(re.compile(escaped, re.S))
        else:
            whole.add(text)
    return whole - sources, patterns


def shown_texts(root: QWidget) -> list[str]:
    """The interface's own words in view: labels, buttons, tabs, headers, placeholders."""
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if labelled or (isinstance(widget, QLabel) and widget.property("role") in ROLES):
            texts.append(widget.text())
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            header = getattr(widget, "horizontalHeader", None)
            if callable(header):
                bar = header()
                texts += [
                    str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                    for c in range(bar.count())
                ]
        if isinstance(widget, QComboBox) and not widget.isEditable():
            texts += [widget.itemText(i) for i in range(min(widget.count(), 12))]
        texts.append(widget.accessibleName())
    return [t.replace("&", "").strip() for t in texts if t and t.strip()]


@cache
def programme_texts() -> frozenset[str]:
    """What the programme files say (scopes, options, phases): Flemish content, shown as the
    programme and the documents word it, in either language."""
    from models.programmes import load_programmes

    found: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list | tuple | set | frozenset):
            for item in value:
                collect(item)
        elif hasattr(value, "__dict__") or hasattr(value, "__slots__"):
            for name in getattr(value, "__dataclass_fields__", vars(value)):
                collect(getattr(value, name, None))

    collect(list(load_programmes().values()))
    return frozenset(found)


def _from_programme(text: str) -> bool:
    """A programme's own words: a scope or an option as the offer words it, alone or with its
    price ('Fase 1+2 (€ 4.500,00)')."""
    return text in programme_texts() or text.split(" (")[0] in programme_texts()


def dutch_in(root: QWidget) -> list[str]:
    whole, patterns = dutch_texts()
    found = []
    for text in shown_texts(root):
        if text in FILE_TEXTS or _from_programme(text):
            continue
        if text in whole or any(p.fullmatch(text) for p in patterns):
            found.append(text)
    return sorted(set(found))


def test_no_dutch_on_any_page_in_english(window: MainWindow) -> None:
    """Every page, settings tab and trajectory tab in English shows none of the Dutch texts."""
    found = {name: dutch_in(window) for name in screens(window)}
    bad = {name: texts for name, texts in found.items() if texts}
    assert not bad, "\n".join(f"{k}: {v}" for k, v in bad.items())


def test_no_dutch_in_any_dialog_in_english(window: MainWindow) -> None:
    """The dialogs, the wizard, live mode and the kiosk in English show no Dutch text."""
    bad = each_dialog(window, dutch_in)
    assert not bad, "\n".join(f"{k}: {v}" for k, v in bad.items())


def test_dates_numbers_and_months_follow_the_language() -> None:
    """English: 'November 2026', 'Phase 2'; Dutch: 'november 2026'; amounts 3.500,00 in both."""
    from desktop.shell.formats import date_text, long_date_text, money_text, month_year_text

    before = QLocale()
    try:
        QLocale.setDefault(QLocale("en_BE"))
        assert month_year_text(date(2026, 11, 22)) == "November 2026"
        assert long_date_text(date(2026, 11, 22)) == "22 November 2026"
        QLocale.setDefault(QLocale("nl_BE"))
        assert month_year_text(date(2026, 11, 22)) == "november 2026"
        assert date_text(date(2026, 11, 22)) == "22/11/2026"
        assert money_text(350000) == "€\u00a03.500,00"
    finally:
        QLocale.setDefault(before)


def test_the_timeline_names_months_in_the_chosen_language(qtbot) -> None:
    """The planning's month heading: 'Oct' in English, 'okt' in Dutch (no nl_BE hard-coded)."""
    from PySide6.QtCore import QLocale as Locale

    english = Locale("en_BE").standaloneMonthName(10, Locale.FormatType.ShortFormat)
    dutch = Locale("nl_BE").standaloneMonthName(10, Locale.FormatType.ShortFormat)
    assert english != dutch
    source = (Path(__file__).parents[2] / "desktop" / "planning" / "timeline_chart.py").read_text()
    assert "nl_BE" not in source and "standaloneMonthName" in source
