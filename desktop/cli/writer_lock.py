"""One writer at a time: a command that writes holds the same lock as the app.

A command that finds the database in use by another command (an import before a restore)
waits for it to finish, up to WAIT_SECONDS; one that finds the app open gives up at once
(the app keeps its lock until it closes). A command marks the lock as its own in a small
file beside it, so that the next command knows whom it waits for. Giving up is a Dutch
message and exit status 1, with nothing changed. A server database (a URL) has its own
locking.
"""

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

WAIT_SECONDS = 10.0


def command_marker(database: Path) -> Path:
    """The file that says "the lock is held by a command (this process id)"."""
    from desktop.storage.instance_lock import lock_path

    lock = lock_path(database)
    return lock.with_name(lock.name + ".command")


def _held_by_a_command(database: Path, holder: int | None) -> bool:
    try:
        return holder is not None and int(command_marker(database).read_text()) == holder
    except (OSError, ValueError):
        return False


@contextmanager
def writer_lock(database: Path | str) -> Iterator[None]:
    """Holds the database file's lock while the block runs; a UserError when it stays taken.
    A server's URL (a str, see `database_location`) takes no lock: the server lets many
    writers in at once and keeps them apart itself."""
    if not isinstance(database, Path):
        yield
        return
    from desktop.storage.instance_lock import InstanceLock
    from models.core.errors import UserError

    lock = InstanceLock(database)
    holder = lock.holder()
    if holder is not None and not _held_by_a_command(database, holder):
        lock.acquire()  # the window has it: its own message says where to go
    else:
        try:
            lock.acquire(wait_ms=int(WAIT_SECONDS * 1000))
        except UserError:
            raise UserError(
                "Another Trajectwijzer command is writing to this database: '{database}'. "
                "Nothing was changed. Wait until that command has finished and try again.",
                database=str(database),
            ) from None
    marker = command_marker(database)
    with suppress(OSError):  # without the mark a later command only waits less
        marker.write_text(str(os.getpid()), encoding="ascii")
    try:
        yield
    finally:
        with suppress(OSError):
            marker.unlink()
        lock.release()
