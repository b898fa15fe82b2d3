"""Closing a live session: what closing will do, asked first, then done."""

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from models.core.enums import RegistrationStatus, SessionStatus
from models.orm import Registration, TrajectorySession
from models.sessions.live_day import SessionDay, session_day
from models.sessions.live_drafts import (
    DRAFT_FIELDS,
    TYPED_LINES,
    clear_drafts,
    drafts,
    mark_closed,
)
from models.sessions.reading import get_session


@dataclass(frozen=True)
class ClosingCheck:
    """What closing the session now would change, for the coach to confirm."""

    not_checked_in: int  # registered and not here: marked absent if the coach agrees
    unsaved: tuple[str, ...]  # a decision, action or walk-in typed and not added: lost
    day: SessionDay  # a session closed on another day marks nobody absent unless asked to


def closing_check(session: Session, session_uid: uuid.UUID, today: date) -> ClosingCheck:
    get_session(session, session_uid)  # a UserError when it no longer exists
    waiting = session.scalar(
        select(func.count())
        .select_from(Registration)
        .where(
            Registration.session_uid == session_uid,
            Registration.status == RegistrationStatus.REGISTERED,
        )
    )
    typed = drafts(session, session_uid)
    unsaved = tuple(field for field in TYPED_LINES if typed.get(field, "").strip())
    return ClosingCheck(int(waiting or 0), unsaved, session_day(session, session_uid, today))


def close_session(session: Session, session_uid: uuid.UUID, *, mark_absent: bool = True) -> int:
    """The session was held: with `mark_absent`, whoever registered and did not come is
    absent. Returns how many were marked absent. Live mode is left and its drafts dropped.

    Invited people who never registered stay invited; a late check-in still works afterwards.
    """
    meeting = session.scalar(
        select(TrajectorySession)
        .where(TrajectorySession.uid == session_uid)
        .options(selectinload(TrajectorySession.registrations))
    )
    if meeting is None:
        get_session(session, session_uid)
        return 0
    absent = 0
    if mark_absent:
        for registration in meeting.registrations:
            if registration.status is RegistrationStatus.REGISTERED:
                registration.status = RegistrationStatus.ABSENT
                absent += 1
    meeting.status = SessionStatus.HELD
    clear_drafts(session, session_uid, DRAFT_FIELDS)
    mark_closed(session, session_uid)
    return absent
