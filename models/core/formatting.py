"""Belgian (nl-BE) display and parsing of money, dates, times and percentages."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time
from decimal import Decimal, localcontext
from functools import cache

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_time as _babel_time
from babel.numbers import NumberFormatError, format_currency, parse_decimal
from babel.numbers import format_percent as _babel_percent

from models.core.errors import UserError, domain_text

LOCALE = "nl_BE"
CURRENCY = "EUR"
MONEY_EXAMPLE = "3.500,00"
DATE_FORM = "dd/mm/jjjj"
DATE_EXAMPLE = "22/11/2026"
# Years outside this window are almost always typos ("22/11/0206"), never a real trajectory.
MIN_YEAR, MAX_YEAR = 1900, 2199

MONTHS = (
    domain_text("January"),
    domain_text("February"),
    domain_text("March"),
    domain_text("April"),
    domain_text("May"),
    domain_text("June"),
    domain_text("July"),
    domain_text("August"),
    domain_text("September"),
    domain_text("October"),
    domain_text("November"),
    domain_text("December"),
)
_CURRENCY_WORDS = re.compile(r"€|\beuros?\b|\beur\b", re.IGNORECASE)
_DIGIT_SPACES = re.compile(r"(?<=\d)\s+(?=\d)")
# Belgian invoices write round amounts as "3.500,-".
_DASH_CENTS = re.compile(r",-{1,2}$")
_MONEY_CHARS = re.compile(r"[0-9.,]+")
_SEPARATOR_SPACES = re.compile(r"\s*([/.-])\s*")
_DAY_FIRST = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


@cache
def _locale() -> Locale:
    # Locale.parse loads CLDR data from disk: pay that once per process.
    return Locale.parse(LOCALE)


def _quote(text: str) -> str:
    """The coach's input as shown inside a message, cut short so a pasted page stays readable."""
    shown = text.strip()
    return f"'{shown[:40]}…'" if len(shown) > 40 else f"'{shown}'"


def format_money(cents: int) -> str:
    """An amount in euro cents as nl-BE shows it: 350000 -> '€ 3.500,00' (with a no-break space)."""
    if isinstance(cents, bool) or not isinstance(cents, int):
        # A Decimal of euros passed here by mistake would silently print a hundred times too little.
        raise TypeError(f"format_money expects integer cents, got {type(cents).__name__}")
    sign, digits, _ = Decimal(cents).as_tuple()
    amount = Decimal((sign, digits, -2))
    # Babel rounds through the decimal context: widen it so huge amounts keep every cent.
    with localcontext() as ctx:
        ctx.prec = max(28, len(digits) + 4)
        return format_currency(amount, CURRENCY, locale=_locale())


def format_percent(fraction: Decimal) -> str:
    """A fraction as an nl-BE percentage: Decimal('0.21') -> '21%', Decimal('0.055') -> '5,5%'."""
    return _babel_percent(fraction, "#,##0.##%", locale=_locale())


def format_date(d: date) -> str:
    """A date as dd/mm/jjjj: '22/11/2026'."""
    return _babel_date(d, "dd/MM/yyyy", locale=_locale())


def format_date_long(d: date) -> str:
    """A date written out: '22 november 2026'."""
    return _babel_date(d, "d MMMM y", locale=_locale())


def format_month_year(d: date) -> str:
    """The month and year of a date: 'november 2026'."""
    return _babel_date(d, "LLLL y", locale=_locale())


def format_time(t: time) -> str:
    """A time of day on the 24-hour clock: '19:30'."""
    return _babel_time(t, "HH:mm", locale=_locale())


def format_datetime(dt: datetime) -> str:
    """A moment as '22/11/2026 19:30', the wall-clock time stored in dt (no time zone shift)."""
    return f"{format_date(dt.date())} {format_time(dt.time())}"


def parse_money(text: str, *, allow_negative: bool = False, field: str | None = None) -> int:
    """What a coach typed as an amount ('3.500,00', '3500', '3 500', '€ 3.500', '3500,5') in cents.

    A dot groups thousands and a comma starts the cents, as in Belgium; anything else raises a
    UserError whose message says what to type.
    """
    cleaned = _CURRENCY_WORDS.sub(" ", text.replace("\u2212", "-")).strip()
    if not cleaned:
        raise UserError("No amount was filled in. Type an amount such as 3.500,00.", field=field)
    negative = cleaned.startswith("-")
    if negative:
        cleaned = _CURRENCY_WORDS.sub(" ", cleaned[1:]).strip()
    cleaned = _DASH_CENTS.sub("", _DIGIT_SPACES.sub(".", cleaned))
    if not _MONEY_CHARS.fullmatch(cleaned) or not any(c.isdigit() for c in cleaned):
        raise UserError(
            "{typed} is not an amount. Type an amount such as 3.500,00.",
            typed=_quote(text),
            field=field,
        )
    try:
        # Babel's strict check reformats the number through the decimal context: widen it too.
        with localcontext() as ctx:
            ctx.prec = max(28, len(cleaned) + 4)
            value = parse_decimal(cleaned, locale=_locale(), strict=True)
    except NumberFormatError:
        raise UserError(
            "{typed} is not an amount. Type an amount such as 3.500,00. "
            "A dot separates the thousands, a comma the cents.",
            typed=_quote(text),
            field=field,
        ) from None
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # the character check above rules out NaN and Infinity
    if exponent < -2:
        raise UserError(
            "{typed} has more than two digits after the comma. Type an amount such as 3.500,00.",
            typed=_quote(text),
            field=field,
        )
    scale: int = 10 ** (exponent + 2)  # exponent >= -2 here, so this stays an int
    cents = int("".join(map(str, digits))) * scale
    if negative and cents:
        if not allow_negative:
            raise UserError(
                "An amount cannot be negative here. Type an amount such as 3.500,00.", field=field
            )
        return -cents
    return cents


def parse_date(text: str, *, field: str | None = None) -> date:
    """What a coach typed as a date ('22/11/2026', '22-11-2026', '22.11.26', '2026-11-22').

    Day first, as in Belgium; a date that does not exist raises a UserError naming dd/mm/jjjj.
    """
    cleaned = _SEPARATOR_SPACES.sub(r"\1", text.strip())
    if not cleaned:
        raise UserError(
            "No date was filled in. Type a date as dd/mm/yyyy, for example 22/11/2026.",
            field=field,
        )
    dmy: re.Match[str] | None = None
    if iso := _ISO.fullmatch(cleaned):
        year, month, day = (int(part) for part in iso.groups())
    elif dmy := _DAY_FIRST.fullmatch(cleaned):
        day, month = int(dmy[1]), int(dmy[3])
        # Two-digit years are this century: trajectories are planned now, not in 1926.
        year = int(dmy[4]) + (2000 if len(dmy[4]) == 2 else 0)
    else:
        raise UserError(
            "{typed} is not a date. Type a date as dd/mm/yyyy, for example 22/11/2026.",
            typed=_quote(text),
            field=field,
        )
    if not 1 <= month <= 12:
        # "11/22/2026" is the American order: say so instead of only "no month 22".
        if dmy is not None and 1 <= day <= 12:
            raise UserError(
                "{typed} is not an existing date: there is no month {month} (first the day, "
                "then the month). Type a date as dd/mm/yyyy, for example 22/11/2026.",
                typed=_quote(text),
                month=month,
                field=field,
            )
        raise UserError(
            "{typed} is not an existing date: there is no month {month}. "
            "Type a date as dd/mm/yyyy, for example 22/11/2026.",
            typed=_quote(text),
            month=month,
            field=field,
        )
    return _checked_date(text, year, month, day, field)


def _checked_date(text: str, year: int, month: int, day: int, field: str | None) -> date:
    """The date, or a UserError that says whether the year or the day cannot be right."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise UserError(
            "{typed}: the year {year} cannot be right. "
            "Type a date as dd/mm/yyyy, for example 22/11/2026.",
            typed=_quote(text),
            year=year,
            field=field,
        )
    days_in_month = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days_in_month:
        raise UserError(
            "{typed} is not an existing date: {month} {year} has {days} days. "
            "Type a date as dd/mm/yyyy, for example 22/11/2026.",
            typed=_quote(text),
            month=MONTHS[month - 1],
            year=year,
            days=days_in_month,
            field=field,
        )
    return date(year, month, day)
