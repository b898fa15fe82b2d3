"""Opening the database for a command: the file or URL of --database, else the usual one."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.workspace import Workspace


def open_workspace(database: str | None, *, create: bool = False) -> "Workspace":
    """The workspace over --database (or TRAJECTWIJZER_DB, or the data folder's file); a
    database that does not exist is made only with `create` (a command that only reads, or
    prints, never makes one)."""
    from models.storage.paths import backup_dir, database_path
    from models.workspace import Workspace

    return Workspace.open(database_path(database), backup_dir(), create=create)
