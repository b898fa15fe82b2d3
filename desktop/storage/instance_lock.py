"""One app per database: a lock file next to it, refused with a message, stale after a crash."""

from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLockFile

from models.core.errors import UserError


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class InstanceLock:
    """Held while the app (or a restore) uses the database; a second holder is refused.

    QLockFile writes the process id and host name into the lock; a lock whose process is gone
    (the app was killed, the laptop lost power) is stale and taken over silently.
    """

    def __init__(self, database: Path) -> None:
        self.database = database
        self._lock: QLockFile | None = None

    def acquire(self, wait_ms: int = 0) -> None:
        """Raises UserError when another Trajectwijzer has this database open (after waiting
        up to `wait_ms` for it to let go)."""
        path = lock_path(self.database)
        if not path.parent.is_dir():
            return  # nothing to lock; opening the database says what is missing
        lock = QLockFile(str(path))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if lock.tryLock(wait_ms):
            self._lock = lock
            return
        if lock.error() is not QLockFile.LockError.LockFailedError:
            return  # a read-only folder: the database will say so itself when it is opened
        pid, host, _app = tuple(lock.getLockInfo())[-3:]  # (pid, host name, app name)
        raise UserError(
            f"Trajectwijzer heeft deze database al open (programma {pid} op {host or 'deze'} "
            f"computer): '{self.database}'. Ga naar dat venster, of sluit het eerst en "
            "probeer dan opnieuw."
        )

    def holder(self) -> int | None:
        """The process id written in the lock by its holder, None when it is free."""
        info = tuple(QLockFile(str(lock_path(self.database))).getLockInfo())
        pid = info[-3] if len(info) >= 3 else None  # (pid, host name, app name)
        return pid if isinstance(pid, int) and pid > 0 else None

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def __enter__(self) -> "InstanceLock":
        self.acquire()
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.release()
