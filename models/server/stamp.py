"""The application stamp of a server database: SQLite's header fields, as a small table.

A SQLite file says it is ours by its `application_id` and how old it is by `user_version`;
a PostgreSQL database (or the schema the URL's search_path names) says both in
`trajectwijzer_meta`. The same refusals follow: another program's tables and a database
written by a newer Trajectwijzer are never touched.
"""

from sqlalchemy import Column, Connection, MetaData, String, Table, inspect, select

from models.storage.database import APPLICATION_ID
from models.storage.file_check import FileCheck, FileState
from models.storage.schema_version import SCHEMA_VERSION

META_TABLE = "trajectwijzer_meta"
APPLICATION_KEY = "application_id"
VERSION_KEY = "schema_version"

_metadata = MetaData()
meta = Table(
    META_TABLE,
    _metadata,
    Column("key", String(64), primary_key=True),
    Column("value", String(200), nullable=False),
)


def check_server(connection: Connection) -> FileCheck:
    """What the database (its current schema) holds: nothing yet, ours, another's, newer."""
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return FileCheck(FileState.NEW)
    if META_TABLE not in tables:
        return FileCheck(FileState.FOREIGN)
    stamp = {key: value for key, value in connection.execute(select(meta.c.key, meta.c.value))}
    if stamp.get(APPLICATION_KEY) != str(APPLICATION_ID):
        return FileCheck(FileState.FOREIGN)
    try:
        version = int(stamp.get(VERSION_KEY, "0"))
    except ValueError:
        return FileCheck(FileState.DAMAGED)
    if version > SCHEMA_VERSION:
        return FileCheck(FileState.NEWER, version)
    if version == 0 and tables != {META_TABLE}:
        return FileCheck(FileState.DAMAGED)
    return FileCheck(FileState.OURS, version)


def create_stamp(connection: Connection) -> None:
    """Marks a new, empty database as ours (version 0: the migrations follow at once)."""
    _metadata.create_all(connection)
    connection.execute(
        meta.insert(),
        [
            {"key": APPLICATION_KEY, "value": str(APPLICATION_ID)},
            {"key": VERSION_KEY, "value": "0"},
        ],
    )


def write_version(connection: Connection, version: int) -> None:
    """What each migration leaves behind (SQLite: PRAGMA user_version)."""
    done = connection.execute(
        meta.update().where(meta.c.key == VERSION_KEY).values(value=str(version))
    )
    if not done.rowcount:
        connection.execute(meta.insert().values(key=VERSION_KEY, value=str(version)))


def read_version(connection: Connection) -> int:
    value = connection.execute(select(meta.c.value).where(meta.c.key == VERSION_KEY)).scalar()
    return int(value or 0)
