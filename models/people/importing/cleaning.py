"""Cleaning one value at a time: names as written, emails, Belgian phones, postcodes, consent.

Each cleaner returns the clean value and, when something is wrong, a Dutch reason; the
preview lists the reason with the sheet row so that the coach can fix or skip the row.
"""

import re
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from typing import NamedTuple

from models.core.reference import municipalities_for_postcode, normalize_postcode
from models.people.importing.sheets import Cell

MAX_LENGTHS = {
    "first_name": 100,
    "last_name": 100,
    "email": 254,
    "phone": 32,
    "postcode": 10,
    "municipality": 100,
    "organisation": 200,
}


class Cleaned[T](NamedTuple):
    """A clean value and, when something was wrong, why (a tuple: made for every cell)."""

    value: T
    problem: str | None = None


def cell_text(value: Cell) -> str:
    """A cell as the coach would read it: 8500.0 → "8500", a date → "22/11/2026"."""
    if value is None:
        return ""
    if type(value) is str:  # most cells: the quick way out
        return " ".join(value.split())
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M") if value.time() else value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return " ".join(str(value).split())


def clean_name(text: str) -> str:
    """Trimmed, inner spaces collapsed; case and particles as the person wrote them."""
    return " ".join(text.split())


def split_full_name(text: str, last_first: bool) -> tuple[str, str]:
    """(first, last) from "Van den Broeck, Anneleen" or "Anneleen Van den Broeck".

    A comma always separates the family name (before) from the first name (after). Without a
    comma, a "Naam en voornaam" column holds the first name last, any other its first word.
    """
    text = clean_name(text)
    if "," in text:
        last, first = (part.strip() for part in text.split(",", 1))
        return first, last
    words = text.split(" ")
    if len(words) == 1:
        return "", text
    if last_first:
        return words[-1], " ".join(words[:-1])
    return words[0], " ".join(words[1:])


_EMAIL = re.compile(r"[^@\s,;:<>()\[\]\"']+@[^@\s,;:<>()\[\]\"']+\.[^@\s,;:<>()\[\]\"'.]{2,}")


def clean_email(text: str) -> Cleaned[str | None]:
    value = text.strip().strip("<>").strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    value = value.rstrip(".").lower()
    if not value:
        return Cleaned(None)
    if _EMAIL.fullmatch(value) and ".." not in value:
        return Cleaned(value)
    return Cleaned(None, f"'{text.strip()}' is geen geldig e-mailadres; het wordt leeg gelaten.")


_PHONE_JUNK = re.compile(r"[\s./\-()]")
_NOT_DIGITS = re.compile(r"[^0-9]")


def phone_key(text: str | None) -> str:
    """Digits of a phone number in international form, for matching: "32470123456"."""
    if not text:
        return ""
    digits = _NOT_DIGITS.sub("", text)
    if text.lstrip().startswith("+"):
        return digits
    if digits.startswith("00"):
        return digits[2:]
    if digits.startswith("0"):
        return "32" + digits[1:]
    if len(digits) in (8, 9):
        return "32" + digits
    return digits


def clean_phone(value: Cell) -> Cleaned[str | None]:
    """A Belgian (or foreign, with +) phone number in international format, "+32 470 12 34 56".

    A number typed into a spreadsheet as a number loses its leading zero (470123456): a
    national number of 8 or 9 digits without it gets it back.
    """
    if value is None or value == "":
        return Cleaned(None)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    original = str(value).strip()
    plain = type(value) is int and value > 0
    national = _national_digits(original) if plain else _national(original)
    if national is None:
        return _invalid_phone(original)
    if national.startswith("+"):
        return _foreign(national, original)
    if len(national) == 9 and _belgian_mobile().fullmatch(national):
        # Mobile numbers, most of any attendee list: the library's own pattern for Belgian
        # mobiles and their fixed grouping, because asking the library for each number costs
        # more than reading the whole row.
        n = national
        return Cleaned(f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}")
    import phonenumbers

    number = phonenumbers.PhoneNumber(country_code=32, national_number=int(national))
    if not phonenumbers.is_valid_number(number):
        return _invalid_phone(original)
    return Cleaned(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def _national(original: str) -> str | None:
    """The Belgian national number without its 0, "+…" for a foreign one, None if neither."""
    text = original.split(";")[0].split(" of ")[0].split(",")[0]
    text = text.replace("(0)", "")
    compact = _PHONE_JUNK.sub("", text)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if compact.startswith("+"):
        if not compact[1:].isdigit():
            return None
        if not compact.startswith("+32"):
            return compact
        national = compact[3:].removeprefix("0")
    elif not compact.isdigit():
        return None
    elif compact.startswith("32") and len(compact) in (10, 11):
        national = compact[2:]
    elif compact.startswith("0"):
        national = compact[1:]
    elif len(compact) in (8, 9):
        national = compact  # the leading zero the spreadsheet dropped
    else:
        return None
    return national if len(national) in (8, 9) else None


def _national_digits(digits: str) -> str | None:
    """`_national` for a number cell: only digits, and any leading zero already lost."""
    if digits.startswith("32") and len(digits) in (10, 11):
        return digits[2:]
    return digits if len(digits) in (8, 9) else None


@cache
def _belgian_mobile() -> re.Pattern[str]:
    import phonenumbers

    metadata = phonenumbers.PhoneMetadata.metadata_for_region("BE")
    mobile = metadata.mobile if metadata is not None else None
    assert mobile is not None and mobile.national_number_pattern is not None
    return re.compile(mobile.national_number_pattern)


def _invalid_phone(original: str) -> Cleaned[str | None]:
    return Cleaned(None, f"'{original}' is geen geldig telefoonnummer; het wordt leeg gelaten.")


def _foreign(compact: str, original: str) -> Cleaned[str | None]:
    import phonenumbers

    try:
        number = phonenumbers.parse(compact, None)
    except phonenumbers.NumberParseException:
        return _invalid_phone(original)
    if not phonenumbers.is_valid_number(number):
        return _invalid_phone(original)
    return Cleaned(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


class Place(NamedTuple):
    postcode: str | None
    municipality: str | None
    problem: str | None = None
    problem_field: str = "postcode"


@lru_cache(maxsize=4096, typed=True)  # a list holds a few places many times over
def clean_place(postcode_value: Cell, municipality_text: str) -> Place:
    """Postcode as four digits (8500.0 → 8500) and the municipality from the reference data.

    Of a postcode with two municipalities (1040, 1050, 1804) the one the sheet names wins.
    """
    written = clean_name(municipality_text) or None
    raw = cell_text(postcode_value).strip()
    if not raw:
        return Place(None, written)
    code = normalize_postcode(raw)
    if code is None:
        return Place(
            raw[:10] if len(raw) <= 10 else None,
            written,
            f"'{raw}' is geen Belgische postcode; de gemeente wordt niet aangevuld.",
        )
    found = municipalities_for_postcode(code)
    if not found:
        return Place(code, written, f"Postcode {code} bestaat niet in België.")
    if written and len(found) > 1:
        from models.core.reference import fold

        for municipality in found:
            names = {fold(municipality.name), fold(municipality.name_fr)}
            names |= {fold(place) for place in municipality.places}
            if fold(written) in names:
                return Place(code, municipality.name)
    return Place(code, found[0].name)


_YES = {"ja", "j", "yes", "y", "x", "1", "true", "waar", "akkoord", "ok", "v", "✓", "✔", "☑"}
_NO = {"nee", "n", "no", "0", "false", "onwaar", "niet akkoord", "neen", "-"}
EXCEL_EPOCH = date(1899, 12, 30)


def excel_date(value: Cell) -> date | None:
    """A date from a date cell, an Excel serial number (46000 → 9/12/2025) or "22/11/2026"."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 20_000 <= value <= 80_000:  # 1954 … 2119: a serial number, not a count
            return EXCEL_EPOCH + timedelta(days=int(value))
        return None
    if isinstance(value, str):
        from models.core.errors import UserError
        from models.core.formatting import parse_date

        try:
            return parse_date(value.strip())
        except (UserError, ValueError):
            return None
    return None


def clean_consent(value: Cell, today: date) -> Cleaned[date | None]:
    """The day consent was given: the date in the cell, today for a yes, None for a no."""
    if value is None or value == "":
        return Cleaned(None)
    when = excel_date(value)
    if when is not None:
        return Cleaned(when)
    if isinstance(value, bool):
        return Cleaned(today if value else None)
    text = cell_text(value).strip().casefold().rstrip(".!")
    if text in _YES or text.startswith(("ja", "yes", "akkoord")):
        return Cleaned(today)
    if text in _NO or text.startswith(("nee", "neen", "no ", "niet")):
        return Cleaned(None)
    return Cleaned(
        None,
        f"'{cell_text(value)}' is geen duidelijke toestemming (verwacht: ja, nee of een "
        "datum); er wordt geen toestemming genoteerd.",
    )


def fit(field: str, value: str | None) -> Cleaned[str | None]:
    """Cut a value to the length its column holds, and say so."""
    if value is None:
        return Cleaned(None)
    limit = MAX_LENGTHS[field]
    if len(value) <= limit:
        return Cleaned(value)
    return Cleaned(value[:limit], f"Te lang (meer dan {limit} tekens); ingekort.")
