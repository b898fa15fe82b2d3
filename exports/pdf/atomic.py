"""Files written all at once: a crash or a full disk never leaves half a file or loses the old."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from models.core.errors import UserError


def write_atomically(target: Path, data: bytes) -> Path:
    """Write data to target through a synced temporary file in the same folder and a rename.

    Raises UserError with a Dutch message when the file cannot be written; an earlier file at
    target is then left exactly as it was and no temporary file stays behind.
    """
    temp: Path | None = None
    try:
        fd, temp = _create_temp(target)
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except OSError as exc:
        _discard(temp)
        raise _write_error(exc, target) from exc
    except BaseException:
        _discard(temp)
        raise
    _sync_folder(target.parent)
    return target


def _create_temp(target: Path) -> tuple[int, Path]:
    """A new, exclusively created file beside target (mode 0o666 minus the umask, as usual)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        # The name is cut so the suffix never pushes a long file name over the 255-byte limit.
        temp = target.with_name(f".{target.name[:100]}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue


def _discard(temp: Path | None) -> None:
    """Remove a temporary file after a failure, without hiding the failure itself."""
    if temp is not None:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; Windows has no directory handles for this, so skip."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the file itself is already synced
    finally:
        os.close(fd)


def _write_error(exc: OSError, target: Path) -> UserError:
    """A Dutch message for a failed write: what went wrong and what the coach can do."""
    name, folder = target.name, target.parent
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        message = (
            f"De schijf is vol: {name} kon niet bewaard worden in {folder}. "
            "Maak ruimte vrij of kies een andere map, en probeer opnieuw."
        )
    elif isinstance(exc, FileNotFoundError):
        message = f"De map {folder} bestaat niet. Kies een bestaande map om {name} te bewaren."
    elif isinstance(exc, IsADirectoryError):
        message = f"{target} is een map, geen bestand. Kies een andere bestandsnaam."
    elif isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        message = (
            f"{name} kon niet bewaard worden: Trajectwijzer mag niet schrijven in {folder}, "
            "of het bestand is nog geopend in een ander programma. "
            "Sluit het bestand of kies een andere map, en probeer opnieuw."
        )
    else:
        reason = exc.strerror or str(exc)
        message = (
            f"{name} kon niet bewaard worden in {folder} ({reason}). "
            "Kies een andere map en probeer opnieuw."
        )
    return UserError(message)
