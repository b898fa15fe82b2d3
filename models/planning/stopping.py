"""Where the plan stands: done, cancelled, late, actual dates, and stopping after a phase."""

import uuid
from datetime import date

from sqlalchemy.orm import Session

from models.core.enums import SessionStatus, TrajectoryStatus, WorkStatus
from models.core.errors import UserError, domain_text, phrase
from models.core.formatting import format_date
from models.orm import Phase, Task, TrajectorySession
from models.planning.dto import StopResult
from models.planning.layout import PlanItem, PlanItems, load_plan, phase_title, span_of
from models.quotes.dto import QuoteVersionRow

# When a stopped trajectory no longer knows after which phase or since when.
A_PHASE = domain_text("a phase")
EARLIER = domain_text("earlier")


def is_done(item: PlanItem) -> bool:
    if isinstance(item, TrajectorySession):
        return item.status is SessionStatus.HELD
    return item.status is WorkStatus.DONE


def is_cancelled(item: PlanItem) -> bool:
    if isinstance(item, TrajectorySession):
        return item.status is SessionStatus.CANCELLED
    return item.status is WorkStatus.CANCELLED


def is_overdue(item: PlanItem, today: date) -> bool:
    """Still open while its date has passed (a session still 'planned' after its day)."""
    if is_done(item) or is_cancelled(item):
        return False
    start, end = span_of(item)
    due = end if isinstance(item, Phase | Task) else start
    return due is not None and due < today


def has_started(phase: Phase) -> bool:
    """A phase has started once it has an actual start or is under way or done."""
    return phase.actual_start is not None or phase.status in (
        WorkStatus.IN_PROGRESS,
        WorkStatus.DONE,
    )


def stop_choices(plan: PlanItems) -> tuple[tuple[str, str], ...]:
    """The phases after which the trajectory can still stop: a booked phase that has started,
    other than the last booked one (after that the trajectory simply ends)."""
    if plan.trajectory.status is TrajectoryStatus.STOPPED:
        return ()
    booked = [p for p in plan.phases if plan.is_booked(p)]
    return tuple((p.key, phase_title(p)) for p in booked[:-1] if has_started(p))


def stop_after_phase(
    session: Session, trajectory_uid: uuid.UUID, phase_key: str, reason: str, today: date
) -> StopResult:
    """Ends the trajectory after a phase: what follows is cancelled, the quote recalculated.

    One transaction with the caller: a refusal or a failing quote leaves everything as it was.
    """
    plan = load_plan(session, trajectory_uid)
    trajectory = plan.trajectory
    if trajectory.status is TrajectoryStatus.STOPPED:
        after = next((p for p in plan.phases if p.key == trajectory.stopped_after_phase_key), None)
        raise UserError(
            "This trajectory has already stopped after {phase} ({when}).",
            phase=phase_title(after) if after else A_PHASE,
            when=format_date(trajectory.stopped_on) if trajectory.stopped_on else EARLIER,
            field="phase",
        )
    phase = next((p for p in plan.phases if p.key == phase_key), None)
    if phase is None:
        raise UserError("Choose the phase after which the trajectory stops.", field="phase")
    if phase is plan.phases[-1]:
        raise UserError(
            "{phase} is the last phase: the trajectory then simply runs out. "
            "Set the phase to 'Done' instead of stopping.",
            phase=phase_title(phase),
            field="phase",
        )
    if not has_started(phase):
        raise UserError(
            "{phase} has not started yet: a trajectory can only stop after a phase that has "
            "begun. Mark the phase as under way first, or stop after an earlier phase.",
            field="phase",
            phase=phase_title(phase),
        )
    if not " ".join(reason.split()):
        raise UserError(
            "Note why the trajectory stops (e.g. 'decision of the college of aldermen').",
            field="reason",
        )
    later = [p for p in plan.phases if p.position > phase.position]
    cancelled = sum(_cancel(plan, p, today) for p in later)
    trajectory.status = TrajectoryStatus.STOPPED
    trajectory.stopped_after_phase_key = phase.key
    trajectory.stopped_on = today
    trajectory.stop_reason = reason.strip()
    quote, created = _recalculate_quote(session, plan, today)
    return StopResult(phase_title(phase), cancelled, quote, created)


def _cancel(plan: PlanItems, phase: Phase, today: date) -> int:
    """Cancels a later phase and what in it is still open; refuses when it was already held."""
    held = [i for i in plan.children(phase) if isinstance(i, TrajectorySession) and is_done(i)]
    if phase.status is WorkStatus.DONE or held:
        what = (
            phrase("'{title}' was already held", title=held[0].title)
            if held
            else phrase("{phase} is already done", phase=phase_title(phase))
        )
        raise UserError(
            "{what}: the trajectory can no longer stop before {phase}. Choose a later phase.",
            what=what,
            phase=phase_title(phase),
            field="phase",
        )
    count = 0
    for item in (phase, *plan.children(phase)):
        if is_done(item) or is_cancelled(item):
            continue  # what was done stays on the record
        if isinstance(item, TrajectorySession):
            item.status = SessionStatus.CANCELLED
        else:
            item.status = WorkStatus.CANCELLED
        count += 1
    if phase.actual_start is not None:
        phase.actual_end = today  # it had started: it ended the day it was stopped
    return count


def _recalculate_quote(
    session: Session, plan: PlanItems, today: date
) -> tuple[QuoteVersionRow | None, bool]:
    """A new quote version through the pricing rules; it reads the stop from the trajectory."""
    if plan.programme is not None and plan.programme.is_free:
        return None, False
    from models.quotes.versions import create_quote_version

    result = create_quote_version(session, plan.trajectory.uid, today=today)
    return result.row, result.created


def set_status(item: PlanItem, value: str, today: date) -> None:
    if isinstance(item, TrajectorySession):
        status = _enum(SessionStatus, value)
        if status is SessionStatus.HELD and item.starts_at and item.starts_at.date() > today:
            raise UserError(
                "'{title}' is planned on {day}: a session in the future cannot have been held yet.",
                title=item.title,
                day=format_date(item.starts_at.date()),
                field="status",
            )
        item.status = status
        return
    work = _enum(WorkStatus, value)
    if work is WorkStatus.DONE:
        set_actual(
            item,
            "actual_end" if not _is_milestone(item) else "actual_start",
            _actual_end(item) or today,
            today,
        )
    elif work is WorkStatus.IN_PROGRESS and isinstance(item, Phase) and not item.actual_start:
        item.actual_start = min(item.planned_start or today, today)
    if work is not WorkStatus.DONE:
        _clear_end(item)
    item.status = work


def set_actual(item: PlanItem, field: str, day: date | None, today: date) -> None:
    """A real date; it also says how far the item is (an end date means done)."""
    if isinstance(item, TrajectorySession):
        raise UserError("A session has no actual date: set it to 'Held'.", field=field)
    if day is not None and day > today:
        raise UserError(
            "{day} is in the future: an actual date is a day that has already passed. "
            "Leave the field empty until then.",
            day=format_date(day),
            field=field,
        )
    if isinstance(item, Phase) and field == "actual_start":
        if day and item.actual_end and item.actual_end < day:
            raise UserError("The actual start is after the actual end.", field=field)
        item.actual_start = day
        if day and item.status is WorkStatus.PLANNED:
            item.status = WorkStatus.IN_PROGRESS
        return
    if isinstance(item, Phase):
        if day and item.actual_start and day < item.actual_start:
            raise UserError(
                "The actual end ({end}) is before the actual start ({start}).",
                end=format_date(day),
                start=format_date(item.actual_start),
                field=field,
            )
        item.actual_end = day
        if day and not item.actual_start:
            item.actual_start = min(item.planned_start or day, day)
    elif isinstance(item, Task):
        item.done_on = day
    else:
        item.actual_on = day
    if day is not None:
        item.status = WorkStatus.DONE
    elif item.status is WorkStatus.DONE:
        started = isinstance(item, Phase) and item.actual_start
        item.status = WorkStatus.IN_PROGRESS if started else WorkStatus.PLANNED


def _is_milestone(item: PlanItem) -> bool:
    return not isinstance(item, Phase | Task | TrajectorySession)


def _actual_end(item: PlanItem) -> date | None:
    if isinstance(item, Phase):
        return item.actual_end
    if isinstance(item, Task):
        return item.done_on
    return None if isinstance(item, TrajectorySession) else item.actual_on


def _clear_end(item: PlanItem) -> None:
    if isinstance(item, Phase):
        item.actual_end = None
    elif isinstance(item, Task):
        item.done_on = None
    elif not isinstance(item, TrajectorySession):
        item.actual_on = None


def _enum[E: (WorkStatus, SessionStatus)](kind: type[E], value: str) -> E:
    try:
        return kind(value)
    except ValueError:
        raise UserError(
            "'{value}' is not a status. Choose from: {known}.",
            value=value,
            known=tuple(member.value for member in kind),
            field="status",
        ) from None
