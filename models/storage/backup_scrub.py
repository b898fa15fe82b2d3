"""After an erasure: which backups still hold the person, and rewriting them without.

Every backup the app manages (the rotated ones, the copies kept before a restore or an
update, in the data folder and on the USB stick) is looked at. One that still holds a person
erased in the database is rewritten: copied to a scratch folder beside it, the person erased
there, and the result copied back through SQLite's backup API and checked, so it stays a sound
backup. What cannot be reached (the stick is not plugged in) or read (a damaged copy) is
listed, never passed over in silence.
"""

import tempfile
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from models.core.errors import UserError
from models.storage.backup_manifest import examine, write_manifest
from models.storage.backups import Backup, managed_backups
from models.storage.copying import copy_database
from models.storage.faults import Fault, StorageFault
from models.storage.file_check import quick_check
from models.storage.tombstone_files import erase_in_file, people_not_erased, read_tombstones

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Unreached:
    """A place that could not be cleaned, and why."""

    path: str
    problem: UserError


@dataclass(frozen=True)
class BackupReach:
    holding: tuple[Backup, ...]  # backups that still hold someone erased here
    unreached: tuple[Unreached, ...]  # folders not reachable, backups not readable


@dataclass(frozen=True)
class ScrubResult:
    cleaned: tuple[Path, ...]
    unreached: tuple[Unreached, ...]


def _damaged(path: Path) -> UserError:
    return UserError(
        "{path} is damaged, so it cannot be rewritten without the erased people. Delete it "
        "if a newer sound backup is there.",
        path=str(path),
    )


def erased_in_backups(database: Path, folders: Sequence[Path]) -> BackupReach:
    """The backups that still hold people erased in the database, and what could not be seen.

    The first folder is the data folder's; a later one (a USB stick) that is not there is
    listed as not reached.
    """
    erased = read_tombstones(database)
    holding: list[Backup] = []
    unreached: list[Unreached] = []
    for index, folder in enumerate(folders):
        if index > 0 and not folder.parent.is_dir():
            unreached.append(Unreached(str(folder), StorageFault(Fault.FOLDER_MISSING, folder)))
            continue
        for backup in managed_backups(folder):
            try:
                if erased and people_not_erased(backup.path, erased):
                    holding.append(backup)
            except StorageFault as fault:
                unreached.append(Unreached(str(backup.path), fault))
            except Exception:  # sqlite3.Error and kin: the copy cannot be read
                unreached.append(Unreached(str(backup.path), _damaged(backup.path)))
    return BackupReach(tuple(holding), tuple(unreached))


def _rewrite(backup: Path, erased: set[uuid.UUID], now: datetime) -> None:
    if not quick_check(backup):
        raise _damaged(backup)
    with tempfile.TemporaryDirectory(prefix="trajectwijzer-", dir=backup.parent) as scratch:
        copy = Path(scratch) / backup.name
        copy_database(backup, copy)
        erase_in_file(copy, erased, now.astimezone(UTC))
        copy_database(copy, backup)
    write_manifest(backup, examine(backup, now.isoformat(timespec="seconds")))


def remove_erased_from_backups(
    database: Path,
    folders: Sequence[Path],
    now: datetime,
    progress: Progress | None = None,
) -> ScrubResult:
    """Rewrites every backup that still holds someone erased in the database."""
    reach = erased_in_backups(database, folders)
    erased = read_tombstones(database)
    cleaned: list[Path] = []
    unreached = list(reach.unreached)
    total = len(reach.holding)
    for done, backup in enumerate(reach.holding):
        if progress is not None:
            progress(done, total)
        try:
            _rewrite(backup.path, erased, now)
        except UserError as problem:
            unreached.append(Unreached(str(backup.path), problem))
            continue
        cleaned.append(backup.path)
    if progress is not None:
        progress(total, total)
    return ScrubResult(tuple(cleaned), tuple(unreached))
