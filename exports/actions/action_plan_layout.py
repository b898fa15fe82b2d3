"""The action plan PDF's layout: flowables made from the rows action_plan_pdf computes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
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

from exports.actions.action_plan_rows import (
    cover_facts,
    next_session_lines,
    next_session_note,
    overview_rows,
    section_facts,
    session_text,
)
from exports.actions.action_plan_table import action_table, table_cell
from exports.pdf import frame_width, markup, para, plain_table, styles, table_style
from exports.pdf.fonts import REGULAR
from exports.pdf.styles import ACCENT, HEADER_FILL, RULE, Styles
from models.actions.dto import ActionPlanDocument, PlanSection
from models.core.formatting import format_date

_LABEL_WIDTH = 30 * mm


@dataclass(frozen=True)
class _PlanStyles:
    """The plan's own paragraph styles, derived from the shared sheet."""

    title: ParagraphStyle
    provider: ParagraphStyle
    date: ParagraphStyle
    next_first: ParagraphStyle
    next_line: ParagraphStyle
    legend: ParagraphStyle


@cache
def _plan_styles() -> _PlanStyles:
    """Made once per process, like the shared sheet, not once per table or project."""
    s = styles()
    return _PlanStyles(
        title=ParagraphStyle("plan_title", parent=s.title, fontSize=19, leading=23),
        provider=ParagraphStyle("plan_name", parent=s.table_total_right, spaceAfter=1),
        date=ParagraphStyle("plan_right", parent=s.small, alignment=TA_RIGHT, spaceAfter=0),
        next_first=ParagraphStyle("next_first", parent=s.table_total, fontSize=10.5, leading=14),
        next_line=ParagraphStyle("next_line", parent=s.small, spaceBefore=4),
        legend=ParagraphStyle("legend", parent=s.small, alignment=TA_CENTER, spaceBefore=8),
    )


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
        parts += [para("Acties", s.heading1), action_table(doc, section, s)]
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
    own = _plan_styles()
    label = kicker or (f"ACTIEPLAN · {doc.project_label.upper()}" if doc.is_project_plan else "")
    left = [para(label or "ACTIEPLAN", s.kicker), para(title, own.title)]
    left.append(para(doc.programme_name, s.small))
    right = [para(doc.provider_name, own.provider), para(format_date(doc.issued_on), own.date)]
    width = frame_width()
    table = plain_table([[left, right]], [width * 0.64, width * 0.36], padding=1.5)
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("RIGHTPADDING", (-1, 0), (-1, 0), 0)])
    rule = HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=2, spaceAfter=8)
    return KeepTogether([table, rule])


def _facts(facts: Sequence[tuple[str, str]], s: Styles) -> Flowable:
    """Label and value lines (Traject, Trekkers, Doel…); strings where they fit on a line,
    in the same font, size and colour as the paragraphs they stand in for."""
    if not facts:
        return Spacer(1, 0)
    widths = [_LABEL_WIDTH, frame_width() - _LABEL_WIDTH]
    rows = [
        [table_cell(label, s.table_header, widths[0]), table_cell(value, s.table_body, widths[1])]
        for label, value in facts
    ]
    table = plain_table(rows, widths, padding=1.5)
    table.setStyle(
        [
            ("FONTSIZE", (0, 0), (-1, -1), s.table_body.fontSize),
            ("LEADING", (0, 0), (-1, -1), s.table_body.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), s.table_body.textColor),
            ("FONTNAME", (0, 0), (0, -1), s.table_header.fontName),
        ]
    )
    return table


def _overview(doc: ActionPlanDocument, s: Styles) -> Table:
    """Per project a line; strings where they fit (the table_style sets bold, size and the
    right alignment of the number columns), paragraphs for what wraps."""
    header, *body = overview_rows(doc)
    right = (2, 3, 4)
    width = frame_width()
    others = [width * 0.34, 14 * mm, 16 * mm, 30 * mm]  # the trekkers take the rest
    widths = [others[0], width - sum(others), *others[1:]]
    cells = [
        [
            table_cell(t, s.table_header_right if i in right else s.table_header, widths[i])
            for i, t in enumerate(header)
        ]
    ]
    for row in body:
        cells.append(
            [
                table_cell(t, s.table_body_right if i in right else s.table_body, widths[i])
                for i, t in enumerate(row)
            ]
        )
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(table_style(right_columns=right))
    return table


def _section(doc: ActionPlanDocument, section: PlanSection, s: Styles) -> list[Flowable]:
    parts: list[Flowable] = [para(section.title, s.heading1)]
    facts = section_facts(section)
    if facts:
        parts += [_facts(facts, s), Spacer(1, 3 * mm)]
    parts.append(action_table(doc, section, s))
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
    parts += [para("Acties", s.heading1), action_table(doc, section, s)]
    parts += _next_session(doc, s)
    parts.append(_legend(s))
    return parts


def _next_session(doc: ActionPlanDocument, s: Styles) -> list[Flowable]:
    """A framed block: what, when and where the plan is looked at next."""
    lines = next_session_lines(doc.next_session)
    first = _plan_styles().next_first if doc.next_session else s.table_body
    content: list[Flowable] = [para(lines[0], first)]
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
    return [Paragraph(f"<b>{markup(label)}</b>{markup(text)}", _plan_styles().next_line)]


def _legend(s: Styles) -> Flowable:
    return para("☐ nog te doen · ☑ klaar · te laat: de datum is voorbij", _plan_styles().legend)
