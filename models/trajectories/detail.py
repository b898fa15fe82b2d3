"""One trajectory with what its tabs show."""

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.core.lookup import trajectory_or_fail
from models.orm import Partner, Phase, Trajectory, TrajectoryClient, TrajectoryContact
from models.trajectories.listing import (
    accepted_quote,
    open_action_count,
    project_rows,
    session_rows,
    trajectory_row,
)
from models.trajectories.rows import PhaseRow, TrajectoryDetail


def get_trajectory(session: Session, uid: uuid.UUID) -> Trajectory:
    return trajectory_or_fail(
        session,
        uid,
        options=[
            selectinload(Trajectory.clients).selectinload(TrajectoryClient.organisation),
            selectinload(Trajectory.contacts).selectinload(TrajectoryContact.person),
        ],
    )


def trajectory_detail(session: Session, uid: uuid.UUID, today: date) -> TrajectoryDetail:
    trajectory = get_trajectory(session, uid)
    phases = session.scalars(
        select(Phase).where(Phase.trajectory_uid == uid).order_by(Phase.position)
    ).all()
    partners = session.scalars(
        select(Partner).where(Partner.trajectory_uid == uid).order_by(Partner.name)
    ).all()
    return TrajectoryDetail(
        row=trajectory_row(trajectory, phases, today, accepted_quote(session, uid)),
        arrangement=trajectory.arrangement,
        scope_key=trajectory.scope_key,
        notes=trajectory.notes,
        phases=tuple(
            PhaseRow(p.label, p.name, p.planned_start, p.planned_end, p.status) for p in phases
        ),
        sessions=tuple(session_rows(session, uid)),
        projects=tuple(project_rows(session, uid)),
        contacts=tuple((c.person.full_name, c.role) for c in trajectory.contacts),
        partners=tuple((p.name, p.category_key, p.engagement.value) for p in partners),
        open_actions=open_action_count(session, uid),
    )
