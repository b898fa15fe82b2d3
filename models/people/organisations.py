"""Organisations by hand: municipalities from the reference list, local actors, partners,
and the provider organisations, with the people linked to them by a role."""

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.enums import OrganisationKind
from models.core.errors import UserError, domain_text
from models.core.reference import municipality_by_nis
from models.orm import Organisation
from models.people.validation import check_email, check_phone, check_place, clean_text, fitted
from models.storage.versions import check_version

KIND_LABELS = {
    OrganisationKind.MUNICIPALITY: domain_text("Municipality"),
    OrganisationKind.ASSOCIATION: domain_text("Association"),
    OrganisationKind.NEIGHBOURHOOD_COMMITTEE: domain_text("Neighbourhood committee"),
    OrganisationKind.SCHOOL: domain_text("School"),
    OrganisationKind.MERCHANT: domain_text("Merchant"),
    OrganisationKind.CITIZEN_GROUP: domain_text("Citizen group"),
    OrganisationKind.PROVIDER: domain_text("Provider"),
    OrganisationKind.OTHER: domain_text("Other partner"),
}


@dataclass(frozen=True)
class OrganisationInput:
    """The organisation form as typed; a municipality is chosen by its NIS code."""

    kind: str
    name: str = ""
    nis_code: str = ""
    address: str = ""  # street and number
    postcode: str = ""
    municipality: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    notes: str = ""
    version: int | None = None  # the stored row version the form was filled from


def _kind(text: str) -> OrganisationKind:
    try:
        return OrganisationKind(text)
    except ValueError:
        raise UserError("Choose what kind of organisation this is.", field="kind") from None


def _municipality(session: Session, data: OrganisationInput, own: uuid.UUID | None) -> str:
    reference = municipality_by_nis(data.nis_code) if data.nis_code else None
    if reference is None:
        raise UserError(
            "Choose the municipality from the list (search by name or postcode).",
            field="municipality",
        )
    taken = session.scalar(
        select(Organisation.uid).where(Organisation.nis_code == reference.nis_code)
    )
    if taken is not None and taken != own:
        raise UserError(
            "{name} is already in the list of organisations; choose it there.",
            name=reference.name,
            field="municipality",
        )
    return reference.nis_code


def _apply(session: Session, organisation: Organisation, data: OrganisationInput) -> None:
    kind = _kind(data.kind)
    organisation.kind = kind
    if kind is OrganisationKind.MUNICIPALITY:
        nis = _municipality(session, data, organisation.uid)
        reference = municipality_by_nis(nis)
        assert reference is not None
        organisation.nis_code = nis
        organisation.name = reference.name
        organisation.province = reference.province
        organisation.municipality = reference.name
        code = clean_text(data.postcode)
        organisation.postcode = code if code in reference.postcodes else reference.postcodes[0]
    else:
        name = fitted(clean_text(data.name), "name", 200)
        if not name:
            raise UserError("Give the organisation a name.", field="name")
        organisation.name = name
        organisation.nis_code = None
        place = check_place(data.postcode, data.municipality)
        organisation.postcode, organisation.municipality = place.postcode, place.municipality
        found = municipality_by_nis(_nis_of(place.municipality)) if place.municipality else None
        organisation.province = found.province if found else None
    organisation.address = fitted(clean_text(data.address), "address", 300) or None
    organisation.email = check_email(data.email)
    organisation.phone = check_phone(data.phone)
    organisation.website = fitted(clean_text(data.website), "website", 300) or None
    organisation.notes = clean_text(data.notes, lines=True)


def _nis_of(name: str) -> str:
    from models.core.reference import load_municipalities

    return next((m.nis_code for m in load_municipalities() if m.name == name), "")


def create_organisation(session: Session, data: OrganisationInput) -> Organisation:
    organisation = Organisation(name="", kind=OrganisationKind.OTHER)
    organisation.uid = uuid.uuid4()
    _apply(session, organisation, data)
    session.add(organisation)
    session.flush()
    return organisation


def organisation_or_fail(session: Session, uid: uuid.UUID) -> Organisation:
    organisation = session.get(Organisation, uid)
    if organisation is None:
        raise UserError("That organisation no longer exists in this database.")
    return organisation


def update_organisation(session: Session, uid: uuid.UUID, data: OrganisationInput) -> None:
    """Stores the form; one another coach stored after `data.version` was read is refused
    with an EditConflict (see `models.storage.versions`)."""
    organisation = organisation_or_fail(session, uid)
    check_version(organisation, data.version, organisation.name)
    _apply(session, organisation, data)
    session.flush()


def organisation_input(organisation: Organisation) -> OrganisationInput:
    """What the form shows for a stored organisation."""
    return OrganisationInput(
        kind=organisation.kind.value,
        name=organisation.name,
        nis_code=organisation.nis_code or "",
        address=organisation.address or "",
        postcode=organisation.postcode or "",
        municipality=organisation.municipality or "",
        email=organisation.email or "",
        phone=organisation.phone or "",
        website=organisation.website or "",
        notes=organisation.notes,
        version=organisation.row_version,
    )
