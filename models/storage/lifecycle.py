"""Opening the database: recognise the file, refuse what is not ours, back up, migrate."""

import logging
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from models.core.changes import ChangeFeed
from models.core.errors import UserError
from models.storage.database import APPLICATION_ID, make_engine, make_session_factory
from models.storage.schema_version import SCHEMA_VERSION

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class FileState(Enum):
    NEW = "new"  # missing, empty, or an SQLite file without any table
    OURS = "ours"
    NOT_SQLITE = "not_sqlite"
    FOREIGN = "foreign"  # SQLite, but another program's
    NEWER = "newer"
    DAMAGED = "damaged"


class DatabaseRefused(UserError):
    """The file at start is not one we may open; it was left untouched. `state` says why."""

    def __init__(self, message: str, state: FileState, path: Path) -> None:
        super().__init__(message)
        self.state = state
        self.path = path


@dataclass(frozen=True)
class FileCheck:
    state: FileState
    schema_version: int = 0


@dataclass(frozen=True)
class Database:
    """An open, migrated database."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    migrated_from: int | None  # schema version before a migration at this start, if any
    backup_path: Path | None
    changes: ChangeFeed = field(default_factory=ChangeFeed)  # what each commit changed

    def close(self) -> None:
        self.engine.dispose()


def _readonly(path: Path, *, immutable: bool) -> sqlite3.Connection:
    flag = "immutable=1" if immutable else "mode=ro"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{flag}", uri=True)


def check_file(path: Path) -> FileCheck:
    """Says what a file is without changing a byte of it."""
    if not path.exists() or path.stat().st_size == 0:
        return FileCheck(FileState.NEW)
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return FileCheck(FileState.NOT_SQLITE)
    app_id = int.from_bytes(header[68:72], "big")
    try:
        if app_id != APPLICATION_ID:
            with closing(_readonly(path, immutable=True)) as conn:
                tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            return FileCheck(FileState.NEW if tables == 0 and app_id == 0 else FileState.FOREIGN)
        # Our own file may hold recent changes in its write-ahead log: read it through SQLite.
        with closing(_readonly(path, immutable=False)) as conn:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError:
        return FileCheck(FileState.DAMAGED)
    if version > SCHEMA_VERSION:
        return FileCheck(FileState.NEWER, version)
    return FileCheck(FileState.OURS, version)


def quick_check(path: Path) -> bool:
    """SQLite's quick integrity check (pages, records, indexes), read-only; True when sound."""
    try:
        with closing(_readonly(path, immutable=False)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError:
        return False
    return [tuple(row) for row in rows] == [("ok",)]


def _refusal(path: Path, check: FileCheck) -> DatabaseRefused:
    name = str(path)
    untouched = "Het bestand is niet gewijzigd."
    match check.state:
        case FileState.NOT_SQLITE | FileState.FOREIGN:
            text = (
                f"'{name}' is geen Trajectwijzer-database. {untouched} Kies een ander bestand, "
                "of laat --database weg om de gewone database te openen."
            )
        case FileState.NEWER:
            text = (
                f"'{name}' is gemaakt met een nieuwere versie van Trajectwijzer "
                f"(schemaversie {check.schema_version}; deze versie kent tot {SCHEMA_VERSION}). "
                f"{untouched} Installeer de nieuwste versie van Trajectwijzer om het te openen."
            )
        case _:
            text = (
                f"'{name}' is beschadigd en kan niet gelezen worden. {untouched} "
                "Zet de laatste reservekopie terug (trajectwijzer restore BESTAND) of open een "
                "ander bestand."
            )
    return DatabaseRefused(text, check.state, path)


def backup_copy(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe while the file is in use)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


def _create_file(path: Path) -> None:
    # Stamped before the first migration, in rollback mode, so the header is on disk at once.
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.commit()
    finally:
        conn.close()


def _migrate(engine: Engine) -> None:
    # Alembic is imported only when a migration is due: it is not needed on an ordinary start.
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        # SQLite rebuilds a table to alter it (copy, drop, rename): with foreign keys on, the
        # drop would cascade and delete every child row. SQLite's own procedure for schema
        # changes: keys off outside the transaction, check them before the commit.
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left {len(broken)} broken references")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.commit()


def open_database(path: Path, backup_dir: Path | None = None) -> Database:
    """Opens (creating or upgrading as needed) the database, or refuses with a UserError."""
    check = check_file(path)
    if check.state is FileState.OURS and not quick_check(path):
        check = FileCheck(FileState.DAMAGED, check.schema_version)
    if check.state not in (FileState.NEW, FileState.OURS):
        raise _refusal(path, check)
    backup_path = None
    if check.state is FileState.NEW:
        try:
            _create_file(path)
        except (OSError, sqlite3.Error) as exc:
            raise UserError(
                f"De database '{path}' kan niet aangemaakt worden ({exc.__class__.__name__}). "
                "Kies een map waarin je mag schrijven, of maak ruimte vrij op de schijf."
            ) from exc
    elif check.schema_version < SCHEMA_VERSION and check.schema_version > 0:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = (backup_dir or path.parent) / (
            f"{path.stem}-voor-update-v{check.schema_version}-{stamp}{path.suffix or '.sqlite'}"
        )
        backup_path = backup_copy(path, target)
        log.info("backup before migration written")
    engine = make_engine(path)
    migrated_from = None
    if check.schema_version < SCHEMA_VERSION:
        _migrate(engine)
        migrated_from = check.schema_version
    feed = ChangeFeed()
    factory = make_session_factory(engine, feed)
    return Database(path, engine, factory, migrated_from, backup_path, feed)
