"""Instellingen → Reservekopieën: the backups, a second folder (USB stick), back up and restore."""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shell import settings
from desktop.shell.messages import user_message
from desktop.widgets.common import fit_columns, subtitle_label, table_view
from desktop.widgets.row_table import Column, RowTableModel
from desktop.widgets.workspace_view import WorkspaceView
from models.core.formatting import format_datetime

if TYPE_CHECKING:
    from models.workspace import Workspace


SECOND_BACKUP_FOLDER = settings.Setting[str]("backup/second_folder", "")


def _size(row: Any) -> str:
    return f"{row.size_bytes / 1_000_000:.1f} MB".replace(".", ",")


class BackupPage(WorkspaceView, QWidget):
    """Lists the backups; `restore_requested(path)` asks the app to put one back."""

    restore_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        explanation = subtitle_label(
            self.tr(
                "Trajectwijzer makes a backup at every start and once a day while it runs: "
                "the last 7 days, 4 weeks and 6 months are kept. A second folder, on a USB "
                "stick for instance, gets the same backups whenever it is plugged in."
            )
        )
        self.second_folder = QLineEdit(SECOND_BACKUP_FOLDER.get())
        self.second_folder.setReadOnly(True)
        self.second_folder.setPlaceholderText(self.tr("No second folder"))
        self.choose_folder = QPushButton(self.tr("Choose…"))
        self.clear_folder = QPushButton(self.tr("Remove"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Second folder")))
        folder_row.addWidget(self.second_folder, 1)
        folder_row.addWidget(self.choose_folder)
        folder_row.addWidget(self.clear_folder)
        self.model = RowTableModel(
            [
                Column(
                    self.tr("Made on"),
                    lambda r: format_datetime(r.taken_at),
                    lambda r: r.taken_at,
                ),
                Column(self.tr("Size"), _size, lambda r: r.size_bytes, align_right=True),
                Column(self.tr("Folder"), lambda r: r.folder),
            ],
            self,
        )
        self.view = table_view(self.model)
        self.back_up = QPushButton(self.tr("Back up now"))
        self.export = QPushButton(self.tr("Save a copy as…"))
        self.restore = QPushButton(self.tr("Restore selected…"))
        self.restore_file = QPushButton(self.tr("Restore from a file…"))
        buttons = QHBoxLayout()
        for button in (self.back_up, self.export, self.restore, self.restore_file):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = subtitle_label()
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(folder_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.choose_folder.clicked.connect(self._choose_folder)
        self.clear_folder.clicked.connect(self._clear_folder)
        self.back_up.clicked.connect(self._back_up_now)
        self.export.clicked.connect(self._export)
        self.restore.clicked.connect(self._restore_selected)
        self.restore_file.clicked.connect(self._restore_from_file)
        self.view.doubleClicked.connect(self._restore_selected)

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace
        self.refresh()

    def refresh(self) -> None:
        if self._workspace is None:
            return
        self.model.set_rows(self.workspace.backups.backup_rows(SECOND_BACKUP_FOLDER.get()))
        fit_columns(self.view)
        self.restore.setEnabled(self.model.rowCount() > 0)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Second folder for backups"))
        if folder:
            SECOND_BACKUP_FOLDER.set(folder)
            self.second_folder.setText(folder)
            self._back_up_now()

    def _clear_folder(self) -> None:
        SECOND_BACKUP_FOLDER.set("")
        self.second_folder.clear()
        self.refresh()

    def _back_up_now(self) -> None:
        if self._workspace is None:
            return
        outcomes = self.workspace.backups.back_up_now(SECOND_BACKUP_FOLDER.get())
        problems = [o.problem for o in outcomes if o.problem]
        made = sum(1 for o in outcomes if o.backup is not None)
        text = self.tr("%n backup(s) made.", "", made)
        self.status.setText(" ".join([text, *problems]))
        self.refresh()

    def _export(self) -> None:
        from models.core.errors import UserError

        if self._workspace is None:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the database"), "", self.tr("Database (*.sqlite)")
        )
        if not target:
            return
        try:
            self.status.setText(
                self.tr("Saved in %1").replace(
                    "%1", self.workspace.backups.export_backup_to(target)
                )
            )
        except UserError as error:
            QMessageBox.warning(self, self.tr("Backup"), user_message(error))

    def _restore_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        self._confirm_restore(self.model.row_at(index.row()).path)

    def _restore_from_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), "", self.tr("Database (*.sqlite);;All files (*)")
        )
        if path:
            self._confirm_restore(path)

    def _confirm_restore(self, path: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace the database by this backup?\n%1\n\nThe database as it is now is "
                "kept aside in the backup folder first, so this can be undone."
            ).replace("%1", path),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(path)
