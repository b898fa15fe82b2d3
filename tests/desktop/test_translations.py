"""Every user-visible string of the UI has its Dutch translation, with its placeholders."""

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "trajectwijzer_nl.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
PLACEHOLDER = re.compile(r"%(?:n|\d)")


def _messages(ts_file: Path) -> list[ET.Element]:
    return list(ET.parse(ts_file).iter("message"))


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def test_every_source_string_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    """lupdate over the current code finds no string missing from the Dutch catalogue."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import update_translations
    finally:
        sys.path.pop(0)
    if not (Path(sys.executable).parent / "pyside6-lupdate").exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS_FILE, fresh)
    update_translations.lupdate(fresh)
    missing = [
        message.findtext("source")
        for message in _messages(fresh)
        if not all(_translations(message))
        or (
            message.find("translation") is not None
            and message.find("translation").get("type") == "unfinished"
        )  # type: ignore[union-attr]
    ]
    assert missing == [], f"untranslated: {missing}"


def test_translations_keep_their_placeholders() -> None:
    """A translation keeps every %1 / %n of its source, so no number goes missing."""
    for message in _messages(TS_FILE):
        source = message.findtext("source") or ""
        for text in _translations(message):
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source


def test_compiled_catalogue_is_shipped_and_newer_than_its_source() -> None:
    """The compiled catalogue the app loads is shipped beside its source."""
    assert QM_FILE.exists()
    assert QM_FILE.stat().st_size > 100


def test_dutch_translation_is_active_in_the_window(qtbot) -> None:
    """With the default language the navigation reads in Dutch."""
    from PySide6.QtWidgets import QApplication

    from desktop.shell.i18n import install_translators
    from desktop.shell.main_window import MainWindow

    translators = install_translators(QApplication.instance(), "nl")
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        labels = [window.navigation.item(i).text() for i in range(window.navigation.count())]
        assert labels == [
            "Overzicht",
            "Trajecten",
            "Personen & organisaties",
            "Programma's",
            "Instellingen",
        ]
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)


def test_every_translated_text_is_a_literal_lupdate_can_see() -> None:
    """translate(context, text) or self.tr(text) with a variable text hides the string from
    lupdate: it then stays English in the Dutch window (this happened to the Acties tab)."""
    import ast

    hidden = []
    # The one place that translates the domain's texts: those reach lupdate through
    # desktop/shell/domain_texts.py, generated from models/ (see the test below).
    domain = ROOT / "desktop" / "shell" / "messages.py"
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        if path == domain:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for formatted in (n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)):
            # lupdate does not look inside f-strings
            for node in ast.walk(formatted):
                if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in (
                    "tr",
                    "translate",
                ):
                    hidden.append(f"{path.relative_to(ROOT)}:{node.lineno} (in an f-string)")
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            if isinstance(node.func, ast.Name) and node.func.id in ("tr", "_tr", "_t", "translate"):
                # a local alias or wrapper: lupdate files it under the wrong context (or none)
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
                continue
            if not isinstance(node.func, ast.Attribute):
                continue
            index = {"translate": 1, "tr": 0}.get(node.func.attr)
            if index is None or len(node.args) <= index:
                continue
            text = node.args[index]
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert hidden == [], f"not a literal text: {hidden}"


def test_the_domain_texts_module_is_up_to_date() -> None:
    """Every UserError text of models/ reaches lupdate (run tools/update_translations.py)."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import update_translations
    finally:
        sys.path.pop(0)
    generated = update_translations.domain_texts_module()
    assert update_translations.DOMAIN_TEXTS.read_text(encoding="utf-8") == generated


def test_domain_translations_keep_their_named_parameters() -> None:
    """A Domain translation keeps every {name} of its source, so no value goes missing."""
    named = re.compile(r"\{\w+\}")
    for context in ET.parse(TS_FILE).iter("context"):
        if context.findtext("name") != "Domain":
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            for text in _translations(message):
                assert sorted(named.findall(text)) == sorted(named.findall(source)), source


def test_a_user_error_reads_dutch_on_the_command_line() -> None:
    """Without an application object the Dutch catalogue is read: the CLI's contract."""
    from desktop.shell.messages import user_message
    from models.core.errors import UserError

    assert user_message(UserError("Deze persoon is al gewist.")) == "Deze persoon is al gewist."


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_qts_own_dialogs_speak_dutch(qtbot) -> None:
    """The print dialog the coach sees is Dutch (Qt's qtbase_nl), and has no print to file."""
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication, QComboBox, QPushButton

    from desktop.printing import dialogs
    from desktop.shell.i18n import install_translators

    app = QApplication.instance()
    translators = install_translators(app, "nl")
    try:
        printer = QPrinter()
        texts: list[str] = []

        def look() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is not None:
                texts.extend(b.text() for b in dialog.findChildren(QPushButton))
                printers = dialog.findChild(QComboBox, "printers")
                texts.extend(printers.itemText(i) for i in range(printers.count()))
                dialog.reject()

        QTimer.singleShot(200, look)
        assert not dialogs.ask_print_settings(None, printer, 3)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert "A&fdrukken" in texts and "&Opties >>" in texts
    assert not any("PDF" in text for text in texts)  # no 'Naar bestand afdrukken (PDF)'


def test_qts_dutch_is_found_where_a_bundle_keeps_it(qtbot, tmp_path: Path, monkeypatch) -> None:
    """When Qt's configured folder has no qtbase_nl (a bundle), the wheel's copy is used."""
    from PySide6.QtCore import QLibraryInfo, QLocale
    from PySide6.QtWidgets import QApplication

    from desktop.shell import i18n

    monkeypatch.setattr(QLibraryInfo, "path", lambda _which: str(tmp_path))
    translator = i18n.load_qt_translator(QApplication.instance(), QLocale("nl_BE"))
    assert translator is not None
    assert Path(translator.filePath()).name == "qtbase_nl.qm"
    assert translator.translate("QPrintDialog", "&Options >>") == "&Opties >>"
