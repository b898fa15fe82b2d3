"""Fetching a record by its code, or a message that says it is gone."""

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from models.core.errors import UserError
from models.orm import EvaluationForm, Trajectory, TrajectorySession


def trajectory_or_fail(session: Session, uid: uuid.UUID, options: Sequence[Any] = ()) -> Trajectory:
    trajectory = session.get(Trajectory, uid, options=list(options))
    if trajectory is None:
        raise UserError(
            "There is no trajectory with code {uid}: it may have been deleted. Choose a "
            "trajectory from the list (or see 'trajectwijzer list trajectories').",
            uid=uid,
            field="trajectory",
        )
    return trajectory


def session_or_fail(session: Session, uid: uuid.UUID) -> TrajectorySession:
    found = session.get(TrajectorySession, uid)
    if found is None:
        raise UserError(
            "There is no session with code {uid}: it may have been deleted. Choose a session "
            "from the list (or see 'trajectwijzer list sessions').",
            uid=uid,
            field="session",
        )
    return found


def form_or_fail(session: Session, uid: uuid.UUID) -> EvaluationForm:
    form = session.get(EvaluationForm, uid)
    if form is None:
        raise UserError(
            "There is no evaluation form with code {uid}. It may have been deleted; "
            "open the Evaluation tab again.",
            uid=uid,
        )
    return form
