"""The session editor's calls: sessions, agenda, registrations, and the two PDFs' data.

One session per call; every write is its own transaction, so each check-in, each keystroke
of a note and each action is on disk when the call returns.
"""

import uuid
from datetime import datetime

from models.core.enums import RegistrationStatus
from models.core.nouns import AGENDA_ITEM, PERSON, REGISTRATION, SESSION, TRAJECTORY
from models.core.service_base import ServiceBase
from models.sessions import editing as sessions
from models.sessions.documents import session_report, sign_in_sheet
from models.sessions.dto import (
    SessionDetail,
    SessionReport,
    SignInSheet,
    TemplateChoice,
)
from models.sessions.reading import session_detail
from models.trajectories.listing import parse_uid, session_rows
from models.trajectories.rows import SessionRow


def _optional_uid(text: str | None, what: str) -> uuid.UUID | None:
    return parse_uid(text, what) if text else None


class SessionsService(ServiceBase):
    """Needs `self.database`; returns plain data only."""

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
        uid = parse_uid(block_uid, AGENDA_ITEM)
        with self.database.session_factory.begin() as session:
            sessions.update_agenda_block(session, uid, **changes)

    def remove_agenda_block(self, block_uid: str) -> None:
        uid = parse_uid(block_uid, AGENDA_ITEM)
        with self.database.session_factory.begin() as session:
            sessions.remove_agenda_block(session, uid)

    def move_agenda_block(self, block_uid: str, new_index: int) -> None:
        uid = parse_uid(block_uid, AGENDA_ITEM)
        with self.database.session_factory.begin() as session:
            sessions.move_agenda_block(session, uid, new_index)

    def register_person(
        self, session_uid: str, person_uid: str, status: str = RegistrationStatus.REGISTERED
    ) -> None:
        uid = parse_uid(session_uid, SESSION)
        person = parse_uid(person_uid, PERSON)
        with self.database.session_factory.begin() as session:
            sessions.register(session, uid, person, status)

    def set_registration_status(
        self, registration_uid: str, status: str, at: datetime | None = None
    ) -> None:
        uid = parse_uid(registration_uid, REGISTRATION)
        with self.database.session_factory.begin() as session:
            sessions.set_registration_status(session, uid, status, at=at)

    def remove_registration(self, registration_uid: str) -> None:
        uid = parse_uid(registration_uid, REGISTRATION)
        with self.database.session_factory.begin() as session:
            sessions.remove_registration(session, uid)

    # ------------------------------------------------------------ live mode

    # ------------------------------------------------------------ documents

    def sign_in_sheet(self, session_uid: str) -> SignInSheet:
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory() as session:
            return sign_in_sheet(session, uid)

    def session_report(self, session_uid: str) -> SessionReport:
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory() as session:
            return session_report(session, uid)

    def all_sessions(self) -> list[SessionRow]:
        """Every session of every trajectory (`trajectwijzer list sessions`)."""
        with self.database.session_factory() as session:
            return session_rows(session)
