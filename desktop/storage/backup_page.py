"""Instellingen → Reservekopieën: the backups, a second folder (USB stick), back up and restore.

The list says of each backup when it was made, what kind it is, whether it passed SQLite's
check, and how many trajectories and people it holds, so the coach can choose the right one.
Copying runs off the GUI thread (a USB stick can be slow).
"""

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
from desktop.shell.formats import datetime_text
from desktop.shell.messages import user_message
from desktop.shell.operations import run_operation
from desktop.widgets.common import fit_columns, subtitle_label, table_view
from desktop.widgets.row_table import Column, RowTableModel
from desktop.widgets.workspace_view import WorkspaceView
from models.storage.backups import BackupKind

if TYPE_CHECKING:
    from models.storage.backup_service import BackupRow
    from models.storage.backups import BackupOutcome
    from models.workspace import Workspace


SECOND_BACKUP_FOLDER = settings.SECOND_BACKUP_FOLDER


def _size(row: "BackupRow") -> str:
    return f"{row.size_bytes / 1_000_000:.1f} MB".replace(".", ",")


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


class BackupPage(WorkspaceView, QWidget):
    """Lists the backups; `restore_requested(path)` asks the app to put one back."""

    restore_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        explanation = subtitle_label(
            self.tr(
                "Trajectwijzer makes a backup at every start and once a day while it runs: "
                "the last 7 days, 4 weeks and 6 months are kept. A second folder, on a USB "
                "stick for instance, gets the same backups whenever it is plugged in. Every "
                "backup is checked after it is written; a damaged database is never copied."
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
                    self.tr("Made on"), lambda r: datetime_text(r.taken_at), lambda r: r.taken_at
                ),
                Column(self.tr("Kind"), self.kind_text),
                Column(self.tr("Checked"), self.sound_text, lambda r: (r.sound is True, r.sound)),
                Column(self.tr("Trajectories"), lambda r: _count(r.trajectories), align_right=True),
                Column(self.tr("People"), lambda r: _count(r.people), align_right=True),
                Column(self.tr("Size"), _size, lambda r: r.size_bytes, align_right=True),
                Column(self.tr("Folder"), lambda r: r.folder),
            ],
            self,
        )
        self.view = table_view(self.model)
        self.view.setAccessibleName(self.tr("Backups"))
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

    def kind_text(self, row: "BackupRow") -> str:
        if row.kind is BackupKind.BEFORE_RESTORE:
            return self.tr("Before a restore")
        if row.kind is BackupKind.BEFORE_UPDATE:
            return self.tr("Before an update")
        return self.tr("Backup")

    def sound_text(self, row: "BackupRow") -> str:
        if row.sound is None:
            return self.tr("Not checked")
        return self.tr("Sound") if row.sound else self.tr("Damaged")

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
        backups, second = self.workspace.backups, SECOND_BACKUP_FOLDER.get()
        self.back_up.setEnabled(False)
        run_operation(
            self,
            lambda _progress: backups.back_up_now(second),
            self._backed_up,
            title=self.tr("Backing up"),
            on_error=self._failed,
        )

    def _backed_up(self, outcomes: "list[BackupOutcome]") -> None:
        self.back_up.setEnabled(True)
        problems = [user_message(o.problem) for o in outcomes if o.problem is not None]
        made = sum(1 for o in outcomes if o.backup is not None)
        text = self.tr("%n backup(s) made and checked.", "", made)
        self.status.setText(" ".join([text, *problems]))
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        from models.core.errors import UserError

        self.back_up.setEnabled(True)
        self.export.setEnabled(True)
        if not isinstance(error, UserError):
            raise error
        QMessageBox.warning(self, self.tr("Backup"), user_message(error))

    def _export(self) -> None:
        if self._workspace is None:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the database"), "", self.tr("Database (*.sqlite)")
        )
        if not target:
            return
        backups, second = self.workspace.backups, SECOND_BACKUP_FOLDER.get()
        self.export.setEnabled(False)
        run_operation(
            self,
            lambda _progress: backups.export_backup_to(target, second),
            self._exported,
            title=self.tr("Saving a copy"),
            on_error=self._failed,
        )

    def _exported(self, path: str) -> None:
        self.export.setEnabled(True)
        self.status.setText(self.tr("Saved and checked: %1").replace("%1", path))

    def _restore_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row: Any = self.model.row_at(index.row())
        if row.sound is False:
            QMessageBox.warning(
                self,
                self.tr("Restore backup"),
                self.tr(
                    "This backup is damaged and cannot be put back. Choose a backup marked "
                    "sound (usually the next older one)."
                ),
            )
            return
        self._confirm_restore(row.path)

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
                "kept aside in the backup folder first, so this can be undone. People erased "
                "since the backup was made stay erased."
            ).replace("%1", path),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(path)
