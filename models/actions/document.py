"""The plain data of the printed action plan, for a trajectory or one participant project."""

import uuid
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.actions.carry import next_session, reference_moment
from models.actions.dto import (
    ActionItem,
    ActionPlanDocument,
    NextSession,
    PlanAction,
    PlanSection,
)
from models.actions.groups import print_order
from models.actions.plan import (
    action_items,
    check_project,
    current_session,
    project_label,
    session_choices,
)
from models.core.enums import ActionStatus, ClientArrangement
from models.core.lookup import trajectory_or_fail
from models.orm import (
    ParticipantProject,
    ProjectMember,
    Trajectory,
    TrajectoryClient,
    TrajectoryContact,
    TrajectorySession,
)
from models.people.provider_block import provider_block
from models.programmes import Programme, ProgrammeError, get_programme

WHOLE_TRAJECTORY = "Voor het hele traject"
WHOLE_NETWORK = "Voor het hele netwerk"
PLAN_OF_APPROACH = "Plan van aanpak"


def _programme(trajectory: Trajectory) -> Programme | None:
    try:
        return get_programme(trajectory.programme_key)
    except ProgrammeError:
        return None


def _function_names(programme: Programme | None) -> dict[str, str]:
    if programme is None or programme.projects is None:
        return {}
    return {f.key: f.name for group in programme.projects.function_groups for f in group.functions}


def _plan_actions(items: list[ActionItem]) -> tuple[PlanAction, ...]:
    """Cancelled actions stay off paper; what still has to happen first, then what is done."""
    kept = sorted((i for i in items if i.status is not ActionStatus.CANCELLED), key=print_order)
    return tuple(
        PlanAction(n, i.title, i.description, i.owner, i.due_on, i.status, i.overdue)
        for n, i in enumerate(kept, start=1)
    )


def _project_section(
    project: ParticipantProject, items: list[ActionItem], functions: dict[str, str]
) -> PlanSection:
    leads = tuple(m.person.full_name for m in project.members if m.is_lead)
    keys = project.functions if isinstance(project.functions, list) else []
    return PlanSection(
        uid=str(project.uid),
        title=project.name,
        place=project.place,
        goals=project.goals,
        leads=leads,
        functions=tuple(functions.get(str(k), str(k)) for k in keys),
        actions=_plan_actions(items),
    )


def _trajectory_section(
    trajectory: Trajectory, items: list[ActionItem], alone: bool
) -> PlanSection:
    """The actions without a project; when there are no projects, the whole plan of approach."""
    leads: tuple[str, ...] = ()
    if alone:
        leads = tuple(
            ", ".join(p for p in (c.person.full_name, c.role) if p) for c in trajectory.contacts
        )
    network = trajectory.arrangement is ClientArrangement.NETWORK
    return PlanSection(
        uid=str(trajectory.uid),
        title=PLAN_OF_APPROACH if alone else (WHOLE_NETWORK if network else WHOLE_TRAJECTORY),
        place="",
        goals="",
        leads=leads,
        functions=(),
        actions=_plan_actions(items),
    )


def _clients_label(trajectory: Trajectory) -> str:
    if trajectory.arrangement is ClientArrangement.NETWORK:
        return "Deelnemers"
    return "Opdrachtgevers" if len(trajectory.clients) > 1 else "Opdrachtgever"


def _next(
    session: Session,
    trajectory_uid: uuid.UUID,
    after: datetime,
    open_actions: int,
) -> NextSession | None:
    meeting = next_session(session, trajectory_uid, after)
    if meeting is None:
        return None
    return NextSession(
        meeting.title, meeting.starts_at, meeting.location_name, meeting.address, open_actions
    )


def action_plan_document(
    session: Session,
    trajectory_uid: uuid.UUID,
    *,
    today: date,
    now: datetime,
    project_uid: uuid.UUID | None = None,
    session_uid: uuid.UUID | None = None,
) -> ActionPlanDocument:
    """The plan as printed after a session (by default the last one held)."""
    trajectory = session.get(
        Trajectory,
        trajectory_uid,
        options=[
            selectinload(Trajectory.clients).selectinload(TrajectoryClient.organisation),
            selectinload(Trajectory.contacts).selectinload(TrajectoryContact.person),
        ],
    ) or trajectory_or_fail(session, trajectory_uid)
    if project_uid is not None:
        check_project(session, trajectory_uid, project_uid)
    if session_uid is None:
        chosen = current_session(session_choices(session, trajectory_uid, now))
        session_uid = uuid.UUID(chosen) if chosen else None
    meeting = session.get(TrajectorySession, session_uid) if session_uid else None
    after = reference_moment(session, trajectory_uid, session_uid, now)
    programme = _programme(trajectory)
    items = action_items(session, trajectory_uid, today, project_uid)
    query = (
        select(ParticipantProject)
        .where(ParticipantProject.trajectory_uid == trajectory_uid)
        .options(selectinload(ParticipantProject.members).selectinload(ProjectMember.person))
        .order_by(ParticipantProject.name)
    )
    if project_uid is not None:
        query = query.where(ParticipantProject.uid == project_uid)
    projects = list(session.scalars(query))
    functions = _function_names(programme)
    sections = []
    general = [i for i in items if not i.project_uid]
    if project_uid is None and (general or not projects):
        sections.append(_trajectory_section(trajectory, general, alone=not projects))
    for project in projects:
        own = [i for i in items if i.project_uid == str(project.uid)]
        sections.append(_project_section(project, own, functions))
    label, plural = project_label(trajectory)
    unfinished = sum(1 for i in items if i.unfinished)
    return ActionPlanDocument(
        trajectory_uid=str(trajectory.uid),
        trajectory_name=trajectory.name,
        programme_name=programme.name if programme else trajectory.programme_key,
        provider_name=programme.provider.name if programme else "",
        clients=tuple(c.organisation.name for c in trajectory.clients),
        clients_label=_clients_label(trajectory),
        project_label=label,
        project_label_plural=plural,
        subject=projects[0].name if project_uid is not None else trajectory.name,
        is_project_plan=project_uid is not None,
        session_title=meeting.title if meeting is not None else "",
        session_at=meeting.starts_at if meeting is not None else None,
        issued_on=today,
        sections=tuple(sections),
        next_session=_next(session, trajectory_uid, after, unfinished),
        provider=provider_block(session, programme) if programme else None,
    )
