"""The action plan PDF's layout: flowables made from the rows exports.action_plan_pdf computes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from exports.action_plan_pdf import (
    action_rows,
    cover_facts,
    empty_text,
    next_session_lines,
    next_session_note,
    overview_rows,
    section_facts,
    session_text,
)
from exports.pdf import frame_width, markup, para, plain_table, styles, table_style
from exports.pdf.fonts import BOLD, REGULAR
from exports.pdf.styles import ACCENT, CELL_PAD, HEADER_FILL, MUTED, RULE, Styles
from models.formatting import format_date
from models.services.action_plan_dto import ActionPlanDocument, PlanSection

# Tick box, number, what, who, by when, status; "what" takes the rest of the width.
_FIXED = (7 * mm, 9 * mm, None, 35 * mm, 23.5 * mm, 17 * mm)
_LABEL_WIDTH = 30 * mm


def _widths() -> list[float]:
    rest = frame_width() - sum(w for w in _FIXED if w is not None)
    return [w if w is not None else rest for w in _FIXED]


def story(doc: ActionPlanDocument, per_project: bool = False) -> list[Flowable]:
    """The whole plan; per_project: each project on its own page(s), ready to hand out."""
    s = styles()
    if per_project and not doc.is_project_plan:
        sections = [sec for sec in doc.sections if sec.leads or len(doc.sections) == 1]
        parts: list[Flowable] = []
        for index, section in enumerate(sections or doc.sections):
            if index:
                parts.append(PageBreak())
            parts += _handout(doc, section, s)
        return parts
    parts = [_masthead(doc, doc.subject, s), _facts(cover_facts(doc), s)]
    if doc.is_project_plan:
        section = doc.sections[0]
        parts += [_facts(section_facts(section), s), Spacer(1, 3 * mm)]
        parts += [para("Acties", s.heading1), _actions(doc, section, s)]
        parts += _next_session(doc, s)
        parts.append(_legend(s))
        return parts
    parts += [para("In dit actieplan", s.heading1), _overview(doc, s)]
    parts += _next_session(doc, s)
    parts += [_legend(s), PageBreak()]
    for index, section in enumerate(doc.sections):
        if index:
            parts.append(CondPageBreak(70 * mm))
        parts += _section(doc, section, s)
    return parts


def _masthead(doc: ActionPlanDocument, title: str, s: Styles, kicker: str = "") -> Flowable:
    """Kicker and title on the left, provider and date on the right, an accent rule below."""
    big = ParagraphStyle("plan_title", parent=s.title, fontSize=19, leading=23)
    label = kicker or (f"ACTIEPLAN · {doc.project_label.upper()}" if doc.is_project_plan else "")
    left = [para(label or "ACTIEPLAN", s.kicker), para(title, big)]
    left.append(para(doc.programme_name, s.small))
    right_style = ParagraphStyle("plan_right", parent=s.small, alignment=TA_RIGHT, spaceAfter=0)
    right_name = ParagraphStyle("plan_name", parent=s.table_total_right, spaceAfter=1)
    right = [para(doc.provider_name, right_name), para(format_date(doc.issued_on), right_style)]
    width = frame_width()
    table = plain_table([[left, right]], [width * 0.64, width * 0.36], padding=1.5)
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("RIGHTPADDING", (-1, 0), (-1, 0), 0)])
    rule = HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=2, spaceAfter=8)
    return KeepTogether([table, rule])


def _facts(facts: Sequence[tuple[str, str]], s: Styles) -> Flowable:
    """Label and value lines (Traject, Trekkers, Doel…)."""
    if not facts:
        return Spacer(1, 0)
    rows = [[para(label, s.table_header), para(value, s.table_body)] for label, value in facts]
    return plain_table(rows, [_LABEL_WIDTH, frame_width() - _LABEL_WIDTH], padding=1.5)


def _overview(doc: ActionPlanDocument, s: Styles) -> Table:
    header, *body = overview_rows(doc)
    right = (2, 3, 4)
    cells = [
        [
            para(t, s.table_header_right if i in right else s.table_header)
            for i, t in enumerate(header)
        ]
    ]
    for row in body:
        cells.append(
            [para(t, s.table_body_right if i in right else s.table_body) for i, t in enumerate(row)]
        )
    width = frame_width()
    table = Table(cells, colWidths=[width * 0.34, None, 14 * mm, 16 * mm, 30 * mm], repeatRows=1)
    table.setStyle(table_style(right_columns=right))
    return table


def table_cell(text: str, style: ParagraphStyle, width: float) -> Any:
    """A plain string when the text fits on one line (drawn as is, no markup to parse: a
    100-page plan builds much faster), else a wrapping Paragraph."""
    fits = stringWidth(text, style.fontName, style.fontSize) <= width - 2 * (CELL_PAD + 1)
    if fits and text.isprintable():
        return text
    return Paragraph(markup(text), style)


def _actions(doc: ActionPlanDocument, section: PlanSection, s: Styles) -> Flowable:
    """The table of actions; plain strings where no wrapping is needed (fast and crisp)."""
    if not section.actions:
        return para(empty_text(doc), s.small)
    header, *body = action_rows(section)
    widths = _widths()
    done_style = ParagraphStyle("plan_done", parent=s.table_body, textColor=MUTED)
    small = ParagraphStyle("plan_desc", parent=s.small, fontSize=8, leading=10, spaceAfter=0)
    cells: list[list[Any]] = [[Paragraph(markup(t), s.table_header) if t else "" for t in header]]
    extra: list[tuple[Any, ...]] = []
    for index, (row, action) in enumerate(zip(body, section.actions, strict=True), start=1):
        box, number, title, owner, due, status = row
        style = done_style if action.status == "done" else s.table_body
        what: Any = table_cell(title, style, widths[2])
        if action.description:
            what = [Paragraph(markup(title), style), Paragraph(markup(action.description), small)]
        cells.append([box, number, what, table_cell(owner, style, widths[3]), due, status])
        if action.overdue:
            extra.append(("FONTNAME", (4, index), (5, index), BOLD))
        elif action.status == "done":
            extra.append(("TEXTCOLOR", (0, index), (-1, index), MUTED))
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(table_style(right_columns=(1,)))
    table.setStyle(
        [
            ("LEADING", (0, 1), (-1, -1), s.table_body.leading),
            ("FONTSIZE", (0, 1), (0, -1), 11),
            ("ALIGN", (0, 0), (0, -1), "CENTER"),
            ("TOPPADDING", (0, 1), (0, -1), 2),
            *extra,
        ]
    )
    return table


def _section(doc: ActionPlanDocument, section: PlanSection, s: Styles) -> list[Flowable]:
    parts: list[Flowable] = [para(section.title, s.heading1)]
    facts = section_facts(section)
    if facts:
        parts += [_facts(facts, s), Spacer(1, 3 * mm)]
    parts.append(_actions(doc, section, s))
    parts += _next_line(doc, s)
    return parts


def _handout(doc: ActionPlanDocument, section: PlanSection, s: Styles) -> list[Flowable]:
    """One project's page: its own masthead, so the sheet stands alone in a trekker's hands."""
    kicker = f"ACTIEPLAN · {doc.project_label.upper()}" if section.leads else "ACTIEPLAN"
    parts: list[Flowable] = [_masthead(doc, section.title, s, kicker)]
    context = [("Traject", doc.trajectory_name)]
    session = session_text(doc)
    if session:
        context.append(("Opgemaakt na", session))
    parts += [_facts([*context, *section_facts(section)], s), Spacer(1, 3 * mm)]
    parts += [para("Acties", s.heading1), _actions(doc, section, s)]
    parts += _next_session(doc, s)
    parts.append(_legend(s))
    return parts


def _next_session(doc: ActionPlanDocument, s: Styles) -> list[Flowable]:
    """A framed block: what, when and where the plan is looked at next."""
    lines = next_session_lines(doc.next_session)
    first = ParagraphStyle("next_first", parent=s.table_total, fontSize=10.5, leading=14)
    content: list[Flowable] = [para(lines[0], first if doc.next_session else s.table_body)]
    content += [para(line, s.table_body) for line in lines[1:]]
    note = next_session_note(doc.next_session)
    if note:
        content.append(Spacer(1, 1.5 * mm))
        content.append(para(note, s.small))
    box = Table([[content]], colWidths=[frame_width()])
    box.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
            ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]
    )
    return [KeepTogether([para("Volgende bijeenkomst", s.heading1), box])]


def _next_line(doc: ActionPlanDocument, s: Styles) -> list[Flowable]:
    """The next session in one line under each project of the whole plan."""
    lines = next_session_lines(doc.next_session)
    text = " · ".join(lines)
    label = "Volgende bijeenkomst: " if doc.next_session else ""
    style = ParagraphStyle("next_line", parent=s.small, spaceBefore=4)
    return [Paragraph(f"<b>{markup(label)}</b>{markup(text)}", style)]


def _legend(s: Styles) -> Flowable:
    style = ParagraphStyle("legend", parent=s.small, alignment=TA_CENTER, spaceBefore=8)
    return para("☐ nog te doen · ☑ klaar · te laat: de datum is voorbij", style)
