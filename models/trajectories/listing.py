"""Lists of trajectories, sessions, people and projects for the views and the command line."""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple, Protocol

from sqlalchemy import and_, case, func, not_, select
from sqlalchemy.orm import Session, selectinload

from models.core.enums import QuoteStatus, RegistrationStatus, WorkStatus
from models.core.errors import UserError
from models.orm import (
    Action,
    Organisation,
    ParticipantProject,
    Person,
    Phase,
    ProjectMember,
    Quote,
    Registration,
    Trajectory,
    TrajectoryClient,
    TrajectorySession,
)
from models.trajectories.rows import (
    AcceptedQuote,
    ActionRow,
    PersonRow,
    ProjectRow,
    SessionRow,
    TrajectoryRow,
)


def programme_name(key: str) -> str:
    from models.programmes import ProgrammeError, load_programmes

    try:
        programme = load_programmes().get(key)
    except ProgrammeError:
        programme = None
    return programme.name if programme else key


def parse_uid(text: str, what: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except (ValueError, AttributeError):
        raise UserError(
            "'{text}' is not a valid code for {what}. Use 'trajectwijzer list' to see the "
            "codes (uid).",
            text=text,
            what=what,
        ) from None


class _PhaseDates(Protocol):
    """What the current phase is judged by: a Phase, or the same columns of a row."""

    label: str
    name: str
    status: WorkStatus
    planned_start: date | None
    planned_end: date | None


class _Accepted(Protocol):
    """An accepted quote version as its text needs it: a Quote, or an _AcceptedRow."""

    @property
    def number(self) -> str: ...
    @property
    def version(self) -> int: ...
    @property
    def accepted_on(self) -> date | None: ...


class _AcceptedRow(NamedTuple):
    number: str
    version: int
    accepted_on: date | None


def _current_phase(phases: Sequence[_PhaseDates], today: date) -> str:
    for phase in phases:
        if phase.status is WorkStatus.IN_PROGRESS:
            return f"{phase.label} {phase.name}".strip()
    for phase in phases:
        if (
            phase.planned_start
            and phase.planned_end
            and (phase.planned_start <= today <= phase.planned_end)
        ):
            return f"{phase.label} {phase.name}".strip()
    return ""


def list_trajectories(session: Session, today: date) -> list[TrajectoryRow]:
    """Every trajectory as the list shows it, in four queries of plain columns (an office
    holds a thousand trajectories: no ORM objects for the list)."""
    clients: dict[uuid.UUID, list[str]] = defaultdict(list)
    for trajectory_uid, name in session.execute(
        select(TrajectoryClient.trajectory_uid, Organisation.name)
        .join(Organisation, Organisation.uid == TrajectoryClient.organisation_uid)
        .order_by(TrajectoryClient.position)
    ):
        clients[trajectory_uid].append(name)
    phases: dict[uuid.UUID, list[_PhaseDates]] = defaultdict(list)
    for phase in session.execute(
        select(
            Phase.trajectory_uid,
            Phase.label,
            Phase.name,
            Phase.status,
            Phase.planned_start,
            Phase.planned_end,
        ).order_by(Phase.position)
    ):
        phases[phase.trajectory_uid].append(phase)
    accepted = {
        row.trajectory_uid: _AcceptedRow(
            f"{row.year}-{row.sequence:03d}", row.version, row.accepted_on
        )
        for row in session.execute(
            select(
                Quote.trajectory_uid, Quote.year, Quote.sequence, Quote.version, Quote.accepted_on
            ).where(Quote.status == QuoteStatus.ACCEPTED)
        )
    }
    trajectories = session.execute(
        select(
            Trajectory.uid,
            Trajectory.name,
            Trajectory.programme_key,
            Trajectory.status,
            Trajectory.start_date,
        ).order_by(Trajectory.start_date.desc().nulls_last(), Trajectory.name)
    )
    names = _programme_names()
    return [
        TrajectoryRow(
            uid=str(t.uid),
            name=t.name,
            programme=t.programme_key,
            programme_name=names.get(t.programme_key, t.programme_key),
            clients=tuple(clients.get(t.uid, ())),
            status=t.status,
            start_date=t.start_date,
            current_phase=_current_phase(phases.get(t.uid, ()), today),
            accepted_quote=accepted_text(accepted.get(t.uid), t.programme_key),
            accepted=_accepted(accepted.get(t.uid), t.programme_key),
        )
        for t in trajectories
    ]


def _programme_names() -> dict[str, str]:
    from models.programmes import ProgrammeError, load_programmes

    try:
        return {key: programme.name for key, programme in load_programmes().items()}
    except ProgrammeError:
        return {}


def accepted_text(quote: _Accepted | None, programme_key: str = "") -> str:
    """'offerte 2026-004 versie 2, aanvaard op 12/03/2026' (a free programme's is a
    deelnameovereenkomst); empty when none is accepted."""
    if quote is None or quote.accepted_on is None:
        return ""
    from models.core.formatting import format_date

    word = "deelnameovereenkomst" if _is_free(programme_key) else "offerte"
    return (
        f"{word} {quote.number} versie {quote.version}, aanvaard op "
        f"{format_date(quote.accepted_on)}"
    )


def accepted_quote(session: Session, trajectory_uid: uuid.UUID) -> Quote | None:
    """The version of the trajectory's quote the client accepted, if one still stands."""
    return session.scalar(
        select(Quote).where(
            Quote.trajectory_uid == trajectory_uid, Quote.status == QuoteStatus.ACCEPTED
        )
    )


def trajectory_row(
    t: Trajectory, phases: Sequence[Phase], today: date, accepted: Quote | None = None
) -> TrajectoryRow:
    return TrajectoryRow(
        uid=str(t.uid),
        name=t.name,
        programme=t.programme_key,
        programme_name=programme_name(t.programme_key),
        clients=tuple(c.organisation.name for c in t.clients),
        status=t.status,
        start_date=t.start_date,
        current_phase=_current_phase(phases, today),
        accepted_quote=accepted_text(accepted, t.programme_key),
        accepted=_accepted(accepted, t.programme_key),
    )


def _accepted(quote: _Accepted | None, programme_key: str) -> AcceptedQuote | None:
    if quote is None or quote.accepted_on is None:
        return None
    return AcceptedQuote(quote.number, quote.version, quote.accepted_on, _is_free(programme_key))


def _is_free(programme_key: str) -> bool:
    from models.programmes import ProgrammeError, load_programmes

    try:
        programme = load_programmes().get(programme_key)
    except ProgrammeError:
        return False
    return programme is not None and programme.is_free


def session_rows(session: Session, trajectory_uid: uuid.UUID | None = None) -> list[SessionRow]:
    # As the session screen counts (models/sessions/reading.counts_of): "registered" is who was
    # on the list (not the merely invited, not the walk-ins); "present" is everyone who came.
    present = Registration.status == RegistrationStatus.PRESENT
    on_list = and_(
        Registration.status != RegistrationStatus.INVITED,
        not_(and_(Registration.walk_in, present)),
    )
    counts = (
        select(
            Registration.session_uid,
            func.sum(case((on_list, 1), else_=0)).label("registered"),
            func.sum(case((present, 1), else_=0)).label("present"),
        )
        .group_by(Registration.session_uid)
        .subquery()
    )
    query = (
        select(
            TrajectorySession,
            Trajectory.name,
            counts.c.registered,
            counts.c.present,
            Trajectory.programme_key,
            Trajectory.scope_key,
            Phase.key,
        )
        .join(Trajectory, Trajectory.uid == TrajectorySession.trajectory_uid)
        .outerjoin(counts, counts.c.session_uid == TrajectorySession.uid)
        .outerjoin(Phase, Phase.uid == TrajectorySession.phase_uid)
        .order_by(TrajectorySession.starts_at.nulls_last(), TrajectorySession.title)
    )
    if trajectory_uid is not None:
        query = query.where(TrajectorySession.trajectory_uid == trajectory_uid)
    return [
        SessionRow(
            uid=str(s.uid),
            trajectory=str(s.trajectory_uid),
            trajectory_name=t_name,
            title=s.title,
            kind=s.kind,
            starts_at=s.starts_at,
            location=s.location_name,
            registered=int(registered or 0),
            present=int(present or 0),
            booked=_booked(programme_key, scope_key, phase_key),
        )
        for s, t_name, registered, present, programme_key, scope_key, phase_key in session.execute(
            query
        )
    ]


def _booked(programme_key: str, scope_key: str | None, phase_key: str | None) -> bool:
    """Whether a phase lies in the booked scope (unknown programme or no phase: it does)."""
    from models.programmes import ProgrammeError, load_programmes

    try:
        programme = load_programmes().get(programme_key)
    except ProgrammeError:
        return True
    if programme is None or phase_key is None or phase_key not in programme.phase_keys:
        return True
    return phase_key in programme.booked_phase_keys(scope_key)


def people_rows(session: Session) -> list[PersonRow]:
    people = session.scalars(
        select(Person)
        .where(Person.erased_at.is_(None))
        .order_by(func.lower(Person.last_name), func.lower(Person.first_name))
    )
    return [
        PersonRow(
            uid=str(p.uid),
            name=p.full_name,
            email=p.email or "",
            phone=p.phone or "",
            municipality=p.municipality or "",
            organisation=p.organisation_text or "",
        )
        for p in people
    ]


def project_rows(session: Session, trajectory_uid: uuid.UUID | None = None) -> list[ProjectRow]:
    query = (
        select(ParticipantProject)
        .options(selectinload(ParticipantProject.members).selectinload(ProjectMember.person))
        .order_by(ParticipantProject.name)
    )
    if trajectory_uid is not None:
        query = query.where(ParticipantProject.trajectory_uid == trajectory_uid)
    return [
        ProjectRow(
            uid=str(p.uid),
            trajectory=str(p.trajectory_uid),
            name=p.name,
            kind=p.kind,
            place=p.place,
            leads=tuple(m.person.full_name for m in p.members if m.is_lead),
        )
        for p in session.scalars(query)
    ]


def open_action_count(session: Session, trajectory_uid: uuid.UUID) -> int:
    from models.core.enums import ActionStatus

    return int(
        session.scalar(
            select(func.count())
            .select_from(Action)
            .where(
                Action.trajectory_uid == trajectory_uid,
                Action.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]),
            )
        )
        or 0
    )


def upcoming_sessions(session: Session, today: date, days: int = 42) -> list[SessionRow]:
    """Sessions from today up to `days` ahead, over all trajectories, soonest first."""
    from datetime import datetime, time, timedelta

    start = datetime.combine(today, time.min)
    end = datetime.combine(today + timedelta(days=days), time.max)
    return [
        row
        for row in session_rows(session)
        if row.starts_at is not None and start <= row.starts_at <= end
    ]


def overdue_actions(session: Session, today: date) -> list[ActionRow]:
    """Open actions whose due date has passed, over all trajectories, oldest first.

    Plain columns, not mapped objects: an office's overview holds thousands of them.
    """
    from models.core.enums import ActionStatus

    query = (
        select(
            Action.uid,
            Action.trajectory_uid,
            Trajectory.name,
            Action.title,
            Person.first_name,
            Person.last_name,
            Action.owner_text,
            Action.due_on,
            Action.status,
            ParticipantProject.name,
        )
        .join(Trajectory, Trajectory.uid == Action.trajectory_uid)
        .outerjoin(Person, Person.uid == Action.owner_person_uid)
        .outerjoin(ParticipantProject, ParticipantProject.uid == Action.project_uid)
        .where(
            Action.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]),
            Action.due_on < today,
        )
        .order_by(Action.due_on)
    )
    return [
        ActionRow(
            uid=str(uid),
            trajectory=str(trajectory_uid),
            trajectory_name=trajectory_name,
            title=title,
            owner=f"{first or ''} {last or ''}".strip()
            if first is not None or last is not None
            else owner_text,
            due_on=due_on,
            status=status,
            project=project_name or "",
        )
        for (
            uid,
            trajectory_uid,
            trajectory_name,
            title,
            first,
            last,
            owner_text,
            due_on,
            status,
            project_name,
        ) in session.execute(query)
    ]
