"""Opening a server database: recognise, refuse what is not ours, create, migrate.

The same guarantees as for the file: another program's tables and a database of a newer
Trajectwijzer are refused untouched. A migration runs inside one transaction (PostgreSQL
changes its schema transactionally: it is done whole or not at all) while an advisory lock
keeps a second laptop starting at the same moment waiting, so it never migrates twice. The
server's own backups (pg_dump, the administrator's) take the place of the file copy.
"""

import logging
from typing import Any

from sqlalchemy import Connection, func, select

from models.core.changes import ChangeFeed
from models.core.errors import UserError
from models.server.address import ServerAddress
from models.server.connection import make_server_engine
from models.server.credentials import stored_password
from models.server.stamp import check_server, create_stamp
from models.storage.database import APPLICATION_ID, Database, make_session_factory
from models.storage.file_check import FileState
from models.storage.schema_version import MIGRATIONS_DIR, SCHEMA_VERSION

log = logging.getLogger(__name__)

# One key for the whole app: opening (and migrating) one database at a time.
OPENING_LOCK = APPLICATION_ID


class ServerDatabaseRefused(UserError):
    """The server database is not one we may open; it was left untouched."""

    def __init__(self, text: str, state: FileState, **params: Any) -> None:
        super().__init__(text, **params)
        self.state = state


def _refusal(state: FileState, server: str, version: int) -> ServerDatabaseRefused:
    if state is FileState.NEWER:
        return ServerDatabaseRefused(
            "The server database {server} was made with a newer version of Trajectwijzer "
            "(schema version {version}; this version knows up to {known}). Nothing was "
            "changed. Install the newest version of Trajectwijzer to use it.",
            state,
            server=server,
            version=version,
            known=SCHEMA_VERSION,
        )
    if state is FileState.DAMAGED:
        return ServerDatabaseRefused(
            "The server database {server} is marked as Trajectwijzer's but its schema is "
            "incomplete. Nothing was changed. Ask whoever manages the server to restore it "
            "from the server's backup.",
            state,
            server=server,
        )
    return ServerDatabaseRefused(
        "The server database {server} holds tables of another program. Nothing was changed. "
        "Give Trajectwijzer a database (or schema) of its own.",
        state,
        server=server,
    )


def _migrate(connection: Connection) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def open_server(text: str, *, create: bool = True, password: str | None = None) -> Database:
    """Opens (creating or upgrading as needed) the server database at the URL `text`.

    The password: the caller's (asked at start), the URL's, the keyring's, or none (the
    driver then tries PGPASSWORD and .pgpass). PasswordNeeded when the server wants one.
    """
    address = ServerAddress.parse(text)
    secret = password or address.password or stored_password(address)
    engine = make_server_engine(address, secret)
    server = address.shown()
    migrated_from: int | None = None
    try:
        with engine.begin() as connection:
            connection.execute(select(func.pg_advisory_xact_lock(OPENING_LOCK)))
            check = check_server(connection)
            if check.state not in (FileState.NEW, FileState.OURS):
                raise _refusal(check.state, server, check.schema_version)
            if check.state is FileState.NEW:
                if not create:
                    raise UserError(
                        "The server database {server} holds no Trajectwijzer data yet. "
                        "Nothing was created. Start the app with it, or run trajectwijzer "
                        "--database URL demo-data, to set it up.",
                        server=server,
                    )
                create_stamp(connection)
            if check.schema_version < SCHEMA_VERSION:
                _migrate(connection)
                migrated_from = check.schema_version
    except BaseException:
        engine.dispose()
        raise
    if migrated_from is not None:
        log.info("server database migrated from schema version %s", migrated_from)
    feed = ChangeFeed()
    factory = make_session_factory(engine, feed)
    return Database(None, engine, factory, migrated_from, None, feed, server=server)
