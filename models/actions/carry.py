"""Unfinished actions carried to the next session: an agenda block and a line in each history.

The block "Openstaande acties" is added once to the next session's agenda, right after its
opening block. It does not copy the actions: at the session, `carried_actions` lists the
actions that are still unfinished then, so an action finished in between drops off by itself.
Each carried action gets a history line naming the session, so its history shows every
session it was discussed at.
"""

import uuid
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actions.dto import ActionItem, CarryResult
from models.actions.plan import action_items
from models.core.enums import ActionStatus, SessionStatus
from models.core.errors import UserError
from models.core.formatting import format_date
from models.core.lookup import trajectory_or_fail
from models.orm import Action, ActionEvent, AgendaBlock, TrajectorySession

OPEN_ACTIONS_BLOCK = "Openstaande acties"
BLOCK_METHOD = "Per actie: klaar, bezig of een nieuwe datum afspreken"
BLOCK_WHO = "Eigenaars van de acties"
CARRIED = "carried"


def next_session(
    session: Session, trajectory_uid: uuid.UUID, after: datetime
) -> TrajectorySession | None:
    """The first session starting after `after` that is not cancelled; a planned one before
    an optional one (an optional follow-up may never take place)."""
    upcoming = list(
        session.scalars(
            select(TrajectorySession)
            .where(
                TrajectorySession.trajectory_uid == trajectory_uid,
                TrajectorySession.status != SessionStatus.CANCELLED,
                TrajectorySession.starts_at > after,
            )
            .order_by(TrajectorySession.starts_at)
        )
    )
    firm = [s for s in upcoming if not s.optional]
    candidates = firm or upcoming
    return candidates[0] if candidates else None


def reference_moment(
    session: Session, trajectory_uid: uuid.UUID, from_session_uid: uuid.UUID | None, now: datetime
) -> datetime:
    """The moment 'next' counts from: the given session's start, else now."""
    if from_session_uid is None:
        return now
    meeting = session.get(TrajectorySession, from_session_uid)
    if meeting is None or meeting.trajectory_uid != trajectory_uid:
        raise UserError("This session does not belong to this trajectory.", field="session")
    return meeting.starts_at or now


def _session_text(meeting: TrajectorySession) -> str:
    when = f" ({format_date(meeting.starts_at.date())})" if meeting.starts_at else ""
    return f"{meeting.title}{when}"


def _ensure_block(session: Session, meeting: TrajectorySession, open_total: int) -> bool:
    """Adds the block after the opening block unless the agenda already has it."""
    blocks = list(
        session.scalars(
            select(AgendaBlock)
            .where(AgendaBlock.session_uid == meeting.uid)
            .order_by(AgendaBlock.position)
        )
    )
    if any(b.title.strip().casefold() == OPEN_ACTIONS_BLOCK.casefold() for b in blocks):
        return False
    at = 1 if blocks else 0
    for block in blocks[at:]:
        block.position += 1
    position = blocks[at - 1].position + 1 if at else 0
    minutes = min(30, max(10, 5 + 2 * open_total))
    session.add(
        AgendaBlock(
            session_uid=meeting.uid,
            position=position,
            title=OPEN_ACTIONS_BLOCK,
            minutes=minutes,
            method=BLOCK_METHOD,
            who=BLOCK_WHO,
        )
    )
    if (
        blocks
    ):  # a session with an agenda lasts as long as its blocks (as the agenda editor keeps it)
        meeting.duration_minutes = sum(b.minutes for b in blocks) + minutes
    return True


def carry_open_actions(
    session: Session,
    trajectory_uid: uuid.UUID,
    now: datetime,
    from_session_uid: uuid.UUID | None = None,
    by: str = "",
) -> CarryResult:
    """Puts the unfinished actions on the next session's agenda; safe to repeat."""
    trajectory_or_fail(session, trajectory_uid)
    after = reference_moment(session, trajectory_uid, from_session_uid, now)
    meeting = next_session(session, trajectory_uid, after)
    if meeting is None:
        raise UserError(
            "No next session is planned for this trajectory yet. Plan the next session "
            "first; then take the open actions along."
        )
    actions = list(
        session.scalars(
            select(Action).where(
                Action.trajectory_uid == trajectory_uid,
                Action.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]),
            )
        )
    )
    text = _session_text(meeting)
    carried = 0
    for action in actions:
        if any(e.field == CARRIED and e.new_value == text for e in action.events):
            continue
        action.events.append(
            ActionEvent(field=CARRIED, old_value=None, new_value=text, changed_by=by)
        )
        carried += 1
    added = _ensure_block(session, meeting, len(actions))
    session.flush()
    return CarryResult(
        session_uid=str(meeting.uid),
        session_title=meeting.title,
        starts_at=meeting.starts_at,
        carried=carried,
        open_total=len(actions),
        block_added=added,
    )


def carried_actions(session: Session, session_uid: uuid.UUID, today: date) -> list[ActionItem]:
    """The unfinished actions the block 'Openstaande acties' of this session goes through."""
    meeting = session.get(TrajectorySession, session_uid)
    if meeting is None:
        raise UserError("This session no longer exists.", field="session")
    items = action_items(session, meeting.trajectory_uid, today)
    return [item for item in items if item.unfinished]
