"""Results of a form (counts, mean, median, bar charts, open answers) and the comparisons."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.evaluation.charts import BarChart
from desktop.shell.formats import date_text
from desktop.widgets.common import empty_label, fit_columns, table_view
from desktop.widgets.row_table import Column, RowTableModel
from exports.evaluation.report_rows import bar_rows, number, question_heading
from models.core.enums import ComparisonKind, QuestionKind
from models.evaluation.dto import (
    Comparison,
    ComparisonColumn,
    ComparisonRow,
    FormResults,
    QuestionResult,
)


def summary_line(result: QuestionResult) -> str:
    """'4 answers, 1 empty · mean 3,8 · median 4,0': what the chart does not show."""
    answered = QCoreApplication.translate("EvaluationResults", "%n answer(s)", "", result.answered)
    empty = QCoreApplication.translate("EvaluationResults", "%n empty", "", result.empty)
    parts = [f"{answered}, {empty}"]
    if result.mean is not None and result.median is not None:
        mean = QCoreApplication.translate("EvaluationResults", "mean %1")
        median = QCoreApplication.translate("EvaluationResults", "median %1")
        parts.append(mean.replace("%1", number(result.mean)))
        parts.append(median.replace("%1", number(result.median)))
    if result.kind == QuestionKind.MULTIPLE_CHOICE:
        ticks = QCoreApplication.translate(
            "EvaluationResults",
            "%n choice(s) ticked (more than one answer possible)",
            "",
            result.ticks,
        )
        parts.append(ticks)
    return " · ".join(parts)


def chart_rows(result: QuestionResult) -> list[tuple[str, int, float, str]]:
    """The bars of the chart; a yes/no question's answers in the window's language."""
    rows = bar_rows(result)
    if result.kind == QuestionKind.YES_NO:
        words = (
            QCoreApplication.translate("EvaluationResults", "yes"),
            QCoreApplication.translate("EvaluationResults", "no"),
        )
        rows = [(words[i], *row[1:]) if i < 2 else row for i, row in enumerate(rows)]
    return rows


def comparison_title(comparison: Comparison) -> str:
    """What the comparison sets side by side, in the window's language."""
    if comparison.kind == ComparisonKind.SESSIONS:
        text = QCoreApplication.translate("EvaluationResults", "The sessions of %1 compared")
    else:
        text = QCoreApplication.translate(
            "EvaluationResults", "%1: compared with other trajectories"
        )
    return text.replace("%1", comparison.subject)


def column_detail(column: ComparisonColumn) -> str:
    """A session's day, or how many forms a trajectory had."""
    if column.held_on is not None:
        return date_text(column.held_on)
    if not column.forms:
        return ""
    return QCoreApplication.translate("EvaluationResults", "%n form(s)", "", column.forms)


def comparison_cell(row: ComparisonRow, index: int) -> str:
    """A compared form's mean (or % yes) and how many answered."""
    value, count = row.values[index], row.counts[index]
    if value is None:
        return "–"
    if row.kind == QuestionKind.YES_NO:
        text = QCoreApplication.translate("EvaluationResults", "%1% yes (n=%2)")
        return text.replace("%1", str(round(value))).replace("%2", str(count))
    return f"{number(value)} (n={count})"


class QuestionResultView(QFrame):
    """One question: heading, the summary line, its bar chart or its open answers."""

    def __init__(self, result: QuestionResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        heading = QLabel(question_heading(result))
        heading.setWordWrap(True)
        heading.setProperty("role", "strong")
        layout.addWidget(heading)
        self.summary = QLabel(summary_line(result))
        self.summary.setProperty("role", "subtitle")
        layout.addWidget(self.summary)
        self.chart: BarChart | None = None
        if result.bars and result.answered:
            self.chart = BarChart(chart_rows(result), question_heading(result))
            layout.addWidget(self.chart)
        self.answers: QLabel | None = None
        if result.open_answers:
            self.answers = QLabel("\n".join(f"• {text}" for text in result.open_answers))
            self.answers.setWordWrap(True)
            layout.addWidget(self.answers)


class EvaluationResultsView(QWidget):
    """A scrolling page of every question's result, then the earlier questions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setProperty("role", "subtitle")
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.items: list[QuestionResultView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll_area, 1)

    def show_results(self, results: FormResults) -> None:
        self.heading.setText(self.tr("%n forms filled in", "", results.responses))
        page = QWidget()
        layout = QVBoxLayout(page)
        self.items = []
        if not results.responses:
            layout.addWidget(empty_label(self.tr("No forms filled in yet.")))
        section = None
        for result in results.questions if results.responses else ():
            if result.section and result.section != section:
                section = result.section
                label = QLabel(section)
                label.setProperty("role", "section")
                layout.addWidget(label)
            self._add(layout, result)
        if results.earlier:
            label = QLabel(self.tr("Questions no longer on the form (answers as they were asked)"))
            label.setProperty("role", "section")
            layout.addWidget(label)
            for result in results.earlier:
                self._add(layout, result)
        layout.addStretch(1)
        self.scroll_area.setWidget(page)

    def _add(self, layout: QVBoxLayout, result: QuestionResult) -> None:
        item = QuestionResultView(result)
        self.items.append(item)
        layout.addWidget(item)


def _comparison_cell(
    index: int,
) -> tuple[Callable[[ComparisonRow], str], Callable[[ComparisonRow], object]]:
    """The text and the sort value of one compared form's cell."""

    def text(row: ComparisonRow) -> str:
        return comparison_cell(row, index)

    def value(row: ComparisonRow) -> object:
        return row.values[index]

    return text, value


def comparison_columns(comparison: Comparison) -> list[Column]:
    columns = [
        Column(QCoreApplication.translate("EvaluationColumns", "Question"), lambda r: r.text)
    ]
    for index, column in enumerate(comparison.columns):
        detail = column_detail(column)
        header = f"{column.label} ({detail})" if detail else column.label
        columns.append(Column(header, *_comparison_cell(index), align_right=True))
    return columns


class EvaluationComparisonView(QWidget):
    """Each comparison as a titled table: sessions side by side, then other trajectories."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.models: list[RowTableModel] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._widgets: list[QWidget] = []

    def show_comparisons(self, comparisons: list[Comparison]) -> None:
        for widget in self._widgets:
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self._widgets, self.models = [], []
        if not comparisons:
            self._add(
                empty_label(
                    self.tr(
                        "Nothing to compare yet: two sessions (or two trajectories of this "
                        "programme) need filled-in forms with the same questions."
                    )
                )
            )
        for comparison in comparisons:
            title = QLabel(comparison_title(comparison))
            title.setProperty("role", "strong")
            self._add(title)
            model = RowTableModel(comparison_columns(comparison), self)
            model.set_rows(comparison.rows)
            self.models.append(model)
            view = table_view(model)
            view.setSortingEnabled(False)  # keep the form's question order
            self._add(view)
            fit_columns(view, 420)

    def _add(self, widget: Any) -> None:
        self._layout.addWidget(widget)
        self._widgets.append(widget)
