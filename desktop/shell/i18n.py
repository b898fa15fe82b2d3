"""Installs the Dutch (or English) translation and Qt's own, and the Belgian locale."""

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources

TRANSLATIONS_DIR = Path(resources.__file__).parent / "translations"
LANGUAGES = {"nl": "Nederlands", "en": "English"}


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own catalogues (qtbase_nl.qm: print and file dialogs, standard buttons) may
    be: Qt's configured folder first, then the wheel's folders (PySide6/Qt/translations on
    Linux and macOS, PySide6/translations on Windows), which a bundle keeps as they are even
    where Qt's configured folder does not point into the bundle."""
    import PySide6

    package = Path(PySide6.__file__).parent
    folders = [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        package / "Qt" / "translations",
        package / "translations",
    ]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders += [Path(bundle) / "PySide6" / "Qt" / "translations"]
        folders += [Path(bundle) / "PySide6" / "translations"]
    return list(dict.fromkeys(folders))


def load_qt_translator(app: QCoreApplication, locale: QLocale) -> QTranslator | None:
    """Qt's own Dutch for its dialogs, from the first folder that has it; None without."""
    translator = QTranslator(app)
    for folder in qt_translation_dirs():
        if translator.load(locale, "qtbase", "_", str(folder)):
            return translator
    return None


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Loads our catalogue and Qt's (dialogs, standard buttons); the source strings are English."""
    installed: list[QTranslator] = []
    locale = QLocale("nl_BE")
    if language == "en":
        locale = QLocale("en_BE")
    QLocale.setDefault(locale)
    if language != "nl":
        return installed
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS_DIR / "trajectwijzer_nl.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qtbase = load_qt_translator(app, locale)
    if qtbase is not None:
        app.installTranslator(qtbase)
        installed.append(qtbase)
    return installed
