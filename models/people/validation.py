"""A person's details as typed by hand, checked as the import checks them.

Phones go through the import's own cleaner (phonenumbers), e-mail through email-validator
(syntax only: never the network), the municipality through the reference list: a postcode
typed in the municipality field is understood, a typo gets suggestions and is never stored
as a new municipality.
"""

import unicodedata
from dataclasses import dataclass

from models.core.errors import UserError
from models.core.reference import (
    Municipality,
    fold,
    load_municipalities,
    municipalities_for_postcode,
    normalize_postcode,
    search_municipalities,
)
from models.people.importing.cleaning import MAX_LENGTHS, clean_phone

_BIDI = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}


def clean_text(text: str, *, lines: bool = False) -> str:
    """Text as it may be stored: no control characters or direction overrides, trimmed."""
    kept = []
    for char in text:
        if char == "\n" and lines:
            kept.append(char)
        elif char in _BIDI or unicodedata.category(char) == "Cc":
            kept.append(" " if char in "\t\r\n" else "")
        else:
            kept.append(char)
    cleaned = "".join(kept)
    if lines:
        return "\n".join(" ".join(line.split()) for line in cleaned.strip().split("\n"))
    return " ".join(cleaned.split())


def fitted(text: str, field: str, limit: int | None = None) -> str:
    """The text, or a UserError naming the field when it is longer than its column holds."""
    most = limit or MAX_LENGTHS.get(field, 200)
    if len(text) > most:
        raise UserError("This is too long (at most {limit} characters).", limit=most, field=field)
    return text


def check_email(text: str) -> str | None:
    """The address in its usual form ("an@herent.be"), None when empty; UserError if invalid."""
    value = clean_text(text).removeprefix("mailto:")
    if not value:
        return None
    from email_validator import EmailNotValidError, validate_email

    try:
        checked = validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        raise UserError(
            "'{email}' is not a valid e-mail address. Type an address such as "
            "naam@gemeente.be, or leave it empty.",
            email=value,
            field="email",
        ) from None
    return fitted(checked.normalized.lower(), "email")


def check_phone(text: str) -> str | None:
    """A phone number in international form ("+32 470 12 34 56"), None when empty."""
    value = clean_text(text)
    if not value:
        return None
    cleaned = clean_phone(value)
    if cleaned.value is None:
        raise UserError(
            "'{phone}' is not a valid phone number. Type it as 0470 12 34 56, 016 12 34 56 "
            "or with the country code (+31 …).",
            phone=value,
            field="phone",
        )
    return cleaned.value


@dataclass(frozen=True)
class Place:
    """A postcode and the municipality's name as the reference list writes it."""

    postcode: str | None
    municipality: str | None


def suggestions(text: str, limit: int = 3) -> list[Municipality]:
    """Municipalities whose name is near what was typed ("Hertn" → Herent, Hever…)."""
    from rapidfuzz import fuzz, process

    found = search_municipalities(text, limit=limit)
    if found:
        return found
    names = {fold(m.name): m for m in load_municipalities()}
    near = process.extract(fold(text), list(names), scorer=fuzz.ratio, limit=limit)
    return [names[name] for name, score, _ in near if score >= 60]


def _by_name(text: str) -> Municipality | None:
    wanted = fold(text)
    for municipality in load_municipalities():
        if wanted in (fold(municipality.name), fold(municipality.name_fr)):
            return municipality
    for municipality in load_municipalities():
        if any(fold(place) == wanted for place in municipality.places):
            return municipality
    return None


def _unknown(text: str) -> UserError:
    near = ", ".join(m.name for m in suggestions(text))
    if near:
        return UserError(
            "'{typed}' is not a Belgian municipality. Did you mean: {suggestions}?",
            typed=text,
            suggestions=near,
            field="municipality",
        )
    return UserError(
        "'{typed}' is not a Belgian municipality. Type the name or the postcode.",
        typed=text,
        field="municipality",
    )


def check_place(postcode_text: str, municipality_text: str) -> Place:
    """The municipality from the reference list; a postcode in either field is understood."""
    postcode_text, text = clean_text(postcode_text), clean_text(municipality_text)
    code = normalize_postcode(postcode_text) if postcode_text else None
    if postcode_text and code is None:
        raise UserError(
            "'{postcode}' is not a Belgian postcode (four digits, such as 3020).",
            postcode=postcode_text,
            field="postcode",
        )
    typed_code = normalize_postcode(text) if text else None
    if typed_code is not None:  # "3020" typed where the municipality goes
        code, text = typed_code, ""
    if code is not None and not text:
        found = municipalities_for_postcode(code)
        if not found:
            raise UserError(
                "Postcode {postcode} does not exist in Belgium.", postcode=code, field="postcode"
            )
        return Place(code, found[0].name)
    if not text:
        return Place(None, None)
    municipality = _by_name(text)
    if municipality is None:
        raise _unknown(text)
    if code is not None and code not in municipality.postcodes:
        raise UserError(
            "Postcode {postcode} is not in {municipality}. Its postcodes are {postcodes}.",
            postcode=code,
            municipality=municipality.name,
            postcodes=", ".join(municipality.postcodes),
            field="postcode",
        )
    if code is None and len(municipality.postcodes) == 1:
        code = municipality.postcodes[0]
    return Place(code, municipality.name)
