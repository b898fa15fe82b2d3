"""What every store has: its database, opened (created or upgraded) and closed again."""

from pathlib import Path
from typing import Self

from models.core.clock import Clock, SystemClock
from models.storage.lifecycle import Database, open_database


class StoreBase:
    """One database; the mixins add the calls. A command that needs one mixin opens a store
    made of this base and that mixin, so it imports only what it uses."""

    def __init__(self, database: Database, clock: Clock | None = None) -> None:
        self.database = database
        self.clock: Clock = clock or SystemClock()

    @classmethod
    def open(cls, path: Path, backup_dir: Path | None = None, clock: Clock | None = None) -> Self:
        return cls(open_database(path, backup_dir), clock)

    @property
    def path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.close()
