"""Importing people: what is known already, remembered mappings, commit as one batch, undo.

The batch records every person it created and, for updates, the values before, so that
`undo_import` removes created people that were not used since and reverts the updates.
"""

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Table, delete, select
from sqlalchemy.orm import Session

from models.core.enums import ImportChangeKind, RegistrationStatus
from models.core.errors import UserError
from models.orm import (
    Base,
    Consent,
    ImportBatch,
    ImportChange,
    Person,
    Registration,
    Setting,
    TrajectorySession,
)
from models.people.importing.columns import ColumnChoice, choose_columns
from models.people.importing.headers import Field, SheetTable, fold_header, guess_mapping
from models.people.importing.matching import ExistingPerson, PeopleIndex
from models.people.importing.plan import ImportPreview, PlannedPerson
from models.storage.bulk_insert import insert_rows

MAPPINGS_KEY = "import.mappings"
MAX_REMEMBERED = 50
IMPORT_PURPOSES = ("contact_traject", "uitnodigingen")
CHUNK = 500
UPDATABLE = ("email", "phone", "postcode", "municipality", "organisation")
_COLUMN = {"organisation": "organisation_text"}
PERSON_COLUMNS = (
    "uid",
    "first_name",
    "last_name",
    "email",
    "phone",
    "postcode",
    "municipality",
    "organisation_text",
    "notes",
    "created_at",
    "updated_at",
)
CHANGE_COLUMNS = ("uid", "batch_uid", "person_uid", "kind", "previous", "created_at", "updated_at")
CONSENT_COLUMNS = (
    "uid",
    "person_uid",
    "given_on",
    "source",
    "purposes",
    "created_at",
    "updated_at",
)
REGISTRATION_COLUMNS = (
    "uid",
    "session_uid",
    "person_uid",
    "status",
    "walk_in",
    "import_batch_uid",
    "created_at",
    "updated_at",
)


@dataclass(frozen=True)
class KnownPeople:
    """The people in the database as the matching needs them, read once per import."""

    index: PeopleIndex
    consented: frozenset[str]  # uids with a consent that is not withdrawn


@dataclass(frozen=True)
class ImportResult:
    batch_uid: str
    created: int
    updated: int
    skipped: int
    registered: int


@dataclass(frozen=True)
class UndoResult:
    removed: int
    kept: int  # created people used since (registered elsewhere, edited...): kept
    reverted: int
    unregistered: int


@dataclass(frozen=True)
class ImportBatchRow:
    uid: str
    source_name: str
    imported_at: datetime
    session_uid: str | None
    rows_read: int
    created: int
    updated: int
    skipped: int
    undone_at: datetime | None


def known_people(session: Session) -> KnownPeople:
    query = select(
        Person.uid,
        Person.first_name,
        Person.last_name,
        Person.email,
        Person.phone,
        Person.postcode,
        Person.municipality,
        Person.organisation_text,
    ).where(Person.erased_at.is_(None))
    people = [
        ExistingPerson(str(uid), first or "", last or "", email, phone, postcode, place, org)
        for uid, first, last, email, phone, postcode, place, org in session.execute(query)
    ]
    consented = session.scalars(
        select(Consent.person_uid).where(Consent.withdrawn_on.is_(None)).distinct()
    )
    return KnownPeople(PeopleIndex(people), frozenset(str(uid) for uid in consented))


def _memory(session: Session) -> list[dict[str, object]]:
    setting = session.scalar(select(Setting).where(Setting.key == MAPPINGS_KEY))
    value = setting.value if setting is not None else None
    return [entry for entry in value if isinstance(entry, dict)] if isinstance(value, list) else []


def remembered_choices(session: Session, headers: Sequence[str]) -> dict[str, str]:
    """The choices made for the most similar set of header names seen before (≥ half shared)."""
    wanted = {fold_header(h) for h in headers}
    best: dict[str, str] = {}
    best_overlap = 0.5
    for entry in _memory(session):
        seen = set(entry.get("headers") or [])  # type: ignore[call-overload]
        choices = entry.get("choices")
        if not seen or not isinstance(choices, dict):
            continue
        overlap = len(seen & wanted) / len(seen | wanted)
        if overlap >= best_overlap:
            best_overlap = overlap
            best = {str(k): str(v) for k, v in choices.items() if k in wanted}
    return best


def initial_mappings(
    session: Session, tables: Sequence[SheetTable]
) -> tuple[dict[int, dict[str, Field]], dict[int, tuple[ColumnChoice, ...]]]:
    """Per sheet: header → field (remembered, else guessed, one column per field chosen by
    its values), and the choices made between columns."""
    mappings: dict[int, dict[str, Field]] = {}
    choices: dict[int, tuple[ColumnChoice, ...]] = {}
    for table in tables:
        remembered = remembered_choices(session, table.headers)
        fixed = frozenset(h for h in table.headers if fold_header(h) in remembered)
        guessed = guess_mapping(table.headers, remembered)
        mappings[table.sheet_index], choices[table.sheet_index] = choose_columns(
            table, guessed, fixed
        )
    return mappings, choices


def remember_mappings(
    session: Session, tables: Iterable[tuple[Sequence[str], Mapping[str, Field]]]
) -> None:
    """Keeps the chosen mapping per set of header names, newest first."""
    memory = _memory(session)
    for headers, mapping in tables:
        folded = sorted({fold_header(h) for h in headers})
        choices = {fold_header(h): str(mapping.get(h, Field.IGNORE)) for h in headers}
        memory = [entry for entry in memory if entry.get("headers") != folded]
        memory.insert(0, {"headers": folded, "choices": choices})
    memory = memory[:MAX_REMEMBERED]
    setting = session.scalar(select(Setting).where(Setting.key == MAPPINGS_KEY))
    if setting is None:
        session.add(Setting(key=MAPPINGS_KEY, value=memory))
    else:
        setting.value = memory


def mapping_json(preview: ImportPreview) -> dict[str, str]:
    """Sheet column → field, for the batch and the command line (sheet name when several)."""
    several = len(preview.tables) > 1
    return {
        (f"{table.sheet_name}: {header}" if several else header): str(field)
        for table in preview.tables
        for header, field in table.mapping.items()
        if field is not Field.IGNORE
    }


def check_session(session: Session, session_uid: uuid.UUID | None) -> None:
    if session_uid is not None and session.get(TrajectorySession, session_uid) is None:
        raise UserError(
            "That session no longer exists. Choose a session from 'trajectwijzer list sessions'."
        )


def commit_import(
    session: Session,
    preview: ImportPreview,
    session_uid: uuid.UUID | None,
    today: date,
    now: datetime,
) -> ImportResult:
    """Writes the preview as one batch; the caller's transaction makes it all or nothing."""
    check_session(session, session_uid)
    batch = ImportBatch(
        source_name=preview.source_name[:260],
        imported_at=now,
        session_uid=session_uid,
        mapping=mapping_json(preview),
        rows_read=preview.rows_read,
        created_count=preview.created,
        updated_count=preview.updated,
        skipped_count=preview.skipped,
    )
    session.add(batch)
    session.flush()
    source = f"import {preview.source_name}"[:100]
    people: list[tuple[object, ...]] = []
    changes: list[tuple[object, ...]] = []
    consents: list[tuple[object, ...]] = []
    person_uids: list[uuid.UUID] = []
    for planned in preview.people:
        if planned.action == "create":
            v = planned.values
            uid = uuid.uuid4()
            values = (v.first_name, v.last_name, v.email, v.phone, v.postcode, v.municipality)
            people.append((uid, *values, v.organisation, "", now, now))
            changes.append(_change(batch.uid, uid, ImportChangeKind.CREATED, None, now))
            if v.consent_on:
                consents.append(_consent(uid, v.consent_on, source, now))
        else:
            assert planned.existing_uid is not None
            uid = uuid.UUID(planned.existing_uid)
        person_uids.append(uid)
    insert_rows(session, _table(Person), PERSON_COLUMNS, people)
    for planned in preview.people:
        if planned.action == "update" and planned.existing_uid:
            changes.append(_update(session, batch.uid, planned, source, now, consents))
    insert_rows(session, _table(ImportChange), CHANGE_COLUMNS, changes)
    insert_rows(session, _table(Consent), CONSENT_COLUMNS, consents)
    registered = _register(session, session_uid, person_uids, batch.uid, now)
    remember_mappings(session, ((t.headers, t.mapping) for t in preview.tables))
    return ImportResult(
        str(batch.uid), preview.created, preview.updated, preview.skipped, registered
    )


def _table(model: type[Base]) -> Table:
    """The Core table of a mapped class (rows go in through `insert_rows`)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _change(
    batch: uuid.UUID, person: uuid.UUID, kind: ImportChangeKind, previous: object, now: datetime
) -> tuple[object, ...]:
    """A row of CHANGE_COLUMNS."""
    return (uuid.uuid4(), batch, person, kind, previous, now, now)


def _consent(person: uuid.UUID, given_on: date, source: str, now: datetime) -> tuple[object, ...]:
    """A row of CONSENT_COLUMNS."""
    return (uuid.uuid4(), person, given_on, source, IMPORT_PURPOSES, now, now)


def _update(
    session: Session,
    batch: uuid.UUID,
    planned: PlannedPerson,
    source: str,
    now: datetime,
    consents: list[tuple[object, ...]],
) -> tuple[object, ...]:
    assert planned.existing_uid is not None
    person = session.get(Person, uuid.UUID(planned.existing_uid))
    if person is None:
        raise UserError(
            "Someone in the database changed while the import was waiting. Read the file "
            "again and try again."
        )
    before: dict[str, object] = {}
    after: dict[str, object] = {}
    for name in planned.updates:
        if name == "consent":
            continue
        column = _COLUMN.get(name, name)
        if getattr(person, column):
            continue  # filled in since the preview: what is there stays
        before[column] = getattr(person, column)
        after[column] = getattr(planned.values, name)
        setattr(person, column, after[column])
    previous: dict[str, object] = {"before": before, "after": after}
    if "consent" in planned.updates and planned.values.consent_on:
        consent = _consent(person.uid, planned.values.consent_on, source, now)
        consents.append(consent)
        previous["consent"] = str(consent[0])
    return _change(batch, person.uid, ImportChangeKind.UPDATED, previous, now)


def _register(
    session: Session,
    session_uid: uuid.UUID | None,
    person_uids: Sequence[uuid.UUID],
    batch: uuid.UUID,
    now: datetime,
) -> int:
    if session_uid is None or not person_uids:
        return 0
    already = set(
        session.scalars(
            select(Registration.person_uid).where(Registration.session_uid == session_uid)
        )
    )
    rows = [
        (uuid.uuid4(), session_uid, uid, RegistrationStatus.REGISTERED, False, batch, now, now)
        for uid in dict.fromkeys(person_uids)
        if uid not in already
    ]
    return insert_rows(session, _table(Registration), REGISTRATION_COLUMNS, rows)


def _used_people(session: Session, uids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    """People referred to from anywhere but their own consents and the import records."""
    people = Person.__table__
    used: set[uuid.UUID] = set()
    for table in Base.metadata.sorted_tables:
        if table.name in ("consents", "import_changes"):
            continue
        for fk in table.foreign_keys:
            if fk.column.table is not people:
                continue
            column = fk.parent
            for start in range(0, len(uids), CHUNK):
                chunk = uids[start : start + CHUNK]
                used.update(session.scalars(select(column).where(column.in_(chunk))))
    return used


def undo_import(session: Session, batch_uid: uuid.UUID, now: datetime) -> UndoResult:
    batch = session.get(ImportBatch, batch_uid)
    if batch is None:
        raise UserError("That import no longer exists.")
    if batch.undone_at is not None:
        raise UserError("This import has already been undone.")
    unregistered = 0
    for registration in session.scalars(
        select(Registration).where(Registration.import_batch_uid == batch.uid)
    ):
        untouched = registration.status in (
            RegistrationStatus.REGISTERED,
            RegistrationStatus.INVITED,
        )
        if untouched and registration.checked_in_at is None:
            session.delete(registration)
            unregistered += 1
    session.flush()
    changes = list(batch.changes)
    created = [c.person_uid for c in changes if c.kind is ImportChangeKind.CREATED and c.person_uid]
    used = _used_people(session, created)
    edited = _edited(session, created)
    removable = [uid for uid in created if uid not in used and uid not in edited]
    for start in range(0, len(removable), CHUNK):
        session.execute(delete(Person).where(Person.uid.in_(removable[start : start + CHUNK])))
    reverted = 0
    for change in changes:
        if change.kind is not ImportChangeKind.UPDATED or change.person_uid is None:
            continue
        person = session.get(Person, change.person_uid)
        previous = change.previous if isinstance(change.previous, dict) else {}
        if person is not None:
            for column, value in (previous.get("after") or {}).items():
                if getattr(person, column, None) == value:
                    setattr(person, column, (previous.get("before") or {}).get(column))
            reverted += 1
        if previous.get("consent"):
            session.execute(delete(Consent).where(Consent.uid == uuid.UUID(previous["consent"])))
    batch.undone_at = now
    return UndoResult(len(removable), len(created) - len(removable), reverted, unregistered)


def _edited(session: Session, uids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    edited: set[uuid.UUID] = set()
    for start in range(0, len(uids), CHUNK):
        chunk = uids[start : start + CHUNK]
        edited.update(
            session.scalars(
                select(Person.uid).where(
                    Person.uid.in_(chunk), Person.updated_at > Person.created_at
                )
            )
        )
    return edited


def import_batches(session: Session) -> list[ImportBatchRow]:
    return [
        ImportBatchRow(
            str(b.uid),
            b.source_name,
            b.imported_at,
            str(b.session_uid) if b.session_uid else None,
            b.rows_read,
            b.created_count,
            b.updated_count,
            b.skipped_count,
            b.undone_at,
        )
        for b in session.scalars(select(ImportBatch).order_by(ImportBatch.imported_at.desc()))
    ]
