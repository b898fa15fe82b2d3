"""What every feature's service has: the open database and the one clock."""

from typing import TYPE_CHECKING

from models.core.clock import Clock, SystemClock

if TYPE_CHECKING:
    from models.storage.lifecycle import Database


class ServiceBase:
    """A feature's door for the desktop and the command line.

    Each call opens one session (`with self.database.session_factory.begin()` for a write,
    so the call is one transaction) and hands back plain frozen data, never ORM objects.
    The date and time come from `self.clock`.
    """

    def __init__(self, database: "Database", clock: Clock | None = None) -> None:
        self.database = database
        self.clock: Clock = clock or SystemClock()
