"""Which days suit a session or a deadline in Belgium: weekends, public holidays, school breaks.

Public holidays come from the `holidays` package (Belgium); the Flemish school breaks and the
end-of-year closure from resources/reference/calendar.toml, by the rule of the decree.
"""

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from models.core.errors import Phrase, phrase

if TYPE_CHECKING:
    from models.planning.calendar_data import Break

# How far a session may move to find a free day when its own month has none (e.g. a citizens'
# session in a month that is all summer break): further than this it stays where it fell.
SEARCH_DAYS = 75


@functools.cache
def _public_holidays(year: int) -> dict[date, str]:
    # Imported when first needed: the package costs ~0.2 s, which the start-up need not pay.
    import holidays

    return dict(holidays.country_holidays("BE", years=year, language="nl").items())


def public_holiday(day: date) -> str | None:
    """The Belgian public holiday on this day ('Wapenstilstand'), if any."""
    return _public_holidays(day.year).get(day)


def school_break(day: date) -> "Break | None":
    """The Flemish school break this day falls in, if any."""
    from models.planning.calendar_data import school_breaks_in  # read when first needed

    for year in (day.year - 1, day.year):
        found = next((b for b in school_breaks_in(year) if b.covers(day)), None)
        if found is not None:
            return found
    return None


def school_breaks_between(first: date, last: date) -> "tuple[Break, ...]":
    """Every school break that overlaps [first, last], in date order."""
    from models.planning.calendar_data import school_breaks_in

    found = [
        b
        for year in range(first.year - 1, last.year + 1)
        for b in school_breaks_in(year)
        if b.first <= last and b.last >= first
    ]
    return tuple(sorted(found, key=lambda b: b.first))


def closed(day: date) -> str | None:
    """The closure this day falls in (the end-of-year period), if any."""
    from models.planning.calendar_data import calendar_file

    return next((c.name for c in calendar_file().closures if c.covers(day)), None)


def is_working_day(day: date) -> bool:
    """A weekday that is no Belgian public holiday."""
    return day.weekday() < 5 and public_holiday(day) is None


@dataclass(frozen=True)
class DayRules:
    """What a day must avoid besides weekends and public holidays."""

    avoid_school_breaks: bool = False
    avoid_closures: bool = True

    def allows(self, day: date) -> bool:
        if not is_working_day(day):
            return False
        if self.avoid_closures and closed(day) is not None:
            return False
        return not (self.avoid_school_breaks and school_break(day) is not None)


def nearest_free_day(preferred: date, first: date, last: date, rules: DayRules) -> date:
    """The allowed day nearest to `preferred` inside [first, last] (a later one on a tie).

    When that window has none, the nearest allowed day within SEARCH_DAYS on either side; when
    even that fails (never with the shipped calendar), the nearest working day.
    """
    return free_days(preferred, first, last, rules, count=1)[0]


def free_days(
    preferred: date, first: date, last: date, rules: DayRules, *, count: int, gap: int = 1
) -> list[date]:
    """`count` allowed days at least `gap` days apart, each as near to `preferred` as the ones
    before it left room for, nearest first: the same session held by several municipalities
    (the first `n` days never change when more are asked, so each keeps its day).

    The days come from [first, last] first, then from SEARCH_DAYS on either side, then from
    any working day; a day that cannot be found at all repeats `preferred`.
    """
    chosen: list[date] = []
    around = (preferred - timedelta(SEARCH_DAYS), preferred + timedelta(SEARCH_DAYS))
    for window, check in (
        ((first, last), rules.allows),
        (around, rules.allows),
        (around, is_working_day),
    ):
        for day in _by_distance(preferred, window):
            if check(day) and all(abs((day - other).days) >= gap for other in chosen):
                chosen.append(day)
                if len(chosen) == count:
                    return chosen
    return chosen + [preferred] * (count - len(chosen))


def _by_distance(preferred: date, window: tuple[date, date]) -> Iterator[date]:
    low, high = window
    for distance in range((high - low).days + 1):
        for day in (preferred + timedelta(distance), preferred - timedelta(distance)):
            if low <= day <= high and (distance or day == preferred):
                yield day


def working_day_on_or_before(day: date) -> date:
    """A deadline on a weekend or a public holiday moves back to the working day before it."""
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


def why_not(day: date, rules: DayRules) -> Phrase | None:
    """Why a day does not suit (None when it does): for warnings to the coach. The names of
    holidays, closures and breaks are Belgian calendar data and stay as they are."""
    holiday = public_holiday(day)
    if holiday:
        return phrase("{holiday} (public holiday)", holiday=holiday)
    if day.weekday() >= 5:
        return phrase("a weekend day")
    closure = closed(day) if rules.avoid_closures else None
    if closure:
        return phrase("{closure}", closure=closure)
    found = school_break(day) if rules.avoid_school_breaks else None
    return phrase("the {school_break}", school_break=found.name.lower()) if found else None
