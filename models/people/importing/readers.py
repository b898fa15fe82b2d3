"""Reading a judged file into sheets: xlsx, xls and ods through python-calamine, csv and web
tables by hand. Runs in the reading child process (`child.py`), never in the app.

calamine was chosen on measurement (FACTS.md: 10,000 rows in 0.07–0.1 s against 0.6 s for
openpyxl's read-only mode, and only calamine reads .xls and .ods); it can abort the process
on a hostile file, which is why it only runs in the child. Cells come out in one shape
whatever the reader: None for empty, whole numbers as int; trailing empty rows and columns
are left out. What is read is counted against the limits the app gave the child.
"""

import csv
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from models.people.importing import refusals
from models.people.importing.sheets import (
    Cell,
    FileKind,
    SheetData,
    decode_text,
    normalise_cell,
)

Progress = Callable[[int, int], None]


class Bounds(NamedTuple):
    """How much the app takes from one file."""

    max_rows: int = 200_000  # per sheet
    max_cells: int = 4_000_000  # in all sheets, empty cells inside the used area included
    max_text: int = 50_000_000  # characters in all cells


def read_sheets(
    path: Path, kind: FileKind, name: str, bounds: Bounds, progress: Progress
) -> list[SheetData]:
    """Every sheet of `path` (judged to be `kind`); a UserError when it cannot be used."""
    if kind is FileKind.CSV:
        sheets = [read_csv(path, name, bounds)]
    elif kind is FileKind.HTML:
        from models.people.importing.html_tables import read_html_tables

        sheets = read_html_tables(path, name)
    else:
        sheets = _read_with_calamine(path, name, bounds, progress)
    _count(sheets, name, bounds)
    return sheets


def _read_with_calamine(
    path: Path, name: str, bounds: Bounds, progress: Progress
) -> list[SheetData]:
    import python_calamine

    try:
        with path.open("rb") as handle:  # by content, whatever the file is called
            workbook = python_calamine.CalamineWorkbook.from_filelike(handle)
    except python_calamine.PasswordError:
        raise refusals.password(name) from None
    except Exception:  # calamine raises several kinds for a damaged file; all mean the same
        raise refusals.damaged(name) from None
    sheets: list[SheetData] = []
    with workbook:
        metadata = [m for m in workbook.sheets_metadata if m.typ == _worksheet()]
        progress(0, len(metadata))
        for done, meta in enumerate(metadata, start=1):
            try:
                sheet = workbook.get_sheet_by_name(meta.name)
                values = sheet.to_python(skip_empty_area=False)
                merged = list(sheet.merged_cell_ranges or ())
            except Exception:
                raise refusals.damaged(name) from None
            if len(values) > bounds.max_rows:
                raise refusals.too_many_rows(name, bounds.max_rows)
            rows = [
                [(v or None) if type(v) is str else normalise_cell(v) for v in row]  # text: most
                for row in values
            ]
            sheets.append((str(meta.name), _trimmed(rows), merged))
            progress(done, len(metadata))
    return sheets


def _worksheet() -> object:
    import python_calamine

    return python_calamine.SheetTypeEnum.WorkSheet


def _trimmed(rows: list[list[Cell]]) -> list[list[Cell]]:
    """The rows without trailing empty rows and without empty cells at the end of a row."""
    while rows and all(cell is None for cell in rows[-1]):
        rows.pop()
    for index, row in enumerate(rows):
        if row and row[-1] is None:
            end = len(row)
            while end and row[end - 1] is None:
                end -= 1
            rows[index] = row[:end]
    return rows


def _count(sheets: list[SheetData], name: str, bounds: Bounds) -> None:
    cells = text = 0
    for _, rows, _ in sheets:
        width = max((len(row) for row in rows), default=0)
        cells += width * len(rows)
        text += sum(len(cell) for row in rows for cell in row if type(cell) is str)
        if cells > bounds.max_cells or text > bounds.max_text:
            raise refusals.too_big(name)


def _delimiter(lines: list[str]) -> tuple[str, float]:
    """The separator that splits the first lines most consistently (; for Belgian Excel), and
    the share of lines it splits into the same number of parts (0 when none splits)."""
    best, best_score, share = ",", -1.0, 0.0
    for candidate in (";", ",", "\t"):
        counts = [line.count(candidate) for line in lines if line.strip()]
        if not counts or max(counts) == 0:
            continue
        common = max(set(counts), key=counts.count)
        consistency = counts.count(common) / len(counts)
        score = consistency * (1 + min(common, 20) / 20)
        if common > 0 and score > best_score:
            best, best_score, share = candidate, score, consistency
    return best, share


def read_csv(path: Path, name: str, bounds: Bounds) -> SheetData:
    """A CSV file, when it is one: a consistent delimiter and a header row the mapping knows."""
    text = decode_text(path.read_bytes())
    lines = text.splitlines()
    delimiter: str | None = None
    share = 1.0
    if lines and lines[0].strip().lower().startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter = lines[0].strip()[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
        lines = lines[1:]
    if delimiter is None:
        delimiter, share = _delimiter(lines[:50])
    rows: list[list[Cell]] = []
    try:
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append([normalise_cell(value.strip()) for value in record])
            if len(rows) > bounds.max_rows:
                raise refusals.too_many_rows(name, bounds.max_rows)
    except csv.Error:
        raise refusals.broken_csv(name) from None
    if not any(any(cell is not None for cell in row) for row in rows):
        raise refusals.no_data(name)
    if not _has_headers(rows, share):
        what = looks_like(text)
        raise refusals.looks_like(name, what) if what else refusals.no_headers(name)
    return (path.stem[:31] or "CSV", _trimmed(rows), [])


_PLAIN_HEADER = re.compile(r"[^=<>{}\[\]#|`\"]{1,60}")


def _has_headers(rows: list[list[Cell]], share: float) -> bool:
    """A header row the mapping knows near the top, and rows split the same way below it.

    One known column header is enough only when it is the whole row and exactly a name
    header ("Naam", "Deelnemer"): a single sentence with the word "naam" in it is not.
    """
    from models.people.importing.headers import (
        NAME_FIELDS,
        exact_field,
        find_header_row,
        guess_field,
    )

    index = find_header_row(rows)
    if index is None:
        return False
    header = [c for c in rows[index] if isinstance(c, str) and c.strip()]
    known = [c for c in header if _PLAIN_HEADER.fullmatch(c) and guess_field(c) is not None]
    if len(header) == 1:
        return exact_field(header[0]) in NAME_FIELDS
    return len(known) >= 2 and share >= 0.6


_SETTING_LINE = re.compile(r"\s*(\[[^\]]+\]\s*$|[\w.\-\"']+\s*=)")
_COMMENT_LINE = re.compile(r"\s*[#;]")
_MARKDOWN_LINE = re.compile(r"\s*(#{1,6}\s|```|[-*+]\s|\|?\s*:?-{3,}:?\s*\|)")


def looks_like(text: str) -> str | None:
    """What text that is not a list of people seems to be: json, settings, markdown, or None."""
    start = text.lstrip("\ufeff \t\r\n")[:200]
    if start[:1] == "{" or re.match(r"\[\s*[\[{\"\d\]]", start):
        return "json"
    lines = [line for line in text.splitlines()[:60] if line.strip()]
    if not lines:
        return None
    settings = sum(1 for line in lines if _SETTING_LINE.match(line))
    comments = sum(1 for line in lines if _COMMENT_LINE.match(line))
    if settings and settings + comments >= len(lines) / 2:
        return "settings"
    if sum(1 for line in lines if _MARKDOWN_LINE.match(line)) >= max(1, len(lines) // 5):
        return "markdown"
    return None
