"""The SQLite engine with the pragmas the coach's data needs, and the session factory."""

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from models.core.changes import ChangeFeed, Changes, DataKind

# "TWJZ": marks a file as a Trajectwijzer database (SQLite header offset 68).
APPLICATION_ID = 0x54574A5A
BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit survives a power cut (a laptop battery), at a cost of ~0.08 ms.
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def make_session_factory(engine: Engine, feed: ChangeFeed | None = None) -> sessionmaker[Session]:
    """Sessions that store clean text only and tell `feed` what each commit changed."""
    from models.storage.clean_text import clean_before_flush

    factory = sessionmaker(engine, expire_on_commit=False)
    clean_before_flush(factory)
    if feed is not None:
        _report_changes(factory, feed)
    return factory


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
