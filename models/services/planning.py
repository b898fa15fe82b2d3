"""Laying out a programme on the calendar: phases, milestones, tasks and sessions with dates."""

from datetime import date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy.orm import Session

from models.enums import Responsible, SessionKind, WorkStatus
from models.orm import AgendaBlock, Milestone, Phase, Task, Trajectory, TrajectorySession
from models.programmes.schema import Programme

# Sessions with citizens are held in the evening, meetings with officials in office hours.
EVENING_KINDS = {
    SessionKind.INFO_SESSION,
    SessionKind.FOLLOW_UP,
    SessionKind.WORK_SESSION,
    SessionKind.NETWORK_SESSION,
}


def month_start(start: date, month: int) -> date:
    """The first day of a month offset; month 0 is the start date itself."""
    return start + relativedelta(months=month)


def month_end(start: date, month: int) -> date:
    """The last day of a month offset: the day before the next offset begins."""
    return start + relativedelta(months=month + 1) - timedelta(days=1)


def session_start(start: date, month: int, kind: SessionKind) -> datetime:
    """A weekday in the middle of the month offset, at a time that suits the audience."""
    day = month_start(start, month) + timedelta(days=14)
    while day.weekday() >= 5:  # no sessions planned at the weekend by default
        day += timedelta(days=1)
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


def _responsible(value: str) -> Responsible:
    try:
        return Responsible(value)
    except ValueError:
        return Responsible.BOTH


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
                    planned_on=month_start(start, milestone.month),
                    responsible=_responsible(milestone.responsible),
                )
            )
    for template in programme.session_templates:
        if template.repeat_per_participant:
            continue  # held once per participant: created when the participants are known
        add_session_from_template(session, trajectory, programme, template.key, phases, start)
    return phases


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
