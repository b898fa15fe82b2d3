"""The Belgian calendar: public holidays, the Flemish school breaks by their rule, free days."""

from datetime import date

import pytest

from models.planning.calendar import (
    DayRules,
    is_working_day,
    nearest_free_day,
    public_holiday,
    school_break,
    school_breaks_between,
    why_not,
    working_day_on_or_before,
)
from tests.dutch import dutch_phrase


def _breaks(first: date, last: date) -> list[tuple[str, date, date]]:
    return [(b.key, b.first, b.last) for b in school_breaks_between(first, last)]


def test_school_breaks_of_2024_2025_match_the_published_calendar() -> None:
    """Herfst 28/10–3/11, kerst 23/12–5/1, krokus 3/3–9/3, paas 7/4–21/4 (Pasen na 15 april)."""
    found = _breaks(date(2024, 9, 1), date(2025, 6, 30))
    assert found == [
        ("herfstvakantie", date(2024, 10, 28), date(2024, 11, 3)),
        ("kerstvakantie", date(2024, 12, 23), date(2025, 1, 5)),
        ("krokusvakantie", date(2025, 3, 3), date(2025, 3, 9)),
        ("paasvakantie", date(2025, 4, 7), date(2025, 4, 21)),
        ("hemelvaart", date(2025, 5, 29), date(2025, 5, 30)),
    ]


def test_school_breaks_of_2025_2026_match_the_published_calendar() -> None:
    """Herfst 27/10–2/11, kerst 22/12–4/1, krokus 16/2–22/2, paas 6/4–19/4, zomer 1/7–31/8."""
    found = _breaks(date(2025, 9, 1), date(2026, 8, 31))
    assert found == [
        ("herfstvakantie", date(2025, 10, 27), date(2025, 11, 2)),
        ("kerstvakantie", date(2025, 12, 22), date(2026, 1, 4)),
        ("krokusvakantie", date(2026, 2, 16), date(2026, 2, 22)),
        ("paasvakantie", date(2026, 4, 6), date(2026, 4, 19)),
        ("hemelvaart", date(2026, 5, 14), date(2026, 5, 15)),
        ("zomervakantie", date(2026, 7, 1), date(2026, 8, 31)),
    ]


def test_the_rules_special_cases() -> None:
    """Christmas on Sunday: from the 26th; Easter in March: after Easter; 1 Nov on Sunday: 2nd."""
    assert _breaks(date(2022, 12, 1), date(2022, 12, 31)) == [
        ("kerstvakantie", date(2022, 12, 26), date(2023, 1, 8))
    ]
    assert _breaks(date(2024, 3, 20), date(2024, 4, 20)) == [
        ("paasvakantie", date(2024, 4, 1), date(2024, 4, 14))
    ]
    assert _breaks(date(2026, 10, 20), date(2026, 11, 20)) == [
        ("herfstvakantie", date(2026, 11, 2), date(2026, 11, 8))
    ]


def test_public_holidays_come_from_the_holidays_package() -> None:
    """Wapenstilstand, Paasmaandag 2026 and 21 juli are holidays; a Tuesday in March is not."""
    assert public_holiday(date(2026, 11, 11)) == "Wapenstilstand"
    assert public_holiday(date(2026, 4, 6)) == "Paasmaandag"
    assert public_holiday(date(2027, 7, 21)) is not None
    assert public_holiday(date(2026, 3, 10)) is None
    assert not is_working_day(date(2026, 5, 25))  # Pinkstermaandag
    assert not is_working_day(date(2026, 11, 14))  # a Saturday


def test_a_deadline_moves_back_to_the_working_day_before() -> None:
    """Due on Wapenstilstand (Wed 11/11/2026): Tuesday 10/11; due Monday 2/11 after a holiday."""
    assert working_day_on_or_before(date(2026, 11, 11)) == date(2026, 11, 10)
    assert working_day_on_or_before(date(2026, 11, 1)) == date(2026, 10, 30)  # Sunday, holiday
    assert working_day_on_or_before(date(2026, 11, 3)) == date(2026, 11, 3)


def test_the_nearest_free_day_skips_holidays_and_weekends() -> None:
    """Wanted on Wapenstilstand: the Thursday after (nearer than the Tuesday, tie goes later)."""
    rules = DayRules()
    window = (date(2026, 11, 1), date(2026, 11, 30))
    assert nearest_free_day(date(2026, 11, 11), *window, rules) == date(2026, 11, 12)


def test_citizens_sessions_leave_the_school_break_when_asked() -> None:
    """In the autumn break of 2026 a citizens' session moves to the 9th; otherwise it stays."""
    window = (date(2026, 10, 20), date(2026, 11, 19))
    avoid = DayRules(avoid_school_breaks=True)
    assert nearest_free_day(date(2026, 11, 4), *window, avoid) == date(2026, 11, 9)
    assert nearest_free_day(date(2026, 11, 4), *window, DayRules()) == date(2026, 11, 4)
    assert dutch_phrase(why_not(date(2026, 11, 4), avoid)) == "de herfstvakantie"


def test_a_month_that_is_all_summer_break_looks_outside_it() -> None:
    """A citizens' session wanted on 15 July goes to 30 June, the nearest day outside the break."""
    avoid = DayRules(avoid_school_breaks=True)
    found = nearest_free_day(date(2026, 7, 15), date(2026, 7, 1), date(2026, 7, 31), avoid)
    assert found == date(2026, 6, 30)


@pytest.mark.parametrize("day", [date(2026, 12, 24), date(2026, 12, 29), date(2027, 1, 1)])
def test_nobody_meets_between_christmas_and_new_year(day: date) -> None:
    """The end-of-year closure holds for every session, officials included."""
    assert not DayRules().allows(day)
    assert school_break(day) is not None
