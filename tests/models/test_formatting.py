"""Belgian formatting and parsing of money, dates, times and percentages."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.core.errors import UserError
from models.core.formatting import (
    format_date,
    format_date_long,
    format_datetime,
    format_money,
    format_month_year,
    format_percent,
    format_time,
    parse_date,
    parse_money,
)
from tests.dutch import dutch, raises_dutch

NBSP = "\xa0"


@pytest.mark.parametrize(
    ("cents", "expected"),
    [
        (350000, "€ 3.500,00"),
        (-175000, "€ -1.750,00"),
        (0, "€ 0,00"),
        (5, "€ 0,05"),
        (123456789012, "€ 1.234.567.890,12"),
    ],
)
def test_format_money_uses_babel_nl_be(cents: int, expected: str) -> None:
    """Amounts print as babel's nl-BE currency format, with a no-break space after the €."""
    assert format_money(cents) == expected.replace(" ", NBSP)


def test_format_money_keeps_every_cent_of_huge_amounts() -> None:
    """Amounts beyond the default 28-digit decimal precision are not rounded."""
    assert format_money(10**30 + 7).endswith(",07")


def test_format_money_refuses_decimal_euros() -> None:
    """Passing euros as a Decimal is a programming error, not a silently wrong amount."""
    with pytest.raises(TypeError):
        format_money(Decimal("3500"))  # type: ignore[arg-type]


def test_dates_and_times_format_as_in_belgium() -> None:
    """Dates are dd/mm/jjjj or written out in Dutch; times use the 24-hour clock."""
    day = date(2026, 11, 22)
    assert format_date(day) == "22/11/2026"
    assert format_date(date(2026, 1, 2)) == "02/01/2026"
    assert format_date_long(day) == "22 november 2026"
    assert format_month_year(day) == "november 2026"
    assert format_time(time(19, 30)) == "19:30"
    assert format_time(time(9, 5)) == "09:05"
    assert format_datetime(datetime(2026, 11, 22, 19, 30)) == "22/11/2026 19:30"


@pytest.mark.parametrize(
    ("fraction", "expected"),
    [(Decimal("0.5"), "50%"), (Decimal("0.21"), "21%"), (Decimal("0.055"), "5,5%")],
)
def test_format_percent_follows_babel_nl_be(fraction: Decimal, expected: str) -> None:
    """A fraction prints as babel's nl-BE percentage, keeping up to two decimals."""
    assert format_percent(fraction) == expected


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("3.500,00", 350000),
        ("3500", 350000),
        ("3 500", 350000),
        ("€ 3.500", 350000),
        ("3500,5", 350050),
        ("3.500", 350000),
        ("€ 3.500,-", 350000),
        ("1.234.567,89 EUR", 123456789),
        (" 0,05 ", 5),
        ("€\xa03.500,00", 350000),
    ],
)
def test_parse_money_accepts_what_coaches_type(text: str, cents: int) -> None:
    """Belgian amounts parse to cents: dot groups thousands, comma starts the cents."""
    assert parse_money(text) == cents


def test_parse_money_refuses_words_with_a_dutch_example() -> None:
    """A word instead of an amount is refused with a message saying what to type."""
    with pytest.raises(UserError) as caught:
        parse_money("drieduizend")
    assert dutch(caught.value) == "'drieduizend' is geen bedrag. Typ een bedrag zoals 3.500,00."


@pytest.mark.parametrize("text", ["3.5", "12,3,4", "1e5", "NaN", "3.500.00", "-", "12abc"])
def test_parse_money_refuses_malformed_numbers(text: str) -> None:
    """Ambiguous or malformed numbers are refused, never guessed."""
    with raises_dutch(r"is geen bedrag\. Typ een bedrag zoals 3\.500,00"):
        parse_money(text)


def test_parse_money_refuses_fractions_of_a_cent() -> None:
    """More than two decimals is refused rather than rounded."""
    with raises_dutch("meer dan twee cijfers na de komma"):
        parse_money("3,505")


def test_parse_money_refuses_empty_input() -> None:
    """An empty field asks for an amount."""
    with raises_dutch("geen bedrag ingevuld"):
        parse_money("  € ")


def test_parse_money_allows_negative_amounts_only_when_asked() -> None:
    """A minus sign is refused by default and accepted with allow_negative."""
    with raises_dutch("niet negatief"):
        parse_money("-1.750,00")
    assert parse_money("-€ 1.750,00", allow_negative=True) == -175000
    assert parse_money("€ −1.750", allow_negative=True) == -175000


def test_parse_errors_name_the_field() -> None:
    """The field name travels with the error so the form can point at it."""
    with pytest.raises(UserError) as caught:
        parse_money("veel", field="price")
    assert caught.value.field == "price"


@given(st.integers(min_value=0, max_value=10**40))
def test_money_round_trips(cents: int) -> None:
    """Every non-negative amount parses back from its own formatting."""
    assert parse_money(format_money(cents)) == cents


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_negative_money_round_trips_when_allowed(cents: int) -> None:
    """Negative amounts parse back from their formatting when negatives are allowed."""
    assert parse_money(format_money(cents), allow_negative=True) == cents


@pytest.mark.parametrize(
    "text", ["22/11/2026", "22-11-2026", "22.11.2026", "2026-11-22", "22/11/26", " 22 / 11 / 2026 "]
)
def test_parse_date_accepts_belgian_and_iso_forms(text: str) -> None:
    """Day-first dates with /, - or . and ISO dates all parse to the same day."""
    assert parse_date(text) == date(2026, 11, 22)


def test_parse_date_refuses_days_that_do_not_exist() -> None:
    """31 February is refused with the month's length and the expected form."""
    with pytest.raises(UserError) as caught:
        parse_date("31/02/2026")
    assert "februari 2026 heeft 28 dagen" in dutch(caught.value)
    assert "dd/mm/jjjj" in dutch(caught.value)


def test_parse_date_refuses_month_first_dates() -> None:
    """An American 11/22/2026 is refused with a hint to put the day first."""
    with pytest.raises(UserError) as caught:
        parse_date("11/22/2026")
    assert "er is geen maand 22 (eerst de dag, dan de maand)" in dutch(caught.value)
    assert "dd/mm/jjjj, bijvoorbeeld 22/11/2026" in dutch(caught.value)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("morgen", "'morgen' is geen datum."),
        ("", "geen datum ingevuld"),
        ("22/11-2026", "is geen datum."),
        ("1/2/0206", "het jaartal 206 kan niet kloppen"),
        ("2026-13-01", "er is geen maand 13."),
    ],
)
def test_parse_date_refusals_say_what_to_type(text: str, fragment: str) -> None:
    """Every refused date explains itself in Dutch and names dd/mm/jjjj."""
    with pytest.raises(UserError) as caught:
        parse_date(text)
    assert fragment in dutch(caught.value)
    assert "dd/mm/jjjj" in dutch(caught.value)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)))
def test_dates_round_trip(day: date) -> None:
    """Every date in the accepted range parses back from its own formatting."""
    assert parse_date(format_date(day)) == day
