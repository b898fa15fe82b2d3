"""Alt+letter reaches every button, tick box, tab and labelled field, in either language."""

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel, QPushButton, QTabBar, QWidget, QWizard

from desktop.shell.main_window import MainWindow
from desktop.widgets.accelerators import TAKEN, marked, scope_of, with_accelerator
from tests.desktop.screen_tour import each_dialog, screens, window

__all__ = ["window"]  # the fixture
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_letter_is_chosen_at_a_word_start_and_never_twice() -> None:
    """'Nieuwe bijeenkomst' takes N, then B; a third text falls back to any free letter."""
    taken: set[str] = set()
    first, letter = with_accelerator("Nieuwe bijeenkomst", taken)
    assert (first, letter) == ("&Nieuwe bijeenkomst", "n")
    taken.add(letter)
    second, letter = with_accelerator("Nieuw traject", taken)
    assert (second, letter) == ("Nieuw &traject", "t")
    taken |= {letter, "i", "e", "u", "w", "r", "a", "j", "c"}
    assert with_accelerator("Nieuw traject", taken) == ("Nieuw traject", "")
    assert with_accelerator("&Opslaan", set()) == ("&Opslaan", "o")
    assert marked("People && organisations") == ""


def _missing_or_twice(root: QWidget) -> list[str]:
    """Visible buttons and tabs without a letter (while a letter of theirs was free), or
    sharing one on the same page (the wizard's own Cancel and Finish are Qt's)."""
    problems: list[str] = []
    seen: dict[tuple[int, str], str] = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isVisible():
            continue
        texts: list[str] = []
        if isinstance(widget.parentWidget(), QWizard) or widget.property("role") == "answer":
            continue  # Qt's own wizard buttons; the kiosk's answers (1 to 5 per question)
        if isinstance(widget, QPushButton) and widget.text() and widget.icon().isNull():
            texts = [widget.text()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QLabel) and widget.buddy() is not None and "<" not in widget.text():
            texts = [widget.text()]
        scope = scope_of(widget)
        taken = set(str(scope.property(TAKEN) or ""))
        for text in texts:
            letter = marked(text)
            free = {c.lower() for c in text if c.isalnum() and c.isascii()} - taken
            if not letter and free:
                problems.append(f"no letter: {text!r}")
            elif letter:
                key = (shiboken6.getCppPointer(scope)[0], letter)
                if key in seen and seen[key] != text:
                    problems.append(f"{letter}: {seen[key]!r} and {text!r}")
                seen[key] = text
    return problems


def test_every_button_tab_and_label_of_every_page_has_its_own_letter(window: MainWindow) -> None:
    """Each page and tab: every button, tab and field label has an Alt letter of its own."""
    found = {name: _missing_or_twice(window) for name in screens(window)}
    bad = {name: p for name, p in found.items() if p}
    assert not bad, "\n".join(f"{k}: {v}" for k, v in bad.items())


def test_every_button_of_every_dialog_has_its_own_letter(window: MainWindow) -> None:
    """The dialogs, the wizard, live mode and the kiosk: the same."""
    bad = each_dialog(window, _missing_or_twice)
    assert not bad, "\n".join(f"{k}: {v}" for k, v in bad.items())
