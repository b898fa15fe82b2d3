"""Fetching a record by its code, or a Dutch message when it is gone."""

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
            f"Er is geen traject met code {uid}: het werd misschien verwijderd. Kies een traject "
            "uit de lijst (of zie 'trajectwijzer list trajectories').",
            field="trajectory",
        )
    return trajectory


def session_or_fail(session: Session, uid: uuid.UUID) -> TrajectorySession:
    found = session.get(TrajectorySession, uid)
    if found is None:
        raise UserError(
            f"Er is geen bijeenkomst met code {uid}: ze werd misschien verwijderd. Kies een "
            "bijeenkomst uit de lijst (of zie 'trajectwijzer list sessions').",
            field="session",
        )
    return found


def form_or_fail(session: Session, uid: uuid.UUID) -> EvaluationForm:
    form = session.get(EvaluationForm, uid)
    if form is None:
        raise UserError(
            f"Er is geen evaluatieformulier met code {uid}. Het werd misschien verwijderd; "
            "open het tabblad Evaluatie opnieuw."
        )
    return form
