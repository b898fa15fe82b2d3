"""The store's session calls: editor, live mode, PDFs (mixed into Store).

One session per call; every write is its own transaction, so each check-in, each keystroke
of a note and each action is on disk when the call returns.
"""

import uuid
from datetime import date, datetime

from models.core.clock import Clock
from models.sessions import editing as sessions
from models.sessions import live, live_closing
from models.sessions.documents import session_report, sign_in_sheet
from models.sessions.dto import (
    DueChoice,
    SessionDetail,
    SessionReport,
    SignInSheet,
    TemplateChoice,
)
from models.sessions.live_search import Candidate
from models.sessions.reading import session_detail
from models.storage.lifecycle import Database
from models.trajectories.listing import parse_uid, session_rows
from models.trajectories.rows import SessionRow

SESSION = "een bijeenkomst"
TRAJECTORY = "een traject"


def _optional_uid(text: str | None, what: str) -> uuid.UUID | None:
    return parse_uid(text, what) if text else None


class SessionsStoreMixin:
    """Needs `self.database`; returns plain data only."""

    database: Database
    clock: "Clock"

    # ------------------------------------------------------------ editor

    def trajectory_sessions(self, trajectory_uid: str) -> list[SessionRow]:
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory() as session:
            return session_rows(session, uid)

    def session_templates(self, trajectory_uid: str) -> list[TemplateChoice]:
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory() as session:
            return sessions.template_choices(session, uid)

    def session_detail(self, session_uid: str) -> SessionDetail:
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory() as session:
            return session_detail(session, uid)

    def create_session(
        self,
        trajectory_uid: str,
        template_key: str | None,
        starts_at: datetime | None = None,
        *,
        title: str = "",
        kind: str = "werksessie",
    ) -> str:
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory.begin() as session:
            meeting = sessions.create_session(
                session,
                uid,
                template_key,
                starts_at,
                title=title,
                kind=kind,
                today=self.clock.today(),
            )
            return str(meeting.uid)

    def update_session(self, session_uid: str, **changes: object) -> SessionDetail:
        """Changes the given fields (title, kind, purpose, starts_at, location_name, ...)."""
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory.begin() as session:
            sessions.update_session(session, uid, **changes)
            session.flush()
            return session_detail(session, uid)

    def delete_session(self, session_uid: str) -> None:
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory.begin() as session:
            sessions.delete_session(session, uid)

    def add_agenda_block(
        self,
        session_uid: str,
        title: str,
        minutes: object = 15,
        *,
        method: str = "",
        who: str = "",
        position: int | None = None,
    ) -> str:
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory.begin() as session:
            block = sessions.add_agenda_block(
                session, uid, title, minutes, method=method, who=who, position=position
            )
            return str(block.uid)

    def update_agenda_block(self, block_uid: str, **changes: object) -> None:
        uid = parse_uid(block_uid, "een agendapunt")
        with self.database.session_factory.begin() as session:
            sessions.update_agenda_block(session, uid, **changes)

    def remove_agenda_block(self, block_uid: str) -> None:
        uid = parse_uid(block_uid, "een agendapunt")
        with self.database.session_factory.begin() as session:
            sessions.remove_agenda_block(session, uid)

    def move_agenda_block(self, block_uid: str, new_index: int) -> None:
        uid = parse_uid(block_uid, "een agendapunt")
        with self.database.session_factory.begin() as session:
            sessions.move_agenda_block(session, uid, new_index)

    def register_person(
        self, session_uid: str, person_uid: str, status: str = "registered"
    ) -> None:
        uid = parse_uid(session_uid, SESSION)
        person = parse_uid(person_uid, "een persoon")
        with self.database.session_factory.begin() as session:
            sessions.register(session, uid, person, status)

    def set_registration_status(
        self, registration_uid: str, status: str, at: datetime | None = None
    ) -> None:
        uid = parse_uid(registration_uid, "een inschrijving")
        with self.database.session_factory.begin() as session:
            sessions.set_registration_status(session, uid, status, at=at)

    def remove_registration(self, registration_uid: str) -> None:
        uid = parse_uid(registration_uid, "een inschrijving")
        with self.database.session_factory.begin() as session:
            sessions.remove_registration(session, uid)

    # ------------------------------------------------------------ live mode

    def check_in_candidates(self, session_uid: str) -> list[Candidate]:
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory() as session:
            return live.check_in_candidates(session, uid)

    def check_in(self, session_uid: str, person_uid: str, at: datetime | None = None) -> bool:
        uid = parse_uid(session_uid, SESSION)
        person = parse_uid(person_uid, "een persoon")
        with self.database.session_factory.begin() as session:
            return live.check_in(session, uid, person, at)

    def undo_check_in(self, session_uid: str, person_uid: str) -> None:
        uid = parse_uid(session_uid, SESSION)
        person = parse_uid(person_uid, "een persoon")
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
    ) -> str:
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory.begin() as session:
            person = live.walk_in(
                session, uid, name, contact, consent, at=at, today=today or self.clock.today()
            )
            return str(person.uid)

    def start_block(self, session_uid: str, block_uid: str | None, at: datetime) -> None:
        uid = parse_uid(session_uid, SESSION)
        block = _optional_uid(block_uid, "een agendapunt")
        with self.database.session_factory.begin() as session:
            live.start_block(session, uid, block, at)

    def save_block_note(self, session_uid: str, block_uid: str | None, text: str) -> None:
        uid = parse_uid(session_uid, SESSION)
        block = _optional_uid(block_uid, "een agendapunt")
        with self.database.session_factory.begin() as session:
            live.save_block_note(session, uid, block, text)

    def add_decision(self, session_uid: str, text: str, block_uid: str | None = None) -> str:
        uid = parse_uid(session_uid, SESSION)
        block = _optional_uid(block_uid, "een agendapunt")
        with self.database.session_factory.begin() as session:
            note = live.add_decision(session, uid, text, block)
            live.save_draft(session, uid, "decision", "")
            return str(note.uid)

    def update_note(self, note_uid: str, text: str) -> None:
        uid = parse_uid(note_uid, "een notitie")
        with self.database.session_factory.begin() as session:
            live.update_note(session, uid, text)

    def remove_note(self, note_uid: str) -> None:
        uid = parse_uid(note_uid, "een notitie")
        with self.database.session_factory.begin() as session:
            live.remove_note(session, uid)

    def save_live_draft(self, session_uid: str, field: str, text: str) -> None:
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory.begin() as session:
            live.save_draft(session, uid, field, text)

    def live_drafts(self, session_uid: str) -> dict[str, str]:
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory() as session:
            return live.drafts(session, uid)

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
                owner_person_uid=_optional_uid(owner_person_uid, "een persoon"),
                owner_text=owner_text,
                due_on=due_on,
                project_uid=_optional_uid(project_uid, "een project"),
            )
            return str(action)

    def change_session_action(self, action_uid: str, **changes: object) -> None:
        """Status, due date, owner or title of an action; each change goes into its history."""
        uid = parse_uid(action_uid, "een actie")
        with self.database.session_factory.begin() as session:
            live.change_session_action(session, uid, **changes)

    def close_session(self, session_uid: str) -> int:
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory.begin() as session:
            return live_closing.close_session(session, uid)

    def session_closing_check(self, session_uid: str) -> live_closing.ClosingCheck:
        """What closing would change (people marked absent, typed lines lost), to confirm."""
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory() as session:
            return live_closing.closing_check(session, uid)

    # ------------------------------------------------------------ documents

    def sign_in_sheet(self, session_uid: str) -> SignInSheet:
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory() as session:
            return sign_in_sheet(session, uid)

    def session_report(self, session_uid: str) -> SessionReport:
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory() as session:
            return session_report(session, uid)
