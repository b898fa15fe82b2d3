"""Opening the database: recognise the file, refuse what is not ours, back up, migrate.

A file that is ours and sound but cannot be written (a read-only medium, no permission, a
full disk) opens for reading only: the coach can look and print. A file that fails to open
leaves nothing behind: no side files, and no file or folder this attempt created.
"""

import contextlib
import logging
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from models.core.changes import ChangeFeed
from models.core.clock import Clock, SystemClock
from models.core.errors import UserError
from models.storage.database import (
    APPLICATION_ID,
    Database,
    make_engine,
    make_read_only_engine,
    make_session_factory,
)
from models.storage.faults import Fault, StorageFault, fault_of, probe
from models.storage.file_check import (
    SIDE_FILES,
    UNWRITABLE,
    FileCheck,
    FileState,
    check_file,
    quick_check,
    remove_created_side_files,
    side_file,
)
from models.storage.schema_version import MIGRATIONS_DIR, SCHEMA_VERSION

__all__ = [
    "MIGRATIONS_DIR",
    "Database",
    "DatabaseRefused",
    "FileState",
    "check_file",
    "open_database",
    "quick_check",
]

log = logging.getLogger(__name__)


class DatabaseRefused(UserError):
    """The file at start is not one we may open; it was left untouched. `state` says why."""

    def __init__(self, text: str, state: FileState, path: Path, **params: Any) -> None:
        super().__init__(text, **params)
        self.state = state
        self.path = path


def _refusal(path: Path, check: FileCheck) -> DatabaseRefused:
    name = str(path)
    match check.state:
        case FileState.NOT_SQLITE | FileState.FOREIGN:
            return DatabaseRefused(
                "{name} is not a Trajectwijzer database. The file was not changed. Choose "
                "another file, or leave out --database to open the usual database.",
                check.state,
                path,
                name=name,
            )
        case FileState.NEWER:
            return DatabaseRefused(
                "{name} was made with a newer version of Trajectwijzer (schema version "
                "{version}; this version knows up to {known}). The file was not changed. "
                "Install the newest version of Trajectwijzer to open it.",
                check.state,
                path,
                name=name,
                version=check.schema_version,
                known=SCHEMA_VERSION,
            )
    return DatabaseRefused(
        "{name} is damaged and cannot be read. The file was not changed. Restore the newest "
        "sound backup (Settings, Backups, or trajectwijzer restore FILE) or open another file.",
        FileState.DAMAGED,
        path,
        name=name,
    )


def _create_file(path: Path) -> None:
    # Stamped before the first migration, in rollback mode, so the header is on disk at once.
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


def _missing_folders(path: Path) -> list[Path]:
    """The folders above `path` that do not exist yet, outermost first."""
    missing = []
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return list(reversed(missing))


def _read_only(path: Path, check: FileCheck, reason: Fault) -> Database:
    if check.schema_version < SCHEMA_VERSION:
        raise UserError(
            "{path} was made with an older version of Trajectwijzer and must be updated "
            "before it can be opened, but it cannot be written here. Nothing was changed. "
            "Copy the file to your own disk and open that copy.",
            path=str(path),
        )
    engine = make_read_only_engine(path)
    feed = ChangeFeed()
    factory = make_session_factory(engine, feed)
    log.info("database opened for reading only (%s)", reason.value)
    return Database(path, engine, factory, None, None, feed, reason)


def open_database(
    path: Path | str,
    backup_dir: Path | None = None,
    *,
    create: bool = True,
    clock: Clock | None = None,
    password: str | None = None,
) -> Database:
    """Opens (creating or upgrading as needed) the database, or refuses with a UserError.

    `path` is a file, or a server's URL (`postgresql+psycopg://…`, see models/server; its
    `password` from the caller, the URL, the keyring or the driver's own PGPASSWORD/.pgpass).
    `create=False` refuses a path where no database is (a command that only reads, a typing
    error in --database): nothing is created then, not even a folder.
    """
    if isinstance(path, str):
        from models.server.address import is_server_url

        if is_server_url(path):
            from models.server.opening import open_server

            return open_server(path, create=create, password=password)
        path = Path(path).expanduser()
    check = check_file(path)
    if check.state is FileState.OURS and not quick_check(path):
        check = FileCheck(FileState.DAMAGED, check.schema_version)
    if check.state not in (FileState.NEW, FileState.OURS):
        raise _refusal(path, check)
    if check.state is FileState.NEW and not create:
        folder_gone = not path.parent.is_dir()
        raise StorageFault(Fault.FOLDER_MISSING if folder_gone else Fault.NO_DATABASE, path)
    existed = path.exists()
    medium = probe(path) if existed or path.parent.is_dir() else None
    if medium is not None and medium not in UNWRITABLE:
        raise StorageFault(medium, path)
    if medium is not None:
        if check.state is FileState.NEW:
            raise StorageFault(medium, path)
        return _read_only(path, check, medium)
    return _open_writable(path, check, backup_dir, existed, (clock or SystemClock()).now())


def _open_writable(
    path: Path, check: FileCheck, backup_dir: Path | None, existed: bool, now: datetime
) -> Database:
    before = {suffix for suffix in SIDE_FILES if side_file(path, suffix).exists()}
    new_folders = _missing_folders(path)
    engine: Engine | None = None
    backup_path = None
    try:
        if check.state is FileState.NEW:
            path.parent.mkdir(parents=True, exist_ok=True)
            _create_file(path)
        elif 0 < check.schema_version < SCHEMA_VERSION:
            backup_path = _backup_before_update(path, check, backup_dir, now)
        engine = make_engine(path)
        with engine.connect():  # the pragmas run now: a fault shows here, not at first use
            pass
        migrated_from = None
        if check.schema_version < SCHEMA_VERSION:
            _migrate(engine)
            migrated_from = check.schema_version
    except BaseException as error:
        if engine is not None:
            engine.dispose()
        remove_created_side_files(path, before)
        if not existed:
            _remove_created(path, new_folders)
        if isinstance(error, UserError):
            raise
        if isinstance(error, OSError | sqlite3.Error) or fault_of(error, path) is not None:
            raise fault_of(error, path) or StorageFault(Fault.IO_ERROR, path) from error
        raise
    feed = ChangeFeed()
    factory = make_session_factory(engine, feed)
    return Database(path, engine, factory, migrated_from, backup_path, feed)


def _backup_before_update(
    path: Path, check: FileCheck, backup_dir: Path | None, now: datetime
) -> Path:
    from models.storage.backups import backup_before_update

    target = backup_before_update(path, backup_dir or path.parent, check.schema_version, now)
    log.info("backup before migration written")
    return target


def _remove_created(path: Path, folders: list[Path]) -> None:
    """Takes away the file and folders this failed attempt made (they hold nothing)."""
    for each in (path, *(side_file(path, suffix) for suffix in SIDE_FILES)):
        with contextlib.suppress(OSError):
            each.unlink(missing_ok=True)
    for folder in reversed(folders):
        try:
            folder.rmdir()
        except OSError:
            break
