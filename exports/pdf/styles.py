"""The one stylesheet of every Trajectwijzer PDF: calm, black-and-white friendly, one accent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle
from reportlab.platypus.tables import CellStyle

from exports.pdf.fonts import BOLD, REGULAR, register_fonts

# Dark teal prints as a deep grey on the hall's black-and-white printer: it marks, never carries.
ACCENT = colors.HexColor("#1F5F5B")
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#A6A6A6")
HEADER_FILL = colors.HexColor("#E1EAE9")
ZEBRA = colors.HexColor("#F2F2F2")

BODY_SIZE = 10
SMALL_SIZE = 8.5
TABLE_SIZE = 9
CELL_PAD = 4

TableCommand = tuple[Any, ...]


@dataclass(frozen=True)
class Styles:
    """Every paragraph style a document may use; all of them in the embedded TTF."""

    title: ParagraphStyle
    kicker: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    bullet: ParagraphStyle
    table_header: ParagraphStyle
    table_header_right: ParagraphStyle
    table_body: ParagraphStyle
    table_body_right: ParagraphStyle
    table_total: ParagraphStyle
    table_total_right: ParagraphStyle


@cache
def styles() -> Styles:
    """The shared stylesheet (fonts registered on first use)."""
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=BODY_SIZE, leading=14, textColor=INK, spaceAfter=6
    )
    table_body = ParagraphStyle(
        "table_body", parent=body, fontSize=TABLE_SIZE, leading=12, spaceAfter=0
    )
    table_total = ParagraphStyle("table_total", parent=table_body, fontName=BOLD)
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=20, leading=25, spaceAfter=4
        ),
        kicker=ParagraphStyle(
            "kicker",
            parent=body,
            fontName=BOLD,
            fontSize=9,
            leading=12,
            textColor=ACCENT,
            spaceAfter=2,
        ),
        heading1=ParagraphStyle(
            "heading1",
            parent=body,
            fontName=BOLD,
            fontSize=13.5,
            leading=18,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=True,
        ),
        heading2=ParagraphStyle(
            "heading2",
            parent=body,
            fontName=BOLD,
            fontSize=11,
            leading=15,
            spaceBefore=10,
            spaceAfter=3,
            keepWithNext=True,
        ),
        body=body,
        small=ParagraphStyle(
            "small", parent=body, fontSize=SMALL_SIZE, leading=11, textColor=MUTED, spaceAfter=3
        ),
        bullet=ParagraphStyle("bullet", parent=body, spaceAfter=3),
        table_header=ParagraphStyle(
            "table_header", parent=table_body, fontName=BOLD, alignment=TA_LEFT
        ),
        table_header_right=ParagraphStyle(
            "table_header_right", parent=table_body, fontName=BOLD, alignment=TA_RIGHT
        ),
        table_body=table_body,
        table_body_right=ParagraphStyle("table_body_right", parent=table_body, alignment=TA_RIGHT),
        table_total=table_total,
        table_total_right=ParagraphStyle(
            "table_total_right", parent=table_total, alignment=TA_RIGHT
        ),
    )


def table_style_commands(
    *, header_rows: int = 1, zebra: bool = True, right_columns: Sequence[int] = ()
) -> list[TableCommand]:
    """The standard table look as plain commands: header band, zebra rows, thin grey grid.

    Only relative cell addresses are used, so the look survives a table split over pages
    with repeatRows=header_rows.
    """
    commands: list[TableCommand] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), TABLE_SIZE),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD + 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD + 1),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD + 1),
    ]
    if header_rows:
        commands.append(("FONTNAME", (0, 0), (-1, header_rows - 1), BOLD))
    commands += table_paint_commands(header_rows=header_rows, zebra=zebra)
    commands += [("ALIGN", (col, 0), (col, -1), "RIGHT") for col in right_columns]
    return commands


def table_paint_commands(*, header_rows: int = 1, zebra: bool = True) -> list[TableCommand]:
    """What the standard look paints: the grid, the header band and its rule, zebra rows.

    Without the commands that set a cell's font, colour, padding or alignment: a table built
    with cellStyles=cell_grid(...) has those already."""
    commands: list[TableCommand] = [("GRID", (0, 0), (-1, -1), 0.25, RULE)]
    if header_rows:
        last_header = header_rows - 1
        commands += [
            ("BACKGROUND", (0, 0), (-1, last_header), HEADER_FILL),
            ("LINEBELOW", (0, last_header), (-1, last_header), 0.9, ACCENT),
        ]
    if zebra:
        # None, not white: the page is white already, so only every other row is painted.
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [None, ZEBRA]))
    return commands


def cell_look(**changes: Any) -> CellStyle:
    """A body cell of the standard look, as table_style_commands sets it, with changes
    (fontname=BOLD for a header cell, alignment="RIGHT" for a number…)."""
    look = CellStyle("standard")
    look.fontname = REGULAR
    look.fontsize = TABLE_SIZE
    look.color = INK
    look.valign = "TOP"
    look.leftPadding = look.rightPadding = CELL_PAD + 1
    look.topPadding = CELL_PAD
    look.bottomPadding = CELL_PAD + 1
    for name, value in changes.items():
        if not hasattr(look, name):
            raise TypeError(f"a table cell has no {name!r}")
        setattr(look, name, value)
    return look


def cell_grid(rows: Sequence[Sequence[CellStyle]]) -> list[list[CellStyle]]:
    """A Table's cellStyles from the looks of each row, every cell its own copy.

    A style command visits each cell of its range, so a long table styled by commands spends
    tens of thousands of calls on fonts and paddings; rows of a few kinds given their looks
    here need none. Being copies, a later command still changes only the cells it names."""
    return [[_copy(look) for look in row] for row in rows]


def _copy(look: CellStyle) -> CellStyle:
    """A CellStyle's twin: its attributes copied, a few times faster than copy.copy."""
    twin = CellStyle.__new__(CellStyle)
    twin.__dict__.update(look.__dict__)
    return twin


def table_style(
    *, header_rows: int = 1, zebra: bool = True, right_columns: Sequence[int] = ()
) -> TableStyle:
    """The standard TableStyle; pass the same header_rows as the Table's repeatRows."""
    register_fonts()
    return TableStyle(
        table_style_commands(header_rows=header_rows, zebra=zebra, right_columns=right_columns)
    )


def plain_table(
    cells: Sequence[Sequence[Any]],
    widths: Sequence[float | None],
    *,
    padding: float = 1,
    h_align: Literal["LEFT", "CENTER"] = "CENTER",
) -> Table:
    """A borderless layout table (label beside value); the font is set so Helvetica never
    sneaks into the PDF."""
    register_fonts()
    table = Table([list(row) for row in cells], colWidths=list(widths), hAlign=h_align)
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ]
    )
    return table
