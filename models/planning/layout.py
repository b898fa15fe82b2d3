"""The shared vocabulary of every plan item: who does it, its dates, whether it is booked."""

import functools
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.enums import Responsible
from models.orm import (
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

PlanItem = Phase | Milestone | TrajectorySession | Task
Span = tuple[date | None, date | None]

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

    @functools.cached_property
    def booked_phase_keys(self) -> frozenset[str]:
        """The phases the trajectory's scope books (its accepted quote, else its proposal);
        every phase when the programme has no scopes or is unknown."""
        if self.programme is None:
            return frozenset(p.key for p in self.phases)
        booked = self.programme.booked_phase_keys(self.trajectory.scope_key)
        # A phase the programme no longer knows stays booked: nothing planned is hidden.
        known = set(self.programme.phase_keys)
        return frozenset(p.key for p in self.phases if p.key in booked or p.key not in known)

    def is_booked(self, item: PlanItem) -> bool:
        """Whether an item belongs to a booked phase (items outside any phase always do)."""
        booked = self.booked_phase_keys
        if isinstance(item, Phase):
            return item.key in booked
        phase = next((p for p in self.phases if p.uid == item.phase_uid), None)
        return phase is None or phase.key in booked

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


def load_plans(session: Session, trajectories: list[Trajectory]) -> list[PlanItems]:
    """The plans of many trajectories in one query per kind of item (the office overview:
    a hundred running trajectories in five queries rather than eight hundred)."""
    wanted = [t.uid for t in trajectories]
    found: dict[Any, dict[uuid.UUID, list[Any]]] = {}
    orders: dict[Any, tuple[Any, ...]] = {
        Phase: (Phase.position,),
        Milestone: (Milestone.planned_on, Milestone.name),
        TrajectorySession: (TrajectorySession.starts_at, TrajectorySession.title),
        Task: (Task.due_on, Task.title),
    }
    for model, order in orders.items():
        grouped: dict[uuid.UUID, list[Any]] = {}
        for start in range(0, len(wanted), 500):  # SQLite's limit on bound parameters
            query: Any = select(model).where(model.trajectory_uid.in_(wanted[start : start + 500]))
            for row in session.scalars(query.order_by(model.trajectory_uid, *order)):
                grouped.setdefault(row.trajectory_uid, []).append(row)
        found[model] = grouped
    plans = []
    for trajectory in trajectories:
        try:
            programme: Programme | None = get_programme(trajectory.programme_key)
        except ProgrammeError:
            programme = None
        plans.append(
            PlanItems(
                trajectory,
                programme,
                found[Phase].get(trajectory.uid, []),
                found[Milestone].get(trajectory.uid, []),
                found[TrajectorySession].get(trajectory.uid, []),
                found[Task].get(trajectory.uid, []),
            )
        )
    return plans


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
