"""Installs the Dutch (or English) translation and Qt's own, and the Belgian locale."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources

TRANSLATIONS_DIR = Path(resources.__file__).parent / "translations"
LANGUAGES = {"nl": "Nederlands", "en": "English"}


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Loads our catalogue and Qt's (for standard buttons); the source strings are English."""
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
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qtbase)
        installed.append(qtbase)
    return installed
