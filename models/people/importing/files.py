"""A people list opened: its file read in the reading child, the people table of each sheet.

`open_import(path)` has the file judged and read in a child process with hard limits
(`sandbox.py`: a hostile file cannot take the app down), then finds the people table of each
sheet; `plan.build_preview` cleans the rows and matches them against the people already
known. Nothing here touches the database.
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from models.people.importing import refusals
from models.people.importing.headers import (
    Field,
    SheetTable,
    column_letter,
    detect_table,
    guess_mapping,
    unique_names,
)
from models.people.importing.sandbox import ReadCost, Reading, read_workbook
from models.people.importing.workbook import RawSheet

__all__ = ["Field", "ImportFile", "SheetTable", "guess_mapping", "open_import"]


@dataclass(frozen=True)
class ImportFile:
    source_name: str
    kind: str
    tables: tuple[SheetTable, ...]
    other_sheets: tuple[str, ...]  # sheets with data but no people table (shown, not read)
    read_cost: ReadCost | None = None  # what the reading child cost (for the benchmark)


def open_import(
    path: Path,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
    reading: Reading | None = None,
) -> ImportFile:
    """The people tables of a spreadsheet; a UserError when the file cannot be used.

    `reading`: the reading child of this file, started earlier (see `sandbox.Reading`).
    """
    if reading is not None:
        workbook, cost = reading.result(cancelled, progress)
    else:
        workbook, cost = read_workbook(path, cancelled, progress)
    tables: list[SheetTable] = []
    others: list[str] = []
    for index, sheet in enumerate(workbook.sheets):
        table = detect_table(sheet, index)
        if table is not None and table.rows:
            tables.append(table)
        elif any(any(cell is not None for cell in row) for row in sheet.rows):
            others.append(sheet.name)
    if not tables:
        fallback = _first_row_table(workbook.sheets)
        if fallback is None:
            raise refusals.no_people(workbook.source_name)
        tables.append(fallback)
        others = [name for name in others if name != fallback.sheet_name]
    return ImportFile(workbook.source_name, workbook.kind.value, tuple(tables), tuple(others), cost)


def _first_row_table(sheets: tuple[RawSheet, ...]) -> SheetTable | None:
    """No header recognised: the first filled row is the header, the coach maps by hand."""
    for index, sheet in enumerate(sheets):
        filled = [i for i, row in enumerate(sheet.rows) if any(c is not None for c in row)]
        if len(filled) < 2:
            continue
        width = max(len(row) for row in sheet.rows)
        header = list(sheet.rows[filled[0]]) + [None] * width
        headers = tuple(
            str(header[col]).strip() if header[col] is not None else f"Kolom {column_letter(col)}"
            for col in range(width)
        )
        rows = tuple(
            (i + 1, tuple(sheet.rows[i]) + (None,) * (width - len(sheet.rows[i])))
            for i in filled[1:]
        )
        return SheetTable(index, sheet.name, filled[0] + 1, unique_names(headers), rows)
    return None
