"""Dates, times and amounts on screen in the interface's language, through QLocale.

Dutch (nl-BE) and English (en-BE, the app's English) write numbers the Belgian way
(3.500,00) and dates day first (22/11/2026), so what is shown can be typed back as it is;
month and day names follow the language. Printed documents stay Dutch (exports/).
"""

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime


def date_text(day: date) -> str:
    """'22/11/2026'."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd/MM/yyyy")


def long_date_text(day: date) -> str:
    """'22 november 2026' / '22 November 2026'."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def month_year_text(day: date) -> str:
    """'november 2026' / 'November 2026'."""
    locale = QLocale()
    return f"{locale.standaloneMonthName(day.month)} {day.year}"


def time_text(moment: time) -> str:
    """'19:30'."""
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def datetime_text(moment: datetime) -> str:
    """'22/11/2026 19:30' (the wall-clock time stored, no time zone shift)."""
    return f"{date_text(moment.date())} {time_text(moment.time())}"


def number_text(value: int) -> str:
    """A whole number with the language's grouping: '1.234'."""
    return QLocale().toString(value)


def money_text(cents: int) -> str:
    """An amount in euro cents: '€ 3.500,00' (a no-break space after the sign)."""
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise TypeError(f"money_text expects integer cents, got {type(cents).__name__}")
    locale = QLocale()
    whole, rest = divmod(abs(cents), 100)
    sign = locale.negativeSign() if cents < 0 else ""
    return f"€\u00a0{sign}{locale.toString(whole)}{locale.decimalPoint()}{rest:02d}"
