"""Closing a live session: what closing will do, asked first, then done."""

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from models.core.enums import RegistrationStatus, SessionStatus
from models.orm import Registration, TrajectorySession
from models.sessions.live import DRAFT_FIELDS, drafts, save_draft
from models.sessions.reading import get_session


@dataclass(frozen=True)
class ClosingCheck:
    """What closing the session now would change, for the coach to confirm."""

    not_checked_in: int  # registered and not here: they are marked absent
    unsaved: tuple[str, ...]  # decision or action lines typed but not added with Enter: lost


def closing_check(session: Session, session_uid: uuid.UUID) -> ClosingCheck:
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
    unsaved = tuple(field for field in DRAFT_FIELDS if typed.get(field, "").strip())
    return ClosingCheck(int(waiting or 0), unsaved)


def close_session(session: Session, session_uid: uuid.UUID) -> int:
    """The session was held: whoever registered and did not come is absent. Returns how many.

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
    for registration in meeting.registrations:
        if registration.status is RegistrationStatus.REGISTERED:
            registration.status = RegistrationStatus.ABSENT
            absent += 1
    meeting.status = SessionStatus.HELD
    for field in DRAFT_FIELDS:
        save_draft(session, session_uid, field, "")
    return absent
