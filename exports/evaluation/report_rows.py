"""The evaluation report's lines and chart rows: pure functions of the results' plain data."""

from __future__ import annotations

from models.core.enums import ComparisonKind, QuestionKind
from models.core.formatting import format_date
from models.evaluation.dto import (
    Comparison,
    ComparisonColumn,
    ComparisonRow,
    EvaluationReport,
    FormResults,
    QuestionResult,
)


def number(value: float, digits: int = 1) -> str:
    """3.75 -> '3,8' (Belgian decimal comma)."""
    return f"{value:.{digits}f}".replace(".", ",")


def percent(share: float) -> str:
    return f"{round(share * 100)}%"


def summary_line(result: QuestionResult) -> str:
    """'4 antwoorden, 1 leeg · gemiddelde 3,8 · mediaan 4,0' (what the chart does not show)."""
    answered = "1 antwoord" if result.answered == 1 else f"{result.answered} antwoorden"
    parts = [f"{answered}, {result.empty} leeg"]
    if result.mean is not None and result.median is not None:
        parts += [f"gemiddelde {number(result.mean)}", f"mediaan {number(result.median)}"]
    if result.kind == QuestionKind.MULTIPLE_CHOICE:
        parts.append(f"{result.ticks} keuzes aangeduid (meerdere antwoorden mogelijk)")
    return " · ".join(parts)


def bar_rows(result: QuestionResult) -> list[tuple[str, int, float, str]]:
    """(label, count, share, 'count (share)') per bar; scale ends carry their labels."""
    rows = []
    for index, bar in enumerate(result.bars):
        label = bar.label
        if result.kind == QuestionKind.SCALE:
            if index == 0 and result.min_label:
                label = f"{label} – {result.min_label}"
            elif index == len(result.bars) - 1 and result.max_label:
                label = f"{label} – {result.max_label}"
        rows.append((label, bar.count, bar.share, f"{bar.count} ({percent(bar.share)})"))
    return rows


def question_heading(result: QuestionResult) -> str:
    prefix = f"{result.number}. " if result.number else ""
    return f"{prefix}{result.text}"


def form_heading(results: FormResults) -> tuple[str, str]:
    """The form's title and a line with what it evaluates, when and how many responded."""
    form = results.form
    when = f" ({format_date(form.session_starts_at.date())})" if form.session_starts_at else ""
    count = (
        "1 ingevuld formulier"
        if results.responses == 1
        else (f"{results.responses} ingevulde formulieren")
    )
    return form.title, f"{form.target}{when} · {count}"


def comparison_cell(row: ComparisonRow, index: int) -> str:
    value, count = row.values[index], row.counts[index]
    if value is None:
        return "–"
    if row.kind == QuestionKind.YES_NO:
        return f"{round(value)}% ja (n={count})"
    return f"{number(value)} (n={count})"


def comparison_title(comparison: Comparison) -> str:
    """'De bijeenkomsten van Herent vergeleken', or 'Evaluatie werksessie: vergeleken met …'."""
    if comparison.kind == ComparisonKind.SESSIONS:
        return f"De bijeenkomsten van {comparison.subject} vergeleken"
    return f"{comparison.subject}: vergeleken met andere trajecten"


def column_detail(column: ComparisonColumn) -> str:
    """A session's day, or how many forms a trajectory had."""
    if column.held_on is not None:
        return format_date(column.held_on)
    return f"{column.forms} formulier(en)" if column.forms else ""


def comparison_table(comparison: Comparison) -> list[list[str]]:
    """Header (question, one column per session or trajectory) and one row per question."""
    header = ["Vraag"] + [
        f"{c.label}\n{column_detail(c)}".strip() if column_detail(c) else c.label
        for c in comparison.columns
    ]
    rows = [header]
    for row in comparison.rows:
        scale = f" (1–{row.scale_max})" if row.scale_max else ""
        rows.append(
            [f"{row.text}{scale}"] + [comparison_cell(row, i) for i in range(len(row.values))]
        )
    return rows


def report_subtitle(report: EvaluationReport) -> str:
    parts = [report.trajectory_name if report.scope == "bijeenkomst" else "", report.programme_name]
    parts.append(f"gemaakt op {format_date(report.made_on.date())}")
    return " · ".join(p for p in parts if p)
