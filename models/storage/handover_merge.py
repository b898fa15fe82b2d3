"""Merging a hand-over into this database: by UUID, with conflicts shown before anything changes.

A row whose uid is known here is the same row; a row that matches another row on one of the
table's unique keys (a municipality's NIS code, a person's registration for a session) is
that row too, and everything pointing at it is redirected. A row that differs on both sides
is a conflict: by default the side changed last wins; an erasure always wins (an import never
brings back someone's personal data). Nothing is ever deleted by an import. A quote number
already used here for another trajectory gets the next free number of that year.
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
from models.storage.handover import Row, decode, included_tables

SKIPPED_COLUMNS = {"uid", "created_at", "updated_at"}

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
        raise UserError("Het overdrachtsbestand is beschadigd. Er is niets ingelezen.") from error
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


def plan_merge(session: Session, document: dict[str, Any], policy: Policy) -> _Plan:
    """Decides row by row what the import would do, without changing anything."""
    plan = _Plan()
    tables = document["tables"]
    for source in included_tables():
        name = source.name
        for raw in tables.get(name, []):
            row = _decoded(source, raw, plan.remap)
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
    )


def apply_plan(session: Session, plan: _Plan) -> None:
    """Writes the plan in the caller's transaction; a refusal by the database undoes it all."""
    try:
        for source, row in plan.inserts:
            session.execute(insert(source), [row])
        for source, uid, row in plan.updates:
            values = {k: v for k, v in row.items() if k not in ("uid", "created_at")}
            session.execute(update(source).where(source.c.uid == uid).values(**values))
        session.flush()
    except SQLAlchemyError as error:
        raise UserError(
            "Het overdrachtsbestand past niet in deze database "
            f"({error.__class__.__name__}). Er is niets ingelezen."
        ) from error
