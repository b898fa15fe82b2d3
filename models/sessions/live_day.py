"""Whether a session is held today: live mode asks before opening or closing one that is not."""

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from models.sessions.reading import get_session


@dataclass(frozen=True)
class SessionDay:
    """The session's day beside today's, for the question "this session is not today"."""

    title: str
    day: date | None  # None: the session has no date yet
    today: date

    @property
    def is_today(self) -> bool:
        return self.day == self.today

    @property
    def days_away(self) -> int:
        """Days from today to the session (negative: it was earlier; 0 without a date)."""
        return (self.day - self.today).days if self.day is not None else 0


def session_day(session: Session, session_uid: uuid.UUID, today: date) -> SessionDay:
    meeting = get_session(session, session_uid)
    day = meeting.starts_at.date() if meeting.starts_at is not None else None
    return SessionDay(meeting.title, day, today)
