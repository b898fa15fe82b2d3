"""Tombstones across database files: which people were erased, and erasing them in a copy.

The current database's tombstones are the truth; a backup made before an erasure still
holds the person. These read tombstones and people from any of our files (read-only), and
erase the tombstoned people again in a file that is about to become the database (a restore)
or that is rewritten as a backup (the clean-up offered after an erasure).
"""

import sqlite3
import tempfile
import uuid
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from models.storage.database import checkpoint
from models.storage.faults import StorageFault
from models.storage.file_check import read


def _uid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def read_tombstones(path: Path) -> set[uuid.UUID]:
    """The uids erased in the file; none when it cannot be read or predates tombstones."""
    try:
        rows = read(path, "SELECT uid FROM erased_people")
    except (sqlite3.Error, StorageFault, OSError):
        return set()
    return {uid for (value,) in rows if (uid := _uid(value)) is not None}


def tombstones_in(paths: Iterable[Path]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for path in paths:
        found |= read_tombstones(path)
    return found


def people_not_erased(path: Path, uids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Of these uids, the people the file holds with their data (not erased there).

    Raises sqlite3.Error or StorageFault when the file cannot be read.
    """
    wanted = {uid.hex for uid in uids}
    if not wanted:
        return set()
    rows = read(path, "SELECT uid FROM people WHERE erased_at IS NULL")
    return {uid for (value,) in rows if str(value) in wanted and (uid := _uid(value))}


def erase_in_file(path: Path, uids: set[uuid.UUID], now: datetime) -> int:
    """Erases the tombstoned people the file still holds (upgrading its schema if older) and
    leaves no old page in its log. Returns how many people were erased."""
    from models.people.privacy import erase_again
    from models.storage.lifecycle import open_database

    # An upgrade writes a copy of the file first: that copy would hold the person, so it goes
    # to a scratch folder removed right after.
    with tempfile.TemporaryDirectory(prefix="trajectwijzer-", dir=path.parent) as scratch:
        database = open_database(path, Path(scratch), create=False)
        try:
            with database.session_factory.begin() as session:
                erased = erase_again(session, uids, now)
            checkpoint(database.engine)
        finally:
            database.close()
    return erased
