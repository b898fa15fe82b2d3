"""The evaluation report's layout: headings, bar charts (ReportLab graphics), tables, answers."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, Spacer, Table

from exports.evaluation.report_rows import (
    bar_rows,
    comparison_table,
    comparison_title,
    form_heading,
    question_heading,
    report_subtitle,
    summary_line,
)
from exports.pdf import frame_width, para, styles, table_style
from exports.pdf.document import fit_text
from exports.pdf.fonts import REGULAR
from exports.pdf.styles import ACCENT, INK, MUTED, Styles
from models.core.enums import QuestionKind
from models.evaluation.dto import EvaluationReport, FormResults, QuestionResult

BAR_HEIGHT = 11
BAR_GAP = 4
LABEL_WIDTH = 62 * mm
VALUE_WIDTH = 22 * mm
TRACK = colors.HexColor("#ECEFEE")
CHART_SIZE = 8


def _rect(x: float, y: float, width: float, fill: colors.Color) -> Rect:
    rect = Rect(x, y, width, BAR_HEIGHT)
    rect.fillColor = fill
    rect.strokeColor = None
    return rect


def bar_chart(rows: Sequence[tuple[str, int, float, str]], width: float) -> Drawing:
    """Horizontal bars: label left, a bar as long as its share of the answers, count right."""
    height = len(rows) * (BAR_HEIGHT + BAR_GAP)
    drawing = Drawing(width, height)
    # The renderer starts in Helvetica unless told otherwise, which then sits unembedded in the PDF.
    setattr(drawing, "initialFontName", REGULAR)  # noqa: B010 (not in the type stubs)
    setattr(drawing, "initialFontSize", CHART_SIZE)  # noqa: B010
    track_width = width - LABEL_WIDTH - VALUE_WIDTH
    for index, (label, _count, share, value) in enumerate(rows):
        y = height - (index + 1) * (BAR_HEIGHT + BAR_GAP) + BAR_GAP / 2
        text_y = y + 3
        shown = fit_text(label, REGULAR, LABEL_WIDTH - 6, CHART_SIZE)
        drawing.add(String(0, text_y, shown, fontName=REGULAR, fontSize=CHART_SIZE, fillColor=INK))
        drawing.add(_rect(LABEL_WIDTH, y, track_width, TRACK))
        if share > 0:
            drawing.add(_rect(LABEL_WIDTH, y, max(track_width * share, 1.5), ACCENT))
        drawing.add(
            String(
                LABEL_WIDTH + track_width + 5,
                text_y,
                value,
                fontName=REGULAR,
                fontSize=CHART_SIZE,
                fillColor=MUTED,
            )
        )
    return drawing


def _question(result: QuestionResult, s: Styles, width: float) -> list[Flowable]:
    parts: list[Flowable] = [para(question_heading(result), s.heading2)]
    parts.append(para(summary_line(result), s.small))
    rows = bar_rows(result)
    if rows and result.answered:
        parts.append(bar_chart(rows, width))
    if result.open_answers:
        parts.append(
            ListFlowable(
                [para(text, s.bullet) for text in result.open_answers],
                bulletType="bullet",
                start="•",
                bulletFontName=REGULAR,
                bulletFontSize=s.bullet.fontSize,
                bulletColor=ACCENT,
                leftIndent=12,
                bulletOffsetY=0,
            )
        )
    elif result.kind in (QuestionKind.SHORT_TEXT, QuestionKind.LONG_TEXT):
        parts.append(para("Niemand beantwoordde deze vraag.", s.small))
    # Keep a short question with its chart; long answer lists may break over pages.
    return [KeepTogether(parts)] if len(result.open_answers) < 8 else parts


def _section_style(s: Styles) -> ParagraphStyle:
    return ParagraphStyle("section", parent=s.kicker, spaceBefore=10, keepWithNext=True)


def _form(results: FormResults, s: Styles, width: float) -> list[Flowable]:
    title, line = form_heading(results)
    section_style = _section_style(s)
    parts: list[Flowable] = [para(title, s.heading1), para(line, s.small)]
    if not results.responses:
        return [*parts, para("Er zijn nog geen ingevulde formulieren.", s.body)]
    section = None
    for result in results.questions:
        if result.section and result.section != section:
            section = result.section
            parts.append(para(section, section_style))
        parts += _question(result, s, width)
    if results.earlier:
        parts.append(para("Vragen die niet meer op het formulier staan", section_style))
        parts.append(
            para("Deze antwoorden horen bij de vraag zoals ze toen gesteld werd.", s.small)
        )
        for result in results.earlier:
            parts += _question(result, s, width)
    return parts


def _comparison_table(rows: list[list[str]], s: Styles, width: float) -> Table:
    columns = len(rows[0])
    first = width * (0.42 if columns > 2 else 0.6)
    other = (width - first) / max(columns - 1, 1)
    body = [
        [para(cell, s.table_header if r == 0 else s.table_body) for cell in row]
        for r, row in enumerate(rows)
    ]
    table = Table(body, colWidths=[first] + [other] * (columns - 1), repeatRows=1)
    table.setStyle(table_style())
    return table


def story(report: EvaluationReport) -> list[Flowable]:
    """The whole report: title, each form's results, then the comparisons."""
    s = styles()
    width = frame_width()
    parts: list[Flowable] = [
        para("Evaluatierapport", s.kicker),
        para(report.title, s.title),
        para(report_subtitle(report), s.small),
        Spacer(1, 3 * mm),
    ]
    if not report.forms:
        parts.append(
            para(
                "Er zijn nog geen evaluatieformulieren. Maak er een in het tabblad Evaluatie.",
                s.body,
            )
        )
    for results in report.forms:
        parts += _form(results, s, width)
    if report.comparisons:
        parts.append(para("Vergelijking", s.heading1))
        for comparison in report.comparisons:
            parts.append(para(comparison_title(comparison), s.heading2))
            parts.append(
                para(
                    "Gemiddelde per vraag (aantal antwoorden); bij ja/nee het aandeel ja.", s.small
                )
            )
            parts.append(_comparison_table(comparison_table(comparison), s, width))
    return parts
