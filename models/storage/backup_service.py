"""Backups' calls: copies of the open database, the list of backups, restoring."""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from models.core.errors import UserError
from models.core.service_base import ServiceBase
from models.storage import backups
from models.storage.paths import backup_dir

if TYPE_CHECKING:
    pass


SECOND_FOLDER_NAME = "Trajectwijzer-reservekopieën"  # inside the folder chosen (a USB stick)


@dataclass(frozen=True)
class BackupRow:
    path: str
    folder: str
    taken_at: datetime
    size_bytes: int


class BackupService(ServiceBase):
    """Backups for Instellingen → Reservekopieën; needs `self.database`."""

    def backup_folders(self, second_folder: str = "") -> list[Path]:
        """The data folder's backup folder, then the chosen second folder (a USB stick)."""
        folders = [backup_dir()]
        if second_folder.strip():
            folders.append(Path(second_folder).expanduser() / SECOND_FOLDER_NAME)
        return folders

    def backup_rows(self, second_folder: str = "") -> list[BackupRow]:
        """Every rotated backup in both folders, newest first."""
        rows = []
        for folder in self.backup_folders(second_folder):
            for backup in backups.list_backups(folder):
                try:
                    size = backup.path.stat().st_size
                except OSError:
                    continue
                rows.append(BackupRow(str(backup.path), str(folder), backup.taken_at, size))
        return sorted(rows, key=lambda row: row.taken_at, reverse=True)

    def back_up_now(self, second_folder: str = "") -> list[backups.BackupOutcome]:
        """A backup in each folder now (not only when due), each folder then rotated."""
        outcomes = []
        for index, folder in enumerate(self.backup_folders(second_folder)):
            if index > 0 and not folder.parent.is_dir():
                problem = f"De map '{folder.parent}' is niet bereikbaar (zit de USB-stick erin?)."
                outcomes.append(backups.BackupOutcome(folder, None, problem))
                continue
            try:
                made = backups.make_backup(self.database.path, folder)
                backups.rotate(folder)
                outcomes.append(backups.BackupOutcome(folder, made))
            except UserError as error:
                outcomes.append(backups.BackupOutcome(folder, None, error.message))
        return outcomes

    def back_up_if_due(self, second_folder: str = "") -> list[backups.BackupOutcome]:
        """The daily backup while the app runs: only where the newest is older than a day."""
        return backups.automatic_backups(self.database.path, self.backup_folders(second_folder))

    def export_backup_to(self, target: str) -> str:
        """A copy to a file the coach chose; never overwrites."""
        return str(backups.export_backup(self.database.path, Path(target).expanduser()))
