"""Live session mode: check-in, walk-ins, notes per block, decisions, actions, the agenda clock.

Every function is one small unit of work for one keystroke or one Enter; the service commits
each in its own transaction, so a crash loses at most the keystroke being typed.
"""

import uuid
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actions.editing import ActionInput, add_action, update_action
from models.core.enums import DuePick, NoteKind, RegistrationStatus
from models.core.errors import UserError
from models.orm import (
    AgendaBlock,
    Consent,
    ParticipantProject,
    Person,
    ProjectMember,
    Registration,
    SessionNote,
    TrajectoryContact,
    TrajectorySession,
)
from models.sessions import live_search
from models.sessions.dto import DueChoice
from models.sessions.editing import register, registration_of
from models.sessions.live_drafts import ACTION_DRAFTS, WALK_IN_DRAFTS, clear_drafts
from models.sessions.live_search import Candidate
from models.sessions.reading import get_session, person_detail, to_utc

NOTE_MAX = 20_000
NAME_MAX = 200
CONSENT_SOURCE = "aanwezigheidslijst"
CONSENT_PURPOSES = ["contact_traject", "uitnodigingen"]

_TIER = {
    RegistrationStatus.INVITED: live_search.EXPECTED,
    RegistrationStatus.REGISTERED: live_search.EXPECTED,
    RegistrationStatus.PRESENT: live_search.PRESENT,
    RegistrationStatus.EXCUSED: live_search.EXCUSED,
    RegistrationStatus.ABSENT: live_search.EXCUSED,
}


# ---------------------------------------------------------------- check-in


def check_in_candidates(session: Session, session_uid: uuid.UUID) -> list[Candidate]:
    """Everyone who could walk in, each with the tier that orders the search results."""
    meeting = get_session(session, session_uid)
    tiers: dict[uuid.UUID, int] = {}
    trajectory_sessions = select(TrajectorySession.uid).where(
        TrajectorySession.trajectory_uid == meeting.trajectory_uid
    )
    for person_uid in session.scalars(
        select(Registration.person_uid).where(Registration.session_uid.in_(trajectory_sessions))
    ):
        tiers[person_uid] = live_search.TRAJECTORY
    for person_uid in session.scalars(
        select(TrajectoryContact.person_uid).where(
            TrajectoryContact.trajectory_uid == meeting.trajectory_uid
        )
    ):
        tiers[person_uid] = live_search.TRAJECTORY
    for person_uid in session.scalars(
        select(ProjectMember.person_uid)
        .join(ParticipantProject, ParticipantProject.uid == ProjectMember.project_uid)
        .where(ParticipantProject.trajectory_uid == meeting.trajectory_uid)
    ):
        tiers[person_uid] = live_search.TRAJECTORY
    for person_uid, status in session.execute(
        select(Registration.person_uid, Registration.status).where(
            Registration.session_uid == session_uid
        )
    ):
        tiers[person_uid] = _TIER[status]
    people = session.scalars(select(Person).where(Person.erased_at.is_(None)))
    return [
        live_search.make_candidate(
            str(p.uid),
            p.first_name,
            p.last_name,
            person_detail(p),
            tiers.get(p.uid, live_search.ANYONE),
        )
        for p in people
    ]


def check_in(
    session: Session, session_uid: uuid.UUID, person_uid: uuid.UUID, at: datetime | None = None
) -> bool:
    """Marks the person present; False when they were already checked in (nothing changes)."""
    existing = registration_of(session, session_uid, person_uid)
    if existing is not None and existing.status is RegistrationStatus.PRESENT:
        return False
    registration = register(session, session_uid, person_uid, RegistrationStatus.PRESENT, at=at)
    if existing is None:
        registration.walk_in = True  # not on the list: came without registering
    return True


def undo_check_in(session: Session, session_uid: uuid.UUID, person_uid: uuid.UUID) -> None:
    """Back to registered (a walk-in who was checked in by mistake is removed from the list)."""
    registration = registration_of(session, session_uid, person_uid)
    if registration is None:
        return
    if registration.walk_in:
        session.delete(registration)
    else:
        registration.status = RegistrationStatus.REGISTERED
        registration.checked_in_at = None


def _split_name(name: str) -> tuple[str, str]:
    words = name.split()
    if not words:
        raise UserError("Type the name of the new participant.", field="name")
    if len(" ".join(words)) > NAME_MAX:
        raise UserError(
            "This name is too long (at most {limit} characters).", limit=NAME_MAX, field="name"
        )
    return words[0], " ".join(words[1:])


def _contact(text: str) -> tuple[str | None, str | None]:
    """(email, phone) from what was typed in the one contact field."""
    cleaned = text.strip()
    if not cleaned:
        return None, None
    if "@" in cleaned:
        local, _, domain = cleaned.partition("@")
        if not local or "." not in domain or " " in cleaned or len(cleaned) > 254:
            raise UserError(
                "'{email}' is not a valid e-mail address. Type e.g. naam@voorbeeld.be.",
                email=cleaned,
                field="contact",
            )
        return cleaned.lower(), None
    return None, normalise_phone(cleaned)


def normalise_phone(text: str) -> str:
    """A Belgian or international number in international format; a UserError otherwise."""
    import phonenumbers

    digits = "".join(c for c in text if c.isdigit())
    if len(digits) == 9 and digits[0] in "456789" and not text.strip().startswith(("0", "+")):
        text = "0" + digits  # a spreadsheet or a hurried hand dropped the leading zero
    try:
        number = phonenumbers.parse(text, "BE")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise UserError(
            "'{text}' is not a valid phone number or e-mail address. "
            "Type e.g. 0470 12 34 56 or naam@voorbeeld.be.",
            text=text.strip(),
            field="contact",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _known_by_email(session: Session, email: str | None) -> Person | None:
    if email is None:
        return None
    return session.scalar(
        select(Person).where(Person.email == email, Person.erased_at.is_(None)).limit(1)
    )


def _contact_if_valid(text: str) -> tuple[str | None, str | None]:
    """The contact when it reads as one, else nothing (used to find, never stored)."""
    try:
        return _contact(text)
    except UserError:
        return None, None


def walk_in(
    session: Session,
    session_uid: uuid.UUID,
    name: str,
    contact: str,
    consent: bool,
    *,
    person_uid: uuid.UUID | None = None,
    at: datetime | None = None,
    today: date,
) -> Person:
    """A person who was not on the list, checked in at once.

    `person_uid`: the coach picked a known person from the suggestions; otherwise someone
    with the same e-mail is that person, and else a new person is made. Consent means what
    the box says: without it only the name is kept (for the attendance), the e-mail and the
    phone are not stored; with it they are stored where nothing is known yet (a known
    e-mail or phone is never overwritten) and the consent is recorded.
    """
    get_session(session, session_uid)
    if consent:
        email, phone = _contact(contact)
    else:
        email, phone = _contact_if_valid(contact)
    if person_uid is not None:
        person = session.get(Person, person_uid)
        if person is None or person.erased_at is not None:
            raise UserError("This person no longer exists. Search again.", field="name")
    else:
        first, last = _split_name(name)
        person = _known_by_email(session, email)
        if person is None:
            person = Person(first_name=first, last_name=last)
            session.add(person)
            session.flush()
    if consent:
        if email and not person.email:
            person.email = email
        if phone and not person.phone:
            person.phone = phone
        person.consents.append(
            Consent(given_on=today, source=CONSENT_SOURCE, purposes=list(CONSENT_PURPOSES))
        )
    existing = registration_of(session, session_uid, person.uid)
    registration = register(session, session_uid, person.uid, RegistrationStatus.PRESENT, at=at)
    if existing is None:
        registration.walk_in = True
    clear_drafts(session, session_uid, WALK_IN_DRAFTS)
    return person


# ---------------------------------------------------------------- agenda clock


def start_block(
    session: Session, session_uid: uuid.UUID, block_uid: uuid.UUID | None, at: datetime
) -> None:
    """The coach moves on: this block starts now, later blocks are not started yet.

    None returns to the planned times (nothing started).
    """
    meeting = get_session(session, session_uid)
    index = None
    for position, block in enumerate(meeting.agenda):
        if block_uid is not None and block.uid == block_uid:
            index = position
    if block_uid is not None and index is None:
        raise UserError("This agenda item does not belong to this session.", field="agenda")
    for position, block in enumerate(meeting.agenda):
        if index is None or position > index:
            block.started_at = None
        elif position == index:
            block.started_at = to_utc(at)


# ---------------------------------------------------------------- notes and decisions


def _check_block(session: Session, session_uid: uuid.UUID, block_uid: uuid.UUID | None) -> None:
    if block_uid is None:
        return
    block = session.get(AgendaBlock, block_uid)
    if block is None or block.session_uid != session_uid:
        raise UserError("This agenda item does not belong to this session.", field="agenda")


def _check_text(text: str) -> str:
    if len(text) > NOTE_MAX:
        raise UserError("A note is at most {limit} characters long.", limit=NOTE_MAX, field="note")
    return text


def save_block_note(
    session: Session, session_uid: uuid.UUID, block_uid: uuid.UUID | None, text: str
) -> None:
    """The running note of one agenda block (or of the session), replaced as it is typed."""
    get_session(session, session_uid)
    _check_block(session, session_uid, block_uid)
    text = _check_text(text)
    note = session.scalar(
        select(SessionNote)
        .where(
            SessionNote.session_uid == session_uid,
            SessionNote.kind == NoteKind.NOTE,
            SessionNote.project_uid.is_(None),
            SessionNote.agenda_block_uid.is_(None)
            if block_uid is None
            else SessionNote.agenda_block_uid == block_uid,
        )
        .order_by(SessionNote.created_at)
        .limit(1)
    )
    if note is None:
        if not text.strip():
            return
        note = SessionNote(session_uid=session_uid, agenda_block_uid=block_uid, kind=NoteKind.NOTE)
        session.add(note)
    note.text = text


def add_decision(
    session: Session, session_uid: uuid.UUID, text: str, block_uid: uuid.UUID | None = None
) -> SessionNote:
    cleaned = _check_text(text.strip())
    if not cleaned:
        raise UserError("Type the decision.", field="decision")
    get_session(session, session_uid)
    _check_block(session, session_uid, block_uid)
    note = SessionNote(
        session_uid=session_uid, agenda_block_uid=block_uid, kind=NoteKind.DECISION, text=cleaned
    )
    session.add(note)
    session.flush()
    return note


def update_note(session: Session, note_uid: uuid.UUID, text: str) -> None:
    note = session.get(SessionNote, note_uid)
    if note is None:
        raise UserError("This note no longer exists.", field="note")
    note.text = _check_text(text)


def remove_note(session: Session, note_uid: uuid.UUID) -> None:
    note = session.get(SessionNote, note_uid)
    if note is not None:
        session.delete(note)


# ---------------------------------------------------------------- actions


def due_choices(session: Session, session_uid: uuid.UUID, today: date) -> list[DueChoice]:
    """Quick picks for a due date: next week and, when there is one, the next session."""
    from models.sessions.reading import next_session_on

    meeting = get_session(session, session_uid)
    choices = [DueChoice(DuePick.NEXT_WEEK, today + timedelta(days=7))]
    upcoming = next_session_on(session, meeting)
    if upcoming is not None and upcoming > today:
        choices.append(DueChoice(DuePick.NEXT_SESSION, upcoming))
    return choices


def add_session_action(
    session: Session,
    session_uid: uuid.UUID,
    title: str,
    *,
    owner_person_uid: uuid.UUID | None = None,
    owner_text: str = "",
    due_on: date | None = None,
    project_uid: uuid.UUID | None = None,
    by: str = "",
) -> uuid.UUID:
    """An action said aloud in the session, through the actions service (history included)."""
    meeting = get_session(session, session_uid)
    action = add_action(
        session,
        meeting.trajectory_uid,
        ActionInput(
            title=title,
            owner_person_uid=owner_person_uid,
            owner_text=owner_text,
            due_on=due_on,
            project_uid=project_uid,
            origin_session_uid=meeting.uid,
            phase_uid=meeting.phase_uid,
        ),
        by=by,
    )
    clear_drafts(session, session_uid, ACTION_DRAFTS)
    return action.uid


def change_session_action(session: Session, action_uid: uuid.UUID, **changes: object) -> None:
    update_action(session, action_uid, **changes)  # type: ignore[arg-type]
