"""The version a form was filled from, checked when it is stored (optimistic concurrency).

A form shows a record as it was read; another coach may store the same record before this
one presses OK. The form hands back the record's `row_version` as it read it: when the
stored version moved since, the change is refused with an EditConflict (nothing stored, the
form keeps what was typed) instead of silently replacing the other coach's work.
"""

from sqlalchemy.orm.attributes import flag_modified

from models.core.errors import EditConflict
from models.orm.base import Entity


def check_version(record: Entity, version: int | None, name: str) -> None:
    """EditConflict when `record` was stored by someone else after `version` was read;
    `version` None stores without the check (a command, a test, a screen that edits one field)."""
    if version is not None and record.row_version != version:
        raise EditConflict(name, in_form=True, stored_version=record.row_version)


def stored_as_changed(record: Entity, attribute: str) -> None:
    """The record's version moves with this unit of work even when only rows under it changed
    (a project's members, a partner's contact): the next form filled before it sees a conflict."""
    flag_modified(record, attribute)
