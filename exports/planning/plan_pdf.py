"""The planning PDF for the municipality: the timeline on A4 landscape, then who does what when."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from exports.document_files import free_document_path, safe_file_name
from exports.pdf import build_pdf, frame_width, para, styles, table_style
from exports.pdf.document import fit_text
from exports.pdf.fonts import BOLD, REGULAR
from exports.pdf.styles import ACCENT, INK, MUTED, RULE, ZEBRA, Styles
from models.core.enums import PlanItemKind, SessionStatus, WorkStatus
from models.core.formatting import format_date, format_datetime
from models.planning.dto import PlanDocument, PlanRow, TaskRow, Timeline

STATUS_TEXT: dict[str, str] = {
    WorkStatus.PLANNED: "gepland",
    WorkStatus.IN_PROGRESS: "bezig",
    WorkStatus.DONE: "afgerond",
    SessionStatus.HELD: "gehouden",
    WorkStatus.CANCELLED: "geannuleerd",
}
DONE = (WorkStatus.DONE, SessionStatus.HELD)
CANCELLED = (WorkStatus.CANCELLED, SessionStatus.CANCELLED)
PHASE_HEADER = ("Fase", "Van", "Tot", "Wie", "Status")
POINT_HEADER = ("Datum", "Wat", "Fase", "Wie", "Status")
TASK_HEADER = ("Tegen", "Taak", "Wie", "Status")
LABEL_W, HEAD_H, LANE_H, LEGEND_H = 150.0, 30.0, 34.0, 18.0
FAINT = HexColor("#C9DCDA")  # planned bars: a light tint of the accent, still visible in grey
BREAK = HexColor("#F3EBD3")  # school breaks: a pale sand band behind the lanes
UNBOOKED = "niet geboekt"

Rows = list[list[str]]
Anchor = Literal["start", "middle", "end"]


def document_title(doc: PlanDocument) -> str:
    return f"Planning {doc.plan.name}"


def status_text(row_status: str, overdue: bool = False, booked: bool = True) -> str:
    if not booked:
        return UNBOOKED
    text = STATUS_TEXT.get(row_status, row_status)
    return f"{text}, te laat" if overdue else text


def shown(doc: PlanDocument) -> list[PlanRow]:
    """The plan's rows the PDF prints: the booked ones, and the others only when asked for."""
    return [r for r in doc.plan.rows if r.booked or doc.with_unbooked]


def shown_tasks(doc: PlanDocument, found: Sequence[TaskRow]) -> list[TaskRow]:
    return [t for t in found if t.booked or doc.with_unbooked]


def _date(day: date | None) -> str:
    return format_date(day) if day else ""


def phase_rows(doc: PlanDocument) -> Rows:
    """Header plus one row per phase: 'Fase 1 · Voorbereiding', from, until, who, status."""
    rows = [r for r in shown(doc) if r.kind == PlanItemKind.PHASE]
    return [list(PHASE_HEADER)] + [
        [
            phase_heading(r),
            _date(r.planned_start),
            _date(r.planned_end),
            r.who,
            status_text(r.status, r.overdue, r.booked),
        ]
        for r in rows
    ]


def phase_heading(row: PlanRow) -> str:
    return f"{row.label} · {row.name}" if row.label else row.name


def point_rows(doc: PlanDocument) -> Rows:
    """Header plus the milestones and sessions by date, with their phase and who is responsible."""
    phases = {r.uid: r.label or r.name for r in doc.plan.rows if r.kind == PlanItemKind.PHASE}
    points = [r for r in shown(doc) if r.kind != PlanItemKind.PHASE and r.planned_start]
    points.sort(key=lambda r: (r.planned_start or date.max, r.kind))
    rows = [list(POINT_HEADER)]
    for r in points:
        when = format_datetime(r.starts_at) if r.starts_at else _date(r.planned_start)
        what = ("Bijeenkomst: " if r.kind == PlanItemKind.SESSION else "Mijlpaal: ") + r.name
        what += " (optioneel)" if r.optional else ""
        who = r.who or ("Begeleider" if r.kind == PlanItemKind.SESSION else "")
        phase = phases.get(r.phase_uid or "", "")
        rows.append([when, what, phase, who, status_text(r.status, r.overdue, r.booked)])
    return rows


def task_rows(doc: PlanDocument, responsibilities: bool) -> Rows:
    """Header plus the checklist or the tasks (cancelled ones left out), soonest first."""
    board = doc.tasks
    found = board.responsibilities if responsibilities else board.tasks
    kept = [t for t in shown_tasks(doc, found) if t.status != WorkStatus.CANCELLED]
    ordered = sorted(kept, key=lambda t: (t.due_on or date.max, t.title))
    return [list(TASK_HEADER)] + [
        [
            _date(t.due_on) or "doorlopend",
            t.title,
            t.who,
            status_text(t.status, t.overdue, t.booked),
        ]
        for t in ordered
    ]


def facts(doc: PlanDocument) -> list[tuple[str, str]]:
    """The trajectory's key facts under the title, as (label, value) pairs."""
    plan = doc.plan
    end = plan.end_date
    booked_ends = [
        r.planned_end for r in shown(doc) if r.kind == PlanItemKind.PHASE and r.planned_end
    ]
    if booked_ends and not doc.with_unbooked:
        end = max(booked_ends)  # the plan as printed: up to the last booked phase
    span = f"{_date(plan.start_date)} – {_date(end)}" if plan.start_date else ""
    rows = [
        ("Programma", plan.programme_name),
        ("Voor", ", ".join(plan.clients)),
        ("Begeleiding", plan.provider_name),
        ("Looptijd", span),
        ("Geboekt", plan.booked_scope),
    ]
    if plan.unbooked_phases:
        left_out = "" if doc.with_unbooked else " (niet in deze planning)"
        rows.append(("Niet geboekt", ", ".join(plan.unbooked_phases) + left_out))
    return [(k, v) for k, v in rows if v] + [("Stand op", _date(plan.today))]


def shown_timeline(doc: PlanDocument) -> Timeline | None:
    """The timeline with the lanes the PDF prints, its months cut to the last one shown."""
    timeline = doc.plan.timeline
    if timeline is None or doc.with_unbooked:
        return timeline
    lanes = tuple(lane for lane in timeline.lanes if lane.phase.booked)
    ends = [lane.phase.planned_end for lane in lanes if lane.phase.planned_end]
    if not lanes or not ends:
        return None
    months = tuple(m for m in timeline.months if m.first <= max(ends))
    return replace(timeline, lanes=lanes, months=months)


def stop_note(doc: PlanDocument) -> str:
    """'Gestopt na Fase 1 Voorbereiding op 23/11/2026. Reden: …', or '' when it runs on."""
    plan = doc.plan
    if not plan.stopped_after:
        return ""
    note = f"Gestopt na {plan.stopped_after} op {_date(plan.stopped_on)}."
    return f"{note} Reden: {plan.stop_reason}" if plan.stop_reason else note


def timeline_drawing(timeline: Timeline, width: float) -> Drawing:
    """Phases as bars over the calendar months, milestones as diamonds, sessions as dots."""
    months = timeline.months
    month_w = (width - LABEL_W) / len(months)
    height = HEAD_H + LANE_H * len(timeline.lanes) + LEGEND_H
    top = height - HEAD_H
    drawing = Drawing(width, height)
    # The renderer starts in Helvetica otherwise, which then sits unembedded in the PDF.
    drawing.initialFontName = REGULAR  # type: ignore[attr-defined]
    index = {(m.first.year, m.first.month): i for i, m in enumerate(months)}

    def x(day: date) -> float:
        i = index.get((day.year, day.month))
        if i is None:
            return LABEL_W if day < months[0].first else width
        days = calendar.monthrange(day.year, day.month)[1]
        return LABEL_W + (i + (day.day - 1) / days) * month_w

    for i in range(1, len(months), 2):
        left = LABEL_W + i * month_w
        drawing.add(_rect(left, LEGEND_H, month_w, top - LEGEND_H, ZEBRA, None))
    for school_break in timeline.school_breaks:
        first, last = x(school_break.first), x(school_break.last + timedelta(days=1))
        if last > first:
            drawing.add(_rect(first, LEGEND_H, last - first, top - LEGEND_H, BREAK, None))
    for i, month in enumerate(months):
        left = LABEL_W + i * month_w
        drawing.add(_line(left, LEGEND_H, height - 12, RULE, 0.4))
        drawing.add(_text(left + month_w / 2, top + 4, month.label, 7.5, anchor="middle"))
        if i == 0 or month.first.month == 1:
            drawing.add(_text(left + 2, height - 10, str(month.year), 7.5, BOLD))
    for n, lane in enumerate(timeline.lanes):
        y = top - (n + 1) * LANE_H
        row = lane.phase
        drawing.add(
            _text(0, y + 19, fit_text(row.label or row.name, BOLD, LABEL_W - 6, 8), 8, BOLD)
        )
        name = row.name if row.booked else f"{row.name} ({UNBOOKED})"
        if row.label or not row.booked:
            drawing.add(_text(0, y + 8, fit_text(name, REGULAR, LABEL_W - 6, 7), 7))
        if row.planned_start and row.planned_end:
            left, right = x(row.planned_start), x(row.planned_end + timedelta(days=1))
            drawing.add(_bar(left, y + 17, right - left, row.status if row.booked else UNBOOKED))
            if row.status == WorkStatus.IN_PROGRESS and left < x(timeline.today) < right:
                drawing.add(_rect(left, y + 17, x(timeline.today) - left, 10, ACCENT, ACCENT))
        for mark in lane.marks:
            if mark.planned_start:
                drawing.add(_mark(x(mark.planned_start), y + 9, mark))
    for day, label in ((timeline.today, "vandaag"), (timeline.stopped_on, "gestopt")):
        if day and months[0].first <= day and x(day) < width:
            drawing.add(
                _line(x(day), LEGEND_H, top, INK, 1, [3, 2] if label == "vandaag" else [1, 2])
            )
            drawing.add(_text(x(day) + 2, LEGEND_H + 2, label, 6.5))
    _legend(drawing)
    return drawing


def _text(
    x: float, y: float, text: str, size: float, font: str = REGULAR, anchor: Anchor = "start"
) -> String:
    return String(x, y, text, fontName=font, fontSize=size, fillColor=INK, textAnchor=anchor)


def _rect(
    x: float,
    y: float,
    w: float,
    h: float,
    fill: Color | None,
    stroke: Color | None,
    dash: list[float] | None = None,
) -> Rect:
    # Set after construction: the Rect stub in types-reportlab mistypes its keyword arguments.
    rect = Rect(x, y, w, h)
    rect.fillColor, rect.strokeColor, rect.strokeWidth = fill, stroke, 0.8
    if dash:
        rect.strokeDashArray = dash
    return rect


def _line(
    x: float, y0: float, y1: float, colour: Color, width: float, dash: list[float] | None = None
) -> Line:
    line = Line(x, y0, x, y1, strokeColor=colour, strokeWidth=width)
    if dash:
        line.strokeDashArray = dash
    return line


def _bar(left: float, y: float, width: float, status: str) -> Rect:
    """Done: solid; planned or running: a light tint; cancelled: an empty dashed outline;
    not booked: a grey dotted outline."""
    if status in CANCELLED:
        return _rect(left, y, max(width, 2), 10, None, MUTED, [2, 2])
    if status == UNBOOKED:
        return _rect(left, y, max(width, 2), 10, ZEBRA, MUTED, [1, 2])
    return _rect(left, y, max(width, 2), 10, ACCENT if status == WorkStatus.DONE else FAINT, ACCENT)


def _mark(x: float, y: float, row: PlanRow) -> Polygon | Circle:
    """Filled when done or held, open when still to come, grey when cancelled."""
    colour = MUTED if row.status in CANCELLED else INK
    fill = colour if row.status in DONE else white
    if row.kind == PlanItemKind.MILESTONE:
        points = [x, y + 4.5, x + 4.5, y, x, y - 4.5, x - 4.5, y]
        return Polygon(points, fillColor=fill, strokeColor=colour, strokeWidth=0.9)
    return Circle(x, y, 3.2, fillColor=fill, strokeColor=colour, strokeWidth=0.9)


def _legend(drawing: Drawing) -> None:
    y, left = 4.0, LABEL_W
    drawing.add(_rect(left, y, 16, 7, FAINT, ACCENT))
    drawing.add(_text(left + 20, y + 1, "fase", 7))
    drawing.add(_rect(left + 50, y, 16, 7, ACCENT, ACCENT))
    drawing.add(_text(left + 70, y + 1, "fase afgerond", 7))
    diamond = [left + 140, y + 8, left + 144, y + 3.5, left + 140, y - 1, left + 136, y + 3.5]
    drawing.add(Polygon(diamond, fillColor=white, strokeColor=INK, strokeWidth=0.9))
    drawing.add(_text(left + 148, y + 1, "mijlpaal", 7))
    drawing.add(Circle(left + 198, y + 3.5, 3.2, fillColor=white, strokeColor=INK))
    drawing.add(_text(left + 205, y + 1, "bijeenkomst", 7))
    drawing.add(_text(left + 255, y + 1, "gevuld: afgerond of gehouden", 7))
    drawing.add(_rect(left + 390, y, 16, 7, BREAK, None))
    drawing.add(_text(left + 410, y + 1, "schoolvakantie", 7))


def _table(rows: Rows, s: Styles, widths: Sequence[float | None]) -> Table:
    header, *body = rows
    cells = [[para(text, s.table_header) for text in header]]
    cells += [[para(text, s.table_body) for text in row] for row in body]
    table = Table(cells, colWidths=list(widths), repeatRows=1)
    table.setStyle(table_style())
    return table


def _facts_table(doc: PlanDocument, s: Styles) -> Table:
    """Two label-value pairs per line: the facts take three lines, not six."""
    pairs = facts(doc)
    cells = []
    for i in range(0, len(pairs), 2):
        line = [
            para(text, style)
            for k, v in pairs[i : i + 2]
            for text, style in ((k, s.table_total), (v, s.table_body))
        ]
        cells.append(line + [para("", s.table_body)] * (4 - len(line)))
    width = frame_width(landscape=True)
    table = Table(cells, colWidths=[28 * mm, width / 2 - 28 * mm] * 2)
    table.setStyle(table_style(header_rows=0, zebra=False))
    return table


def _story(doc: PlanDocument, s: Styles) -> list[Flowable]:
    width = frame_width(landscape=True)
    story: list[Flowable] = [para(document_title(doc), s.title), _facts_table(doc, s)]
    if stop_note(doc):
        story += [Spacer(1, 2 * mm), para(stop_note(doc), s.table_total)]
    timeline = shown_timeline(doc)
    if timeline is not None:
        story += [para("Tijdlijn", s.heading1), timeline_drawing(timeline, width)]
        story += [
            Spacer(1, 2 * mm),
            _table(phase_rows(doc), s, [None, 26 * mm, 26 * mm, 50 * mm, 32 * mm]),
        ]
    else:
        story.append(para("Er is nog geen planning: kies eerst een startdatum.", s.body))
    if len(point_rows(doc)) > 1:
        story += [para("Mijlpalen en bijeenkomsten", s.heading1)]
        story.append(_table(point_rows(doc), s, [34 * mm, None, 40 * mm, 46 * mm, 30 * mm]))
    for heading, rows in (
        ("Wat de gemeente en de deelnemers opnemen", task_rows(doc, True)),
        ("Wie doet wat tegen wanneer", task_rows(doc, False)),
    ):
        if len(rows) > 1:
            story += [para(heading, s.heading1), _table(rows, s, [28 * mm, None, 50 * mm, 32 * mm])]
    return story


def build_plan_pdf(doc: PlanDocument, path: Path | str) -> Path:
    """Write the planning as an A4 landscape PDF to path, atomically, and return the path."""
    plan = doc.plan
    return build_pdf(
        path,
        _story(doc, styles()),
        title=document_title(doc),
        subtitle=plan.provider_name,
        footer_left=f"Planning opgemaakt op {_date(plan.today)} · {plan.provider_name}",
        author=plan.provider_name,
        landscape=True,
        header_on_first_page=False,
        legal_line=doc.provider.legal_line if doc.provider else "",
    )


def plan_file_name(doc: PlanDocument) -> str:
    """'2026-11-23 Planning Klimaatdoeners Herent.pdf'."""
    return f"{safe_file_name(f'{doc.plan.today.isoformat()} {document_title(doc)}')}.pdf"


def save_plan_pdf(doc: PlanDocument, folder: Path | None = None) -> Path:
    """Writes the planning into the documents folder, in the trajectory's subfolder; never
    overwrites an earlier one."""
    return build_plan_pdf(doc, free_document_path(doc.plan.name, plan_file_name(doc), folder))
