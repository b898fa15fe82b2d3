"""A trajectory's contact persons after the wizard: add, remove, change a role, and mark the
one quotes and letters are addressed to."""

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.errors import UserError
from models.core.lookup import trajectory_or_fail
from models.orm import Organisation, Person, TrajectoryClient, TrajectoryContact
from models.people.editing import living_person
from models.people.validation import clean_text, fitted

CONTACT_ROLES = (
    "Opdrachtgever",
    "Lokale trekker",
    "Schepen",
    "Burgemeester",
    "Duurzaamheidsambtenaar",
    "Mobiliteitsambtenaar",
    "Medewerker dienst samenleven",
    "Algemeen directeur",
    "Communicatiedienst",
)


@dataclass(frozen=True)
class ContactRow:
    uid: str
    person_uid: str
    name: str
    role: str
    organisation: str
    email: str
    phone: str
    is_addressee: bool


def contact_rows(session: Session, trajectory_uid: uuid.UUID) -> list[ContactRow]:
    trajectory_or_fail(session, trajectory_uid)
    rows = session.execute(
        select(TrajectoryContact, Person, Organisation.name)
        .join(Person, Person.uid == TrajectoryContact.person_uid)
        .outerjoin(Organisation, Organisation.uid == TrajectoryContact.organisation_uid)
        .where(TrajectoryContact.trajectory_uid == trajectory_uid)
        .order_by(TrajectoryContact.is_addressee.desc(), Person.last_name, Person.first_name)
    )
    return [
        ContactRow(
            str(contact.uid),
            str(person.uid),
            person.full_name,
            contact.role,
            organisation or "",
            person.email or "",
            person.phone or "",
            contact.is_addressee,
        )
        for contact, person, organisation in rows
    ]


def _contact(session: Session, uid: uuid.UUID) -> TrajectoryContact:
    contact = session.get(TrajectoryContact, uid)
    if contact is None:
        raise UserError("That contact person is no longer linked to this trajectory.")
    return contact


def _role(text: str) -> str:
    return fitted(clean_text(text), "role", 100)


def add_contact(
    session: Session, trajectory_uid: uuid.UUID, person_uid: uuid.UUID, role: str
) -> TrajectoryContact:
    """Links a known person to the trajectory with a role (the lead client's organisation)."""
    trajectory = trajectory_or_fail(session, trajectory_uid)
    person = living_person(session, person_uid)
    role = _role(role)
    existing = session.scalar(
        select(TrajectoryContact).where(
            TrajectoryContact.trajectory_uid == trajectory.uid,
            TrajectoryContact.person_uid == person.uid,
            TrajectoryContact.role == role,
        )
    )
    if existing is not None:
        raise UserError(
            "{name} is already a contact of this trajectory with that role.",
            name=person.full_name,
        )
    lead = session.scalar(
        select(TrajectoryClient.organisation_uid)
        .where(TrajectoryClient.trajectory_uid == trajectory.uid)
        .order_by(TrajectoryClient.is_lead.desc(), TrajectoryClient.position)
        .limit(1)
    )
    first = not session.scalar(
        select(TrajectoryContact.uid).where(TrajectoryContact.trajectory_uid == trajectory.uid)
    )
    contact = TrajectoryContact(
        trajectory_uid=trajectory.uid,
        person_uid=person.uid,
        organisation_uid=lead,
        role=role,
        is_addressee=first,  # the first contact is the addressee until another is chosen
    )
    session.add(contact)
    session.flush()
    return contact


def change_role(session: Session, contact_uid: uuid.UUID, role: str) -> None:
    contact = _contact(session, contact_uid)
    role = _role(role)
    if role != contact.role:
        clash = session.scalar(
            select(TrajectoryContact.uid).where(
                TrajectoryContact.trajectory_uid == contact.trajectory_uid,
                TrajectoryContact.person_uid == contact.person_uid,
                TrajectoryContact.role == role,
            )
        )
        if clash is not None:
            raise UserError("This person already has that role in this trajectory.")
        contact.role = role
        session.flush()


def remove_contact(session: Session, contact_uid: uuid.UUID) -> None:
    contact = _contact(session, contact_uid)
    session.delete(contact)
    session.flush()


def set_addressee(session: Session, contact_uid: uuid.UUID) -> None:
    """Quotes and letters go to this contact; one addressee per trajectory."""
    contact = _contact(session, contact_uid)
    for other in session.scalars(
        select(TrajectoryContact).where(TrajectoryContact.trajectory_uid == contact.trajectory_uid)
    ):
        wanted = other.uid == contact.uid
        if other.is_addressee != wanted:
            other.is_addressee = wanted
    session.flush()
