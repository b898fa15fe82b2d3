"""One safe way to copy a database: SQLite's backup API into a temporary name, checked, renamed.

SQLite's backup API copies pages as they are, so a damaged source gives a damaged copy
without any error: the callers check the source first (`file_check.quick_check`), and the
copy is checked here before it takes its real name. A copy that fails is removed; nothing
half-written ever carries the name of a backup.
"""

import os
import sqlite3
from contextlib import closing, suppress
from pathlib import Path

from models.core.errors import UserError
from models.storage.faults import Fault, StorageFault, fault_of, probe
from models.storage.file_check import no_stray_files, quick_check, side_file


class CopyFailedCheck(UserError):
    """The copy was written but did not pass SQLite's check (the medium mangled it)."""


def _copy_pages(source: Path, partial: Path) -> None:
    with no_stray_files(source):
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        with closing(src), closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            # A backup stands on its own: one file, no write-ahead log beside it.
            dst.execute("PRAGMA journal_mode = DELETE")


def fsync_file(path: Path) -> None:
    """Flushes the file to the medium (a USB stick pulled right after still holds it)."""
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def copy_database(source: Path, target: Path) -> Path:
    """A consistent, checked copy of `source` at `target` (replaced if there)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise fault_of(error, target) or StorageFault(Fault.IO_ERROR, target) from error
    partial = side_file(target, ".partial")
    try:
        partial.unlink(missing_ok=True)
        _copy_pages(source, partial)
        fsync_file(partial)
        if not quick_check(partial):
            raise CopyFailedCheck(
                "The copy in {folder} did not pass the check after writing: the medium may "
                "be failing. Nothing was changed. Try another USB stick or folder.",
                folder=str(target.parent),
            )
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        _remove(partial)
        raise blame(error, source, target) from error
    except BaseException:
        _remove(partial)
        raise
    return target


def blame(error: BaseException, source: Path, target: Path) -> StorageFault:
    """The fault of a failed copy: the target's medium (a full stick) first, then the source's."""
    if isinstance(error, OSError):
        return fault_of(error, target) or StorageFault(Fault.IO_ERROR, target)
    for place in (target, source):
        kind = probe(place)
        if kind is not None:
            return StorageFault(kind, place)
    return fault_of(error, target) or StorageFault(Fault.IO_ERROR, target)


def _remove(path: Path) -> None:
    for each in (path, side_file(path, "-journal")):
        with suppress(OSError):
            each.unlink(missing_ok=True)
