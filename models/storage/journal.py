"""What a unit of work did to each row, before and after: the ground of every undo.

While a recording is active, the session notes each row it is about to change (read from
the database before the flush: an exact image, whatever the ORM had loaded), each row it
inserts, and the rows the database itself changes through ON DELETE CASCADE / SET NULL.
Just before the commit it reads every noted row again. The result, a `Journal`, is plain
JSON-safe data: it can wait on the desktop's undo stack or be stored (a merge of people).
Applying it backwards or forwards is `models.storage.journal_apply`.
"""

import base64
import contextvars
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import Column, ForeignKey, Table, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

Values = Mapping[str, Any]  # a row as JSON-safe values, by column name
_KEY = "trajectwijzer.journal"


@dataclass(frozen=True)
class RowImage:
    """One row as it was before the unit of work and as it was left (None: no such row)."""

    table: str
    uid: str
    before: Values | None
    after: Values | None


@dataclass(frozen=True)
class Journal:
    """Every row one or more units of work changed, in the order they were first touched."""

    rows: tuple[RowImage, ...] = ()
    complete: bool = True  # False: a statement changed rows it could not list (not undoable)

    def __bool__(self) -> bool:
        return any(row.before != row.after for row in self.rows)

    def then(self, later: "Journal") -> "Journal":
        """This journal followed by a later one: the first before, the last after per row."""
        rows = {(r.table, r.uid): r for r in self.rows}
        for row in later.rows:
            key = (row.table, row.uid)
            first = rows.get(key)
            before = first.before if first else row.before
            rows[key] = RowImage(row.table, row.uid, before, row.after)
        return Journal(tuple(rows.values()), self.complete and later.complete)

    def to_json(self) -> list[dict[str, Any]]:
        return [
            {"table": r.table, "uid": r.uid, "before": r.before, "after": r.after}
            for r in self.rows
        ]

    @classmethod
    def from_json(cls, value: Any) -> "Journal":
        rows = value if isinstance(value, list) else []
        return cls(
            tuple(
                RowImage(str(r["table"]), str(r["uid"]), r.get("before"), r.get("after"))
                for r in rows
                if isinstance(r, dict) and "table" in r and "uid" in r
            )
        )


def to_json_value(value: Any) -> Any:
    """A column value as JSON can hold it (the column's type turns it back)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def row_values(row: Mapping[Any, Any]) -> dict[str, Any]:
    return {str(name): to_json_value(value) for name, value in row.items()}


@cache
def tables() -> dict[str, Table]:
    """Every mapped table by name."""
    from models.orm import Base

    return {table.name: table for table in Base.metadata.sorted_tables}


@cache
def references(table_name: str) -> tuple[tuple[Table, Column[Any], str], ...]:
    """(table, column, on delete) of every foreign key that points at `table_name`."""
    found = []
    for table in tables().values():
        for fk in table.foreign_keys:
            if isinstance(fk, ForeignKey) and fk.column.table.name == table_name:
                found.append((table, fk.parent, (fk.ondelete or "RESTRICT").upper()))
    return tuple(found)


def read_row(connection: Connection, table: Table, uid: str) -> dict[str, Any] | None:
    row = connection.execute(select(table).where(table.c.uid == uuid.UUID(uid))).mappings()
    found = row.first()
    return row_values(found) if found is not None else None


@dataclass
class _Recorder:
    """The rows one session touched, with their images before its first change."""

    before: dict[tuple[str, str], Values | None] = field(default_factory=dict)
    complete: bool = True

    def note(self, connection: Connection, table: Table, uid: str, *, new: bool = False) -> None:
        key = (table.name, uid)
        if key not in self.before:
            self.before[key] = None if new else read_row(connection, table, uid)

    def note_deleted(self, connection: Connection, table: Table, uid: str) -> None:
        """The row and what the database changes with it (cascades and SET NULL)."""
        self.note(connection, table, uid)
        for child, column, on_delete in references(table.name):
            if on_delete not in ("CASCADE", "SET NULL"):
                continue
            for (child_uid,) in connection.execute(
                select(child.c.uid).where(column == uuid.UUID(uid))
            ):
                if on_delete == "CASCADE":
                    self.note_deleted(connection, child, str(child_uid))
                else:
                    self.note(connection, child, str(child_uid))

    def finish(self, connection: Connection) -> Journal:
        rows = []
        for (name, uid), before in self.before.items():
            after = read_row(connection, tables()[name], uid)
            rows.append(RowImage(name, uid, before, after))
        return Journal(tuple(rows), self.complete)


def _table_of(row: object) -> Table | None:
    table = getattr(row, "__table__", None)
    return table if isinstance(table, Table) and table.name in tables() else None


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    recorder = _recorder(session)
    if recorder is None:
        return
    connection = session.connection()
    for row in session.dirty:
        table = _table_of(row)
        if table is not None and session.is_modified(row):
            recorder.note(connection, table, str(row.uid))
    for row in session.deleted:
        table = _table_of(row)
        if table is not None:
            recorder.note_deleted(connection, table, str(row.uid))


def _after_flush(session: Session, _context: Any) -> None:
    recorder = _recorder(session)
    if recorder is None:
        return
    connection = session.connection()
    for row in session.new:
        table = _table_of(row)
        uid = getattr(row, "uid", None)
        if table is not None and uid is not None:
            recorder.note(connection, table, str(uid), new=True)


def _do_orm_execute(state: ORMExecuteState) -> None:
    recorder = _recorder(state.session)
    if recorder is None or not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if not isinstance(table, Table) or table.name not in tables() or state.is_insert:
        recorder.complete = False  # rows this journal cannot list: not undoable
        return
    where = getattr(state.statement, "whereclause", None)
    query = select(table.c.uid) if where is None else select(table.c.uid).where(where)
    connection = state.session.connection()
    for (uid,) in connection.execute(query):
        if state.is_delete:
            recorder.note_deleted(connection, table, str(uid))
        else:
            recorder.note(connection, table, str(uid))


def _recorder(session: Session) -> _Recorder | None:
    recorder = session.info.get(_KEY)
    if recorder is None and (recording := _RECORDING.get()) is not None:
        recorder = session.info[_KEY] = _Recorder()
        recording.sessions.append((session, recorder))
    return recorder if isinstance(recorder, _Recorder) else None


def _before_commit(session: Session) -> None:
    recorder = session.info.get(_KEY)
    recording = _RECORDING.get()
    if not isinstance(recorder, _Recorder) or recording is None:
        return
    session.flush()
    recording.journal = recording.journal.then(recorder.finish(session.connection()))


def _after_end(session: Session, *_args: Any) -> None:
    session.info.pop(_KEY, None)


def install_journal(factory: sessionmaker[Session]) -> None:
    """Lets sessions of this factory keep a journal while one is asked for."""
    from sqlalchemy import event

    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _do_orm_execute)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_commit", _after_end)
    event.listen(factory, "after_rollback", _after_end)


@dataclass
class Recording:
    """The journal of every transaction committed while the recording was active."""

    journal: Journal = field(default_factory=Journal)
    sessions: list[tuple[Session, _Recorder]] = field(default_factory=list)


_RECORDING: contextvars.ContextVar[Recording | None] = contextvars.ContextVar(
    "trajectwijzer_recording", default=None
)


@contextmanager
def recording() -> Iterator[Recording]:
    """Records what the sessions opened inside the block commit (on this thread)."""
    active = Recording()
    token = _RECORDING.set(active)
    try:
        yield active
    finally:
        _RECORDING.reset(token)


@contextmanager
def session_journal(session: Session) -> Iterator[_Recorder]:
    """Records what this one session does inside the block; `finish` gives the journal."""
    recorder = session.info[_KEY] = _Recorder()
    try:
        yield recorder
    finally:
        session.info.pop(_KEY, None)
