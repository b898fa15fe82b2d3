"""Storage faults told as they are: a full disk, a read-only medium, no permission, a file in
use by another program, a folder that is gone (a USB stick pulled out), a path that does not
exist, a medium that reports errors. Each has its own text saying what to do.

`fault_of(error, path)` looks through an exception (and what caused it: an SQLAlchemy error
wraps the driver's, a UserError may carry an OSError) for the operating system's or SQLite's
own error code. Where the code alone does not tell (SQLite's "unable to open" or "disk I/O
error"), `probe(path)` looks at the place itself: is the folder there, is the medium mounted
read-only, is there free space, may a file be created in it.
"""

import errno
import os
import shutil
import sqlite3
import tempfile
from enum import StrEnum
from pathlib import Path

from models.core.errors import UserError, domain_text

FREE_SPACE_FLOOR = 256 * 1024  # less than this free and SQLite cannot grow its files


class Fault(StrEnum):
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    NO_PERMISSION = "no_permission"
    LOCKED = "locked"
    FOLDER_MISSING = "folder_missing"
    NOT_FOUND = "not_found"
    NO_DATABASE = "no_database"  # the database path given: nothing there
    IO_ERROR = "io_error"


TEXTS = {
    Fault.DISK_FULL: domain_text(
        "The disk that holds {path} is full. Nothing was changed. Make room on that disk "
        "(empty the recycle bin, move large files such as videos elsewhere) and try again."
    ),
    Fault.READ_ONLY: domain_text(
        "{path} is on a medium that cannot be written to (a USB stick with its lock switch "
        "on, a CD, a read-only network folder). Nothing was changed. Unlock the stick, or copy "
        "the file to your own disk, and try again."
    ),
    Fault.NO_PERMISSION: domain_text(
        "You may not write to {path}. Nothing was changed. Choose a folder of your own (your "
        "documents, for instance), or ask whoever manages this computer for permission."
    ),
    Fault.LOCKED: domain_text(
        "{path} is in use by another program (a synchronisation or backup program, a virus "
        "scanner, or a database tool). Nothing was changed. Close that program or wait until "
        "it is done, and try again."
    ),
    Fault.FOLDER_MISSING: domain_text(
        "The folder {folder} cannot be found: is the USB stick or network drive still "
        "connected? Nothing was changed. Connect it again and try again, or choose another "
        "folder."
    ),
    Fault.NOT_FOUND: domain_text(
        "There is no file {path}. Nothing was changed. Check the name and the folder for a "
        "typing error, or choose the file again."
    ),
    Fault.NO_DATABASE: domain_text(
        "There is no database at {path}. Nothing was created. Check the path for a typing "
        "error, or leave out --database to use the usual database."
    ),
    Fault.IO_ERROR: domain_text(
        "The disk that holds {path} reported a read or write error (a USB stick pulled out "
        "while in use, a failing disk). What was saved before is safe. Connect the stick "
        "again, or copy the file to another disk, and try again."
    ),
}

_BY_ERRNO = {
    errno.ENOSPC: Fault.DISK_FULL,
    errno.EDQUOT: Fault.DISK_FULL,
    errno.EFBIG: Fault.DISK_FULL,
    errno.EROFS: Fault.READ_ONLY,
    errno.EACCES: Fault.NO_PERMISSION,
    errno.EPERM: Fault.NO_PERMISSION,
    errno.EBUSY: Fault.LOCKED,
    errno.ETXTBSY: Fault.LOCKED,
    errno.EIO: Fault.IO_ERROR,
    errno.ENXIO: Fault.IO_ERROR,
    errno.ENODEV: Fault.IO_ERROR,
    errno.ESTALE: Fault.IO_ERROR,
}
_WINDOWS_LOCKED = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_WINDOWS_FULL = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL

# SQLite's primary result codes (the low byte of the extended code).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26
_BY_SQLITE = {
    SQLITE_PERM: Fault.NO_PERMISSION,
    SQLITE_BUSY: Fault.LOCKED,
    SQLITE_LOCKED: Fault.LOCKED,
    SQLITE_FULL: Fault.DISK_FULL,
}


class StorageFault(UserError):
    """A fault of the medium or the file system, not of the data: `kind` says which."""

    def __init__(self, kind: Fault, path: Path) -> None:
        super().__init__(TEXTS[kind], path=str(path), folder=str(path.parent))
        self.kind = kind
        self.path = path


def _chain(error: BaseException) -> list[BaseException]:
    """The error, what SQLAlchemy wrapped (`orig`), and what caused each, without loops."""
    found: list[BaseException] = []
    todo: list[BaseException | None] = [error]
    while todo:
        current = todo.pop(0)
        if current is None or any(current is seen for seen in found):
            continue
        found.append(current)
        orig = getattr(current, "orig", None)
        todo.extend(
            [
                orig if isinstance(orig, BaseException) else None,
                current.__cause__,
                current.__context__,
            ]
        )
    return found


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code of a driver error, if it carries one."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_damage(error: BaseException) -> bool:
    """SQLite says the file itself is broken (not a fault of the disk or the folder)."""
    return any(sqlite_code(e) in (SQLITE_CORRUPT, SQLITE_NOTADB) for e in _chain(error))


def of_os_error(error: OSError, path: Path) -> Fault | None:
    winerror = getattr(error, "winerror", None)
    if winerror in _WINDOWS_LOCKED:
        return Fault.LOCKED
    if winerror in _WINDOWS_FULL:
        return Fault.DISK_FULL
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return Fault.FOLDER_MISSING if not _folder_of(path).is_dir() else Fault.NOT_FOUND
    return _BY_ERRNO.get(error.errno or 0)


def _folder_of(path: Path) -> Path:
    return path if path.is_dir() else path.parent


def probe(path: Path) -> Fault | None:
    """What is wrong with the place of `path`, found by looking (and trying a scratch file)."""
    folder = _folder_of(path)
    if not folder.is_dir():
        return Fault.FOLDER_MISSING
    try:
        flags = os.statvfs(folder).f_flag if hasattr(os, "statvfs") else 0
        if flags & getattr(os, "ST_RDONLY", 1):
            return Fault.READ_ONLY
        if shutil.disk_usage(folder).free < FREE_SPACE_FLOOR:
            return Fault.DISK_FULL
        with tempfile.TemporaryFile(dir=folder):
            pass
        if path.is_file():
            with path.open("r+b"):
                pass
    except OSError as error:
        return of_os_error(error, path) or Fault.IO_ERROR
    return None


def fault_of(error: BaseException, path: Path) -> StorageFault | None:
    """The storage fault behind `error` at `path`, or None when it is not one (a bug, damage)."""
    chain = _chain(error)
    for each in chain:
        if isinstance(each, StorageFault):
            return each
    for each in chain:
        kind: Fault | None = None
        where = path
        if isinstance(each, OSError):
            if isinstance(each.filename, str):
                where = Path(each.filename)
            kind = of_os_error(each, where)
        elif isinstance(each, sqlite3.Error):
            code = sqlite_code(each)
            if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
                return None
            if code == SQLITE_READONLY:
                kind = probe(path) or Fault.READ_ONLY
            elif code in _BY_SQLITE:
                kind = _BY_SQLITE[code]
            elif code in (SQLITE_IOERR, SQLITE_CANTOPEN):
                kind = probe(path) or (Fault.IO_ERROR if code == SQLITE_IOERR else None)
        if kind is not None:
            return StorageFault(kind, where)
    return None


def raise_fault(error: BaseException, path: Path) -> None:
    """Raises the storage fault behind `error` (from it), if there is one; else returns."""
    fault = fault_of(error, path)
    if fault is not None:
        raise fault from error
