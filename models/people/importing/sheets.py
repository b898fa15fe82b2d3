"""The shape of a cell and the kinds of file, shared by the reading child and the app.

Kept free of heavy imports: the reading child process loads it at every start.
"""

from datetime import date, datetime, time, timedelta
from enum import StrEnum

Cell = str | int | float | bool | date | datetime | time | None
Merged = tuple[tuple[int, int], tuple[int, int]]  # 0-based (row, col) of both corners


class FileKind(StrEnum):
    """What a file is by its content (its name does not count)."""

    XLSX = "xlsx"
    XLS = "xls"
    ODS = "ods"
    CSV = "csv"
    HTML = "html"  # a table saved as a web page with an .xls name, as web tools export


class Cancelled(Exception):
    """The coach pressed Cancel while the file was being read or checked."""


def normalise_cell(value: object) -> Cell:
    """None for empty, whole numbers as int (calamine gives floats), durations as text."""
    if value is None or value == "":
        return None
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) < 1e15 else value
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, str | int | bool | date | datetime | time):
        return value
    return str(value)
