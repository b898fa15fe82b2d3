"""Taking trajectories out of the server onto this laptop's database, noting every version."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.errors import UserError
from models.orm import TakeOut, Trajectory
from models.storage.handover import payload, read_payload
from models.storage.handover_merge import Policy, apply_plan, plan_merge
from models.team.rows import rows_of


@dataclass(frozen=True)
class TakenOut:
    """One trajectory now on this laptop: how many rows came, and who else has it out."""

    trajectory_uid: str
    name: str
    rows: int
    replaced_here: int  # rows this laptop held differently, now as on the server
    also_out: tuple[str, ...]  # other laptops that have it out too


def open_take_out(session: Session, trajectory_uid: uuid.UUID) -> TakeOut | None:
    return session.scalars(
        select(TakeOut).where(
            TakeOut.trajectory_uid == trajectory_uid, TakeOut.returned_at.is_(None)
        )
    ).first()


def take_out(
    laptop: Session,
    server: Session,
    trajectory_uid: uuid.UUID,
    laptop_name: str,
    server_name: str,
    now: datetime,
) -> TakenOut:
    """Copies the trajectory into the laptop's session and notes the take-out on both sides
    (the callers commit the laptop after the server)."""
    if open_take_out(laptop, trajectory_uid) is not None:
        raise UserError(
            "This trajectory is already out on this laptop. Bring it back first; then take "
            "it out again."
        )
    trajectory = server.get(Trajectory, trajectory_uid)
    if trajectory is None:
        raise UserError("That trajectory is not on the server (any more). Nothing was taken out.")
    document = read_payload(payload(server, trajectory_uid, now))
    plan = plan_merge(laptop, document, Policy.FILE, now)
    apply_plan(laptop, plan, now)
    laptop.flush()
    # Each row's version on both sides as taken: a later change on either side shows as a
    # version that moved (a row matched by its content keeps this laptop's own version).
    back = {here: there for there, here in plan.remap.items()}
    on_laptop = {
        (name, back.get(uid, uid)): int(row["row_version"])
        for (name, uid), row in rows_of(laptop, trajectory_uid).items()
    }
    base: dict[str, dict[str, list[int]]] = {}
    server_rows = rows_of(server, trajectory_uid)
    for (table, uid), row in server_rows.items():
        version = int(row["row_version"])
        base.setdefault(table, {})[str(uid)] = [version, on_laptop.get((table, uid), version)]
    others = server.scalars(
        select(TakeOut.laptop).where(
            TakeOut.trajectory_uid == trajectory_uid, TakeOut.returned_at.is_(None)
        )
    ).all()
    mark = uuid.uuid4()
    common = {
        "uid": mark,
        "trajectory_uid": trajectory_uid,
        "trajectory_name": trajectory.name,
        "laptop": laptop_name,
        "server": server_name,
        "taken_at": now,
    }
    laptop.add(
        TakeOut(
            **common,
            base=base,
            remap={str(k): str(v) for k, v in plan.remap.items()},
        )
    )
    server.add(TakeOut(**common, base={}, remap={}))
    laptop.flush()
    server.flush()
    return TakenOut(
        str(trajectory_uid),
        trajectory.name,
        len(server_rows),
        len(plan.updates),
        tuple(sorted(set(others))),
    )
