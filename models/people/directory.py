"""People and organisations for the Personen & organisaties page: lists, details, consent."""

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.core.errors import UserError
from models.orm import (
    Consent,
    Organisation,
    ParticipantProject,
    Person,
    ProjectMember,
    Registration,
    Role,
    Trajectory,
    TrajectoryClient,
    TrajectoryContact,
    TrajectorySession,
)
from models.people.merging import MergeRow, merges_of
from models.trajectories.rows import PersonRow

CONSENT_PURPOSES = ("contact_traject", "uitnodigingen", "nieuwsbrief", "fotos")


@dataclass(frozen=True)
class ConsentRow:
    uid: str
    given_on: date
    source: str
    purposes: tuple[str, ...]
    withdrawn_on: date | None


@dataclass(frozen=True)
class TakenPart:
    """A session a person was registered for, with how it went."""

    session_uid: str
    title: str
    trajectory_uid: str
    trajectory_name: str
    starts_at: datetime | None
    status: str


@dataclass(frozen=True)
class PersonDetail:
    uid: str
    first_name: str
    last_name: str
    email: str
    phone: str
    postcode: str
    municipality: str
    organisation: str
    notes: str
    roles: tuple[tuple[str, str, str], ...]  # (role uid, organisation, title)
    trajectories: tuple[tuple[str, str, str], ...]  # (uid, name, how: contact/project/session)
    sessions: tuple[TakenPart, ...]
    consents: tuple[ConsentRow, ...]
    row_version: int = 0  # what an edit of this detail says it read (optimistic concurrency)
    merges: tuple[MergeRow, ...] = ()  # records merged into this one, newest first

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class OrganisationRow:
    uid: str
    name: str
    kind: str
    municipality: str
    province: str
    people: int


@dataclass(frozen=True)
class OrganisationDetail:
    row: OrganisationRow
    email: str
    phone: str
    website: str
    address: str
    people: tuple[tuple[str, str, str], ...]  # (person uid, name, role title)
    trajectories: tuple[tuple[str, str], ...]  # (uid, name)


def list_people(session: Session) -> list[PersonRow]:
    """Every person not erased, by family name: plain columns, fast for 100,000 people."""
    query = (
        select(
            Person.uid,
            Person.first_name,
            Person.last_name,
            Person.email,
            Person.phone,
            Person.municipality,
            Person.organisation_text,
        )
        .where(Person.erased_at.is_(None))
        .order_by(func.lower(Person.last_name), func.lower(Person.first_name))
    )
    return [
        PersonRow(
            str(uid),
            f"{first or ''} {last or ''}".strip(),
            email or "",
            phone or "",
            place or "",
            org or "",
        )
        for uid, first, last, email, phone, place, org in session.execute(query)
    ]


def _person(session: Session, uid: uuid.UUID) -> Person:
    person = session.get(Person, uid)
    if person is None or person.erased_at is not None:
        raise UserError("That person no longer exists in this database.")
    return person


def _consent_row(consent: Consent) -> ConsentRow:
    purposes = consent.purposes if isinstance(consent.purposes, list) else []
    return ConsentRow(
        str(consent.uid),
        consent.given_on,
        consent.source,
        tuple(str(p) for p in purposes),
        consent.withdrawn_on,
    )


def person_detail(session: Session, uid: uuid.UUID) -> PersonDetail:
    person = _person(session, uid)
    roles = session.execute(
        select(Role.uid, Organisation.name, Role.title)
        .join(Role, Role.organisation_uid == Organisation.uid)
        .where(Role.person_uid == uid)
        .order_by(Organisation.name)
    ).all()
    taken = session.execute(
        select(Registration.status, TrajectorySession, Trajectory.uid, Trajectory.name)
        .join(TrajectorySession, TrajectorySession.uid == Registration.session_uid)
        .join(Trajectory, Trajectory.uid == TrajectorySession.trajectory_uid)
        .where(Registration.person_uid == uid)
        .order_by(TrajectorySession.starts_at.desc().nulls_last())
    ).all()
    trajectories: dict[str, tuple[str, str, str]] = {}
    for t_uid, t_name in session.execute(
        select(Trajectory.uid, Trajectory.name)
        .join(TrajectoryContact, TrajectoryContact.trajectory_uid == Trajectory.uid)
        .where(TrajectoryContact.person_uid == uid)
    ):
        trajectories.setdefault(str(t_uid), (str(t_uid), t_name, "contact"))
    for t_uid, t_name in session.execute(
        select(Trajectory.uid, Trajectory.name)
        .join(ParticipantProject, ParticipantProject.trajectory_uid == Trajectory.uid)
        .join(ProjectMember, ProjectMember.project_uid == ParticipantProject.uid)
        .where(ProjectMember.person_uid == uid)
    ):
        trajectories.setdefault(str(t_uid), (str(t_uid), t_name, "project"))
    sessions = []
    for status, s, t_uid, t_name in taken:
        trajectories.setdefault(str(t_uid), (str(t_uid), t_name, "session"))
        sessions.append(
            TakenPart(str(s.uid), s.title, str(t_uid), t_name, s.starts_at, status.value)
        )
    consents = sorted(person.consents, key=lambda c: c.given_on, reverse=True)
    return PersonDetail(
        uid=str(person.uid),
        first_name=person.first_name,
        last_name=person.last_name,
        email=person.email or "",
        phone=person.phone or "",
        postcode=person.postcode or "",
        municipality=person.municipality or "",
        organisation=person.organisation_text or "",
        notes=person.notes,
        roles=tuple((str(role_uid), name, title) for role_uid, name, title in roles),
        trajectories=tuple(trajectories.values()),
        sessions=tuple(sessions),
        consents=tuple(_consent_row(c) for c in consents),
        row_version=person.row_version,
        merges=tuple(merges_of(session, uid)),
    )


def _purposes(purposes: tuple[str, ...] | list[str]) -> list[str]:
    chosen = [p for p in dict.fromkeys(purposes) if p]
    if not chosen:
        raise UserError("Choose at least one purpose the consent is given for.", field="purposes")
    return chosen


def add_consent(
    session: Session,
    person_uid: uuid.UUID,
    given_on: date,
    source: str,
    purposes: tuple[str, ...] | list[str],
    today: date,
) -> ConsentRow:
    person = _person(session, person_uid)
    if given_on > today:
        raise UserError("Consent cannot have been given in the future.", field="given_on")
    consent = Consent(
        person_uid=person.uid,
        given_on=given_on,
        source=(source.strip() or "manueel")[:100],
        purposes=_purposes(purposes),
    )
    session.add(consent)
    session.flush()
    return _consent_row(consent)


def update_consent(
    session: Session,
    consent_uid: uuid.UUID,
    purposes: tuple[str, ...] | list[str] | None = None,
    withdrawn_on: date | None = None,
    withdraw: bool = False,
    *,
    today: date,
) -> ConsentRow:
    consent = session.get(Consent, consent_uid)
    if consent is None:
        raise UserError("That consent no longer exists.")
    if purposes is not None:
        consent.purposes = _purposes(purposes)
    if withdraw:
        when = withdrawn_on or today
        if when < consent.given_on:
            raise UserError(
                "A consent cannot have been withdrawn before it was given.",
                field="withdrawn_on",
            )
        consent.withdrawn_on = when
    session.flush()
    return _consent_row(consent)


def list_organisations(session: Session) -> list[OrganisationRow]:
    counts = (
        select(Role.organisation_uid, func.count(func.distinct(Role.person_uid)).label("n"))
        .group_by(Role.organisation_uid)
        .subquery()
    )
    query = (
        select(Organisation, counts.c.n)
        .outerjoin(counts, counts.c.organisation_uid == Organisation.uid)
        .order_by(func.lower(Organisation.name))
    )
    return [_organisation_row(o, n) for o, n in session.execute(query)]


def _organisation_row(o: Organisation, people: int | None) -> OrganisationRow:
    return OrganisationRow(
        str(o.uid), o.name, o.kind.value, o.municipality or "", o.province or "", int(people or 0)
    )


def organisation_detail(session: Session, uid: uuid.UUID) -> OrganisationDetail:
    organisation = session.get(Organisation, uid)
    if organisation is None:
        raise UserError("That organisation no longer exists in this database.")
    people = session.execute(
        select(Person.uid, Person.first_name, Person.last_name, Role.title)
        .join(Role, Role.person_uid == Person.uid)
        .where(Role.organisation_uid == uid, Person.erased_at.is_(None))
        .order_by(func.lower(Person.last_name))
    ).all()
    trajectories = session.execute(
        select(Trajectory.uid, Trajectory.name)
        .join(TrajectoryClient, TrajectoryClient.trajectory_uid == Trajectory.uid)
        .where(TrajectoryClient.organisation_uid == uid)
        .order_by(Trajectory.name)
    ).all()
    return OrganisationDetail(
        row=_organisation_row(organisation, len({p[0] for p in people})),
        email=organisation.email or "",
        phone=organisation.phone or "",
        website=organisation.website or "",
        address=organisation.address or "",
        people=tuple((str(p_uid), f"{f} {last}".strip(), t) for p_uid, f, last, t in people),
        trajectories=tuple((str(t_uid), name) for t_uid, name in trajectories),
    )


def session_attendees(session: Session, session_uid: uuid.UUID) -> tuple[str, list[PersonRow]]:
    """A session's title and the people registered for it, for the attendee export."""
    found = session.get(TrajectorySession, session_uid)
    if found is None:
        raise UserError("That session no longer exists.")
    people = session.scalars(
        select(Person)
        .join(Registration, Registration.person_uid == Person.uid)
        .where(Registration.session_uid == session_uid, Person.erased_at.is_(None))
        .order_by(func.lower(Person.last_name), func.lower(Person.first_name))
    )
    return found.title, [
        PersonRow(
            str(p.uid),
            p.full_name,
            p.email or "",
            p.phone or "",
            p.municipality or "",
            p.organisation_text or "",
        )
        for p in people
    ]
