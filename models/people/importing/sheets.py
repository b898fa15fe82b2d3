"""The shape of a cell and the kinds of file, shared by the reading child and the app.

Kept free of heavy imports: the reading child process loads it at every start.
"""

from datetime import date, datetime, time, timedelta
from enum import StrEnum

Cell = str | int | float | bool | date | datetime | time | None
Merged = tuple[tuple[int, int], tuple[int, int]]  # 0-based (row, col) of both corners
SheetData = tuple[str, list[list[Cell]], list[Merged]]  # what the reading child hands back


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


def decode_text(data: bytes) -> str:
    """UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252 as Belgian Excel writes."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
