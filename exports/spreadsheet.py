"""Excel files the coach hands on: frozen header, sensible widths, a filter, no live formulas.

A cell that starts with = + - @ (or a tab / carriage return) would run as a formula when the
file is opened in Excel or LibreOffice; such text is written with a leading apostrophe-like
quote prefix so it shows as typed and never executes (OWASP "CSV/formula injection").
Text is cleaned first (models/core/text.py): a database written by an older version may hold
control characters, which no xlsx can contain; every stored string must still export.
"""

import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from exports.pdf.atomic import write_atomically
from models.core.text import clean_line, clean_multiline

Cell = str | int | float | Decimal | date | datetime | bool | None

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MAX_WIDTH = 60
MAX_CELL_TEXT = 32_767


def neutralise(value: Cell) -> Cell:
    """Text as a cell can hold it; text that a spreadsheet would read as a formula gets a
    leading ' so it stays text."""
    if isinstance(value, str):
        value = clean_multiline(value)
        if len(value) > MAX_CELL_TEXT:  # Excel's own limit: a longer cell "needs repair"
            value = value[: MAX_CELL_TEXT - 2] + " …"
        if value.startswith(_FORMULA_START):
            return "'" + value[: MAX_CELL_TEXT - 1]
    return value


def write_table(
    path: Path,
    title: str,
    header: Sequence[str],
    rows: Iterable[Sequence[Cell]],
) -> Path:
    """One sheet named `title`: bold frozen header, autofilter, widths from the content.

    Written to a temporary file first and moved into place, so a full disk never leaves
    half a workbook under the final name.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = _sheet_title(title)
    sheet.append([neutralise(h) for h in header])
    widths = [len(h) for h in header]
    for row in rows:
        cells = [neutralise(v) for v in row]
        sheet.append(cells)
        for index, value in enumerate(cells[: len(widths)]):
            widths[index] = max(widths[index], len(_shown(value)))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, _MAX_WIDTH)
    sheet.freeze_panes = "A2"
    if header:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(sheet.max_row, 1)}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return write_atomically(path, buffer.getvalue())


def _shown(value: Cell) -> str:
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else str(value)


def _sheet_title(title: str) -> str:
    """Excel refuses sheet names over 31 characters or with []:*?/\\ in them."""
    text = clean_line(title)
    cleaned = "".join("_" if c in "[]:*?/\\" else c for c in text).strip() or "Blad1"
    return cleaned[:31]
