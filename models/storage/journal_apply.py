"""Putting rows back as a journal found them (undo) or left them (redo), in one transaction.

A step is only applied when every row is still as the step left it (or, for a redo, as it
found it): a later change that is not on the undo stack (live mode, an import, another
screen's write) is never overwritten, and a row that other data hangs on is never removed.
Then the step is refused with a message and nothing changes.
"""

import base64
import uuid
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Enum,
    LargeBinary,
    Numeric,
    Table,
    Uuid,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from models.core.changes import DataKind
from models.core.errors import UserError
from models.storage.database import record_changes
from models.storage.journal import Journal, RowImage, Values, read_row, references, tables

IGNORED = frozenset({"updated_at"})  # a row saved again unchanged is still as it was


def from_json_value(column: Column[Any], value: Any) -> Any:
    """A JSON-safe value back in the column's Python type."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, Uuid):
        return uuid.UUID(value)
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    if isinstance(kind, Numeric):
        return Decimal(value)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value)
    return value


def _python(table: Table, values: Values) -> dict[str, Any]:
    return {
        name: from_json_value(table.c[name], value)
        for name, value in values.items()
        if name in table.c
    }


def _changed(before: Values, after: Values) -> list[str]:
    return [name for name in after if before.get(name) != after.get(name)]


def _same(current: Values | None, expected: Values | None, columns: Iterable[str]) -> bool:
    if current is None or expected is None:
        return current is expected
    return all(current.get(name) == expected.get(name) for name in columns)


def _refuse() -> UserError:
    return UserError(
        "This step cannot be undone or redone: the data it changed was changed again "
        "elsewhere since. Nothing was changed now.",
    )


def apply_journal(session: Session, journal: Journal, *, backwards: bool) -> None:
    """Undo (backwards) or redo the journal's rows; UserError when they changed since."""
    if not journal.complete:
        raise UserError("This step cannot be undone. Nothing was changed now.")
    connection = session.connection()
    plan: list[tuple[Table, RowImage, Values | None, Values | None]] = []
    current: Values | None
    for row in journal.rows:
        table = tables().get(row.table)
        if table is None:
            raise _refuse()
        now_as, goal = (row.after, row.before) if backwards else (row.before, row.after)
        if now_as == goal:
            continue
        current = read_row(connection, table, row.uid)
        if now_as is not None and goal is not None:
            columns = [c for c in _changed(goal, now_as) if c not in IGNORED]
        else:
            columns = [c for c in (now_as or {}) if c not in IGNORED]
        if not _same(current, now_as, columns):
            raise _refuse()
        plan.append((table, row, current, goal))
    removed = {(table.name, row.uid) for table, row, _current, goal in plan if goal is None}
    for table, row, _current, _goal in plan:
        if (table.name, row.uid) in removed:
            _check_nothing_hangs_on(session, table, row.uid, removed)
    order = {name: index for index, name in enumerate(tables())}
    plan.sort(key=lambda item: order[item[0].name])
    for table, _row, current, goal in plan:  # parents first
        if current is None and goal is not None:
            session.execute(insert(table).values(**_python(table, goal)))
    for table, row, current, goal in plan:
        if current is not None and goal is not None:
            values = {name: goal.get(name) for name in _changed(current, goal)}
            session.execute(
                update(table)
                .where(table.c.uid == uuid.UUID(row.uid))
                .values(**_python(table, values))
            )
    for table, row, current, goal in reversed(plan):  # children first
        if current is not None and goal is None:
            session.execute(delete(table).where(table.c.uid == uuid.UUID(row.uid)))
    kinds = {DataKind.of_table(table.name) for table, *_ in plan}
    record_changes(session, {k for k in kinds if k is not None}, (row.uid for _, row, *_ in plan))


def _check_nothing_hangs_on(
    session: Session, table: Table, uid: str, removed: set[tuple[str, str]]
) -> None:
    """A row to remove again must not carry data added since (it would go with it)."""
    for child, column, _on_delete in references(table.name):
        for (child_uid,) in session.execute(select(child.c.uid).where(column == uuid.UUID(uid))):
            if (child.name, str(child_uid)) not in removed:
                raise UserError(
                    "This step cannot be undone: something was added since that depends on "
                    "it. Nothing was changed now."
                )
