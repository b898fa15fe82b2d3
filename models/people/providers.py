"""The providing organisations' identity, checked, and as every document prints it.

Belgian business documents name the enterprise as the Code of Economic Law asks (art.
III.25): its name and legal form, registered office, enterprise number (KBO) with "RPR" and
the court, and the bank account. Numbers are checked with their check digits
(python-stdnum). Each programme names its provider in its file; the coach may point a
programme at another provider organisation in the settings.
"""

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.enums import OrganisationKind
from models.core.errors import UserError
from models.orm import Organisation, Setting
from models.people.organisations import OrganisationInput, organisation_or_fail
from models.people.organisations import _apply as apply_organisation
from models.people.validation import clean_text, fitted

PROGRAMME_PROVIDERS = "programmes.providers"  # programme key → provider organisation uid
LEGAL_FORMS = ("vzw", "ivzw", "bv", "nv", "cv", "vof", "commv", "stichting", "eenmanszaak")
LOGO_MAX_BYTES = 2_000_000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class ProviderInput:
    """The Organisatie settings form as typed."""

    name: str
    legal_name: str = ""
    legal_form: str = ""
    address: str = ""
    postcode: str = ""
    municipality: str = ""
    enterprise_number: str = ""
    vat_number: str = ""
    rpr_court: str = ""
    iban: str = ""
    bic: str = ""
    payment_term_days: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""


def check_enterprise_number(text: str) -> str:
    """Ten digits ("0403170701") from "0403.170.701" or "BE 0403 170 701"; '' when empty."""
    from stdnum import exceptions
    from stdnum.be import vat

    value = clean_text(text)
    if not value:
        return ""
    try:
        return str(vat.validate(value))
    except exceptions.InvalidChecksum:
        reason = "its check digits do not match"
    except exceptions.ValidationError:
        reason = "it has ten digits and starts with 0 or 1"
    raise UserError(
        "'{number}' is not a valid enterprise number ({reason}). Copy it from the KBO.",
        number=value,
        reason=reason,
        field="enterprise_number",
    )


def format_enterprise_number(digits: str) -> str:
    """'0403.170.701'."""
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}" if len(digits) == 10 else digits


def check_vat_number(text: str, enterprise_number: str) -> str:
    """'BE0403170701' (or another EU VAT number); a Belgian one must be the enterprise's."""
    from stdnum import exceptions
    from stdnum.eu import vat

    value = clean_text(text).upper().replace(" ", "").replace(".", "")
    if not value:
        return ""
    if value[:1].isdigit():
        value = "BE" + value
    try:
        number = str(vat.validate(value))
    except exceptions.ValidationError:
        raise UserError(
            "'{number}' is not a valid VAT number. A Belgian one is BE followed by the "
            "enterprise number.",
            number=clean_text(text),
            field="vat_number",
        ) from None
    if number.startswith("BE") and enterprise_number and number[2:] != enterprise_number:
        raise UserError(
            "The VAT number {vat} is not that of enterprise number {number}.",
            vat=number,
            number=format_enterprise_number(enterprise_number),
            field="vat_number",
        )
    return number


def format_vat_number(number: str) -> str:
    """'BE 0403.170.701' for a Belgian number, others as they are."""
    if number.startswith("BE") and len(number) == 12:
        return f"BE {format_enterprise_number(number[2:])}"
    return number


def check_iban(text: str) -> str:
    from stdnum import exceptions, iban

    value = clean_text(text)
    if not value:
        return ""
    try:
        return str(iban.validate(value))
    except exceptions.InvalidChecksum:
        reason = "its check digits do not match"
    except exceptions.ValidationError:
        reason = "no bank or country is known for it"
    raise UserError(
        "'{iban}' is not a valid IBAN ({reason}). Copy it from a bank statement.",
        iban=value,
        reason=reason,
        field="iban",
    )


def format_iban(number: str) -> str:
    from stdnum import iban

    return str(iban.format(number)) if number else ""


def check_bic(text: str, iban_number: str) -> str:
    """The BIC as typed, or the one a Belgian IBAN's bank code gives when left empty."""
    from stdnum import bic

    value = clean_text(text).upper().replace(" ", "")
    if not value and iban_number.startswith("BE"):
        from stdnum.be import iban as belgian

        return str(belgian.to_bic(iban_number) or "")
    if value and not bic.is_valid(value):
        raise UserError(
            "'{bic}' is not a valid BIC (8 or 11 letters and digits, such as GEBABEBB).",
            bic=value,
            field="bic",
        )
    return value


def _payment_term(text: str) -> int | None:
    value = clean_text(text).removesuffix("dagen").removesuffix("days").strip()
    if not value:
        return None
    if not value.isdigit() or not 0 <= int(value) <= 120:
        raise UserError(
            "Type the payment term as a number of days between 0 and 120, such as 30.",
            field="payment_term_days",
        )
    return int(value)


def save_provider(session: Session, uid: uuid.UUID | None, data: ProviderInput) -> Organisation:
    """Creates or updates a provider organisation with its identity; one UserError per field."""
    if uid is None:
        provider = Organisation(uid=uuid.uuid4(), name="", kind=OrganisationKind.PROVIDER)
        session.add(provider)
    else:
        provider = organisation_or_fail(session, uid)
    place = OrganisationInput(
        kind=OrganisationKind.PROVIDER.value,
        name=data.name,
        address=data.address,
        postcode=data.postcode,
        municipality=data.municipality,
        email=data.email,
        phone=data.phone,
        website=data.website,
        notes=provider.notes or "",
    )
    apply_organisation(session, provider, place)
    number = check_enterprise_number(data.enterprise_number)
    iban = check_iban(data.iban)
    provider.legal_name = fitted(clean_text(data.legal_name), "legal_name", 200)
    provider.legal_form = fitted(clean_text(data.legal_form), "legal_form", 60)
    provider.enterprise_number = number
    provider.vat_number = check_vat_number(data.vat_number, number)
    provider.rpr_court = fitted(clean_text(data.rpr_court), "rpr_court", 100)
    provider.iban = iban
    provider.bic = check_bic(data.bic, iban)
    provider.payment_term_days = _payment_term(data.payment_term_days)
    session.flush()
    return provider


def set_logo(session: Session, uid: uuid.UUID, png: bytes | None) -> None:
    """The provider's logo as PNG (the desktop turns an SVG into one); None removes it."""
    provider = organisation_or_fail(session, uid)
    if png is not None and (not png.startswith(PNG_SIGNATURE) or len(png) > LOGO_MAX_BYTES):
        raise UserError("The logo must be a PNG or SVG image of at most 2 MB.", field="logo")
    provider.logo_png = png
    session.flush()


def programme_providers(session: Session) -> dict[str, str]:
    setting = session.scalar(select(Setting).where(Setting.key == PROGRAMME_PROVIDERS))
    value = setting.value if setting is not None else None
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def set_programme_provider(session: Session, programme_key: str, uid: uuid.UUID | None) -> None:
    """Points a programme at a provider organisation (None: the one its file names)."""
    if uid is not None:
        organisation_or_fail(session, uid)
    chosen = programme_providers(session)
    if uid is None:
        chosen.pop(programme_key, None)
    else:
        chosen[programme_key] = str(uid)
    setting = session.scalar(select(Setting).where(Setting.key == PROGRAMME_PROVIDERS))
    if setting is None:
        session.add(Setting(key=PROGRAMME_PROVIDERS, value=chosen))
    else:
        setting.value = chosen
    session.flush()
