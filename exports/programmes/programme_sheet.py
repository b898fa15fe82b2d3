"""The programme sheet ("programmafiche") a coach hands a municipality before the intake."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    ListFlowable,
    Spacer,
    Table,
)

from exports.pdf import build_pdf, frame_width, para, styles, table_style
from exports.pdf.fonts import REGULAR
from exports.pdf.styles import ACCENT, Styles
from models.core.formatting import format_date

OVERVIEW_HEADER = ("Fase", "Wat", "Wanneer")
ACTIVITY_HEADER = ("Wanneer", "Activiteit", "Wie")
PRICE_HEADER = ("Onderdeel", "Bedrag")
LONG_TITLE = 45  # characters; longer names get a smaller masthead so they stay at 2-3 lines


@dataclass(frozen=True)
class Activity:
    """One activity inside a phase: when, what, and who does it."""

    months: str
    name: str
    responsible: str = ""


@dataclass(frozen=True)
class Phase:
    """One phase of the programme, e.g. 'Fase 1', 'Kennismaking', 'maand 0–5'."""

    label: str
    name: str
    months: str
    description: str = ""
    activities: tuple[Activity, ...] = ()


@dataclass(frozen=True)
class PriceLine:
    """One line of the indicative price; a total line is printed in bold."""

    label: str
    amount: str
    is_total: bool = False


@dataclass(frozen=True)
class ProgrammeSheetData:
    """Everything the programme sheet prints, as plain text already formatted for people."""

    programme_name: str
    provider_name: str
    provider_contact: tuple[str, ...] = ()
    summary: str = ""
    phases: tuple[Phase, ...] = ()
    included: tuple[str, ...] = ()
    price_heading: str = "Prijs"
    responsibilities: tuple[str, ...] = ()
    price_lines: tuple[PriceLine, ...] = ()
    price_notes: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    issued_on: date | None = None


@dataclass(frozen=True)
class ListSection:
    """A heading with a bulleted list under it."""

    heading: str
    items: tuple[str, ...]


Rows = list[list[str]]


def document_title(data: ProgrammeSheetData) -> str:
    """The title in the page header and the PDF metadata."""
    return f"Programmafiche {data.programme_name}"


def footer_text(data: ProgrammeSheetData) -> str:
    """The footer's left text: who offers the programme and, if known, when the sheet was made."""
    if data.issued_on is None:
        return data.provider_name
    # Date first: when a long provider name gets cut to fit, the date survives.
    return f"Opgemaakt op {format_date(data.issued_on)} · {data.provider_name}"


def overview_rows(data: ProgrammeSheetData) -> Rows:
    """Header plus one row per phase: label, name, months."""
    return [list(OVERVIEW_HEADER)] + [[p.label, p.name, p.months] for p in data.phases]


def activity_rows(phase: Phase) -> Rows:
    """Header plus one row per activity of the phase: months, name, responsible."""
    return [list(ACTIVITY_HEADER)] + [[a.months, a.name, a.responsible] for a in phase.activities]


def phase_heading(phase: Phase) -> str:
    """'Fase 1 · Kennismaking', or just the name when a phase has no label."""
    return f"{phase.label} · {phase.name}" if phase.label else phase.name


def price_rows(data: ProgrammeSheetData) -> Rows:
    """Header plus one row per price line: label, amount."""
    return [list(PRICE_HEADER)] + [[line.label, line.amount] for line in data.price_lines]


def price_total_rows(data: ProgrammeSheetData) -> list[int]:
    """Table row indexes (header is row 0) of the total lines, which get bold text and a rule."""
    return [index + 1 for index, line in enumerate(data.price_lines) if line.is_total]


def list_sections(data: ProgrammeSheetData) -> list[ListSection]:
    """The bulleted sections that have content, in reading order."""
    candidates = (
        ListSection("Wat is inbegrepen", data.included),
        ListSection("Wat we van de gemeente verwachten", data.responsibilities),
    )
    return [section for section in candidates if section.items]


def build_programme_sheet(data: ProgrammeSheetData, path: Path | str) -> Path:
    """Write the programme sheet as an A4 PDF to path (atomically) and return the path."""
    return build_pdf(
        path,
        _story(data, styles()),
        title=document_title(data),
        subtitle=data.provider_name,
        footer_left=footer_text(data),
        author=data.provider_name,
        header_on_first_page=False,
    )


def _story(data: ProgrammeSheetData, s: Styles) -> list[Flowable]:
    story: list[Flowable] = [_masthead(data, s)]
    if data.summary:
        story += [Spacer(1, 3 * mm), para(data.summary, s.body)]
    if data.phases:
        story += [para("Het traject in één oogopslag", s.heading1)]
        story.append(_table(overview_rows(data), s, [22 * mm, None, 38 * mm]))
        story += [para("Fase per fase", s.heading1)]
        story += [_phase_block(phase, s) for phase in data.phases]
    for section in list_sections(data):
        story += [para(section.heading, s.heading1), _bullets(section.items, s.bullet)]
    if data.price_lines or data.price_notes:
        story += [para(data.price_heading, s.heading1)]
    if data.price_lines:
        story.append(_price_table(data, s))
    if data.price_notes:
        story += [Spacer(1, 2 * mm)] + [para(note, s.small) for note in data.price_notes]
    if data.conditions:
        story += [para("Voorwaarden", s.heading1), _bullets(data.conditions, s.small)]
    return story


def _masthead(data: ProgrammeSheetData, s: Styles) -> Flowable:
    """Title block: programme on the left, provider and contact on the right, accent rule below."""
    title = s.title
    if len(data.programme_name) > LONG_TITLE:
        title = ParagraphStyle("title_long", parent=s.title, fontSize=15, leading=19)
    left = [para("PROGRAMMAFICHE", s.kicker), para(data.programme_name, title)]
    right_style = ParagraphStyle("masthead_right", parent=s.small, alignment=TA_RIGHT, spaceAfter=0)
    right_name = ParagraphStyle("masthead_name", parent=s.table_total_right, spaceAfter=1)
    right = [para(data.provider_name, right_name)]
    right += [para(line, right_style) for line in data.provider_contact]
    width = frame_width()
    table = Table([[left, right]], colWidths=[width * 0.62, width * 0.38])
    table.setStyle(
        [
            # A Table sets its cells' font even for Paragraph cells: Helvetica would sneak in.
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )
    rule = HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=2, spaceAfter=4)
    return KeepTogether([table, rule])


def _phase_block(phase: Phase, s: Styles) -> Flowable:
    """A phase kept on one page when it fits: heading, timing, description, activities."""
    parts: list[Flowable] = [para(phase_heading(phase), s.heading2), para(phase.months, s.small)]
    if phase.description:
        parts.append(para(phase.description, s.body))
    if phase.activities:
        parts.append(_table(activity_rows(phase), s, [32 * mm, None, 48 * mm]))
    parts.append(Spacer(1, 2 * mm))
    return KeepTogether(parts)


def _price_table(data: ProgrammeSheetData, s: Styles) -> Table:
    """Price lines with amounts aligned right; total lines bold under an accent rule."""
    totals = set(price_total_rows(data))
    header, *body = price_rows(data)
    cells = [[para(header[0], s.table_header), para(header[1], s.table_header_right)]]
    for row, (label, amount) in enumerate(body, start=1):
        total = row in totals
        cells.append(
            [
                para(label, s.table_total if total else s.table_body),
                para(amount, s.table_total_right if total else s.table_body_right),
            ]
        )
    table = Table(cells, colWidths=[None, 42 * mm], repeatRows=1)
    table.setStyle(table_style(right_columns=(1,)))
    table.setStyle([("LINEABOVE", (0, row), (-1, row), 0.9, ACCENT) for row in sorted(totals)])
    return table


def _table(rows: Rows, s: Styles, widths: Sequence[float | None]) -> Table:
    """A standard table of user text: header row repeated on every page, every cell escaped."""
    header, *body = rows
    cells = [[para(text, s.table_header) for text in header]]
    cells += [[para(text, s.table_body) for text in row] for row in body]
    table = Table(cells, colWidths=list(widths), repeatRows=1)
    table.setStyle(table_style())
    return table


def _bullets(items: Sequence[str], style: ParagraphStyle) -> ListFlowable:
    return ListFlowable(
        [para(item, style) for item in items],
        bulletType="bullet",
        start="•",
        bulletFontName=REGULAR,
        bulletFontSize=style.fontSize,
        bulletColor=ACCENT,
        leftIndent=12,
        bulletOffsetY=0,
        spaceBefore=0,
    )
