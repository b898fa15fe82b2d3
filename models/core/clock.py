"""The one clock of the application: services ask it for today and now, tests fix it."""

from datetime import UTC, date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Where the date and time come from; passed to whatever needs them, never read globally."""

    def now(self) -> datetime:
        """The local wall-clock time, naive (as the coach reads it on the laptop)."""
        ...

    def today(self) -> date: ...

    def utcnow(self) -> datetime:
        """The same instant, aware and in UTC (for stored timestamps)."""
        ...


class SystemClock:
    """The laptop's clock."""

    def now(self) -> datetime:
        return datetime.now()

    def today(self) -> date:
        return date.today()

    def utcnow(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that stands still until moved: the demo's day, a test's day."""

    def __init__(self, moment: datetime | date) -> None:
        self._moment = moment if isinstance(moment, datetime) else _morning(moment)

    def now(self) -> datetime:
        return self._moment

    def today(self) -> date:
        return self._moment.date()

    def utcnow(self) -> datetime:
        return self._moment.astimezone(UTC)

    def set(self, moment: datetime | date) -> None:
        self._moment = moment if isinstance(moment, datetime) else _morning(moment)

    def advance(self, delta: timedelta) -> None:
        self._moment += delta


def utcnow() -> datetime:
    """The real time in UTC for the records' own timestamps (created, changed, checked in):
    when a row was written, whatever day the services' clock says it is."""
    return datetime.now(UTC)


def _morning(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 0)
