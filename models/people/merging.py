"""Two records of the same person made one, with a preview and a record to undo it by.

Everything that points at the second record (registrations, actions, roles, consents,
evaluation responses, project and trajectory links, responsibilities in the plan) moves to
the first; where both have the same link (registered for the same session, the same role)
the two are combined, the better registration status winning. The second record is then
removed. The merge is one transaction and keeps a journal of every row it touched, as the
import keeps its batch, so that `undo_merge` puts each row back exactly.
"""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, Table, UniqueConstraint, delete, func, select, update
from sqlalchemy.orm import Session

from models.core.enums import RegistrationStatus
from models.core.errors import UserError
from models.orm import Person, PersonMerge
from models.people.editing import living_person
from models.storage.journal import Journal, references, session_journal
from models.storage.journal_apply import apply_journal

FIELDS = ("first_name", "last_name", "email", "phone", "place", "organisation_text")
_BETTER = {  # which registration status says most about whether someone came
    RegistrationStatus.PRESENT: 5,
    RegistrationStatus.EXCUSED: 4,
    RegistrationStatus.ABSENT: 3,
    RegistrationStatus.REGISTERED: 2,
    RegistrationStatus.INVITED: 1,
}


@dataclass(frozen=True)
class FieldChoice:
    """A detail both records have, differently: the coach picks which one stays."""

    field: str
    kept: str
    other: str


@dataclass(frozen=True)
class MoveCount:
    """How many rows of one kind move to the kept record, and how many of them combine."""

    kind: str  # the table: registrations, actions, roles, consents, …
    moved: int
    combined: int


@dataclass(frozen=True)
class MergePreview:
    kept_uid: str
    kept_name: str
    other_uid: str
    other_name: str
    choices: tuple[FieldChoice, ...]
    filled: tuple[str, ...]  # fields the kept record lacks and the other one gives
    moves: tuple[MoveCount, ...]


def _place(person: Person) -> str:
    return " ".join(p for p in (person.postcode, person.municipality) if p)


def _value(person: Person, name: str) -> str:
    return _place(person) if name == "place" else str(getattr(person, name) or "")


def _pair(session: Session, kept_uid: uuid.UUID, other_uid: uuid.UUID) -> tuple[Person, Person]:
    if kept_uid == other_uid:
        raise UserError("Choose two different people to merge.")
    return living_person(session, kept_uid), living_person(session, other_uid)


def _unique_keys(table: Table, column: Column[Any]) -> list[list[Column[Any]]]:
    """For each unique constraint with this column: the other columns that make a row's key."""
    keys = []
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint) and column.name in constraint.columns:
            keys.append([c for c in constraint.columns if c.name != column.name])
    return keys


def _clashes(
    session: Session, table: Table, column: Column[Any], kept: uuid.UUID, other: uuid.UUID
) -> list[tuple[uuid.UUID, uuid.UUID]]:
    """(other's row, kept's row) pairs that would break a unique constraint once moved."""
    pairs = []
    for key in _unique_keys(table, column):
        mine = table.alias("mine")
        theirs = table.alias("theirs")
        query = select(theirs.c.uid, mine.c.uid).where(
            theirs.c[column.name] == other,
            mine.c[column.name] == kept,
            *(theirs.c[c.name] == mine.c[c.name] for c in key),
        )
        pairs += [(a, b) for a, b in session.execute(query)]
    return pairs


def _links(session: Session) -> list[tuple[Table, Column[Any]]]:
    """Every column that points at a person, but an import's own record: that one lets go
    (ON DELETE SET NULL), so undoing the import can never remove the kept person."""
    return [
        (table, column)
        for table, column, _ in references("people")
        if table.name != "import_changes"
    ]


def merge_preview(session: Session, kept_uid: uuid.UUID, other_uid: uuid.UUID) -> MergePreview:
    kept, other = _pair(session, kept_uid, other_uid)
    choices, filled = [], []
    for name in FIELDS:
        mine, theirs = _value(kept, name), _value(other, name)
        if mine and theirs and mine.casefold() != theirs.casefold():
            choices.append(FieldChoice(name, mine, theirs))
        elif theirs and not mine:
            filled.append(name)
    moves: dict[str, list[int]] = {}
    for table, column in _links(session):
        count = session.scalar(select(func.count()).where(column == other.uid)) or 0
        if count:
            combined = len(_clashes(session, table, column, kept.uid, other.uid))
            totals = moves.setdefault(table.name, [0, 0])
            totals[0] += count
            totals[1] += combined
    return MergePreview(
        str(kept.uid),
        kept.full_name,
        str(other.uid),
        other.full_name,
        tuple(choices),
        tuple(filled),
        tuple(MoveCount(kind, moved, combined) for kind, (moved, combined) in moves.items()),
    )


def _take_details(kept: Person, other: Person, take_other: frozenset[str]) -> None:
    for name in FIELDS:
        mine, theirs = _value(kept, name), _value(other, name)
        if not theirs or (mine and name not in take_other):
            continue
        columns = ("postcode", "municipality") if name == "place" else (name,)
        for column in columns:
            setattr(kept, column, getattr(other, column))
    if other.notes and other.notes not in kept.notes:
        kept.notes = "\n".join(n for n in (kept.notes, other.notes) if n)


def _combine_registrations(
    session: Session, table: Table, theirs: uuid.UUID, mine: uuid.UUID
) -> None:
    """Both registered for one session: the kept registration takes the better status."""
    rows = {
        row.uid: row
        for row in session.execute(select(table).where(table.c.uid.in_((theirs, mine)))).all()
    }
    best, own = rows[theirs], rows[mine]
    if _BETTER[RegistrationStatus(best.status)] > _BETTER[RegistrationStatus(own.status)]:
        session.execute(
            update(table)
            .where(table.c.uid == mine)
            .values(status=best.status, checked_in_at=best.checked_in_at, walk_in=best.walk_in)
        )


def merge_people(
    session: Session,
    kept_uid: uuid.UUID,
    other_uid: uuid.UUID,
    take_other: frozenset[str],
    now: datetime,
) -> uuid.UUID:
    """Merges `other` into `kept` (fields in `take_other` come from the other record)."""
    kept, other = _pair(session, kept_uid, other_uid)
    with session_journal(session) as recorder:
        _take_details(kept, other, take_other)
        session.flush()
        for table, column in _links(session):
            for theirs, mine in _clashes(session, table, column, kept.uid, other.uid):
                if table.name == "registrations":
                    _combine_registrations(session, table, theirs, mine)
                session.execute(delete(table).where(table.c.uid == theirs))
            session.execute(update(table).where(column == other.uid).values({column: kept.uid}))
        session.expunge(other)
        people = Person.__table__
        assert isinstance(people, Table)
        session.execute(delete(people).where(people.c.uid == other_uid))
        session.flush()
        journal = recorder.finish(session.connection())
    merge = PersonMerge(
        kept_person_uid=kept.uid,
        merged_person_uid=other_uid,
        merged_at=now,
        journal=journal.to_json(),
    )
    session.add(merge)
    session.flush()
    return merge.uid


def _merge(session: Session, merge_uid: uuid.UUID) -> PersonMerge:
    merge = session.get(PersonMerge, merge_uid)
    if merge is None:
        raise UserError("That merge is no longer known; it cannot be undone.")
    return merge


def undo_merge(session: Session, merge_uid: uuid.UUID, now: datetime) -> str:
    """Both records back exactly as they were; UserError (nothing changed) if not possible."""
    merge = _merge(session, merge_uid)
    if merge.undone_at is not None:
        raise UserError("This merge has already been undone.")
    apply_journal(session, Journal.from_json(merge.journal), backwards=True)
    merge.undone_at = now
    return str(merge.merged_person_uid)


def redo_merge(session: Session, merge_uid: uuid.UUID) -> None:
    merge = _merge(session, merge_uid)
    if merge.undone_at is None:
        return
    apply_journal(session, Journal.from_json(merge.journal), backwards=False)
    merge.undone_at = None


@dataclass(frozen=True)
class MergeRow:
    """A merge that kept a person: when, whose record it took in, whether it was undone."""

    uid: str
    merged_at: datetime  # local wall-clock time, naive (as the coach reads it)
    merged_name: str  # the name on the record that was merged in
    undone: bool


def merges_of(session: Session, person_uid: uuid.UUID) -> list[MergeRow]:
    """The merges that kept this person, newest first."""
    merges = session.scalars(
        select(PersonMerge)
        .where(PersonMerge.kept_person_uid == person_uid)
        .order_by(PersonMerge.merged_at.desc())
    )
    rows = []
    for merge in merges:
        former = merged_record(merge.journal)
        name = f"{former.get('first_name') or ''} {former.get('last_name') or ''}".strip()
        when = _local(merge.merged_at)
        rows.append(MergeRow(str(merge.uid), when, name, merge.undone_at is not None))
    return rows


def _local(moment: datetime) -> datetime:
    """A stored UTC moment (naive from SQLite) on this computer's wall clock."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone().replace(tzinfo=None)


def merged_record(journal: Any) -> dict[str, Any]:
    """The person's record that a merge removed, as the merge's journal keeps it."""
    rows = journal if isinstance(journal, list) else []
    for row in rows:
        if (
            isinstance(row, dict)
            and row.get("table") == "people"
            and isinstance(row.get("before"), dict)
            and row.get("after") is None
        ):
            return dict(row["before"])
    return {}


def parse_choices(choices: Mapping[str, bool]) -> frozenset[str]:
    """The fields for which the coach chose the other record's value."""
    return frozenset(name for name, other in choices.items() if other and name in FIELDS)
