"""Bringing a trajectory back: laptop, server and the take-out's versions compared row by row.

A row changed on the laptop only goes to the server; one changed on the server only comes to
the laptop; one changed on both sides to different values is a conflict that waits for the
coach's choice (server or laptop), record by record: without a choice for every conflict
nothing is written. A row of the take-out that is gone on the laptop is deleted on the server
too, unless the server changed it or holds new rows under it. People erased on the laptop are
erased on the server (and the other way round) through their tombstones.
"""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from models.core.errors import UserError
from models.orm import TakeOut
from models.storage.handover import Row, payload, read_payload, table
from models.storage.handover_merge import LABELS, Policy, apply_plan, plan_merge
from models.storage.journal import references
from models.team.rows import OWNED, Key, differing, rows_of, shown, translated

SERVER, LAPTOP = "server", "laptop"


@dataclass(frozen=True)
class FieldDifference:
    field: str
    server: str
    laptop: str


@dataclass(frozen=True)
class RecordConflict:
    """One record changed on both sides: what each holds, to keep one of the two."""

    key: str  # "table:uid": what a choice names
    kind: str  # Dutch, singular: "actie", "persoon"
    name: str
    server_gone: bool  # deleted on the server
    laptop_gone: bool  # deleted on the laptop
    fields: tuple[FieldDifference, ...]


@dataclass(frozen=True)
class BringBackPreview:
    """What bringing the trajectory back does (or did)."""

    take_out_uid: str
    trajectory_name: str
    to_server: int  # rows the laptop adds, changes or deletes on the server
    conflicts: tuple[RecordConflict, ...]
    unresolved: tuple[str, ...]  # conflict keys without a choice yet
    kept: tuple[str, ...]  # Dutch sentences: deletions not carried out, and why
    erased_on_server: int = 0
    erased_on_laptop: int = 0  # erased at the office meanwhile: erased here too, never back

    @property
    def ready(self) -> bool:
        return not self.unresolved


@dataclass
class _Plan:
    inserts: list[tuple[Table, Row]] = field(default_factory=list)
    updates: list[tuple[Table, Row, int]] = field(default_factory=list)
    deletes: list[tuple[Table, uuid.UUID, int]] = field(default_factory=list)
    conflicts: list[RecordConflict] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    erase: list[uuid.UUID] = field(default_factory=list)
    gone: set[uuid.UUID] = field(default_factory=set)  # erased on either side: final


def _name(name: str, row: Row) -> str:
    if name == "people":
        return f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip() or "?"
    for key in ("name", "title", "description", "key", "text", "role", "field"):
        value = row.get(key)
        if isinstance(value, str) and value:
            return value if len(value) <= 60 else value[:57] + "…"
    return str(row["uid"])[:8]


def _changed(row: Row | None, base: int | None) -> bool:
    if row is None:
        return base is not None
    return base is None or int(row["row_version"]) != base


def _tombstones(session: Session) -> set[uuid.UUID]:
    from models.people.erasure_traces import tombstones

    return tombstones(session)


def _about_erased(name: str, row: Row | None, erased: set[uuid.UUID]) -> bool:
    if row is None:
        return False
    if name == "people":
        return row["uid"] in erased
    return name in ("roles", "consents") and row.get("person_uid") in erased


def plan_bring_back(
    laptop: Session, server: Session, take: TakeOut, choices: Mapping[str, str]
) -> tuple[_Plan, BringBackPreview]:
    """Decides row by row what bringing back does; changes nothing."""
    inverse = {uuid.UUID(here): uuid.UUID(there) for there, here in dict(take.remap).items()}
    laptop_rows = {
        (name, moved["uid"]): moved
        for (name, _uid), row in rows_of(laptop, take.trajectory_uid).items()
        for moved in [translated(row, table(name), inverse)]
    }
    server_rows = rows_of(server, take.trajectory_uid)
    base = {
        (name, uuid.UUID(uid)): (int(versions[0]), int(versions[1]))
        for name, rows in dict(take.base).items()
        for uid, versions in rows.items()
    }
    plan = _Plan()
    on_server = _tombstones(server)
    erased_here = _tombstones(laptop) - on_server
    plan.erase = sorted(
        uid for (name, uid) in laptop_rows if name == "people" and uid in erased_here
    )
    # An erasure at the office is final: nothing the laptop holds of that person goes back.
    plan.gone = on_server | set(plan.erase)
    still_here = sum(
        1
        for (name, uid), row in laptop_rows.items()
        if name == "people" and uid in on_server and row.get("erased_at") is None
    )
    order = {t.name: i for i, t in enumerate(_tables())}
    keys = sorted(set(laptop_rows) | set(server_rows) | set(base), key=lambda k: (order[k[0]], k))
    for key in keys:
        _decide(plan, key, laptop_rows.get(key), server_rows.get(key), base.get(key), choices)
    _keep_parents_with_new_children(server, plan, set(base))
    return plan, BringBackPreview(
        str(take.uid),
        take.trajectory_name,
        len(plan.inserts) + len(plan.updates) + len(plan.deletes) + len(plan.erase),
        tuple(plan.conflicts),
        tuple(plan.unresolved),
        tuple(plan.kept),
        len(plan.erase),
        still_here,
    )


def _tables() -> list[Table]:
    from models.storage.handover import included_tables

    return included_tables()


def _decide(
    plan: _Plan,
    key: Key,
    here: Row | None,
    there: Row | None,
    base: tuple[int, int] | None,
    choices: Mapping[str, str],
) -> None:
    name, uid = key
    on_server, on_laptop = base if base is not None else (None, None)
    source = table(name)
    if _about_erased(name, here, plan.gone) or _about_erased(name, there, plan.gone):
        return  # the erasure takes care of the person and their links, on both sides
    if not _changed(here, on_laptop) or (here is None and there is None):
        return  # the server's own changes come to the laptop when it is refreshed
    if not _changed(there, on_server):
        _carry(plan, source, uid, here, there)
        return
    if here is not None and there is not None and not differing(here, there):
        return  # the same change on both sides
    label = LABELS.get(name, (name, name))[0]
    fields = tuple(
        FieldDifference(column, shown((there or {}).get(column)), shown((here or {}).get(column)))
        for column in differing(here, there)
        if column not in ("erased_at",)
    )
    choice_key = f"{name}:{uid}"
    plan.conflicts.append(
        RecordConflict(
            choice_key,
            label,
            _name(name, here or there or {"uid": uid}),
            there is None,
            here is None,
            fields,
        )
    )
    choice = choices.get(choice_key)
    if choice == LAPTOP:
        _carry(plan, source, uid, here, there)
    elif choice != SERVER:
        plan.unresolved.append(choice_key)


def _carry(plan: _Plan, source: Table, uid: uuid.UUID, here: Row | None, there: Row | None) -> None:
    """The laptop's version of the row onto the server."""
    if here is None:
        if there is not None and source.name in OWNED:
            plan.deletes.append((source, uid, int(there["row_version"])))
        return
    if there is None:
        plan.inserts.append((source, here))
    else:
        plan.updates.append((source, here, int(there["row_version"])))


def _keep_parents_with_new_children(server: Session, plan: _Plan, taken: set[Key]) -> None:
    """A row deleted on the laptop stays on the server while the server holds rows under it
    that the laptop never saw (they would go with it). Rows under it that were taken out
    (a note of a deleted agenda block) went the way the laptop let them go."""
    going = {(source.name, uid) for source, uid, _version in plan.deletes}
    kept = []
    for source, uid, version in plan.deletes:
        for child, column, _on_delete in references(source.name):
            children = server.execute(select(child.c.uid).where(column == uid)).scalars().all()
            if any((child.name, c) not in going | taken for c in children):
                kept.append((source, uid, version))
                plan.kept.append(
                    f"{LABELS.get(source.name, (source.name,))[0].capitalize()} {str(uid)[:8]} "
                    "is op de laptop verwijderd, maar heeft op de server nieuwe gegevens: "
                    "ze blijft op de server."
                )
                break
    plan.deletes = [d for d in plan.deletes if d not in kept]


def apply_to_server(server: Session, plan: _Plan, now: datetime) -> None:
    """Writes the plan on the server, in the caller's transaction; a row that changed on the
    server since the preview stops it all (try again)."""
    from models.people.privacy import erase_person

    if plan.unresolved:
        raise UserError(
            "Choose, for every record changed on both sides, whether the server's or the "
            "laptop's version stays. Nothing was brought back yet."
        )
    for uid in plan.erase:
        erase_person(server, uid, now)
    for source, row in plan.inserts:
        server.execute(insert(source).values(**row))
    for source, row, version in plan.updates:
        values = {k: v for k, v in row.items() if k not in ("uid", "created_at")}
        values["row_version"] = version + 1
        done = server.execute(
            update(source)
            .where(source.c.uid == row["uid"], source.c.row_version == version)
            .values(**values)
        )
        _still_as_seen(rowcount(done))
    for source, uid, version in reversed(plan.deletes):
        done = server.execute(
            delete(source).where(source.c.uid == uid, source.c.row_version == version)
        )
        _still_as_seen(rowcount(done))
    server.flush()


def rowcount(result: object) -> int:
    """How many rows an UPDATE or DELETE matched."""
    return int(getattr(result, "rowcount", -1))


def _still_as_seen(count: int) -> None:
    if count != 1:
        raise UserError(
            "Someone changed this trajectory on the server while it was being brought back. "
            "Nothing was brought back. Try again: the new changes are then compared too."
        )


def erase_on_laptop(laptop: Session, server: Session, take: TakeOut, now: datetime) -> int:
    """People the office erased while the trajectory was out are erased on the laptop too
    (their name wiped from what was typed offline) before anything is compared or carried."""
    from models.orm import Person
    from models.people.privacy import erase_person

    here_of = {uuid.UUID(there): uuid.UUID(here) for there, here in dict(take.remap).items()}
    erased = 0
    for uid in sorted(_tombstones(server) - _tombstones(laptop)):
        person = laptop.get(Person, here_of.get(uid, uid))
        if person is not None and person.erased_at is None:
            erase_person(laptop, person.uid, now)
            erased += 1
    laptop.flush()
    return erased


def refresh_laptop(laptop: Session, server: Session, take: TakeOut, now: datetime) -> None:
    """The laptop's copy made as the server holds it now, and the take-out closed."""
    server_rows = rows_of(server, take.trajectory_uid)
    if server_rows:
        document = read_payload(payload(server, take.trajectory_uid, now))
        apply_plan(laptop, plan_merge(laptop, document, Policy.FILE, now), now)
    inverse = {uuid.UUID(here): uuid.UUID(there) for there, here in dict(take.remap).items()}
    order = {t.name: i for i, t in enumerate(_tables())}
    gone = [
        (name, uid)
        for (name, uid), row in rows_of(laptop, take.trajectory_uid).items()
        if name in OWNED and (name, inverse.get(uid, uid)) not in server_rows
    ]
    for name, uid in sorted(gone, key=lambda k: order[k[0]], reverse=True):
        source = table(name)
        laptop.execute(delete(source).where(source.c.uid == uid))
    if not server_rows:
        source = table("trajectories")
        laptop.execute(delete(source).where(source.c.uid == take.trajectory_uid))
    take.returned_at = now
    laptop.flush()
