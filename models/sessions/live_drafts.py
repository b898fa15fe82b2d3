"""What live mode keeps through a crash: the lines being typed, and which session was open.

Every field of live mode that is not stored on Enter (a decision, an action with its owner,
due date and project, a walk-in's name, contact and consent tick) is kept as a draft at each
keystroke; the session that is open in live mode is marked, so that after a crash the app
offers to go back to it with every draft as it was. Drafts live in Setting rows
`live_draft:<session uid>:<field>`; the mark in the row `live_open`.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.errors import UserError
from models.orm import Setting, TrajectorySession

DRAFT_PREFIX = "live_draft"
DRAFT_MAX = 20_000
DECISION_DRAFTS = ("decision",)
ACTION_DRAFTS = ("action", "action_owner", "action_due", "action_project")
WALK_IN_DRAFTS = ("walk_in_name", "walk_in_contact", "walk_in_consent")
DRAFT_FIELDS = DECISION_DRAFTS + ACTION_DRAFTS + WALK_IN_DRAFTS
# The lines that are lost when the session is closed before Enter (the others go with them).
TYPED_LINES = ("decision", "action", "walk_in_name")
OPEN_KEY = "live_open"


def _draft_key(session_uid: uuid.UUID, field: str) -> str:
    if field not in DRAFT_FIELDS:
        raise ValueError(field)
    return f"{DRAFT_PREFIX}:{session_uid}:{field}"


def save_draft(session: Session, session_uid: uuid.UUID, field: str, text: str) -> None:
    """What is typed in a live field before Enter, kept through a crash ("" removes it)."""
    key = _draft_key(session_uid, field)
    setting = session.scalar(select(Setting).where(Setting.key == key))
    if not text:
        if setting is not None:
            session.delete(setting)
        return
    if len(text) > DRAFT_MAX:
        raise UserError("A note is at most {limit} characters long.", limit=DRAFT_MAX, field=field)
    if setting is None:
        setting = Setting(key=key)
        session.add(setting)
    setting.value = text


def clear_drafts(session: Session, session_uid: uuid.UUID, fields: tuple[str, ...]) -> None:
    for field in fields:
        save_draft(session, session_uid, field, "")


def drafts(session: Session, session_uid: uuid.UUID) -> dict[str, str]:
    keys = {_draft_key(session_uid, field): field for field in DRAFT_FIELDS}
    return {
        keys[s.key]: str(s.value or "")
        for s in session.scalars(select(Setting).where(Setting.key.in_(keys)))
    }


# ---------------------------------------------------------------- the session open in live mode


@dataclass(frozen=True)
class OpenLiveSession:
    """The session live mode was showing when the app stopped, to offer going back to it."""

    session_uid: str
    trajectory_uid: str
    title: str
    starts_at: datetime | None
    drafts: int  # how many fields hold something typed and not yet added


def mark_open(session: Session, session_uid: uuid.UUID) -> None:
    """Live mode shows this session now (one at a time)."""
    setting = session.scalar(select(Setting).where(Setting.key == OPEN_KEY))
    if setting is None:
        setting = Setting(key=OPEN_KEY)
        session.add(setting)
    setting.value = str(session_uid)


def mark_closed(session: Session, session_uid: uuid.UUID) -> None:
    """Live mode was left normally: nothing to offer at the next start."""
    setting = session.scalar(select(Setting).where(Setting.key == OPEN_KEY))
    if setting is not None and setting.value == str(session_uid):
        session.delete(setting)


def open_live_session(session: Session) -> OpenLiveSession | None:
    """The session live mode was showing when the app stopped without leaving it; None when
    live mode was left normally, or the session is gone."""
    setting = session.scalar(select(Setting).where(Setting.key == OPEN_KEY))
    if setting is None:
        return None
    try:
        uid = uuid.UUID(str(setting.value))
    except ValueError:
        uid = None
    meeting = session.get(TrajectorySession, uid) if uid is not None else None
    if meeting is None:
        session.delete(setting)
        return None
    typed = drafts(session, meeting.uid)
    return OpenLiveSession(
        session_uid=str(meeting.uid),
        trajectory_uid=str(meeting.trajectory_uid),
        title=meeting.title,
        starts_at=meeting.starts_at,
        drafts=sum(1 for field in TYPED_LINES if typed.get(field, "").strip()),
    )
