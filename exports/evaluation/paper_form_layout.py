"""The paper form's layout: numbered questions, scale boxes with end labels, lines to write on."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from exports.evaluation.paper_form_rows import (
    BOX,
    CONSENT_TEXT,
    answer_lines,
    choice_lines,
    form_subtitle,
    hint,
    scale_points,
)
from exports.pdf import frame_width, para, styles
from exports.pdf.fonts import REGULAR
from exports.pdf.styles import ACCENT, RULE, Styles
from models.core.enums import QuestionKind
from models.evaluation.dto import FormDTO, QuestionDTO

# Questions answered by ticking a box.
CHOSEN = (QuestionKind.YES_NO, QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE)


def _grid(
    cells: Sequence[Sequence[Any]], widths: list[float], extra: list[tuple[Any, ...]] | None = None
) -> Table:
    table = Table([list(row) for row in cells], colWidths=widths)
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            *(extra or []),
        ]
    )
    return table


def _scale(question: QuestionDTO, s: Styles, width: float) -> Table:
    points = scale_points(question)
    box = ParagraphStyle("scale_box", parent=s.body, fontSize=15, leading=17, alignment=TA_CENTER)
    label_w, point_w = 42 * mm, 14 * mm
    left = ParagraphStyle("scale_left", parent=s.small, alignment=TA_RIGHT)
    cells = [
        [para(question.min_label, left)]
        + [para(f"{BOX}\n{p}", box) for p in points]
        + [para(question.max_label, s.small)]
    ]
    widths = [label_w] + [point_w] * len(points) + [label_w]
    return _grid(cells, widths)


def _choices(question: QuestionDTO, s: Styles, width: float) -> Flowable:
    style = ParagraphStyle("choice", parent=s.body, fontSize=10.5, leading=15, spaceAfter=0)
    lines = choice_lines(question)
    if question.kind == QuestionKind.YES_NO or all(len(line) < 28 for line in lines):
        columns = min(len(lines), 4)
        rows = [lines[i : i + columns] for i in range(0, len(lines), columns)]
        rows[-1] += [""] * (columns - len(rows[-1]))
        cells: list[list[object]] = [[para(text, style) for text in row] for row in rows]
        return _grid(cells, [width / columns] * columns)
    return _grid([[para(text, style)] for text in lines], [width])


def _lines(count: int, width: float) -> Table:
    cells: list[list[object]] = [[""] for _ in range(count)]
    return _grid(
        cells,
        [width],
        [("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("ROWHEIGHT", (0, 0), (-1, -1), 8 * mm)],
    )


def _question(
    question: QuestionDTO, s: Styles, width: float, heading: Flowable | None = None
) -> Flowable:
    text = ParagraphStyle("question", parent=s.body, fontName=s.heading2.fontName, spaceAfter=1)
    parts: list[Flowable] = [heading] if heading is not None else []
    parts.append(para(f"{question.number}. {question.text}", text))
    tip = hint(question)
    if tip:
        parts.append(para(tip, s.small))
    if question.kind == QuestionKind.SCALE:
        parts.append(_scale(question, s, width))
    elif question.kind in CHOSEN:
        parts.append(_choices(question, s, width))
    else:
        parts.append(_lines(answer_lines(question), width))
    parts.append(Spacer(1, 4 * mm))
    return KeepTogether(parts)


def _one_copy(form: FormDTO, s: Styles, width: float) -> list[Flowable]:
    section_style = ParagraphStyle(
        "form_section", parent=s.heading2, textColor=ACCENT, spaceBefore=6, keepWithNext=True
    )
    number = ParagraphStyle("form_nr", parent=s.small, alignment=TA_RIGHT)
    parts: list[Flowable] = [
        para("Formulier nr. ______", number),
        para(form.title, s.title),
        para(form_subtitle(form), s.small),
    ]
    if form.introduction:
        parts.append(para(form.introduction, s.body))
    for section, questions in form.sections():
        # The section title travels with its first question, never alone at a page bottom.
        heading = para(section, section_style) if section else None
        parts.append(_question(questions[0], s, width, heading))
        parts += [_question(q, s, width) for q in questions[1:]]
    consent: list[Flowable] = [
        para(CONSENT_TEXT, s.small),
        para(f"Naam: ________________________________   {BOX} Ik ga akkoord.", s.body),
    ]
    parts.append(KeepTogether(consent))
    return parts


def story(form: FormDTO, copies: int = 1) -> list[Flowable]:
    s = styles()
    width = frame_width()
    parts: list[Flowable] = []
    for copy in range(copies):
        if copy:
            parts.append(PageBreak())
        parts += _one_copy(form, s, width)
    return parts
