"""The action plan's table of actions: strings where they fit, one cell look per kind of row.

A 100-page plan is mostly this table, so it is built for speed without changing how it
prints: no Paragraph where a string draws the same (the header too, repeated on every page),
and no style command per cell or per row (bench/action_plan_pdf.py).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table
from reportlab.platypus.tables import CellStyle

from exports.actions.action_plan_rows import action_rows, empty_text
from exports.pdf import cell_grid, cell_look, frame_width, markup, para, table_paint_commands
from exports.pdf.fonts import BOLD
from exports.pdf.styles import CELL_PAD, MUTED, Styles, styles
from models.actions.dto import ActionPlanDocument, PlanAction, PlanSection
from models.core.enums import ActionStatus

# Tick box, number, what, who, by when, status; "what" takes the rest of the width.
_FIXED = (7 * mm, 9 * mm, None, 35 * mm, 23.5 * mm, 17 * mm)
_HEADER, _OPEN, _DONE, _LATE = "header", "open", "done", "late"


def table_cell(text: str, style: ParagraphStyle, width: float) -> Any:
    """A plain string when the text fits on one line (drawn as is, no markup to parse: a
    100-page plan builds much faster), else a wrapping Paragraph."""
    fits = stringWidth(text, style.fontName, style.fontSize) <= width - 2 * (CELL_PAD + 1)
    if fits and text.isprintable():
        return text
    return Paragraph(markup(text), style)


def action_table(doc: ActionPlanDocument, section: PlanSection, s: Styles) -> Flowable:
    """The table of actions, its header repeated on every page it runs over."""
    if not section.actions:
        return para(empty_text(doc), s.small)
    header, *body = action_rows(section)
    widths = _widths()
    done, description = _paragraph_styles()
    cells: list[list[Any]] = [header]
    kinds = [_HEADER]
    for row, action in zip(body, section.actions, strict=True):
        box, number, title, owner, due, status = row
        style = done if action.status == ActionStatus.DONE else s.table_body
        what: Any = table_cell(title, style, widths[2])
        if action.description:
            what = [
                Paragraph(markup(title), style),
                Paragraph(markup(action.description), description),
            ]
        cells.append([box, number, what, table_cell(owner, style, widths[3]), due, status])
        kinds.append(_kind(action))
    looks = _row_looks()
    table = Table(
        cells, colWidths=widths, repeatRows=1, cellStyles=cell_grid([looks[k] for k in kinds])
    )
    table.setStyle(table_paint_commands())
    return table


def _widths() -> list[float]:
    rest = frame_width() - sum(w for w in _FIXED if w is not None)
    return [w if w is not None else rest for w in _FIXED]


def _kind(action: PlanAction) -> str:
    if action.overdue:
        return _LATE
    return _DONE if action.status == ActionStatus.DONE else _OPEN


@cache
def _paragraph_styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    """A done action's title (muted) and an action's description (small, under its title)."""
    s = styles()
    return (
        ParagraphStyle("plan_done", parent=s.table_body, textColor=MUTED),
        ParagraphStyle("plan_desc", parent=s.small, fontSize=8, leading=10, spaceAfter=0),
    )


@cache
def _row_looks() -> dict[str, list[CellStyle]]:
    """Per kind of row its cells' looks, column by column (cell_grid copies them per cell).

    The header is bold; a done action is muted; a late one has its date and status in bold,
    so black-and-white print still shows it. The tick box is larger and centred, the number
    stands right ("Nr" above it left, as it always stood); strings share the paragraphs'
    leading so both line up."""
    looks = {_HEADER: [cell_look(fontname=BOLD) for _ in _FIXED]}
    looks[_HEADER][0].alignment = "CENTER"
    leading = styles().table_body.leading
    for kind in (_OPEN, _DONE, _LATE):
        color = MUTED if kind == _DONE else styles().table_body.textColor
        row = [cell_look(color=color, leading=leading) for _ in _FIXED]
        row[0] = cell_look(
            color=color, leading=leading, fontsize=11, topPadding=2, alignment="CENTER"
        )
        row[1].alignment = "RIGHT"
        if kind == _LATE:
            row[4].fontname = row[5].fontname = BOLD
        looks[kind] = row
    return looks
