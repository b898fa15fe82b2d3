"""The tables of a web page saved with a spreadsheet's name (web registration tools do that).

Each <table> becomes a sheet: <tr> rows of <td>/<th> cells, a cell spanning several columns
followed by empty ones, line breaks kept as spaces. Runs in the reading child process.
"""

from html.parser import HTMLParser
from pathlib import Path

from models.people.importing import refusals
from models.people.importing.sheets import Cell, SheetData, decode_text

MAX_SPAN = 100


class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[Cell]]] = []
        self._open: list[list[list[Cell]]] = []  # tables being read (nested ones too)
        self._cell: list[str] | None = None
        self._span = 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._close_cell()
            self._open.append([])
        elif not self._open:
            return
        elif tag == "tr":
            self._close_cell()
            self._open[-1].append([])
        elif tag in ("td", "th"):
            self._close_cell()
            if not self._open[-1]:
                self._open[-1].append([])
            self._cell = []
            span = dict(attrs).get("colspan") or "1"
            self._span = min(int(span), MAX_SPAN) if span.strip().isdigit() else 1
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th", "tr"):
            self._close_cell()
        elif tag == "table" and self._open:
            self._close_cell()
            rows = self._open.pop()
            if any(any(cell is not None for cell in row) for row in rows):
                self.tables.append(rows)

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def _close_cell(self) -> None:
        if self._cell is None or not self._open:
            self._cell = None
            return
        text = " ".join("".join(self._cell).split())
        row = self._open[-1][-1]
        row.append(text or None)
        row.extend([None] * (self._span - 1))
        self._cell = None


def read_html_tables(path: Path, name: str) -> list[SheetData]:
    parser = _Tables()
    parser.feed(decode_text(path.read_bytes()))
    parser.close()
    if not parser.tables:
        raise refusals.web_page_without_table(name)
    return [(f"Tabel {number}", rows, []) for number, rows in enumerate(parser.tables, start=1)]
