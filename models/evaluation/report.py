"""The evaluation report's data, for a whole trajectory or for one session."""

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from models.core.errors import UserError
from models.evaluation.dto import EvaluationReport
from models.evaluation.forms import session_form, trajectory_forms
from models.evaluation.results import compare_sessions, compare_trajectories, form_results
from models.orm import Trajectory, TrajectorySession
from models.people.provider_block import provider_for_key
from models.programmes import ProgrammeError, get_programme


def _programme(key: str) -> tuple[str, str]:
    try:
        programme = get_programme(key)
    except ProgrammeError:
        return key, ""
    return programme.name, programme.provider.name


def evaluation_report(session: Session, uid: uuid.UUID, now: datetime) -> EvaluationReport:
    """The report of a trajectory (every form, comparisons) or of a session (its form)."""
    trajectory = session.get(Trajectory, uid)
    if trajectory is not None:
        forms = tuple(form_results(session, f.uid) for f in trajectory_forms(session, uid))
        comparisons = [compare_sessions(session, uid), *compare_trajectories(session, uid)]
        name, provider = _programme(trajectory.programme_key)
        return EvaluationReport(
            title=f"Evaluatie {trajectory.name}",
            trajectory_name=trajectory.name,
            programme_name=name,
            provider_name=provider,
            scope="traject",
            made_on=now,
            forms=forms,
            comparisons=tuple(c for c in comparisons if c is not None),
            provider=provider_for_key(session, trajectory.programme_key),
        )
    planned = session.get(TrajectorySession, uid)
    if planned is None:
        raise UserError(
            "'{uid}' is neither a trajectory nor a session. Use 'trajectwijzer list "
            "trajectories' or 'trajectwijzer list sessions' to see the codes.",
            uid=uid,
        )
    form = session_form(session, planned.uid)
    if form is None:
        raise UserError(
            "The session '{title}' has no evaluation form yet. Make one "
            "in the trajectory's Evaluation tab.",
            title=planned.title,
        )
    owner = session.get(Trajectory, planned.trajectory_uid)
    assert owner is not None  # a session's trajectory is a foreign key with cascade
    name, provider = _programme(owner.programme_key)
    return EvaluationReport(
        title=f"Evaluatie {planned.title}",
        trajectory_name=owner.name,
        programme_name=name,
        provider_name=provider,
        scope="bijeenkomst",
        made_on=now,
        forms=(form_results(session, form.uid),),
        provider=provider_for_key(session, owner.programme_key),
    )
