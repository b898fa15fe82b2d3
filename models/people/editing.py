"""Adding and correcting a person by hand, and the roles that link them to organisations."""

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.errors import EditConflict, UserError
from models.orm import Organisation, Person, Role
from models.people.validation import check_email, check_phone, check_place, clean_text, fitted


@dataclass(frozen=True)
class PersonInput:
    """What the person editor holds, as typed."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    postcode: str = ""
    municipality: str = ""
    organisation: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CleanPerson:
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    postcode: str | None
    municipality: str | None
    organisation: str | None
    notes: str


def check_person(data: PersonInput) -> CleanPerson:
    """Every field checked; the first problem raises a UserError naming its field."""
    first = fitted(clean_text(data.first_name), "first_name")
    last = fitted(clean_text(data.last_name), "last_name")
    if not (first or last):
        raise UserError("Type at least a first name or a family name.", field="last_name")
    place = check_place(data.postcode, data.municipality)
    return CleanPerson(
        first_name=first,
        last_name=last,
        email=check_email(data.email),
        phone=check_phone(data.phone),
        postcode=place.postcode,
        municipality=place.municipality,
        organisation=fitted(clean_text(data.organisation), "organisation") or None,
        notes=clean_text(data.notes, lines=True),
    )


def _apply(person: Person, clean: CleanPerson) -> None:
    person.first_name = clean.first_name
    person.last_name = clean.last_name
    person.email = clean.email
    person.phone = clean.phone
    person.postcode = clean.postcode
    person.municipality = clean.municipality
    person.organisation_text = clean.organisation
    person.notes = clean.notes


def create_person(session: Session, data: PersonInput) -> Person:
    person = Person()
    _apply(person, check_person(data))
    session.add(person)
    session.flush()
    return person


def living_person(session: Session, uid: uuid.UUID) -> Person:
    person = session.get(Person, uid)
    if person is None or person.erased_at is not None:
        raise UserError("That person no longer exists in this database.")
    return person


def update_person(
    session: Session, uid: uuid.UUID, data: PersonInput, version: int | None = None
) -> Person:
    """Stores the whole form; only what differs from what is stored changes.

    `version`: the person's row version the form was filled from; when someone else stored
    the person since, EditConflict and nothing changes (their change is never overwritten).
    """
    person = living_person(session, uid)
    if version is not None and person.row_version != version:
        raise EditConflict(person.full_name)
    clean = check_person(data)
    for name, value in vars(clean).items():
        column = "organisation_text" if name == "organisation" else name
        if getattr(person, column) != value:
            setattr(person, column, value)
    session.flush()
    return person


def add_role(
    session: Session, person_uid: uuid.UUID, organisation_uid: uuid.UUID, title: str
) -> Role:
    person = living_person(session, person_uid)
    organisation = session.get(Organisation, organisation_uid)
    if organisation is None:
        raise UserError("That organisation no longer exists in this database.")
    title = fitted(clean_text(title), "role", 100)
    existing = session.scalar(
        select(Role).where(
            Role.person_uid == person.uid,
            Role.organisation_uid == organisation.uid,
            Role.title == title,
        )
    )
    if existing is not None:
        return existing
    role = Role(person_uid=person.uid, organisation_uid=organisation.uid, title=title)
    session.add(role)
    session.flush()
    return role


def remove_role(session: Session, role_uid: uuid.UUID) -> None:
    role = session.get(Role, role_uid)
    if role is not None:
        session.delete(role)
        session.flush()
