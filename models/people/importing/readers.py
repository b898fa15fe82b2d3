"""One way in for every spreadsheet: xlsx, xls and ods through python-calamine, csv by hand.

calamine was chosen on measurement (FACTS.md: 10,000 rows in 0.07–0.1 s against 0.6 s for
openpyxl's read-only mode, and only calamine reads .xls and .ods). Every file passes
`guard.check_file` first, because calamine can abort the process on a hostile file.
Cells come out in one shape whatever the reader: None for empty, whole numbers as int.
"""

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from models.core.errors import UserError
from models.people.importing.guard import FileKind, check_file

Cell = str | int | float | bool | date | datetime | time | None
Merged = tuple[tuple[int, int], tuple[int, int]]  # 0-based (row, col) of both corners

MAX_DATA_ROWS = 200_000


@dataclass(frozen=True)
class RawSheet:
    """A sheet as read: rows from A1 (row index 0 is sheet row 1), merged areas."""

    name: str
    rows: list[list[Cell]]
    merged: tuple[Merged, ...] = field(default=())


@dataclass(frozen=True)
class RawWorkbook:
    source_name: str  # the file name only, never its folder
    kind: FileKind
    sheets: tuple[RawSheet, ...]


class Cancelled(Exception):
    """The coach pressed Cancel while the file was being read or checked."""


def normalise_cell(value: object) -> Cell:
    if value is None or value == "":
        return None
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) < 1e15 else value
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, str | int | bool | date | datetime | time):
        return value
    return str(value)


def read_workbook(path: Path, cancelled: Callable[[], bool] | None = None) -> RawWorkbook:
    """Checks and reads every sheet of `path`; a UserError in Dutch when it cannot."""
    kind = check_file(path)
    if kind is FileKind.CSV:
        sheets: tuple[RawSheet, ...] = (read_csv(path),)
    else:
        sheets = _read_with_calamine(path, cancelled)
    if not any(any(cell is not None for cell in row) for sheet in sheets for row in sheet.rows):
        raise UserError(f"'{path.name}' bevat geen gegevens. Kies het bestand met de personen.")
    return RawWorkbook(source_name=path.name, kind=kind, sheets=sheets)


def _read_with_calamine(path: Path, cancelled: Callable[[], bool] | None) -> tuple[RawSheet, ...]:
    import python_calamine

    damaged = UserError(
        f"'{path.name}' is beschadigd of geen rekenblad. Open het in Excel of LibreOffice en "
        "bewaar het opnieuw als .xlsx of .csv, en probeer dan opnieuw."
    )
    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise UserError(
            f"'{path.name}' is beveiligd met een wachtwoord. Haal het wachtwoord weg in Excel "
            "of LibreOffice en probeer opnieuw."
        ) from None
    except Exception:  # calamine raises several kinds for a damaged file; all mean the same
        raise damaged from None
    sheets: list[RawSheet] = []
    with workbook:
        for meta in workbook.sheets_metadata:
            if cancelled is not None and cancelled():
                raise Cancelled
            if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
                continue
            try:
                sheet = workbook.get_sheet_by_name(meta.name)
                values = sheet.to_python(skip_empty_area=False)
                merged = tuple(sheet.merged_cell_ranges or ())
            except Exception:
                raise damaged from None
            if len(values) > MAX_DATA_ROWS:
                raise _too_many_rows(path.name)
            rows = [
                [
                    (v or None) if type(v) is str else normalise_cell(v)  # text: most cells
                    for v in row
                ]
                for row in values
            ]
            sheets.append(RawSheet(meta.name, rows, merged))
    return tuple(sheets)


def _too_many_rows(name: str) -> UserError:
    return UserError(
        f"'{name}' heeft meer dan {MAX_DATA_ROWS:,} rijen; dat is geen deelnemerslijst. "
        "Bewaar alleen de personen in een nieuw bestand en probeer opnieuw.".replace(",", ".")
    )


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


def _delimiter(lines: list[str]) -> str:
    """The separator that splits the first lines most consistently (; for Belgian Excel)."""
    best, best_score = ",", -1.0
    for candidate in (";", ",", "\t", "|"):
        counts = [line.count(candidate) for line in lines if line.strip()]
        if not counts or max(counts) == 0:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) / len(counts) * (1 + min(common, 20) / 20)
        if common > 0 and score > best_score:
            best, best_score = candidate, score
    return best


def read_csv(path: Path) -> RawSheet:
    text = decode_text(path.read_bytes())
    lines = text.splitlines()
    delimiter = None
    if lines and lines[0].strip().lower().startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter = lines[0].strip()[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
        lines = lines[1:]
    if delimiter is None:
        delimiter = _delimiter(lines[:30])
    rows: list[list[Cell]] = []
    try:
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append([normalise_cell(value.strip()) for value in record])
            if len(rows) > MAX_DATA_ROWS:
                raise _too_many_rows(path.name)
    except csv.Error:
        raise UserError(
            f"'{path.name}' is geen leesbaar CSV-bestand. Open het in Excel of LibreOffice, "
            "bewaar het als .xlsx en probeer opnieuw."
        ) from None
    return RawSheet(path.stem[:31] or "CSV", rows)
