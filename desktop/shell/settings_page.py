"""Instellingen: general (language, where the data lives, version), the providers' identity,
backups, privacy, hand-over."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.people.privacy_page import PrivacyPage
from desktop.shell import settings
from desktop.shell.i18n import LANGUAGES
from desktop.shell.organisation_settings import OrganisationSettings
from desktop.shell.version import app_version
from desktop.storage.backup_page import BackupPage
from desktop.team.server_settings import ServerSettings
from desktop.widgets.common import subtitle_label, title_label
from desktop.widgets.workspace_view import WorkspaceView

if TYPE_CHECKING:
    from models.workspace import Workspace


class SettingsPage(WorkspaceView, QWidget):
    """Tabs: General · Backups · Privacy. `restore_requested(path)` comes from the backups."""

    restore_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.LANGUAGE.get())))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_note = subtitle_label()
        self.colours = QComboBox()
        for code, name in (
            ("system", self.tr("As the system (light or dark)")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.colours.addItem(name, code)
        self.colours.setCurrentIndex(max(0, self.colours.findData(settings.COLOUR_SCHEME.get())))
        self.colours.currentIndexChanged.connect(self._colours_changed)
        self.database = QLabel()
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_folder = QLabel()
        self.hand_over = QPushButton(self.tr("Hand over a trajectory…"))
        self.take_over = QPushButton(self.tr("Take over a trajectory…"))
        self.hand_over.clicked.connect(self._hand_over)
        self.take_over.clicked.connect(self._take_over)
        handover_row = QHBoxLayout()
        handover_row.addWidget(self.hand_over)
        handover_row.addWidget(self.take_over)
        handover_row.addStretch(1)
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Colours"), self.colours)
        form.addRow(self.tr("Database"), self.database)
        self.server = ServerSettings()
        form.addRow(self.tr("Team server"), self.server)
        form.addRow(self.tr("Data folder"), self.data_folder)
        form.addRow(self.tr("Version"), QLabel(app_version()))
        form.addRow(self.tr("Another coach"), handover_row)
        self.organisation = OrganisationSettings()
        self.backups = BackupPage()
        self.privacy = PrivacyPage()
        self.backups.restore_requested.connect(self.restore_requested)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.organisation, self.tr("Organisation"))
        self.tabs.addTab(self.backups, self.tr("Backups"))
        self.tabs.addTab(self.privacy, self.tr("Privacy"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title_label(self.tr("Settings")))
        layout.addWidget(self.tabs, 1)
        self._update_buttons()

    def set_workspace(self, workspace: "Workspace") -> None:
        from models.storage.paths import data_dir

        self._workspace = workspace
        self.database.setText(workspace.where)
        self.server.set_workspace(workspace)
        self.data_folder.setText(str(data_dir()))
        self.organisation.set_workspace(workspace)
        self.backups.set_workspace(workspace)
        self.privacy.set_workspace(workspace)
        self._update_buttons()

    def _update_buttons(self) -> None:
        can = self._workspace is not None
        self.hand_over.setEnabled(can)
        self.take_over.setEnabled(can)

    def _hand_over(self) -> None:
        from desktop.storage.handover_dialogs import HandoverExportDialog

        HandoverExportDialog(self.workspace, self).exec()

    def _take_over(self) -> None:
        from desktop.storage.handover_dialogs import HandoverImportDialog

        if HandoverImportDialog(self.workspace, self).exec():
            self.set_workspace(self.workspace)

    def _colours_changed(self) -> None:
        """Light, dark or as the system: at once, every window."""
        from PySide6.QtWidgets import QApplication

        from desktop.shell.theme import apply_theme

        choice = str(self.colours.currentData())
        settings.COLOUR_SCHEME.set(choice)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, choice)

    def _language_changed(self) -> None:
        settings.LANGUAGE.set(self.language.currentData())
        self.language_note.setText(self.tr("The new language is used from the next start."))
