"""Rows of trajectories on either side, keyed by table and server uid, and what differs."""

import uuid
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from models.core.errors import UserError
from models.storage.handover import Row, collect, included_tables

Key = tuple[str, uuid.UUID]  # (table name, uid as the server knows it)
BOOKKEEPING = frozenset({"uid", "created_at", "updated_at", "row_version"})
# Rows a bring-back may delete: the trajectory's own. People and organisations are shared by
# the team: they are never deleted by an exchange (erasing a person is its own step).
OWNED = frozenset(
    t.name for t in included_tables() if t.name not in ("people", "organisations", "roles")
)


def rows_of(session: Session, trajectory_uid: uuid.UUID) -> dict[Key, Row]:
    """Every row the trajectory holds on this side (none when it is gone)."""
    try:
        tables = collect(session, trajectory_uid)
    except UserError:
        return {}
    return {(name, row["uid"]): row for name, rows in tables.items() for row in rows}


def translated(row: Row, table: Table, mapping: dict[uuid.UUID, uuid.UUID]) -> Row:
    """The row with its uid and references moved through `mapping` (a municipality known on
    the laptop under another uid than on the server)."""
    if not mapping:
        return row
    moved = dict(row)
    for column in table.columns:
        if (column.primary_key or column.foreign_keys) and moved.get(column.name) in mapping:
            moved[column.name] = mapping[moved[column.name]]
    return moved


def differing(here: Row | None, there: Row | None) -> list[str]:
    """The columns (bookkeeping aside) whose values differ; every column when one is gone."""
    if here is None or there is None:
        row = here or there or {}
        return [name for name in row if name not in BOOKKEEPING]
    return [name for name in here if name not in BOOKKEEPING and here.get(name) != there.get(name)]


def shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    text = getattr(value, "value", value)
    text = str(text)
    return text if len(text) <= 120 else text[:117] + "…"
