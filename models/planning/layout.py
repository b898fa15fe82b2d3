"""Laying out a programme on the calendar, and the shared vocabulary of every plan item."""

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.enums import Responsible, SessionKind, WorkStatus
from models.orm import (
    AgendaBlock,
    Milestone,
    Person,
    Phase,
    Task,
    Trajectory,
    TrajectorySession,
)
from models.programmes import ProgrammeError, get_programme
from models.programmes.schema import Programme
from models.trajectories.detail import get_trajectory

# Sessions with citizens are held in the evening, meetings with officials in office hours.
EVENING_KINDS = {
    SessionKind.INFO_SESSION,
    SessionKind.FOLLOW_UP,
    SessionKind.WORK_SESSION,
    SessionKind.NETWORK_SESSION,
}

PlanItem = Phase | Milestone | TrajectorySession | Task
Span = tuple[date | None, date | None]


def month_start(start: date, month: int) -> date:
    """The first day of a month offset; month 0 is the start date itself.

    Every offset is counted from the start itself, so 31 January + 2 months is 31 March
    (never a 28th carried over from February) and a month without that day ends it instead.
    """
    return start + relativedelta(months=month)


def month_end(start: date, month: int) -> date:
    """The last day of a month offset: the day before the next offset begins."""
    return month_start(start, month + 1) - timedelta(days=1)


# Belgian public holidays on a fixed date (month, day): no session is planned on them.
FIXED_HOLIDAYS = frozenset({(1, 1), (5, 1), (7, 21), (8, 15), (11, 1), (11, 11), (12, 25)})


def _free_for_a_session(day: date) -> bool:
    if day.weekday() >= 5 or (day.month, day.day) in FIXED_HOLIDAYS:
        return False
    # Nobody comes in the Christmas break: 24 December up to and including 1 January.
    return not ((day.month == 12 and day.day >= 24) or (day.month == 1 and day.day == 1))


def session_start(start: date, month: int, kind: SessionKind) -> datetime:
    """A weekday halfway the month offset, at a time that suits the audience.

    Weekends and fixed public holidays move it a day on; the Christmas break moves it back
    to the last free day before it, so it stays inside its month.
    """
    day = month_start(start, month) + timedelta(days=14)
    step = timedelta(days=-1 if (day.month, day.day) >= (12, 24) else 1)
    while not _free_for_a_session(day):
        day += step
    hour = time(19, 30) if kind in EVENING_KINDS else time(10, 0)
    if kind is SessionKind.INSPIRATION_DAY:
        hour = time(9, 30)
    return datetime.combine(day, hour)


WHO_LABELS = {
    "provider": "Begeleider",
    "municipality": "Gemeente",
    "both": "Begeleider en gemeente",
    "participants": "Deelnemers",
    "person": "",
}


def who_text(responsible: Responsible | str, person_name: str = "") -> str:
    """Who does it, in Dutch: a party, or the named person."""
    if person_name and str(responsible) == Responsible.PERSON.value:
        return person_name
    return WHO_LABELS.get(str(responsible), str(responsible))


def _responsible(value: str) -> Responsible:
    try:
        return Responsible(value)
    except ValueError:
        return Responsible.BOTH


def _phase_owner(owners: list[str]) -> Responsible:
    """Whoever does all of a phase's activities carries it; where the municipality shares the
    work it is both; otherwise the provider, who coaches every phase."""
    if len(set(owners)) == 1:
        return _responsible(owners[0])
    shared = {"municipality", "both"} & set(owners)
    return Responsible.BOTH if shared else Responsible.PROVIDER


def lay_out_plan(
    session: Session, trajectory: Trajectory, programme: Programme, start: date
) -> dict[str, Phase]:
    """Creates the dated plan of a trajectory from its programme; returns phases by key."""
    trajectory.start_date = start
    phases: dict[str, Phase] = {}
    for position, spec in enumerate(programme.phases):
        phase = Phase(
            trajectory_uid=trajectory.uid,
            key=spec.key,
            label=f"Fase {spec.number}" if spec.number else "",
            name=spec.name,
            position=position,
            start_month=spec.start_month,
            end_month=spec.end_month,
            planned_start=month_start(start, spec.start_month),
            planned_end=month_end(start, spec.end_month),
            status=WorkStatus.PLANNED,
            responsible=_phase_owner([a.responsible.value for a in spec.activities]),
        )
        session.add(phase)
        phases[spec.key] = phase
        session.flush()
        for activity in spec.activities:
            session.add(
                Task(
                    trajectory_uid=trajectory.uid,
                    phase_uid=phase.uid,
                    key=activity.key,
                    title=activity.name,
                    description=activity.description,
                    start_month=activity.start_month,
                    end_month=activity.end_month,
                    planned_start=month_start(start, activity.start_month),
                    due_on=None if activity.open_ended else month_end(start, activity.end_month),
                    responsible=_responsible(activity.responsible),
                    optional=activity.optional,
                )
            )
        for milestone in spec.milestones:
            session.add(
                Milestone(
                    trajectory_uid=trajectory.uid,
                    phase_uid=phase.uid,
                    key=milestone.key,
                    name=milestone.name,
                    month=milestone.month,
                    planned_on=month_end(start, milestone.month),  # reached by the month's end
                    responsible=_responsible(milestone.responsible),
                )
            )
    _add_responsibilities(session, trajectory, programme, phases, start)
    for template in programme.session_templates:
        if template.repeat_per_participant:
            continue  # held once per participant: created when the participants are known
        add_session_from_template(session, trajectory, programme, template.key, phases, start)
    return phases


def _add_responsibilities(
    session: Session,
    trajectory: Trajectory,
    programme: Programme,
    phases: dict[str, Phase],
    start: date,
) -> None:
    """The client's responsibilities as a checklist; one tied to a phase is due at its end."""
    for spec in programme.responsibilities:
        phase = phases.get(spec.phase) if spec.phase else None
        session.add(
            Task(
                trajectory_uid=trajectory.uid,
                phase_uid=phase.uid if phase else None,
                key=spec.key,
                title=spec.text[:200],
                description=spec.text,
                is_responsibility=True,
                start_month=phase.start_month if phase else 0,
                end_month=phase.end_month if phase else None,
                planned_start=phase.planned_start if phase else start,
                due_on=phase.planned_end if phase else None,
                responsible=_responsible(spec.owner.value),
            )
        )


def add_session_from_template(
    session: Session,
    trajectory: Trajectory,
    programme: Programme,
    template_key: str,
    phases: dict[str, Phase],
    start: date,
) -> TrajectorySession:
    template = next(t for t in programme.session_templates if t.key == template_key)
    kind = SessionKind(template.kind.value)
    planned = TrajectorySession(
        trajectory_uid=trajectory.uid,
        phase_uid=phases[template.phase].uid if template.phase in phases else None,
        template_key=template.key,
        kind=kind,
        title=template.title,
        purpose=template.purpose,
        starts_at=session_start(start, template.month, kind),
        duration_minutes=template.duration_minutes,
        optional=template.optional,
    )
    planned.agenda = [
        AgendaBlock(
            position=index,
            title=block.title,
            minutes=block.minutes,
            method=block.method,
            who=WHO_LABELS.get(str(block.who), str(block.who)),
        )
        for index, block in enumerate(template.agenda)
    ]
    session.add(planned)
    return planned


@dataclass
class PlanItems:
    """Everything dated in one trajectory, loaded once per user action."""

    trajectory: Trajectory
    programme: Programme | None
    phases: list[Phase]
    milestones: list[Milestone]
    sessions: list[TrajectorySession]
    tasks: list[Task]

    def dated(self) -> list[PlanItem]:
        return [*self.phases, *self.milestones, *self.sessions, *self.tasks]

    def children(self, phase: Phase) -> list[PlanItem]:
        return [i for i in self.dated() if not isinstance(i, Phase) and i.phase_uid == phase.uid]

    def end(self) -> date | None:
        """The trajectory's last planned day: the end of its last phase."""
        ends = [p.planned_end for p in self.phases if p.planned_end]
        return max(ends) if ends else None


def load_plan(session: Session, trajectory_uid: uuid.UUID) -> PlanItems:
    """The trajectory with its phases, milestones, sessions and tasks (raises UserError if none)."""
    trajectory = get_trajectory(session, trajectory_uid)
    try:
        programme: Programme | None = get_programme(trajectory.programme_key)
    except ProgrammeError:
        programme = None  # the plan is stored: it can still be shown and moved

    def rows[T: PlanItem](model: type[T], *order: Any) -> list[T]:
        query = select(model).where(model.trajectory_uid == trajectory.uid)
        return list(session.scalars(query.order_by(*order)))

    return PlanItems(
        trajectory,
        programme,
        rows(Phase, Phase.position),
        rows(Milestone, Milestone.planned_on, Milestone.name),
        rows(TrajectorySession, TrajectorySession.starts_at, TrajectorySession.title),
        rows(Task, Task.due_on, Task.title),
    )


def person_names(session: Session, uids: set[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = {uid for uid in uids if uid is not None}
    if not wanted:
        return {}
    people = session.scalars(select(Person).where(Person.uid.in_(wanted)))
    return {person.uid: person.full_name for person in people}


def span_of(item: PlanItem) -> Span:
    """The planned (start, end) of an item; points in time have no end."""
    if isinstance(item, Phase):
        return item.planned_start, item.planned_end
    if isinstance(item, Milestone):
        return item.planned_on, None
    if isinstance(item, TrajectorySession):
        return (item.starts_at.date() if item.starts_at else None), None
    return item.planned_start, item.due_on


def set_span(item: PlanItem, span: Span) -> None:
    start, end = span
    if isinstance(item, Phase):
        item.planned_start, item.planned_end = start, end
    elif isinstance(item, Milestone):
        item.planned_on = start
    elif isinstance(item, TrajectorySession):
        # The hall's hour stays: only the day moves.
        hour = item.starts_at.time() if item.starts_at else time(19, 30)
        item.starts_at = datetime.combine(start, hour) if start else None
    else:
        item.planned_start, item.due_on = start, end


def item_name(item: PlanItem) -> str:
    if isinstance(item, Phase):
        return phase_title(item)
    if isinstance(item, Milestone):
        return item.name
    return item.title


def phase_title(phase: Phase) -> str:
    """'Fase 1 Voorbereiding'; a programme that numbers no phases is numbered by position, as
    the municipality reads it in the plan."""
    return f"{phase_label(phase)} {phase.name}"


def phase_label(phase: Phase) -> str:
    return phase.label or f"Fase {phase.position + 1}"
