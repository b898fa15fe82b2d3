"""Re-planning: a new start date or a moved phase moves what depends on it, all or nothing."""

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from models.core.errors import Phrase, UserError, phrase
from models.core.formatting import format_date, parse_date
from models.orm import Milestone, Phase, TrajectorySession
from models.planning.calendar import DayRules, why_not
from models.planning.dto import DonePolicy, PlanChange
from models.planning.laying_out import lay_out_plan, turn_of
from models.planning.layout import (
    PlanItem,
    PlanItems,
    Span,
    item_name,
    load_plan,
    phase_title,
    set_span,
    span_of,
)
from models.planning.schedule import day_rules, deadline, month_end, month_start, session_start
from models.planning.stopping import is_done


@dataclass(frozen=True)
class _Move:
    item: PlanItem
    new: Span


def _shift(day: date | None, laid_old: date, laid_new: date) -> date | None:
    """Keeps a coach's own adjustment: the distance to where the programme put the item."""
    return None if day is None else laid_new + (day - laid_old)


def _relaid(item: PlanItem, plan: PlanItems, old: date, new: date) -> Span:
    """Where an item lands when month 0 moves from `old` to `new` (end of month kept right)."""
    start, end = span_of(item)

    def by_days(day: date | None) -> date | None:
        return None if day is None else day + (new - old)

    def at_start(day: date | None, month: int | None) -> date | None:
        if month is None:
            return by_days(day)
        return _shift(day, month_start(old, month), month_start(new, month))

    def at_end(day: date | None, month: int | None, due: bool = True) -> date | None:
        """A phase ends on its month's last day; a deadline on that month's last working day."""
        if month is None:
            return by_days(day)
        laid = deadline if due else month_end
        return _shift(day, laid(old, month), laid(new, month))

    if isinstance(item, Phase):
        return at_start(start, item.start_month), at_end(end, item.end_month, due=False)
    if isinstance(item, Milestone):
        return at_end(start, item.month), None
    if isinstance(item, TrajectorySession):
        template = None
        if plan.programme is not None and item.template_key:
            template = plan.programme.session_template(item.template_key)
        if template is None or plan.programme is None:
            return by_days(start), None
        hours, avoid = plan.programme.session_hours, plan.trajectory.avoid_school_holidays
        turn = turn_of(item, plan.trajectory)
        laid_old = session_start(old, template, hours, avoid_school_holidays=avoid, turn=turn)
        laid_new = session_start(new, template, hours, avoid_school_holidays=avoid, turn=turn)
        return _shift(start, laid_old.date(), laid_new.date()), None
    return at_start(start, item.start_month), at_end(end, item.end_month)


def set_start_date(
    session: Session,
    trajectory_uid: uuid.UUID,
    new_start: date,
    *,
    today: date,
    policy: DonePolicy = DonePolicy.ASK,
) -> PlanChange:
    """Lays out the plan from `new_start`, or moves the existing plan so month 0 is `new_start`."""
    plan = load_plan(session, trajectory_uid)
    warnings: list[Phrase] = []
    if new_start < today:
        warnings.append(
            phrase(
                "The start date {day} is in the past. The plan was changed anyway; mark what "
                "has already happened.",
                day=format_date(new_start),
            )
        )
    if not plan.phases:
        if plan.programme is None:
            raise UserError(
                "The programme '{key}' was not found: without a programme no plan can be made.",
                key=plan.trajectory.programme_key,
                field="start_date",
            )
        lay_out_plan(session, plan.trajectory, plan.programme, new_start)
        session.flush()
        return PlanChange(
            applied=True,
            moved=len(load_plan(session, trajectory_uid).dated()),
            warnings=tuple(warnings),
        )
    old = plan.trajectory.start_date or min(p.planned_start for p in plan.phases if p.planned_start)
    if policy is DonePolicy.KEEP:
        raise UserError(
            "A new start date moves the whole trajectory. If finished parts must keep their "
            "date, move the first phase that is not finished yet instead.",
            field="start_date",
        )
    moves = [_Move(item, _relaid(item, plan, old, new_start)) for item in plan.dated()]
    change = _apply(plan, moves, None, policy, warnings, can_keep=False)
    if change.applied:
        plan.trajectory.start_date = new_start
    return change


def set_avoid_school_holidays(
    session: Session, trajectory_uid: uuid.UUID, avoid: bool, *, today: date
) -> PlanChange:
    """Citizens' sessions in or out of the school breaks; a session the coach moved keeps its
    distance to where the programme put it, one already held stays where it was."""
    plan = load_plan(session, trajectory_uid)
    trajectory = plan.trajectory
    if trajectory.avoid_school_holidays == avoid:
        return PlanChange(applied=True)
    moves: list[_Move] = []
    start = trajectory.start_date
    if plan.programme is not None and start is not None:
        hours = plan.programme.session_hours
        for item in plan.sessions:
            template = plan.programme.session_template(item.template_key or "")
            day = span_of(item)[0]
            if template is None or day is None or is_done(item) or day < today:
                continue
            turn = turn_of(item, trajectory)
            was = session_start(start, template, hours, avoid_school_holidays=not avoid, turn=turn)
            now = session_start(start, template, hours, avoid_school_holidays=avoid, turn=turn)
            moves.append(_Move(item, (_shift(day, was.date(), now.date()), None)))
    trajectory.avoid_school_holidays = avoid
    return _apply(plan, moves, None, DonePolicy.MOVE, [])


def move_phase(
    plan: PlanItems, phase: Phase, span: Span, policy: DonePolicy, warnings: list[Phrase]
) -> PlanChange:
    """A new start moves the phase whole; a new end resizes it. Later phases keep their distance."""
    old_start, old_end = span_of(phase)
    start, end = span
    if start is None or end is None or old_start is None or old_end is None:
        raise UserError(
            "{phase} has no dates yet.", phase=phase_title(phase), field="planned_start"
        )
    moves: list[_Move] = []
    if start != old_start:  # moved whole: its own items go along
        delta = start - old_start
        end = old_end + delta
        moves += [_Move(c, _by(c, delta)) for c in plan.children(phase)]
    _check_order(start, end, phase_title(phase))
    moves.insert(0, _Move(phase, (start, end)))
    after = end - old_end
    for later in plan.phases:
        if later.position > phase.position and after:
            moves += [_Move(i, _by(i, after)) for i in (later, *plan.children(later))]
    _check_inside_start(plan, start, phase_title(phase))
    children = [_Move(c, span_of(c)) for c in plan.children(phase) if c not in _items(moves)]
    _warn_outside_phase(children, (start, end), phase_title(phase), warnings)
    return _apply(plan, moves, phase, policy, warnings)


def move_point(
    plan: PlanItems, item: Milestone | TrajectorySession, day: date, warnings: list[Phrase]
) -> PlanChange:
    """A milestone or a session on another day; nothing else depends on it."""
    name = item_name(item)
    _check_inside_start(plan, day, name)
    end = plan.end()
    if end is not None and day > end:
        raise UserError(
            "'{name}' would then fall after the end of the trajectory ({end}). Choose a "
            "date within the trajectory, or first extend the last phase.",
            name=name,
            end=format_date(end),
            field="planned_start",
        )
    reason = why_not(day, _rules_for(plan, item))
    if reason:
        warnings.append(phrase("'{name}' now falls on {reason}.", name=name, reason=reason))
    phase = next((p for p in plan.phases if p.uid == item.phase_uid), None)
    if phase is not None:
        _warn_outside_phase(
            [_Move(item, (day, None))], span_of(phase), phase_title(phase), warnings
        )
    return _apply(plan, [_Move(item, (day, None))], item, DonePolicy.MOVE, warnings)


def _rules_for(plan: PlanItems, item: Milestone | TrajectorySession) -> DayRules:
    """What the day of a moved session (or milestone) should avoid, to warn the coach."""
    template = None
    if isinstance(item, TrajectorySession) and plan.programme and item.template_key:
        template = plan.programme.session_template(item.template_key)
    if template is None:
        return DayRules(avoid_closures=isinstance(item, TrajectorySession))
    return day_rules(template, plan.trajectory.avoid_school_holidays)


def _by(item: PlanItem, delta: timedelta) -> Span:
    start, end = span_of(item)
    return (start + delta if start else None), (end + delta if end else None)


def _items(moves: list[_Move]) -> list[PlanItem]:
    return [move.item for move in moves]


def _check_order(start: date, end: date, name: str) -> None:
    if end < start:
        raise UserError(
            "The end of {name} ({end}) is before the start ({start}). Choose an end date "
            "on or after the start.",
            name=name,
            end=format_date(end),
            start=format_date(start),
            field="planned_end",
        )


def _check_inside_start(plan: PlanItems, day: date, name: str) -> None:
    start = plan.trajectory.start_date
    if start is not None and day < start:
        raise UserError(
            "'{name}' would then fall before the start of the trajectory ({start}). Choose a "
            "later date, or first change the trajectory's start date.",
            name=name,
            start=format_date(start),
            field="planned_start",
        )


def _warn_outside_phase(moves: list[_Move], phase: Span, name: str, warnings: list[Phrase]) -> None:
    first, last = phase
    if first is None or last is None:
        return
    outside = [
        item_name(m.item)
        for m in moves
        if m.new[0] is not None and not first <= m.new[0] <= last and not isinstance(m.item, Phase)
    ]
    if outside:
        shown = ", ".join(f"'{n}'" for n in outside[:3]) + (" …" if len(outside) > 3 else "")
        warnings.append(
            phrase(
                "{items} now falls outside {phase} ({first}–{last}).",
                items=shown,
                phase=name,
                first=format_date(first),
                last=format_date(last),
            )
        )


def _overlaps(a: Span, b: Span) -> bool:
    a0, a1 = a
    b0, b1 = b
    if None in (a0, a1, b0, b1):
        return False
    return a0 <= b1 and b0 <= a1  # type: ignore[operator]


def _check_done_phases(plan: PlanItems, moves: list[_Move], warnings: list[Phrase]) -> None:
    """A phase may not be pushed over one that is done; over an open one it may, with a word."""
    moving = {id(m.item) for m in moves}
    for move in moves:
        if not isinstance(move.item, Phase):
            continue
        for other in plan.phases:
            if id(other) in moving or not _overlaps(move.new, span_of(other)):
                continue
            if _overlaps(span_of(move.item), span_of(other)):
                continue  # they overlapped already: not this change's doing
            first, last = span_of(other)
            if is_done(other) and first and last:
                raise UserError(
                    "{phase} would then slide over {other}, which is already done "
                    "({first}–{last}). Choose a date after {last}.",
                    phase=phase_title(move.item),
                    other=phase_title(other),
                    first=format_date(first),
                    last=format_date(last),
                    field="planned_start",
                )
            warnings.append(
                phrase(
                    "{phase} now overlaps with {other}.",
                    phase=phase_title(move.item),
                    other=phase_title(other),
                )
            )


def _apply(
    plan: PlanItems,
    moves: list[_Move],
    edited: PlanItem | None,
    policy: DonePolicy,
    warnings: list[Phrase],
    *,
    can_keep: bool = True,
) -> PlanChange:
    """Checks, asks or applies; writes nothing unless every check passed."""
    moves = [m for m in moves if m.new != span_of(m.item)]
    done = [m for m in moves if m.item is not edited and is_done(m.item)]
    if done and policy is DonePolicy.ASK:
        names = tuple(item_name(m.item) for m in done)
        return PlanChange(False, 0, names, can_keep, tuple(warnings))
    if policy is DonePolicy.KEEP:
        moves = [m for m in moves if m not in done]
    _check_done_phases(plan, moves, warnings)
    for move in moves:
        set_span(move.item, move.new)
    return PlanChange(True, len(moves), (), can_keep, tuple(dict.fromkeys(warnings)))


def parse_day(value: str, field: str, *, required: bool) -> date | None:
    """A date the coach typed; empty is only allowed where a date may be cleared."""
    if not value.strip():
        if required:
            raise UserError(
                "A planned date is needed. Type a date as dd/mm/yyyy, e.g. 22/11/2026.",
                field=field,
            )
        return None
    return parse_date(value, field=field)
