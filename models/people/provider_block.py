"""The provider as a document prints it: masthead lines, the legal footer, the payment clause."""

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.core.enums import OrganisationKind
from models.orm import Organisation
from models.people.providers import (
    format_enterprise_number,
    format_iban,
    format_vat_number,
    programme_providers,
)
from models.programmes.schema import Programme


@dataclass(frozen=True)
class ProviderBlock:
    """Everything a document that leaves the building says about who sends it."""

    name: str  # "Autodelen.net"
    legal_name: str  # "Autodelen.net vzw"
    lines: tuple[str, ...]  # office address, numbers, contact: the masthead's right side
    legal_line: str  # the footer line on every page
    iban: str = ""  # formatted: "BE71 0961 2345 6769"
    bic: str = ""
    payment_term_days: int | None = None
    logo_png: bytes | None = None


def _provider_organisation(session: Session, programme: Programme) -> Organisation | None:
    chosen = programme_providers(session).get(programme.key)
    if chosen:
        found = session.get(Organisation, uuid.UUID(chosen))
        if found is not None:
            return found
    return session.scalar(
        select(Organisation)
        .where(
            Organisation.kind == OrganisationKind.PROVIDER,
            func.lower(Organisation.name) == programme.provider.name.lower(),
        )
        .limit(1)
    )


def _legal_name(organisation: Organisation) -> str:
    name = organisation.legal_name or organisation.name
    form = organisation.legal_form
    return f"{name} {form}" if form and not name.lower().endswith(form.lower()) else name


def _office(organisation: Organisation) -> tuple[str, str]:
    town = " ".join(p for p in (organisation.postcode, organisation.municipality) if p)
    return organisation.address or "", town


def _court(text: str) -> str:
    return text if text.upper().startswith(("RPR", "RPM")) else f"RPR {text}"


def provider_block(session: Session, programme: Programme) -> ProviderBlock:
    """The programme's provider: its stored identity, else what the programme file says."""
    organisation = _provider_organisation(session, programme)
    file = programme.provider
    if organisation is None:
        others = ", ".join(o for o in file.organisations if o != file.name)
        lines = tuple(line for line in (others, file.email, file.phone, file.website) if line)
        return ProviderBlock(file.name, file.name, lines, file.name)
    legal_name = _legal_name(organisation)
    street, town = _office(organisation)
    number = format_enterprise_number(organisation.enterprise_number)
    vat = format_vat_number(organisation.vat_number)
    iban = format_iban(organisation.iban)
    numbers = [f"Ondernemingsnummer {number}" if number else "", f"Btw {vat}" if vat else ""]
    contact = [
        organisation.email or file.email,
        organisation.phone or file.phone,
        organisation.website or file.website,
    ]
    lines = tuple(
        line for line in (street, town, *numbers, f"IBAN {iban}" if iban else "", *contact) if line
    )
    office = ", ".join(p for p in (street, town) if p)
    legal = [legal_name]
    if office:
        legal.append(f"zetel: {office}")
    if number:
        legal.append(f"ondernemingsnummer {number}")
    if organisation.rpr_court:
        legal.append(_court(organisation.rpr_court))
    if iban:
        legal.append(f"IBAN {iban}" + (f" (BIC {organisation.bic})" if organisation.bic else ""))
    return ProviderBlock(
        name=organisation.name,
        legal_name=legal_name,
        lines=lines,
        legal_line=" · ".join(legal),
        iban=iban,
        bic=organisation.bic,
        payment_term_days=organisation.payment_term_days,
        logo_png=organisation.logo_png,
    )


def provider_for_key(session: Session, programme_key: str) -> ProviderBlock | None:
    """The provider of the programme with this key; None when the programme file is gone."""
    from models.programmes import ProgrammeError, get_programme

    try:
        programme = get_programme(programme_key)
    except ProgrammeError:
        return None
    return provider_block(session, programme)


def payment_clause(provider: ProviderBlock, reference: str) -> str:
    """The quote's payment clause: term, account and the reference to mention."""
    if not provider.iban:
        return ""
    days = provider.payment_term_days if provider.payment_term_days is not None else 30
    account = f"{provider.iban}" + (f" (BIC {provider.bic})" if provider.bic else "")
    return (
        f"Betaling binnen {days} dagen na factuurdatum op rekening {account} van "
        f"{provider.legal_name}, met vermelding van {reference}."
    )
