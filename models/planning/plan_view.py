"""The plan of one trajectory as plain data: table rows, the timeline, the PDF's input."""

import uuid
from collections.abc import Sequence
from datetime import date, timedelta

from babel.dates import format_date as babel_date
from sqlalchemy.orm import Session

from models.core.enums import PlanItemKind, Responsible
from models.orm import Milestone, Phase, Task, TrajectorySession
from models.planning.calendar import school_breaks_between
from models.planning.dto import (
    Lane,
    Month,
    PlanDocument,
    PlanRow,
    SchoolBreak,
    Timeline,
    TrajectoryPlan,
)
from models.planning.layout import (
    PlanItem,
    PlanItems,
    load_plan,
    person_names,
    phase_label,
    phase_title,
    span_of,
    who_text,
)
from models.planning.stopping import is_overdue, stop_choices
from models.planning.tasks import EDITABLE, kind_of, task_board, trajectory_people
from models.trajectories.listing import programme_name


def _row(item: PlanItem, names: dict[uuid.UUID, str], today: date, booked: bool) -> PlanRow:
    start, end = span_of(item)
    kind = kind_of(item)
    responsible: Responsible | None = None
    person, phase_uid = None, None
    actual: tuple[date | None, date | None] = (None, None)
    if not isinstance(item, TrajectorySession):
        responsible, person = item.responsible, item.responsible_person_uid
    if isinstance(item, Phase):
        actual = item.actual_start, item.actual_end
    else:
        phase_uid = str(item.phase_uid) if item.phase_uid else None
        actual = (item.actual_on if isinstance(item, Milestone) else None), None
    return PlanRow(
        uid=str(item.uid),
        kind=kind,
        phase_uid=phase_uid,
        label=phase_label(item) if isinstance(item, Phase) else "",
        name=item.title if isinstance(item, TrajectorySession | Task) else item.name,
        planned_start=start,
        planned_end=end,
        actual_start=actual[0],
        actual_end=actual[1],
        starts_at=item.starts_at if isinstance(item, TrajectorySession) else None,
        responsible=responsible,
        person_uid=str(person) if person else None,
        who=who_text(responsible, names.get(person, "") if person else "") if responsible else "",
        status=item.status,
        overdue=booked and is_overdue(item, today),
        optional=bool(getattr(item, "optional", False)),
        editable=EDITABLE[kind],
        booked=booked,
    )


def _ordered(plan: PlanItems) -> list[PlanItem]:
    """Each phase followed by its milestones and sessions by date; loose items last."""
    points: list[Milestone | TrajectorySession] = [*plan.milestones, *plan.sessions]
    points.sort(key=lambda i: (span_of(i)[0] or date.max, isinstance(i, TrajectorySession)))
    result: list[PlanItem] = []
    for phase in plan.phases:
        result += [phase, *(i for i in points if i.phase_uid == phase.uid)]
    known = {p.uid for p in plan.phases}
    return result + [i for i in points if i.phase_uid not in known]


def month_label(day: date) -> str:
    return str(babel_date(day, "LLL", locale="nl_BE"))


def months_between(first: date, last: date) -> tuple[Month, ...]:
    """Calendar months from the one holding `first` through the one holding `last`."""
    months: list[Month] = []
    day = first.replace(day=1)
    while day <= last:
        months.append(Month(day, month_label(day), day.year))
        day = (day + timedelta(days=32)).replace(day=1)
    return tuple(months)


def _timeline(rows: Sequence[PlanRow], today: date, stopped_on: date | None) -> Timeline | None:
    lanes = tuple(
        Lane(r, tuple(m for m in rows if m.phase_uid == r.uid and m.planned_start))
        for r in rows
        if r.kind is PlanItemKind.PHASE and r.planned_start and r.planned_end
    )
    days = [d for lane in lanes for d in (lane.phase.planned_start, lane.phase.planned_end) if d]
    if not days:
        return None
    breaks = tuple(
        SchoolBreak(b.name, b.first, b.last) for b in school_breaks_between(min(days), max(days))
    )
    return Timeline(months_between(min(days), max(days)), lanes, today, stopped_on, breaks)


def trajectory_plan(session: Session, trajectory_uid: uuid.UUID, today: date) -> TrajectoryPlan:
    plan = load_plan(session, trajectory_uid)
    t = plan.trajectory
    ordered = _ordered(plan)
    names = person_names(session, {getattr(i, "responsible_person_uid", None) for i in ordered})
    rows = tuple(_row(i, names, today, plan.is_booked(i)) for i in ordered)
    stopped = next((p for p in plan.phases if p.key == t.stopped_after_phase_key), None)
    programme = plan.programme
    rule = programme.pricing.stop_rule if programme else None
    scope = programme.scope(t.scope_key) if programme else None
    return TrajectoryPlan(
        uid=str(t.uid),
        name=t.name,
        programme_name=programme.name if programme else programme_name(t.programme_key),
        provider_name=programme.provider.name if programme else "",
        clients=tuple(c.organisation.name for c in t.clients),
        status=t.status,
        start_date=t.start_date,
        end_date=plan.end(),
        today=today,
        rows=rows,
        timeline=_timeline(rows, today, t.stopped_on),
        people=trajectory_people(session, t.uid),
        stop_choices=stop_choices(plan),
        stop_rule=rule.text if rule else "",
        stopped_after=phase_title(stopped) if stopped else "",
        stopped_on=t.stopped_on,
        stop_reason=t.stop_reason,
        booked_scope=scope.name if scope is not None else "",
        unbooked_phases=tuple(phase_title(p) for p in plan.phases if not plan.is_booked(p)),
        avoid_school_holidays=t.avoid_school_holidays,
    )


def plan_document(
    session: Session, trajectory_uid: uuid.UUID, today: date, with_unbooked: bool = False
) -> PlanDocument:
    """The plan PDF's input; the phases outside the booked scope only when asked for."""
    from models.people.provider_block import provider_for_key

    plan = trajectory_plan(session, trajectory_uid, today)
    trajectory = load_plan(session, trajectory_uid).trajectory
    return PlanDocument(
        plan,
        task_board(session, trajectory_uid, today),
        provider_for_key(session, trajectory.programme_key),
        with_unbooked,
    )
