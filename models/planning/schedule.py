"""When a programme's items fall: month offsets, a session's day and hour, deadlines.

A session goes halfway its month offset, to the nearest day that suits it: a working day, not
in the end-of-year closure and, for citizens when the trajectory asks it, not in a Flemish
school break; at the hour its audience keeps (the programme's session_hours). Sessions held
by each municipality or cluster get days at least two days apart. A deadline on a weekend or public
holiday moves back to the working day before it.
"""

from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from models.planning.calendar import DayRules, free_days, working_day_on_or_before
from models.programmes.schema_plan import Audience, SessionHours, SessionTemplate, clock_time

DAYS_APART = 2  # between the same session held by two municipalities or clusters


def month_start(start: date, month: int) -> date:
    """The first day of a month offset; month 0 is the start date itself.

    Every offset is counted from the start itself, so 31 January + 2 months is 31 March
    (never a 28th carried over from February) and a month without that day ends it instead.
    """
    return start + relativedelta(months=month)


def month_end(start: date, month: int) -> date:
    """The last day of a month offset: the day before the next offset begins."""
    return month_start(start, month + 1) - timedelta(days=1)


def deadline(start: date, month: int) -> date:
    """When something due by the end of a month offset is due: its last working day."""
    return working_day_on_or_before(month_end(start, month))


def day_rules(template: SessionTemplate, avoid_school_holidays: bool) -> DayRules:
    """What a session's day avoids: school breaks only for citizens, when the coach wants."""
    citizens = template.audience is Audience.CITIZENS
    return DayRules(avoid_school_breaks=citizens and avoid_school_holidays)


def session_start(
    start: date,
    template: SessionTemplate,
    hours: SessionHours,
    *,
    avoid_school_holidays: bool = True,
    turn: int = 0,
) -> datetime:
    """The day and hour the programme puts a session; `turn` counts the municipalities or
    clusters that hold the same session before this one (each gets its own day)."""
    first, last = month_start(start, template.month), month_end(start, template.month)
    wanted = min(first + timedelta(days=14), last)
    rules = day_rules(template, avoid_school_holidays)
    day = free_days(wanted, first, last, rules, count=turn + 1, gap=DAYS_APART)[turn]
    hour = clock_time(template.start_time) if template.start_time else None
    return datetime.combine(day, hour or hours.for_audience(template.audience))
