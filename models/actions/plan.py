"""The action plan of a trajectory or of one participant project: rows, owners, history."""

import uuid
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actions.dto import (
    ActionItem,
    ActionPlan,
    Choice,
    HistoryLine,
    SessionChoice,
)
from models.core.enums import ActionStatus, SessionStatus
from models.core.errors import UserError
from models.core.lookup import trajectory_or_fail
from models.orm import (
    Action,
    ActionEvent,
    ParticipantProject,
    Person,
    Phase,
    Trajectory,
    TrajectorySession,
)

_UNFINISHED = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


def owner_key(person_uid: uuid.UUID | None, text: str) -> str:
    """The same owner gives the same key, whether chosen from the list or typed twice."""
    if person_uid is not None:
        return f"p:{person_uid}"
    folded = " ".join(text.split()).casefold()
    return f"t:{folded}" if folded else ""


def resolve_plan_target(session: Session, uid: uuid.UUID) -> tuple[uuid.UUID, uuid.UUID | None]:
    """(trajectory, project) for a uid that names a trajectory or a participant project."""
    if session.get(Trajectory, uid) is not None:
        return uid, None
    project = session.get(ParticipantProject, uid)
    if project is not None:
        return project.trajectory_uid, project.uid
    raise UserError(
        "There is no trajectory or project with code {uid}. Use 'trajectwijzer list "
        "trajectories' or 'trajectwijzer list projects' to see the codes.",
        uid=uid,
    )


def check_project(session: Session, trajectory_uid: uuid.UUID, project_uid: uuid.UUID) -> None:
    project = session.get(ParticipantProject, project_uid)
    if project is None or project.trajectory_uid != trajectory_uid:
        raise UserError("This project no longer belongs to this trajectory.", field="project")


def action_items(
    session: Session,
    trajectory_uid: uuid.UUID,
    today: date,
    project_uid: uuid.UUID | None = None,
) -> list[ActionItem]:
    """Every action of the trajectory (or of one project), in the order they were captured."""
    query = (
        select(Action, Person, ParticipantProject.name, Phase, TrajectorySession.title)
        .outerjoin(Person, Person.uid == Action.owner_person_uid)
        .outerjoin(ParticipantProject, ParticipantProject.uid == Action.project_uid)
        .outerjoin(Phase, Phase.uid == Action.phase_uid)
        .outerjoin(TrajectorySession, TrajectorySession.uid == Action.origin_session_uid)
        .where(Action.trajectory_uid == trajectory_uid)
        .order_by(Action.position, Action.created_at)
    )
    if project_uid is not None:
        query = query.where(Action.project_uid == project_uid)
    return [
        _item(action, person, project, phase, origin, today)
        for action, person, project, phase, origin in session.execute(query)
    ]


def _item(
    action: Action,
    person: Person | None,
    project: str | None,
    phase: Phase | None,
    origin: str | None,
    today: date,
) -> ActionItem:
    unfinished = action.status in _UNFINISHED
    return ActionItem(
        uid=str(action.uid),
        title=action.title,
        description=action.description,
        owner=person.full_name if person is not None else action.owner_text,
        owner_key=owner_key(action.owner_person_uid, action.owner_text),
        due_on=action.due_on,
        status=action.status,
        overdue=unfinished and action.due_on is not None and action.due_on < today,
        project_uid=str(action.project_uid) if action.project_uid else "",
        project=project or "",
        phase_uid=str(phase.uid) if phase is not None else "",
        phase=f"{phase.label} {phase.name}".strip() if phase is not None else "",
        phase_position=phase.position if phase is not None else 1_000_000,
        origin_session=origin or "",
        position=action.position,
        done_on=action.done_on,
    )


def owner_choices(items: Iterable[ActionItem]) -> tuple[Choice, ...]:
    """Each owner once, by name; typed names that differ only in case count as one."""
    seen: dict[str, str] = {}
    for item in items:
        if item.owner_key and item.owner_key not in seen:
            seen[item.owner_key] = item.owner
    return tuple(Choice(k, n) for k, n in sorted(seen.items(), key=lambda kv: kv[1].casefold()))


def session_choices(
    session: Session, trajectory_uid: uuid.UUID, now: datetime
) -> tuple[SessionChoice, ...]:
    """The trajectory's sessions (cancelled ones left out), earliest first."""
    sessions = session.scalars(
        select(TrajectorySession)
        .where(
            TrajectorySession.trajectory_uid == trajectory_uid,
            TrajectorySession.status != SessionStatus.CANCELLED,
        )
        .order_by(TrajectorySession.starts_at, TrajectorySession.title)
    )
    return tuple(
        SessionChoice(
            str(s.uid),
            s.title,
            s.starts_at,
            s.status is SessionStatus.HELD or (s.starts_at is not None and s.starts_at <= now),
        )
        for s in sessions
    )


def current_session(choices: Iterable[SessionChoice]) -> str:
    """The last session that has taken place: the one a plan printed now follows."""
    held = [c for c in choices if c.held]
    return held[-1].uid if held else ""


def project_label(trajectory: Trajectory) -> tuple[str, str]:
    """The programme's words for its projects ('buurtpunt', 'buurtpunten'), else 'project'."""
    from models.programmes import ProgrammeError, get_programme

    try:
        projects = get_programme(trajectory.programme_key).projects
    except (ProgrammeError, KeyError):
        projects = None
    if projects is None:
        return "project", "projecten"
    return projects.label.lower(), projects.label_plural.lower()


def action_plan(
    session: Session,
    trajectory_uid: uuid.UUID,
    today: date,
    now: datetime,
    project_uid: uuid.UUID | None = None,
) -> ActionPlan:
    """The Acties tab's data: the actions, the owners and projects to filter on, the sessions."""
    trajectory = trajectory_or_fail(session, trajectory_uid)
    if project_uid is not None:
        check_project(session, trajectory_uid, project_uid)
    items = action_items(session, trajectory_uid, today, project_uid)
    projects = session.execute(
        select(ParticipantProject.uid, ParticipantProject.name)
        .where(ParticipantProject.trajectory_uid == trajectory_uid)
        .order_by(ParticipantProject.name)
    )
    sessions = session_choices(session, trajectory_uid, now)
    return ActionPlan(
        trajectory_uid=str(trajectory_uid),
        trajectory_name=trajectory.name,
        project_uid=str(project_uid) if project_uid else "",
        project_label=project_label(trajectory)[0],
        items=tuple(items),
        owners=owner_choices(items),
        projects=tuple(Choice(str(uid), name) for uid, name in projects),
        sessions=sessions,
        current_session_uid=current_session(sessions),
    )


def action_history(session: Session, action_uid: uuid.UUID) -> list[HistoryLine]:
    """Who changed what when, oldest first; the first line is the action's creation."""
    if session.get(Action, action_uid) is None:
        raise UserError("This action no longer exists.", field="action")
    events = session.scalars(
        select(ActionEvent)
        .where(ActionEvent.action_uid == action_uid)
        .order_by(ActionEvent.at, ActionEvent.created_at)
    )
    return [
        HistoryLine(e.at, e.field, e.old_value or "", e.new_value or "", e.changed_by)
        for e in events
    ]
