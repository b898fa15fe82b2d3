"""Merging a hand-over into this database: by UUID, with conflicts shown before anything changes.

A row whose uid is known here is the same row; a row that matches another row on one of the
table's unique keys (a municipality's NIS code, a person's registration for a session) is
that row too, and everything pointing at it is redirected. A row that differs on both sides
is a conflict: by default the side changed last wins. Nothing is ever deleted by an import.
A quote number already used here for another trajectory gets the next free number of that year.

An erasure always wins: a file made before someone was erased here (their tombstone) brings
nothing of theirs back. Their person row is not touched, their roles and consents are
dropped, an evaluation response stays anonymous, a phase or task loses them as responsible,
and their name in an action's history is replaced; each such row is counted and reported.
Someone erased on the other laptop is erased here too, the same way as by the coach.
"""

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Table, UniqueConstraint, and_, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from models.core.errors import UserError
from models.storage.handover import DAMAGED, Row, decode, included_tables, table

SKIPPED_COLUMNS = {"uid", "created_at", "updated_at", "row_version"}

LABELS = {
    "organisations": ("organisatie", "organisaties"),
    "people": ("persoon", "personen"),
    "roles": ("rol", "rollen"),
    "consents": ("toestemming", "toestemmingen"),
    "trajectories": ("traject", "trajecten"),
    "trajectory_clients": ("klant", "klanten"),
    "trajectory_contacts": ("contactpersoon", "contactpersonen"),
    "intake_answers": ("intake-antwoord", "intake-antwoorden"),
    "quotes": ("offerte", "offerteversies"),
    "quote_lines": ("offerteregel", "offerteregels"),
    "phases": ("fase", "fasen"),
    "milestones": ("mijlpaal", "mijlpalen"),
    "tasks": ("taak", "taken"),
    "sessions": ("bijeenkomst", "bijeenkomsten"),
    "agenda_blocks": ("agendapunt", "agendapunten"),
    "registrations": ("inschrijving", "inschrijvingen"),
    "session_notes": ("notitie", "notities"),
    "projects": ("project", "projecten"),
    "project_members": ("projectlid", "projectleden"),
    "partners": ("partner", "partners"),
    "actions": ("actie", "acties"),
    "action_events": ("actiewijziging", "actiewijzigingen"),
    "evaluation_forms": ("evaluatieformulier", "evaluatieformulieren"),
    "evaluation_questions": ("evaluatievraag", "evaluatievragen"),
    "evaluation_responses": ("ingevuld formulier", "ingevulde formulieren"),
    "evaluation_answers": ("antwoord", "antwoorden"),
}


class Policy(StrEnum):
    NEWER = "newer"  # the side changed last wins
    FILE = "file"  # the hand-over wins
    HERE = "here"  # this laptop wins


@dataclass(frozen=True)
class Conflict:
    kind: str  # Dutch, singular: "persoon", "actie"
    name: str
    changed_here: datetime | None
    changed_in_file: datetime | None
    keep_file: bool


@dataclass(frozen=True)
class HandoverPreview:
    """What an import does (or did): new rows per kind, updates, conflicts and renumberings."""

    trajectory_name: str
    exported_at: str
    new: dict[str, int]  # Dutch plural label -> count
    updated: int
    unchanged: int
    conflicts: list[Conflict]
    notes: list[str] = field(default_factory=list)  # Dutch sentences (quote renumbered...)
    erased_dropped: int = 0  # rows about people erased here, dropped or made anonymous
    erased_here: int = 0  # people erased on the other laptop, erased here too

    @property
    def new_total(self) -> int:
        return sum(self.new.values())


@dataclass
class _Plan:
    inserts: list[tuple[Table, Row]] = field(default_factory=list)
    updates: list[tuple[Table, uuid.UUID, Row]] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    remap: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)
    next_sequence: dict[int, int] = field(default_factory=dict)
    renumbered: dict[tuple[int, int], int] = field(default_factory=dict)
    erased: set[uuid.UUID] = field(default_factory=set)  # tombstones, here and in the file
    erased_names: set[str] = field(default_factory=set)  # their names as the file has them
    erased_dropped: int = 0
    erase_here: list[uuid.UUID] = field(default_factory=list)


def _name(name: str, row: Row) -> str:
    if name == "people":
        if row.get("erased_at"):
            return "gewiste persoon"
        return f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip() or "?"
    if name == "quotes":
        return f"{row['year']}-{row['sequence']:03d} versie {row['version']}"
    for key in ("name", "title", "description", "key", "text", "role", "source", "field"):
        value = row.get(key)
        if isinstance(value, str) and value:
            return value if len(value) <= 60 else value[:57] + "…"
    return str(row["uid"])[:8]


def _unique_keys(source: Table) -> list[list[str]]:
    keys = []
    for constraint in source.constraints:
        if isinstance(constraint, UniqueConstraint):
            keys.append([c.name for c in constraint.columns])
    keys.extend([c.name] for c in source.columns if c.unique and not c.primary_key)
    return [k for k in keys if k != ["uid"]]


def _local_match(session: Session, source: Table, row: Row) -> Row | None:
    found = session.execute(select(source).where(source.c.uid == row["uid"])).mappings().first()
    if found is not None:
        return dict(found)
    for key in _unique_keys(source):
        if any(row.get(column) is None for column in key):
            continue
        condition = and_(*(source.c[column] == row[column] for column in key))
        found = session.execute(select(source).where(condition)).mappings().first()
        if found is not None:
            return dict(found)
    return None


def _decoded(source: Table, raw: dict[str, Any], remap: dict[uuid.UUID, uuid.UUID]) -> Row:
    try:
        row = {name: decode(source.c[name], value) for name, value in raw.items()}
    except (ValueError, TypeError, KeyError) as error:
        raise UserError(DAMAGED) from error
    for column in source.columns:
        if column.foreign_keys and row.get(column.name) in remap:
            row[column.name] = remap[row[column.name]]
    return row


def _renumber(
    session: Session, plan: _Plan, source: Table, row: Row, in_file: list[dict[str, Any]]
) -> None:
    """A quote number that is another trajectory's here gets the next free one of its year."""
    year, sequence = row["year"], row["sequence"]
    if (year, sequence) not in plan.renumbered:
        if year not in plan.next_sequence:
            highest = session.execute(
                select(func.max(source.c.sequence)).where(source.c.year == year)
            ).scalar()
            highest_in_file = max((q["sequence"] for q in in_file if q["year"] == year), default=0)
            plan.next_sequence[year] = max(highest or 0, highest_in_file) + 1
        plan.renumbered[(year, sequence)] = plan.next_sequence[year]
        plan.next_sequence[year] += 1
        plan.notes.append(
            f"Offerte {year}-{sequence:03d} bestaat hier al voor een ander traject; ze krijgt "
            f"hier nummer {year}-{plan.renumbered[(year, sequence)]:03d}."
        )
    row["sequence"] = plan.renumbered[(year, sequence)]


def _keep_file(policy: Policy, name: str, here: Row, theirs: Row) -> bool:
    if name == "people" and (here.get("erased_at") or theirs.get("erased_at")):
        return here.get("erased_at") is None  # an erasure wins whichever side made it
    if policy is Policy.FILE:
        return True
    if policy is Policy.HERE:
        return False
    mine, other = here.get("updated_at"), theirs.get("updated_at")
    return mine is None or (other is not None and other > mine)


def _note_erased(session: Session, plan: _Plan, people: list[dict[str, Any]]) -> None:
    """Who counts as erased for this import: tombstones here, and people the file says were
    erased (who are then erased here too); and their names as the file has them."""
    from models.people.erasure_traces import tombstones

    plan.erased = tombstones(session)
    source = table("people")
    for raw in people:
        row = _decoded(source, raw, {})
        uid = row["uid"]
        if row.get("erased_at") is not None and uid not in plan.erased:
            here = _local_match(session, source, row)
            if here is not None and here.get("erased_at") is None:
                plan.erase_here.append(here["uid"])
            plan.erased.add(uid)
        if uid in plan.erased:
            full = f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip()
            plan.erased_names.update(n for n in (full, row.get("email")) if n)


PERSON_COLUMNS = {"person_uid", "responsible_person_uid", "owner_person_uid", "contact_person_uid"}
PERSON_LINKS_CLEARED = ("person_uid", "responsible_person_uid")


def _without_erased(name: str, row: Row, plan: _Plan) -> Row | None:
    """The row with nothing of an erased person left in it, or None to drop it whole."""
    if name in ("roles", "consents") and row.get("person_uid") in plan.erased:
        return None
    changed = False
    for column in PERSON_COLUMNS & set(row):
        # A link that must name someone (a project member) keeps naming the anonymous row.
        nullable = table(name).c[column].nullable
        if row[column] in plan.erased and column in PERSON_LINKS_CLEARED and nullable:
            row[column] = None  # an anonymous response, a phase without a responsible
            changed = True
    if name == "action_events":
        from models.people.erasure_traces import ERASED_NAME

        for column in ("old_value", "new_value", "changed_by"):
            if row.get(column) in plan.erased_names:
                row[column] = ERASED_NAME
                changed = True
    if changed:
        plan.erased_dropped += 1
    return row


def _erased_person(session: Session, plan: _Plan, source: Table, row: Row, now: datetime) -> None:
    """An erased person's row never brings data: the one here stays as it is; when there is
    none, an anonymous one takes its place (what the file links to it still has a target)."""
    from models.people.erasure_traces import ERASED_NAME

    if _local_match(session, source, row) is not None:
        plan.erased_dropped += int(row.get("erased_at") is None)
        return
    anonymous: Row = {column: None for column in row if source.c[column].nullable}
    anonymous.update(
        uid=row["uid"],
        first_name="",
        last_name=ERASED_NAME,
        notes="",
        erased_at=row.get("erased_at") or now,
        created_at=row.get("created_at"),
        updated_at=row.get("updated_at"),
    )
    plan.inserts.append((source, {k: v for k, v in anonymous.items() if v is not None}))
    plan.erased_dropped += int(row.get("erased_at") is None)


def plan_merge(session: Session, document: dict[str, Any], policy: Policy, now: datetime) -> _Plan:
    """Decides row by row what the import would do, without changing anything."""
    plan = _Plan()
    tables = document["tables"]
    _note_erased(session, plan, tables.get("people", []))
    for source in included_tables():
        name = source.name
        for raw in tables.get(name, []):
            decoded = _decoded(source, raw, plan.remap)
            if name == "people" and decoded["uid"] in plan.erased:
                _erased_person(session, plan, source, decoded, now)
                continue
            kept = _without_erased(name, decoded, plan)
            if kept is None:
                plan.erased_dropped += 1
                continue
            row = kept
            if name == "quotes" and (row["year"], row["sequence"]) in plan.renumbered:
                row["sequence"] = plan.renumbered[(row["year"], row["sequence"])]
            here = _local_match(session, source, row)
            if (
                name == "quotes"
                and here is not None
                and here["uid"] != row["uid"]
                and here["trajectory_uid"] != row["trajectory_uid"]
            ):
                _renumber(session, plan, source, row, tables.get("quotes", []))
                here = _local_match(session, source, row)
            if here is None:
                plan.inserts.append((source, row))
                continue
            if here["uid"] != row["uid"]:
                plan.remap[row["uid"]] = here["uid"]
                row["uid"] = here["uid"]
            differs = any(
                here.get(column) != value
                for column, value in row.items()
                if column not in SKIPPED_COLUMNS
            )
            if not differs:
                plan.unchanged += 1
                continue
            keep_file = _keep_file(policy, name, here, row)
            plan.conflicts.append(
                Conflict(
                    LABELS[name][0],
                    _name(name, here if not keep_file else row),
                    here.get("updated_at"),
                    row.get("updated_at"),
                    keep_file,
                )
            )
            if keep_file:
                plan.updates.append((source, here["uid"], row))
    return plan


def preview(document: dict[str, Any], plan: _Plan) -> HandoverPreview:
    new: dict[str, int] = {}
    for source, _row in plan.inserts:
        label = LABELS[source.name][1]
        new[label] = new.get(label, 0) + 1
    return HandoverPreview(
        trajectory_name=str(document["trajectory"]["name"]),
        exported_at=str(document.get("exported_at", "")),
        new=new,
        updated=len(plan.updates),
        unchanged=plan.unchanged,
        conflicts=plan.conflicts,
        notes=plan.notes,
        erased_dropped=plan.erased_dropped,
        erased_here=len(plan.erase_here),
    )


def apply_plan(session: Session, plan: _Plan, now: datetime) -> None:
    """Writes the plan in the caller's transaction; a refusal by the database undoes it all."""
    from models.people.privacy import erase_person

    for uid in plan.erase_here:  # erased on the other laptop: erased here the same way
        erase_person(session, uid, now)
    try:
        for source, row in plan.inserts:
            session.execute(insert(source), [row])
        for source, uid, row in plan.updates:
            values = {k: v for k, v in row.items() if k not in ("uid", "created_at")}
            session.execute(update(source).where(source.c.uid == uid).values(**values))
        session.flush()
    except SQLAlchemyError as error:
        raise UserError(
            "The hand-over file does not fit this database ({reason}). Nothing was read.",
            reason=error.__class__.__name__,
        ) from error
