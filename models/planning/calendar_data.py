"""The calendar file (resources/reference/calendar.toml): school breaks by their rule, closures."""

import functools
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Literal, Self

from dateutil.easter import easter
from pydantic import Field, StringConstraints, model_validator

import resources
from models.core.errors import domain_text, phrase
from models.programmes.schema_base import Count, FrozenModel, Key, Text, rule_error
from models.programmes.tomlfile import FileKind, validate_file

MonthDay = Annotated[str, StringConstraints(pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")]

_KIND = FileKind(
    noun=domain_text("reference file"),
    remedy=domain_text(
        "Repair the file in the folder resources/reference or reinstall the application."
    ),
)


class Weekday(StrEnum):
    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"

    @property
    def number(self) -> int:
        """Monday 0 … Sunday 6, as date.weekday() counts."""
        return list(Weekday).index(self)


def _month_day(year: int, text: str) -> date:
    month, day = text.split("-")
    return date(year, int(month), int(day))


def _monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class SchoolBreak(FrozenModel):
    """A school holiday of the Flemish Community, by the rule of the decree (see the file)."""

    key: Key
    name: Text
    rule: Literal["week_of", "mondays_before_easter", "easter_break", "easter_offset", "fixed"]
    anchor: MonthDay | None = None
    next_monday_if: tuple[Weekday, ...] = ()
    weeks: Count | None = None
    mondays: Count | None = None
    late_after: MonthDay | None = None
    offset_days: int | None = Field(default=None, strict=True)
    days: Count | None = None
    start: MonthDay | None = None
    end: MonthDay | None = None

    @model_validator(mode="after")
    def _fields_match_rule(self) -> Self:
        needed = {
            "week_of": ("anchor", "weeks"),
            "mondays_before_easter": ("mondays", "weeks"),
            "easter_break": ("late_after", "weeks"),
            "easter_offset": ("offset_days", "days"),
            "fixed": ("start", "end"),
        }[self.rule]
        for name in needed:
            if getattr(self, name) is None:
                raise rule_error(
                    name,
                    phrase("is missing: the rule '{rule}' asks for this field", rule=self.rule),
                )
        return self

    def span(self, year: int) -> tuple[date, date]:
        """First and last day of this break in the calendar year `year` (the break's start)."""
        weeks = timedelta(weeks=self.weeks or 0)
        match self.rule:
            case "week_of":
                anchor = _month_day(year, self.anchor or "")
                moved = anchor.weekday() in {d.number for d in self.next_monday_if}
                first = _monday_of(anchor) + timedelta(weeks=1 if moved else 0)
                return first, first + weeks - timedelta(days=1)
            case "mondays_before_easter":
                first = easter(year) - timedelta(days=6 + 7 * ((self.mondays or 1) - 1))
                return first, first + weeks - timedelta(days=1)
            case "easter_break":
                return self._easter_break(year, weeks)
            case "easter_offset":
                first = easter(year) + timedelta(days=self.offset_days or 0)
                return first, first + timedelta(days=(self.days or 1) - 1)
            case _:
                first = _month_day(year, self.start or "")
                return first, _month_day(year, self.end or "")

    def _easter_break(self, year: int, weeks: timedelta) -> tuple[date, date]:
        sunday = easter(year)
        if sunday.month == 3:
            first = sunday + timedelta(days=1)
        elif sunday > _month_day(year, self.late_after or ""):
            first = sunday - timedelta(days=13)  # the second Monday before Easter
            return first, sunday + timedelta(days=1)  # up to and including Easter Monday
        else:
            april = date(year, 4, 1)
            first = april + timedelta(days=(7 - april.weekday()) % 7)
        return first, first + weeks - timedelta(days=1)


class Closure(FrozenModel):
    """Days without any meeting (the end-of-year closure); may run over New Year."""

    key: Key
    name: Text
    start: MonthDay
    end: MonthDay

    def covers(self, day: date) -> bool:
        first, last = _month_day(2000, self.start), _month_day(2000, self.end)
        probe = _month_day(2000, f"{day.month:02d}-{day.day:02d}")
        return first <= probe <= last if first <= last else probe >= first or probe <= last


class CalendarFile(FrozenModel):
    school_breaks: tuple[SchoolBreak, ...] = ()
    closures: tuple[Closure, ...] = ()


@dataclass(frozen=True)
class Break:
    """A dated school break: 'Herfstvakantie', 27/10/2025 – 2/11/2025."""

    key: str
    name: str
    first: date
    last: date

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last


def calendar_path() -> Path:
    return Path(resources.__file__).parent / "reference" / "calendar.toml"


@functools.cache
def calendar_file() -> CalendarFile:
    """The calendar file shipped with the app, validated once (a broken file: ProgrammeError)."""
    return validate_file(CalendarFile, calendar_path(), _KIND)


@functools.cache
def school_breaks_in(year: int) -> tuple[Break, ...]:
    """The school breaks that start in calendar year `year`, in date order."""
    found = []
    for rule in calendar_file().school_breaks:
        first, last = rule.span(year)
        found.append(Break(rule.key, rule.name, first, last))
    return tuple(sorted(found, key=lambda b: b.first))
