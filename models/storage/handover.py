"""Hand-over: everything attached to one trajectory, as plain JSON-able rows, and back.

The rows are read with SQLAlchemy Core table by table, so that a column added to the ORM
travels without a change here. Which rows belong to the trajectory is decided below; the
people and organisations they point at travel with them (with their roles and consents).
Import batches stay behind: undoing an import belongs to the laptop that did it.
"""

import json
import os
import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Column, Date, DateTime, Numeric, Table, Uuid, select
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.orm import Session

from models.core.errors import UserError, domain_text
from models.orm import Base
from models.orm.base import UtcDateTime
from models.storage.schema_version import SCHEMA_VERSION

FORMAT = "trajectwijzer-overdracht"
FILE_SUFFIX = ".twoverdracht"
DAMAGED = domain_text("The hand-over file is damaged. Nothing was read.")
Row = dict[str, Any]

# Tables whose rows hang directly off the trajectory.
BY_TRAJECTORY = (
    "trajectory_clients",
    "trajectory_contacts",
    "intake_answers",
    "quotes",
    "phases",
    "milestones",
    "tasks",
    "sessions",
    "actions",
    "projects",
    "partners",
    "evaluation_forms",
)
# (table, its parent column, the parent table) for rows one step further down.
CHILDREN = (
    ("quote_lines", "quote_uid", "quotes"),
    ("agenda_blocks", "session_uid", "sessions"),
    ("registrations", "session_uid", "sessions"),
    ("session_notes", "session_uid", "sessions"),
    ("action_events", "action_uid", "actions"),
    ("project_members", "project_uid", "projects"),
    ("evaluation_questions", "form_uid", "evaluation_forms"),
    ("evaluation_responses", "form_uid", "evaluation_forms"),
    ("evaluation_answers", "response_uid", "evaluation_responses"),
)
LEFT_BEHIND = {"import_batch_uid"}  # points at local import history


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def included_tables() -> list[Table]:
    """Every table a hand-over carries, parents before children (the insert order)."""
    names = {"trajectories", "people", "organisations", "roles", "consents", *BY_TRAJECTORY}
    names.update(child for child, _column, _parent in CHILDREN)
    return [t for t in Base.metadata.sorted_tables if t.name in names]


def _fetch(session: Session, name: str, column: str, values: Iterable[uuid.UUID]) -> list[Row]:
    wanted = list(set(values))
    found: list[Row] = []
    source = table(name)
    for start in range(0, len(wanted), 500):  # SQLite's limit on bound parameters
        chunk = wanted[start : start + 500]
        result = session.execute(select(source).where(source.c[column].in_(chunk)))
        found.extend(dict(row) for row in result.mappings())
    return found


def _referenced(rows: dict[str, list[Row]], target: str) -> set[uuid.UUID]:
    """Every uid in the collected rows that points at the target table."""
    found: set[uuid.UUID] = set()
    for name, table_rows in rows.items():
        for column in table(name).columns:
            if any(fk.column.table.name == target for fk in column.foreign_keys):
                found.update(r[column.name] for r in table_rows if r[column.name] is not None)
    return found


def collect(session: Session, trajectory_uid: uuid.UUID) -> dict[str, list[Row]]:
    """The trajectory's rows per table name, with the people and organisations they name."""
    rows: dict[str, list[Row]] = {
        "trajectories": _fetch(session, "trajectories", "uid", [trajectory_uid])
    }
    if not rows["trajectories"]:
        raise UserError("This trajectory no longer exists; nothing was handed over.")
    for name in BY_TRAJECTORY:
        rows[name] = _fetch(session, name, "trajectory_uid", [trajectory_uid])
    for child, column, parent in CHILDREN:
        rows[child] = _fetch(session, child, column, (r["uid"] for r in rows[parent]))
    for row in rows["registrations"]:
        row["import_batch_uid"] = None
    people = _referenced(rows, "people")
    rows["people"] = _fetch(session, "people", "uid", people)
    rows["roles"] = _fetch(session, "roles", "person_uid", people)
    rows["consents"] = _fetch(session, "consents", "person_uid", people)
    rows["organisations"] = _fetch(
        session, "organisations", "uid", _referenced(rows, "organisations")
    )
    return rows


def _encode(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    return value


def decode(column: Column[Any], value: Any) -> Any:
    """A JSON value back into what the column's type takes; ValueError when it cannot be."""
    if value is None or isinstance(column.type, JSON):
        return value
    kind = column.type
    if isinstance(kind, Uuid):
        return uuid.UUID(str(value))
    if isinstance(kind, SqlEnum) and kind.enum_class is not None:
        return kind.enum_class(value)
    if isinstance(kind, Numeric):
        return Decimal(str(value))
    if isinstance(kind, UtcDateTime):
        parsed = datetime.fromisoformat(str(value))
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(str(value))
    if isinstance(kind, Date):
        return date.fromisoformat(str(value))
    if not isinstance(value, str | int | float | bool):
        raise ValueError(f"unexpected value in {column.table.name}.{column.name}")
    return value


def payload(session: Session, trajectory_uid: uuid.UUID, now: datetime) -> bytes:
    """The hand-over's content as JSON bytes (before encryption)."""
    rows = collect(session, trajectory_uid)
    trajectory = rows["trajectories"][0]
    document = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "exported_at": now.isoformat(),
        "trajectory": {"uid": str(trajectory["uid"]), "name": trajectory["name"]},
        "tables": {
            name: [{key: _encode(value) for key, value in row.items()} for row in table_rows]
            for name, table_rows in rows.items()
        },
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def read_payload(content: bytes) -> dict[str, Any]:
    """The decrypted content, checked for shape and version; UserError when it is not usable."""
    try:
        document = json.loads(content)
    except (ValueError, UnicodeDecodeError) as error:
        raise UserError(DAMAGED) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise UserError(DAMAGED)
    if int(document.get("schema_version", 0)) > SCHEMA_VERSION:
        raise UserError(
            "This hand-over file comes from a newer version of Trajectwijzer. Nothing was read. "
            "Install the newest version first."
        )
    tables = document.get("tables")
    known = {t.name: t for t in included_tables()}
    if not isinstance(tables, dict) or not set(tables) <= set(known):
        raise UserError(DAMAGED)
    for name, table_rows in tables.items():
        columns = set(known[name].columns.keys())
        if not isinstance(table_rows, list) or any(
            not isinstance(r, dict) or "uid" not in r or not set(r) <= columns for r in table_rows
        ):
            raise UserError(DAMAGED)
    return document


def write_file(path: Path, data: bytes) -> Path:
    """Written under a temporary name, then renamed: never half a file under the real name.

    A folder that is not there (a USB stick pulled out) is said so, not made on the laptop.
    """
    from models.storage.faults import Fault, StorageFault, fault_of

    if not path.parent.is_dir():
        raise StorageFault(Fault.FOLDER_MISSING, path)
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise fault_of(error, path) or StorageFault(Fault.IO_ERROR, path) from error
    return path
