"""An open database (the SQLite file, or a team's PostgreSQL server), the SQLite engine with
the pragmas the coach's data needs, and the session factory every service uses."""

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from models.core.changes import ChangeFeed, Changes, DataKind
from models.core.errors import EditConflict, UserError
from models.storage.faults import SQLITE_READONLY, Fault, fault_of, sqlite_code

# "TWJZ": marks a file as a Trajectwijzer database (SQLite header offset 68).
APPLICATION_ID = 0x54574A5A
BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Erased text is overwritten, not left readable in free space (some SQLite builds
        # default to off).
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit survives a power cut (a laptop battery), at a cost of ~0.08 ms.
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA query_only = ON")
    finally:
        cursor.close()


def _faults_told_as_they_are(path: Path) -> Any:
    """A full disk, a pulled USB stick or a locked file raise a StorageFault, not a bug."""

    def handle_error(context: ExceptionContext) -> BaseException | None:
        return fault_of(context.original_exception, path)

    return handle_error


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "handle_error", _faults_told_as_they_are(path))
    return engine


def _edits_refused(path: Path) -> Any:
    def handle_error(context: ExceptionContext) -> BaseException | None:
        if sqlite_code(context.original_exception) == SQLITE_READONLY:
            return UserError(
                "This database is open for reading only: you can look and print, but not "
                "change anything. The bar at the top of the window says why and what to do."
            )
        return fault_of(context.original_exception, path)

    return handle_error


def make_read_only_engine(path: Path) -> Engine:
    """Reads a file on a medium that cannot be written (or a full disk): nothing is created
    beside it. `immutable` tells SQLite no one else writes it, so it needs no shared memory."""
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    engine = create_engine(f"sqlite:///{uri}&uri=true", future=True)
    event.listen(engine, "connect", _on_connect_read_only)
    event.listen(engine, "handle_error", _edits_refused(path))
    return engine


@dataclass(frozen=True)
class Database:
    """An open, migrated database: a file on this computer, or a team's server."""

    path: Path | None  # the SQLite file (None: a server database)
    engine: Engine
    session_factory: sessionmaker[Session]
    migrated_from: int | None  # schema version before a migration at this start, if any
    backup_path: Path | None
    changes: ChangeFeed = field(default_factory=ChangeFeed)  # what each commit changed
    read_only: Fault | None = None  # why it opened for reading only (None: it can be written)
    server: str | None = None  # a server database: user@host:port/database (no password)

    @property
    def is_server(self) -> bool:
        return self.server is not None

    @property
    def where(self) -> str:
        """Where the data is, for the window and messages (never a password)."""
        return self.server if self.server is not None else str(self.path)

    def close(self) -> None:
        self.engine.dispose()


def checkpoint(engine: Engine, attempts: int = 3) -> bool:
    """Moves the write-ahead log into the file and empties it: no old page stays behind.

    A reader still in a transaction (another screen loading) holds the log back: each try
    waits up to the busy timeout for it. False when the log could still not be emptied.
    A server keeps its own log and reclaims deleted rows itself: nothing to do here.
    """
    if engine.dialect.name != "sqlite":
        return True
    for _attempt in range(attempts):
        with engine.connect() as connection:
            row = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        if row[0] == 0:  # (busy, frames in the log, frames moved)
            return True
    return False


def make_session_factory(engine: Engine, feed: ChangeFeed | None = None) -> sessionmaker[Session]:
    """Sessions that store clean text only, keep their journal and tell `feed` what each
    committed transaction changed."""
    from models.storage.clean_text import clean_before_flush
    from models.storage.journal import install_journal

    factory: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False, class_=AppSession)
    clean_before_flush(factory)  # first: the journal records the text as it is stored
    install_journal(factory)
    if feed is not None:
        _report_changes(factory, feed)
    return factory


class AppSession(Session):
    """A session whose flush tells a concurrent edit of the same record as an EditConflict.

    Every record carries a version (`models.orm.base.Entity.row_version`): an UPDATE or DELETE
    whose row was changed by another writer since it was read matches no row, and nothing of
    the unit of work is stored.
    """

    def flush(self, objects: Any = None) -> None:
        try:
            super().flush(objects)
        except StaleDataError as error:
            raise EditConflict() from error


def one_at_a_time(session: Session, work: str) -> None:
    """Waits until no other transaction does the same `work` (an import, numbering quotes),
    for the rest of this transaction. SQLite has one writer at a time already; on a server
    this is an advisory lock, so that two coaches' imports follow each other instead of
    tripping over the same rows."""
    if session.get_bind().dialect.name != "postgresql":
        return
    import zlib

    from sqlalchemy import func, select

    session.execute(select(func.pg_advisory_xact_lock(zlib.crc32(work.encode("utf-8")))))


def record_changes(session: Session, kinds: Iterable[DataKind], uids: Iterable[str] = ()) -> None:
    """Notes changes made past the ORM (raw driver calls), published with the commit."""
    pending = session.info.setdefault(_PENDING, (set(), set()))
    pending[0].update(kinds)
    pending[1].update(uids)


_PENDING = "trajectwijzer.changes"


def _note_row(session: Session, row: object) -> None:
    table = getattr(row, "__tablename__", None)
    kind = DataKind.of_table(table) if isinstance(table, str) else None
    if kind is not None:
        uid = getattr(row, "uid", None)
        record_changes(session, (kind,), (str(uid),) if uid is not None else ())


def _report_changes(factory: sessionmaker[Session], feed: ChangeFeed) -> None:
    def after_flush(session: Session, _context: Any) -> None:
        for row in (*session.new, *session.dirty, *session.deleted):
            _note_row(session, row)

    def do_orm_execute(state: ORMExecuteState) -> None:
        if not (state.is_insert or state.is_update or state.is_delete):
            return
        table = getattr(state.statement, "table", None)
        kind = DataKind.of_table(getattr(table, "name", ""))
        if kind is not None:
            record_changes(state.session, (kind,))

    def after_commit(session: Session) -> None:
        kinds, uids = session.info.pop(_PENDING, (set(), set()))
        if kinds:
            feed.publish(Changes(frozenset(kinds), frozenset(uids)))

    def after_rollback(session: Session) -> None:
        session.info.pop(_PENDING, None)

    event.listen(factory, "after_flush", after_flush)
    event.listen(factory, "do_orm_execute", do_orm_execute)
    event.listen(factory, "after_commit", after_commit)
    event.listen(factory, "after_rollback", after_rollback)
