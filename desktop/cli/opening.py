"""Opening the database a command names: a file, or a team's server (asking its password on
a terminal when the keyring and the driver's PGPASSWORD or .pgpass have none)."""

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.storage.lifecycle import Database
    from models.workspace import Workspace


def _with_password[T](opening: Callable[[str | None], T]) -> T:
    from models.server.connection import PasswordNeeded

    try:
        return opening(None)
    except PasswordNeeded as needed:
        if not sys.stdin or not sys.stdin.isatty():
            raise
        import getpass

        from desktop.shell.messages import user_message

        print(user_message(needed), file=sys.stderr)
        return opening(getpass.getpass("Wachtwoord: "))


def open_database_named(database: str | None, *, create: bool = False) -> "Database":
    """The database of `--database` (or TRAJECTWIJZER_DB, or the usual file)."""
    from models.storage.lifecycle import open_database
    from models.storage.paths import backup_dir, database_location

    where = database_location(database)
    return _with_password(
        lambda password: open_database(where, backup_dir(), create=create, password=password)
    )


def open_workspace_named(database: str | None, *, create: bool = False) -> "Workspace":
    from models.workspace import Workspace

    return Workspace(open_database_named(database, create=create))


def refuse_on_server(database: str | None, what: str) -> None:
    """Backups and restores are the server's own (pg_dump): a clear refusal, nothing done."""
    from models.core.errors import UserError
    from models.server.connection import NOT_ON_A_SERVER
    from models.storage.paths import database_location

    if isinstance(database_location(database), str):
        raise UserError(NOT_ON_A_SERVER, what=what)


def open_workspace(database: str | None, *, create: bool = False) -> "Workspace":
    """The workspace over --database (a file or a server's URL; else TRAJECTWIJZER_DB, or the
    data folder's file); a database that does not exist is made only with `create` (a command
    that only reads, or prints, never makes one)."""
    return open_workspace_named(database, create=create)
