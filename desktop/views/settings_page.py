"""Instellingen: language, where the data lives, and the version."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop import settings
from desktop.i18n import LANGUAGES
from desktop.version import __version__
from desktop.views.widgets import subtitle_label, title_label


class SettingsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.LANGUAGE.get())))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_note = subtitle_label()
        self.database = QLabel()
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_folder = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Data folder"), self.data_folder)
        form.addRow(self.tr("Version"), QLabel(__version__))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title_label(self.tr("Settings")))
        layout.addLayout(form)
        layout.addStretch(1)

    def set_store(self, store: Any) -> None:
        from models.paths import data_dir

        self.database.setText(str(store.path))
        self.data_folder.setText(str(data_dir()))

    def _language_changed(self) -> None:
        settings.LANGUAGE.set(self.language.currentData())
        self.language_note.setText(self.tr("The new language is used from the next start."))
