"""Opening the database for a command: the file or URL of --database, else the usual one."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.workspace import Workspace


def open_workspace(database: str | None) -> "Workspace":
    """The workspace over --database (or TRAJECTWIJZER_DB, or the data folder's file)."""
    from models.storage.paths import backup_dir, database_path
    from models.workspace import Workspace

    return Workspace.open(database_path(database), backup_dir())
