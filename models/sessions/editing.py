"""The session editor: sessions from the programme's templates, details, agenda, registrations.

Functions take the caller's SQLAlchemy session and never commit: the service opens one
transaction per user action. Bad input raises a UserError and changes nothing.
"""

import uuid
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.core.clock import utcnow
from models.core.enums import RegistrationStatus, SessionKind, SessionStatus
from models.core.errors import DomainText, UserError, domain_text
from models.core.lookup import trajectory_or_fail
from models.orm import AgendaBlock, Person, Phase, Registration, Trajectory, TrajectorySession
from models.sessions.dto import TemplateChoice
from models.sessions.reading import get_session, to_utc

_UNSET: object = object()
TITLE_MAX = 200
MAX_BLOCK_MINUTES = 600
SHORT_TEXT_MAX = 200
ADDRESS_MAX = 300
# What a field is called in a message: inside a sentence, and at its start.
type Noun = tuple[DomainText, DomainText]
TITLE: Noun = (domain_text("the title"), domain_text("The title"))
ROOM: Noun = (domain_text("the room"), domain_text("The room"))
ADDRESS: Noun = (domain_text("the address"), domain_text("The address"))
FACILITATORS: Noun = (domain_text("the facilitators"), domain_text("The facilitators"))
BLOCK_TITLE: Noun = (
    domain_text("the title of the agenda item"),
    domain_text("The title of the agenda item"),
)
METHOD: Noun = (domain_text("the working method"), domain_text("The working method"))
WHO: Noun = (domain_text("who"), domain_text("Who"))


def _programme(trajectory: Trajectory) -> object | None:
    from models.programmes import ProgrammeError, load_programmes

    try:
        return load_programmes().get(trajectory.programme_key)
    except ProgrammeError:
        return None


def template_choices(session: Session, trajectory_uid: uuid.UUID) -> list[TemplateChoice]:
    """The sessions the trajectory's programme foresees, in programme order."""
    programme = _programme(trajectory_or_fail(session, trajectory_uid))
    templates = getattr(programme, "session_templates", ())
    return [
        TemplateChoice(t.key, t.title, t.kind, t.purpose, t.duration_minutes) for t in templates
    ]


def _clean(text: str, limit: int, what: Noun, field: str, *, required: bool = False) -> str:
    cleaned = " ".join(str(text).split())
    if required and not cleaned:
        raise UserError("Fill in {what}.", what=what[0], field=field)
    if len(cleaned) > limit:
        raise UserError(
            "{what} is at most {limit} characters long.", what=what[1], limit=limit, field=field
        )
    return cleaned


def _copy_location(session: Session, meeting: TrajectorySession) -> None:
    """A new session starts at the zaal the trajectory used last, with the same facilitators."""
    previous = session.scalar(
        select(TrajectorySession)
        .where(
            TrajectorySession.trajectory_uid == meeting.trajectory_uid,
            TrajectorySession.location_name != "",
            TrajectorySession.uid != meeting.uid,
        )
        .order_by(TrajectorySession.starts_at.desc().nulls_last())
        .limit(1)
    )
    if previous is not None:
        meeting.location_name = meeting.location_name or previous.location_name
        meeting.address = meeting.address or previous.address
        meeting.facilitators = meeting.facilitators or previous.facilitators


def create_session(
    session: Session,
    trajectory_uid: uuid.UUID,
    template_key: str | None,
    starts_at: datetime | None = None,
    *,
    title: str = "",
    kind: str = SessionKind.WORK_SESSION,
    today: date,
) -> TrajectorySession:
    """A session from one of the programme's templates (agenda, purpose, duration), or empty."""
    from models.planning.laying_out import add_session_from_template

    trajectory = trajectory_or_fail(session, trajectory_uid)
    programme = _programme(trajectory)
    if template_key:
        keys = {t.key for t in getattr(programme, "session_templates", ())}
        if template_key not in keys:
            raise UserError(
                "The programme of this trajectory has no session '{key}'.",
                key=template_key,
                field="template",
            )
        phases = {
            phase.key: phase
            for phase in session.scalars(
                select(Phase).where(Phase.trajectory_uid == trajectory.uid)
            )
        }
        start = trajectory.start_date or today
        meeting = add_session_from_template(
            session,
            trajectory,
            programme,  # type: ignore[arg-type]
            template_key,
            phases,
            start,
        )
        if title.strip():
            meeting.title = _clean(title, TITLE_MAX, TITLE, "title")
    else:
        meeting = TrajectorySession(
            trajectory_uid=trajectory.uid,
            kind=_kind(kind),
            title=_clean(title, TITLE_MAX, TITLE, "title", required=True),
            duration_minutes=0,
        )
        session.add(meeting)
    if starts_at is not None:
        meeting.starts_at = starts_at.replace(second=0, microsecond=0, tzinfo=None)
    session.flush()
    _copy_location(session, meeting)
    return meeting


def _kind(value: str) -> SessionKind:
    try:
        return SessionKind(value)
    except ValueError:
        raise UserError("'{value}' is not a kind of session.", value=value, field="kind") from None


def update_session(
    session: Session,
    uid: uuid.UUID,
    *,
    title: object = _UNSET,
    kind: object = _UNSET,
    purpose: object = _UNSET,
    starts_at: object = _UNSET,
    location_name: object = _UNSET,
    address: object = _UNSET,
    facilitators: object = _UNSET,
    status: object = _UNSET,
) -> TrajectorySession:
    """Changes the given fields only."""
    meeting = get_session(session, uid)
    if title is not _UNSET:
        meeting.title = _clean(str(title), TITLE_MAX, TITLE, "title", required=True)
    if kind is not _UNSET:
        meeting.kind = _kind(str(kind))
    if purpose is not _UNSET:
        meeting.purpose = str(purpose).strip()
    if starts_at is not _UNSET:
        if starts_at is not None and not isinstance(starts_at, datetime):
            raise UserError("Give the date and the hour, e.g. 23/11/2026 19:30.", field="starts_at")
        meeting.starts_at = (
            starts_at.replace(second=0, microsecond=0, tzinfo=None) if starts_at else None
        )
    if location_name is not _UNSET:
        meeting.location_name = _clean(str(location_name), SHORT_TEXT_MAX, ROOM, "location")
    if address is not _UNSET:
        meeting.address = _clean(str(address), ADDRESS_MAX, ADDRESS, "address")
    if facilitators is not _UNSET:
        meeting.facilitators = _clean(str(facilitators), ADDRESS_MAX, FACILITATORS, "facilitators")
    if status is not _UNSET:
        try:
            meeting.status = SessionStatus(str(status))
        except ValueError:
            raise UserError("'{status}' is not a status of a session.", status=status) from None
    return meeting


def delete_session(session: Session, uid: uuid.UUID) -> None:
    """Removes a session with its agenda, registrations and notes; its actions stay."""
    session.delete(get_session(session, uid))


# ---------------------------------------------------------------- agenda


def _minutes(value: object) -> int:
    try:
        minutes = int(str(value).strip())
    except ValueError:
        raise UserError(
            "'{value}' is not a number of minutes. Type a number, e.g. 20.",
            value=value,
            field="minutes",
        ) from None
    if not 1 <= minutes <= MAX_BLOCK_MINUTES:
        raise UserError(
            "An agenda item lasts 1 to {most} minutes, not {minutes}.",
            most=MAX_BLOCK_MINUTES,
            minutes=minutes,
            field="minutes",
        )
    return minutes


def _block(session: Session, uid: uuid.UUID) -> AgendaBlock:
    block = session.get(AgendaBlock, uid)
    if block is None:
        raise UserError("This agenda item no longer exists.", field="agenda")
    return block


def _renumber(meeting: TrajectorySession) -> None:
    for position, block in enumerate(meeting.agenda):
        block.position = position
    meeting.duration_minutes = sum(block.minutes for block in meeting.agenda)


def add_agenda_block(
    session: Session,
    session_uid: uuid.UUID,
    title: str,
    minutes: object = 15,
    *,
    method: str = "",
    who: str = "",
    position: int | None = None,
) -> AgendaBlock:
    """A block at position (default: at the end); later blocks move down."""
    meeting = get_session(session, session_uid)
    block = AgendaBlock(
        title=_clean(title, TITLE_MAX, BLOCK_TITLE, "title", required=True),
        minutes=_minutes(minutes),
        method=_clean(method, SHORT_TEXT_MAX, METHOD, "method"),
        who=_clean(who, SHORT_TEXT_MAX, WHO, "who"),
    )
    index = len(meeting.agenda) if position is None else max(0, min(position, len(meeting.agenda)))
    meeting.agenda.insert(index, block)
    _renumber(meeting)
    session.flush()
    return block


def update_agenda_block(
    session: Session,
    block_uid: uuid.UUID,
    *,
    title: object = _UNSET,
    minutes: object = _UNSET,
    method: object = _UNSET,
    who: object = _UNSET,
) -> AgendaBlock:
    block = _block(session, block_uid)
    if title is not _UNSET:
        block.title = _clean(str(title), TITLE_MAX, BLOCK_TITLE, "title", required=True)
    if minutes is not _UNSET:
        block.minutes = _minutes(minutes)
    if method is not _UNSET:
        block.method = _clean(str(method), SHORT_TEXT_MAX, METHOD, "method")
    if who is not _UNSET:
        block.who = _clean(str(who), SHORT_TEXT_MAX, WHO, "who")
    _renumber(block.session)
    return block


def remove_agenda_block(session: Session, block_uid: uuid.UUID) -> None:
    block = _block(session, block_uid)
    meeting = block.session
    meeting.agenda.remove(block)
    _renumber(meeting)


def move_agenda_block(session: Session, block_uid: uuid.UUID, new_index: int) -> None:
    """Moves a block to new_index (clamped); the start times of every block follow."""
    block = _block(session, block_uid)
    meeting = block.session
    agenda = list(meeting.agenda)
    agenda.remove(block)
    agenda.insert(max(0, min(new_index, len(agenda))), block)
    for position, item in enumerate(agenda):
        item.position = position
    meeting.agenda.sort(key=lambda item: item.position)


# ---------------------------------------------------------------- registrations


def _person(session: Session, uid: uuid.UUID) -> Person:
    person = session.get(Person, uid)
    if person is None or person.erased_at is not None:
        raise UserError("This person no longer exists; choose another.", field="person")
    return person


def _status(value: object) -> RegistrationStatus:
    try:
        return RegistrationStatus(str(value))
    except ValueError:
        raise UserError(
            "'{value}' is not a status of a registration.", value=value, field="status"
        ) from None


def registration_of(
    session: Session, session_uid: uuid.UUID, person_uid: uuid.UUID
) -> Registration | None:
    return session.scalar(
        select(Registration).where(
            Registration.session_uid == session_uid, Registration.person_uid == person_uid
        )
    )


def register(
    session: Session,
    session_uid: uuid.UUID,
    person_uid: uuid.UUID,
    status: object = RegistrationStatus.REGISTERED,
    *,
    at: datetime | None = None,
) -> Registration:
    """Registers a person (or changes the status of their registration)."""
    get_session(session, session_uid)
    _person(session, person_uid)
    registration = registration_of(session, session_uid, person_uid)
    if registration is None:
        registration = Registration(session_uid=session_uid, person_uid=person_uid)
        session.add(registration)
    _apply_status(registration, _status(status), at)
    session.flush()
    return registration


def _apply_status(
    registration: Registration, status: RegistrationStatus, at: datetime | None
) -> None:
    registration.status = status
    if status is RegistrationStatus.PRESENT:
        if registration.checked_in_at is None:
            registration.checked_in_at = to_utc(at) if at else utcnow()
    else:
        registration.checked_in_at = None


def set_registration_status(
    session: Session, registration_uid: uuid.UUID, status: object, *, at: datetime | None = None
) -> Registration:
    registration = session.get(Registration, registration_uid)
    if registration is None:
        raise UserError("This registration no longer exists.", field="registration")
    _apply_status(registration, _status(status), at)
    return registration


def remove_registration(session: Session, registration_uid: uuid.UUID) -> None:
    registration = session.get(Registration, registration_uid)
    if registration is not None:
        session.delete(registration)


def trajectory_session_count(session: Session, trajectory_uid: uuid.UUID) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(TrajectorySession)
            .where(TrajectorySession.trajectory_uid == trajectory_uid)
        )
        or 0
    )
