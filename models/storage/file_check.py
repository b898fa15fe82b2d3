"""What a file is, found without changing a byte of it and without leaving anything beside it.

SQLite reading a file in write-ahead-log mode makes a `-wal` and a `-shm` file next to it.
Beside a file we then refuse (another program's, a newer one's) those are litter, and on a
full disk a `-shm` cut short breaks the file for every later reader (even the sqlite3 tool).
So every look here removes what it created, and where SQLite cannot make its shared memory
(a read-only medium, a full disk) the file is read as immutable: nothing is created at all.
"""

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from models.storage import database
from models.storage.database import APPLICATION_ID
from models.storage.faults import Fault, StorageFault, fault_of, is_damage, of_os_error
from models.storage.schema_version import SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
# Faults that leave a file readable as it is: nobody can be changing it.
UNWRITABLE = (Fault.READ_ONLY, Fault.NO_PERMISSION, Fault.DISK_FULL)
SIDE_FILES = ("-wal", "-shm", "-journal")


class FileState(Enum):
    NEW = "new"  # missing, empty, or an SQLite file without any table
    OURS = "ours"
    NOT_SQLITE = "not_sqlite"
    FOREIGN = "foreign"  # SQLite, but another program's
    NEWER = "newer"
    DAMAGED = "damaged"


@dataclass(frozen=True)
class FileCheck:
    state: FileState
    schema_version: int = 0


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def has_pending_log(path: Path) -> bool:
    """The file's write-ahead log holds changes not yet moved into the file itself."""
    try:
        return side_file(path, "-wal").stat().st_size > 0
    except OSError:
        return False


@contextmanager
def no_stray_files(path: Path) -> Iterator[None]:
    """Removes the side files SQLite created beside `path` in this block (never a log that
    holds changes, never one that was there before)."""
    before = {suffix for suffix in SIDE_FILES if side_file(path, suffix).exists()}
    try:
        yield
    finally:
        remove_created_side_files(path, before)


def remove_created_side_files(path: Path, before: set[str]) -> None:
    for suffix in SIDE_FILES:
        side = side_file(path, suffix)
        if suffix in before or not side.exists():
            continue
        # On a medium that refuses the removal, SQLite could not have made the file either.
        if suffix == "-shm" or not side.stat().st_size:
            with suppress(OSError):
                side.unlink()


def _connect(path: Path, *, immutable: bool) -> sqlite3.Connection:
    flag = "immutable=1" if immutable else "mode=ro"
    wait = database.BUSY_TIMEOUT_MS / 1000  # as long as the app waits for another writer
    return sqlite3.connect(f"{path.resolve().as_uri()}?{flag}", uri=True, timeout=wait)


def read(path: Path, sql: str) -> list[tuple[Any, ...]]:
    """Rows of one read-only query, with the log's latest changes when SQLite can read them.

    Where it cannot make its shared memory (a read-only medium, a full disk, no permission)
    and the log holds nothing, the file alone is the whole truth: read it as immutable.
    Raises sqlite3.DatabaseError for damage, StorageFault for a fault of the medium.
    """
    with no_stray_files(path):
        try:
            with closing(_connect(path, immutable=False)) as conn:
                return [tuple(row) for row in conn.execute(sql).fetchall()]
        except sqlite3.DatabaseError as error:
            if is_damage(error):
                raise
            fault = fault_of(error, path)
            # Immutable only where nobody can be writing: never past another program's lock,
            # never over changes still in the log (it would ignore them).
            if has_pending_log(path) or (fault is not None and fault.kind not in UNWRITABLE):
                raise fault or StorageFault(Fault.IO_ERROR, path) from error
            first = error
        try:
            with closing(_connect(path, immutable=True)) as conn:
                return [tuple(row) for row in conn.execute(sql).fetchall()]
        except sqlite3.DatabaseError as error:
            if is_damage(error):
                raise
            raise fault_of(first, path) or StorageFault(Fault.IO_ERROR, path) from error


def check_file(path: Path) -> FileCheck:
    """Says what a file is without changing a byte of it; StorageFault when it cannot be read."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return FileCheck(FileState.NEW)
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise StorageFault(of_os_error(error, path) or Fault.IO_ERROR, path) from error
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return FileCheck(FileState.NOT_SQLITE)
    app_id = int.from_bytes(header[68:72], "big")
    try:
        if app_id != APPLICATION_ID:
            tables = read(path, "SELECT count(*) FROM sqlite_master")[0][0]
            return FileCheck(FileState.NEW if tables == 0 and app_id == 0 else FileState.FOREIGN)
        version = int(read(path, "PRAGMA user_version")[0][0])
    except sqlite3.DatabaseError:
        return FileCheck(FileState.DAMAGED)
    if version > SCHEMA_VERSION:
        return FileCheck(FileState.NEWER, version)
    return FileCheck(FileState.OURS, version)


def quick_check(path: Path) -> bool:
    """SQLite's quick integrity check (pages, records, indexes), read-only; True when sound.

    A fault of the medium (the file cannot be read at all) raises StorageFault: that is not
    damage, and must not be called so.
    """
    try:
        rows = read(path, "PRAGMA quick_check")
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]
