"""Live mode's calls: check-in, walk-ins, notes, decisions and actions, closing .

One session per call; every write is its own transaction, so each check-in, each keystroke
of a note and each action is on disk when the call returns.
"""

import uuid
from datetime import date, datetime

from models.core.nouns import ACTION, AGENDA_ITEM, NOTE, PERSON, PROJECT, SESSION
from models.core.service_base import ServiceBase
from models.sessions import live, live_closing, live_day
from models.sessions import live_drafts as drafting
from models.sessions.dto import (
    DueChoice,
)
from models.sessions.live_search import Candidate
from models.trajectories.listing import parse_uid


def _optional_uid(text: str | None, what: str) -> uuid.UUID | None:
    return parse_uid(text, what) if text else None


class LiveService(ServiceBase):
    """Live mode in the hall: every keystroke that changes data is its own transaction."""

    def check_in_candidates(self, session_uid: str) -> list[Candidate]:
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory() as session:
            return live.check_in_candidates(session, uid)

    def check_in(self, session_uid: str, person_uid: str, at: datetime | None = None) -> bool:
        uid = parse_uid(session_uid, SESSION)
        person = parse_uid(person_uid, PERSON)
        with self.database.session_factory.begin() as session:
            return live.check_in(session, uid, person, at)

    def undo_check_in(self, session_uid: str, person_uid: str) -> None:
        uid = parse_uid(session_uid, SESSION)
        person = parse_uid(person_uid, PERSON)
        with self.database.session_factory.begin() as session:
            live.undo_check_in(session, uid, person)

    def walk_in(
        self,
        session_uid: str,
        name: str,
        contact: str,
        consent: bool,
        at: datetime | None = None,
        today: date | None = None,
        person_uid: str | None = None,
    ) -> str:
        """Checks in someone not on the list: a known person picked from the suggestions
        (`person_uid`), or the one with this e-mail, or a new person. Without consent only
        the name is kept."""
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory.begin() as session:
            person = live.walk_in(
                session,
                uid,
                name,
                contact,
                consent,
                person_uid=_optional_uid(person_uid, PERSON),
                at=at,
                today=today or self.clock.today(),
            )
            return str(person.uid)

    def start_block(self, session_uid: str, block_uid: str | None, at: datetime) -> None:
        uid = parse_uid(session_uid, SESSION)
        block = _optional_uid(block_uid, AGENDA_ITEM)
        with self.database.session_factory.begin() as session:
            live.start_block(session, uid, block, at)

    def save_block_note(self, session_uid: str, block_uid: str | None, text: str) -> None:
        uid = parse_uid(session_uid, SESSION)
        block = _optional_uid(block_uid, AGENDA_ITEM)
        with self.database.session_factory.begin() as session:
            live.save_block_note(session, uid, block, text)

    def add_decision(self, session_uid: str, text: str, block_uid: str | None = None) -> str:
        uid = parse_uid(session_uid, SESSION)
        block = _optional_uid(block_uid, AGENDA_ITEM)
        with self.database.session_factory.begin() as session:
            note = live.add_decision(session, uid, text, block)
            drafting.save_draft(session, uid, "decision", "")
            return str(note.uid)

    def update_note(self, note_uid: str, text: str) -> None:
        uid = parse_uid(note_uid, NOTE)
        with self.database.session_factory.begin() as session:
            live.update_note(session, uid, text)

    def remove_note(self, note_uid: str) -> None:
        uid = parse_uid(note_uid, NOTE)
        with self.database.session_factory.begin() as session:
            live.remove_note(session, uid)

    def save_live_draft(self, session_uid: str, field: str, text: str) -> None:
        """A live field as typed so far (see `live_drafts.DRAFT_FIELDS`), kept through a crash."""
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory.begin() as session:
            drafting.save_draft(session, uid, field, text)

    def live_drafts(self, session_uid: str) -> dict[str, str]:
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory() as session:
            return drafting.drafts(session, uid)

    def mark_live_open(self, session_uid: str) -> None:
        """Live mode shows this session: after a crash the app offers to go back to it."""
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory.begin() as session:
            drafting.mark_open(session, uid)

    def mark_live_closed(self, session_uid: str) -> None:
        """Live mode was left normally."""
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory.begin() as session:
            drafting.mark_closed(session, uid)

    def open_live_session(self) -> drafting.OpenLiveSession | None:
        """The session live mode showed when the app stopped without leaving it, if any."""
        with self.database.session_factory.begin() as session:
            return drafting.open_live_session(session)

    def session_day(self, session_uid: str, today: date | None = None) -> live_day.SessionDay:
        """The session's day beside today's: live mode asks first when it is not today."""
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory() as session:
            return live_day.session_day(session, uid, today or self.clock.today())

    def due_choices(self, session_uid: str, today: date | None = None) -> list[DueChoice]:
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory() as session:
            return live.due_choices(session, uid, today or self.clock.today())

    def add_session_action(
        self,
        session_uid: str,
        title: str,
        *,
        owner_person_uid: str | None = None,
        owner_text: str = "",
        due_on: date | None = None,
        project_uid: str | None = None,
    ) -> str:
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory.begin() as session:
            action = live.add_session_action(
                session,
                uid,
                title,
                owner_person_uid=_optional_uid(owner_person_uid, PERSON),
                owner_text=owner_text,
                due_on=due_on,
                project_uid=_optional_uid(project_uid, PROJECT),
            )
            return str(action)

    def change_session_action(self, action_uid: str, **changes: object) -> None:
        """Status, due date, owner or title of an action; each change goes into its history."""
        uid = parse_uid(action_uid, ACTION)
        with self.database.session_factory.begin() as session:
            live.change_session_action(session, uid, **changes)

    def close_session(self, session_uid: str, mark_absent: bool = True) -> int:
        """Recorded as held; with `mark_absent` the registered who did not come are absent."""
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory.begin() as session:
            return live_closing.close_session(session, uid, mark_absent=mark_absent)

    def session_closing_check(
        self, session_uid: str, today: date | None = None
    ) -> live_closing.ClosingCheck:
        """What closing would change (people marked absent, typed lines lost, another day)."""
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory() as session:
            return live_closing.closing_check(session, uid, today or self.clock.today())
