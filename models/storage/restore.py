"""Putting a backup back: refused untouched when it is not sound, the current database kept
aside first, and nobody erased since the backup was made brought back."""

import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from models.core.errors import UserError
from models.storage.backups import keep_aside, managed_backups
from models.storage.copying import copy_database
from models.storage.faults import Fault, StorageFault
from models.storage.file_check import FileState, check_file, quick_check, side_file
from models.storage.tombstone_files import (
    erase_in_file,
    people_not_erased,
    read_tombstones,
    tombstones_in,
)


@dataclass(frozen=True)
class RestoreResult:
    aside: Path | None  # the database as it was (None: there was none)
    erased_again: int  # people erased since the backup was made, erased again in it


def _refuse_source(source: Path) -> None:
    if not source.is_file():
        if not source.parent.is_dir():
            raise StorageFault(Fault.FOLDER_MISSING, source)
        raise UserError(
            "{path} does not exist. Nothing was changed. Choose another file.", path=str(source)
        )
    check = check_file(source)
    if check.state is FileState.NEWER:
        raise UserError(
            "{path} was made with a newer version of Trajectwijzer. Nothing was changed. "
            "Install the newest version first.",
            path=str(source),
        )
    if check.state is FileState.DAMAGED or (
        check.state is FileState.OURS and not quick_check(source)
    ):
        raise UserError(
            "{path} is damaged: it is not a usable backup. Nothing was changed. Choose an "
            "older backup (the list in Settings, Backups shows which ones are sound).",
            path=str(source),
        )
    if check.state is not FileState.OURS:
        raise UserError(
            "{path} is not a backup of Trajectwijzer (it is another kind of file). Nothing was "
            "changed. Choose another file.",
            path=str(source),
        )


def known_tombstones(database: Path, folders: Sequence[Path]) -> set[uuid.UUID]:
    """Everyone erased: in the current database and in every backup the app manages (a
    damaged database may not say; the backups cleaned after an erasure carry it too)."""
    backups = [b.path for folder in folders for b in managed_backups(folder)]
    return read_tombstones(database) | tombstones_in(backups)


def restore(
    database: Path, source: Path, folder: Path, now: datetime, look_in: Sequence[Path] = ()
) -> RestoreResult:
    """Replaces the database by a backup; the current one is kept aside in `folder` first.

    A foreign file in the database's place is never replaced. `look_in`: every folder with
    backups, for the tombstones they carry.
    """
    _refuse_source(source)
    if database.exists() and source.resolve() == database.resolve():
        raise UserError(
            "This is the database itself, not a backup. Nothing was changed. Choose another file."
        )
    current = check_file(database).state
    if current not in (FileState.OURS, FileState.DAMAGED, FileState.NEW):
        raise UserError(
            "In the place of the database there is another file ({path}). Nothing was changed. "
            "Move that file away first, or choose another place with --database.",
            path=str(database),
        )
    if current is FileState.NEW and not database.parent.is_dir():
        raise StorageFault(Fault.FOLDER_MISSING, database)
    erased = known_tombstones(database, [folder, *look_in])
    aside = keep_aside(database, folder, now).path if current is not FileState.NEW else None
    staged = side_file(database, ".restoring")
    copy_database(source, staged)
    erased_again = 0
    try:
        if erased and people_not_erased(staged, erased):
            erased_again = erase_in_file(staged, erased, now.astimezone(UTC))
        # The old write-ahead log belongs to the old file: it must not be replayed onto this one.
        for suffix in ("-wal", "-shm"):
            side_file(database, suffix).unlink(missing_ok=True)
        os.replace(staged, database)
    except BaseException:
        for suffix in ("", "-wal", "-shm", "-journal"):
            side_file(staged, suffix).unlink(missing_ok=True)
        raise
    return RestoreResult(aside, erased_again)
