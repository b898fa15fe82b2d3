"""Reading one session as plain data: agenda with derived times, registrations, notes, actions."""

import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.core.enums import RegistrationStatus, SessionStatus
from models.core.lookup import session_or_fail
from models.orm import (
    Action,
    ParticipantProject,
    Person,
    Registration,
    SessionNote,
    Trajectory,
    TrajectorySession,
)
from models.sessions.dto import (
    AgendaRow,
    Counts,
    NoteRow,
    ProjectChoice,
    RegistrationRow,
    SessionActionRow,
    SessionDetail,
)
from models.sessions.live_clock import block_times


def to_local(moment: datetime | None) -> datetime | None:
    """A stored UTC moment as naive local wall-clock time, the way the hall's clock shows it."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None)


def to_utc(local: datetime) -> datetime:
    """A naive local wall-clock moment (the live clock) as an aware UTC moment for storage."""
    if local.tzinfo is not None:
        return local.astimezone(UTC)
    return local.astimezone().astimezone(UTC)


get_session = session_or_fail  # the name the session services use


def has_consent(person: Person) -> bool:
    return any(c.withdrawn_on is None for c in person.consents)


def person_detail(person: Person) -> str:
    return person.organisation_text or person.municipality or ""


def counts_of(registrations: list[Registration]) -> Counts:
    """The attendance; a walk-in is someone present who never registered (a walk-in whose
    status was changed afterwards counts as on the list), so every sum adds up."""
    present = RegistrationStatus.PRESENT
    walk_ins = sum(1 for r in registrations if r.walk_in and r.status is present)
    on_list = [
        r
        for r in registrations
        if r.status is not RegistrationStatus.INVITED and not (r.walk_in and r.status is present)
    ]

    def count(status: RegistrationStatus, rows: list[Registration]) -> int:
        return sum(1 for r in rows if r.status is status)

    return Counts(
        invited=count(RegistrationStatus.INVITED, registrations),
        registered=len(on_list),
        present=count(present, registrations),
        absent=count(RegistrationStatus.ABSENT, on_list),
        excused=count(RegistrationStatus.EXCUSED, on_list),
        walk_ins=walk_ins,
        waiting=count(RegistrationStatus.REGISTERED, on_list),
    )


def _registration_rows(registrations: list[Registration]) -> tuple[RegistrationRow, ...]:
    ordered = sorted(
        registrations,
        key=lambda r: (r.person.last_name.casefold(), r.person.first_name.casefold()),
    )
    return tuple(
        RegistrationRow(
            uid=str(r.uid),
            person_uid=str(r.person_uid),
            name=r.person.full_name,
            organisation=person_detail(r.person),
            status=r.status,
            checked_in_at=to_local(r.checked_in_at),
            walk_in=r.walk_in,
            has_consent=has_consent(r.person),
        )
        for r in ordered
    )


def agenda_rows(meeting: TrajectorySession) -> tuple[AgendaRow, ...]:
    times = block_times(meeting.starts_at, [block.minutes for block in meeting.agenda])
    return tuple(
        AgendaRow(
            uid=str(block.uid),
            position=index,
            title=block.title,
            minutes=block.minutes,
            method=block.method,
            who=block.who,
            starts_at=begin,
            ends_at=end,
            started_at=to_local(block.started_at),
        )
        for index, (block, (begin, end)) in enumerate(zip(meeting.agenda, times, strict=True))
    )


def next_session_on(session: Session, meeting: TrajectorySession) -> date | None:
    """The day of the trajectory's next session after this one: a quick pick for due dates."""
    if meeting.starts_at is None:
        return None
    later = session.scalar(
        select(TrajectorySession.starts_at)
        .where(
            TrajectorySession.trajectory_uid == meeting.trajectory_uid,
            TrajectorySession.starts_at > meeting.starts_at,
            TrajectorySession.status != SessionStatus.CANCELLED,
            TrajectorySession.uid != meeting.uid,
        )
        .order_by(TrajectorySession.starts_at)
        .limit(1)
    )
    return later.date() if later else None


def _notes(session: Session, meeting: TrajectorySession) -> tuple[NoteRow, ...]:
    rows = session.execute(
        select(SessionNote, ParticipantProject.name)
        .outerjoin(ParticipantProject, ParticipantProject.uid == SessionNote.project_uid)
        .where(SessionNote.session_uid == meeting.uid)
        .order_by(SessionNote.created_at)
    )
    return tuple(
        NoteRow(
            uid=str(note.uid),
            kind=note.kind,
            text=note.text,
            agenda_block_uid=str(note.agenda_block_uid or ""),
            project_uid=str(note.project_uid or ""),
            project=project or "",
        )
        for note, project in rows
    )


def session_actions(session: Session, meeting_uid: uuid.UUID) -> tuple[SessionActionRow, ...]:
    rows = session.execute(
        select(Action, Person, ParticipantProject.name)
        .outerjoin(Person, Person.uid == Action.owner_person_uid)
        .outerjoin(ParticipantProject, ParticipantProject.uid == Action.project_uid)
        .where(Action.origin_session_uid == meeting_uid)
        .order_by(Action.created_at, Action.position)
    )
    return tuple(
        SessionActionRow(
            uid=str(action.uid),
            title=action.title,
            owner=owner.full_name if owner else action.owner_text,
            owner_person_uid=str(action.owner_person_uid or ""),
            due_on=action.due_on,
            project_uid=str(action.project_uid or ""),
            project=project or "",
            status=action.status,
        )
        for action, owner, project in rows
    )


def session_detail(session: Session, uid: uuid.UUID) -> SessionDetail:
    from models.trajectories.listing import programme_name

    meeting = get_session(session, uid)
    trajectory = session.get(Trajectory, meeting.trajectory_uid)
    assert trajectory is not None
    registrations = list(
        session.scalars(
            select(Registration)
            .where(Registration.session_uid == uid)
            .options(selectinload(Registration.person).selectinload(Person.consents))
        )
    )
    projects = session.scalars(
        select(ParticipantProject)
        .where(ParticipantProject.trajectory_uid == trajectory.uid)
        .order_by(ParticipantProject.name)
    )
    agenda = agenda_rows(meeting)
    total = sum(row.minutes for row in agenda) or (meeting.duration_minutes or 0)
    ends_at = meeting.starts_at + timedelta(minutes=total) if meeting.starts_at else None
    return SessionDetail(
        uid=str(meeting.uid),
        trajectory_uid=str(trajectory.uid),
        trajectory_name=trajectory.name,
        programme_name=programme_name(trajectory.programme_key),
        provider_name=provider_name(trajectory.programme_key),
        template_key=meeting.template_key or "",
        kind=meeting.kind,
        title=meeting.title,
        purpose=meeting.purpose,
        starts_at=meeting.starts_at,
        ends_at=ends_at,
        duration_minutes=total,
        location_name=meeting.location_name,
        address=meeting.address,
        facilitators=meeting.facilitators,
        status=meeting.status,
        agenda=agenda,
        registrations=_registration_rows(registrations),
        notes=_notes(session, meeting),
        actions=session_actions(session, uid),
        counts=counts_of(registrations),
        projects=tuple(ProjectChoice(str(p.uid), p.name) for p in projects),
        next_session_on=next_session_on(session, meeting),
    )


def provider_name(programme_key: str) -> str:
    from models.programmes import ProgrammeError, load_programmes

    try:
        programme = load_programmes().get(programme_key)
    except ProgrammeError:
        return ""
    return programme.provider.name if programme else ""
