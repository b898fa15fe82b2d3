"""Overzicht: over all running trajectories, what comes up in the next weeks and what is late."""

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.enums import (
    PlanItemKind,
    Responsible,
    SessionStatus,
    TrajectoryStatus,
    WorkStatus,
)
from models.orm import Phase, Task, Trajectory, TrajectorySession
from models.planning.dto import Agenda, AgendaItem
from models.planning.layout import (
    PlanItem,
    PlanItems,
    item_name,
    load_plans,
    person_names,
    span_of,
    who_text,
)
from models.planning.stopping import is_overdue
from models.planning.tasks import kind_of
from models.trajectories.listing import overdue_actions

# A stopped trajectory still finishes the phase it stopped after; its cancelled rest drops out.
ENDED = (TrajectoryStatus.COMPLETED, TrajectoryStatus.CANCELLED)
OPEN = (WorkStatus.PLANNED, WorkStatus.IN_PROGRESS)


def _open_plans(session: Session) -> list[PlanItems]:
    running = select(Trajectory).where(Trajectory.status.not_in(ENDED))
    return load_plans(session, list(session.scalars(running)))


def due_on(item: PlanItem) -> date | None:
    """The day that counts: a phase's or task's end, a milestone's or session's day."""
    start, end = span_of(item)
    return end if isinstance(item, Phase | Task) else start


def _is_coming(item: PlanItem, today: date, until: date) -> bool:
    """Sessions still planned and open milestones or tasks with a day in [today, until]."""
    if isinstance(item, TrajectorySession):
        if item.status is not SessionStatus.PLANNED:
            return False
    elif isinstance(item, Phase) or item.status not in OPEN:
        return False  # a phase is a span, not an appointment: its sessions and marks show
    day = due_on(item)
    return day is not None and today <= day <= until


def _items(session: Session, found: list[tuple[PlanItems, PlanItem]]) -> list[AgendaItem]:
    owners = {getattr(item, "responsible_person_uid", None) for _, item in found}
    names = person_names(session, owners)
    items = []
    for plan, item in found:
        owner, starts_at, party = "", None, None
        if isinstance(item, TrajectorySession):
            owner, starts_at = item.location_name, item.starts_at
        else:
            person = names.get(item.responsible_person_uid) if item.responsible_person_uid else ""
            owner = who_text(item.responsible, person or "")
            party = None if item.responsible is Responsible.PERSON else item.responsible
        items.append(
            AgendaItem(
                uid=str(item.uid),
                trajectory=str(plan.trajectory.uid),
                trajectory_name=plan.trajectory.name,
                kind=kind_of(item),
                title=item_name(item),
                owner=owner,
                due_on=due_on(item),
                status=item.status,
                starts_at=starts_at,
                responsible=party,
            )
        )
    return items


def agenda(session: Session, today: date, days: int = 42) -> Agenda:
    """Sessions, milestones and tasks of the next `days`, and every late item or action."""
    until = today + timedelta(days=days)
    plans = _open_plans(session)
    coming: list[tuple[PlanItems, PlanItem]] = []
    for plan in plans:
        points: list[PlanItem] = [*plan.sessions, *plan.milestones, *plan.tasks]
        coming += [
            (plan, item)
            for item in points
            if plan.is_booked(item) and _is_coming(item, today, until)
        ]
    # What lies in a phase that is not booked is nobody's due yet: it stays out of both lists.
    late = [
        (plan, item)
        for plan in plans
        for item in plan.dated()
        if plan.is_booked(item) and is_overdue(item, today)
    ]
    running = {str(plan.trajectory.uid) for plan in plans}
    actions = [
        AgendaItem(
            uid=a.uid,
            trajectory=a.trajectory,
            trajectory_name=a.trajectory_name,
            kind=PlanItemKind.ACTION,
            title=a.title,
            owner=a.owner,
            due_on=a.due_on,
            status=a.status,
            project=a.project,
        )
        for a in overdue_actions(session, today)
        if a.trajectory in running
    ]
    coming_items = sorted(
        _items(session, coming), key=lambda i: (i.due_on or date.max, i.starts_at is None, i.title)
    )
    overdue_items = sorted(
        actions + _items(session, late), key=lambda i: (i.due_on or date.min, i.title)
    )
    return Agenda(today, days, tuple(coming_items), tuple(overdue_items))
