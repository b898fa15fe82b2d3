"""Backups' calls: copies of the open database, the restore list, clean-ups after erasure."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from models.core.service_base import ServiceBase
from models.storage import backups
from models.storage.backup_scrub import (
    BackupReach,
    ScrubResult,
    erased_in_backups,
    remove_erased_from_backups,
)
from models.storage.paths import backup_dir

SECOND_FOLDER_NAME = "Trajectwijzer-reservekopieën"  # inside the folder chosen (a USB stick)


def backup_folders(second_folder: str = "") -> list[Path]:
    """The data folder's backup folder, then the chosen second folder (a USB stick)."""
    folders = [backup_dir()]
    if second_folder.strip():
        folders.append(Path(second_folder).expanduser() / SECOND_FOLDER_NAME)
    return folders


@dataclass(frozen=True)
class BackupRow:
    """One line of the restore list."""

    path: str
    folder: str
    taken_at: datetime
    size_bytes: int
    kind: backups.BackupKind
    sound: bool | None  # None: not checked (a stick pulled out while looking)
    trajectories: int | None
    people: int | None


class BackupService(ServiceBase):
    """Backups for Instellingen → Reservekopieën; needs `self.database`."""

    def _file(self) -> Path:
        """The database file; a server database is backed up by the server itself."""
        if self.database.path is None:
            from models.core.errors import UserError
            from models.server.connection import NOT_ON_A_SERVER

            raise UserError(NOT_ON_A_SERVER, what="Een reservekopie")
        return self.database.path

    def backup_folders(self, second_folder: str = "") -> list[Path]:
        return backup_folders(second_folder)

    def backup_rows(self, second_folder: str = "") -> list[BackupRow]:
        """Every backup in both folders, newest first, each checked (once: the result is
        noted beside it) and counted."""
        now = self.clock.now()
        rows = []
        for folder in self.backup_folders(second_folder):
            for found in backups.managed_backups(folder):
                backup = backups.check_backup(found, now)
                rows.append(
                    BackupRow(
                        str(backup.path),
                        str(folder),
                        backup.taken_at,
                        backup.size,
                        backup.kind,
                        backup.sound,
                        backup.trajectories,
                        backup.people,
                    )
                )
        return sorted(rows, key=lambda row: row.taken_at, reverse=True)

    def newest_sound_backup(self, second_folder: str = "") -> str | None:
        found = backups.newest_sound_backup(self.backup_folders(second_folder), self.clock.now())
        return str(found.path) if found is not None else None

    def back_up_now(self, second_folder: str = "") -> list[backups.BackupOutcome]:
        """A backup in each folder now (not only when due), each folder then rotated."""
        return backups.automatic_backups(
            self._file(), self.backup_folders(second_folder), self.clock.now(), due_only=False
        )

    def back_up_if_due(self, second_folder: str = "") -> list[backups.BackupOutcome]:
        """The daily backup while the app runs: only where the newest is older than a day."""
        return backups.automatic_backups(
            self._file(), self.backup_folders(second_folder), self.clock.now()
        )

    def export_backup_to(self, target: str, second_folder: str = "") -> str:
        """A checked copy to a file the coach chose; never overwrites."""
        return str(
            backups.export_backup(
                self._file(),
                Path(target).expanduser(),
                self.clock.now(),
                self.backup_folders(second_folder),
            )
        )

    def erased_in_backups(self, second_folder: str = "") -> BackupReach:
        """Which backups still hold people erased here, and which could not be looked at."""
        return erased_in_backups(self._file(), self.backup_folders(second_folder))

    def remove_erased_from_backups(
        self, second_folder: str = "", progress: Callable[[int, int], None] | None = None
    ) -> ScrubResult:
        """Rewrites each backup that still holds someone erased here, without them."""
        return remove_erased_from_backups(
            self._file(), self.backup_folders(second_folder), self.clock.now(), progress
        )
