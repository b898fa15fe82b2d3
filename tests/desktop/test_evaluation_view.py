"""The Evaluatie tab on the demo data: forms, a new form, results with charts, comparison, files."""

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.evaluation.charts import BarChart
from desktop.evaluation.evaluation_view import EvaluationView
from desktop.evaluation.results import QuestionResultView, comparison_cell, summary_line
from models.core.enums import QuestionKind
from models.demo.evaluation import add_evaluation_demo
from models.evaluation.dto import ComparisonRow, QuestionDTO, QuestionResult
from models.evaluation.results import question_result
from models.workspace import Workspace
from tests.demo import demo_name

DAY = date(2026, 11, 22)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def workspace(demo_copy) -> Workspace:
    workspace = demo_copy(DAY)
    with workspace.database.session_factory.begin() as session:
        add_evaluation_demo(session, DAY)
    return workspace


@pytest.fixture
def view(qtbot, workspace: Workspace) -> EvaluationView:
    view = EvaluationView()
    qtbot.addWidget(view)
    view.set_workspace(workspace)
    view.resize(1366, 700)
    uid = next(
        r.uid
        for r in workspace.trajectories.trajectories()
        if r.name == demo_name("klimaatdoeners")
    )
    view.show_trajectory(uid)
    return view


def test_demo_forms_are_listed_with_their_responses(view: EvaluationView) -> None:
    """Klimaatdoeners Herent: Kickoff and Pick'n Choose have filled-in forms."""
    labels = [view.forms.itemText(i) for i in range(view.forms.count())]
    assert len(labels) == 2 and labels[0].startswith("Kickoff")
    assert view.entry.model.rowCount() == len(view.entry.model.saved) + 1 > 1
    offered = [view.new_session.itemText(i) for i in range(view.new_session.count())]
    assert any(text.startswith("Hands on") for text in offered)
    assert offered[-1] == "End of the trajectory"


def test_making_the_end_form_selects_it(view: EvaluationView) -> None:
    """Choosing 'end of the trajectory' makes that form and shows its questions."""
    view.new_session.setCurrentIndex(view.new_session.count() - 1)
    view.make_form()
    assert view.forms.count() == 3
    assert "Evaluatie en verankering" in view.forms.currentText()
    assert view.editor.model.rowCount() == 10


def test_results_draw_a_bar_per_scale_point(view: EvaluationView) -> None:
    """The results page has a painted chart for the first scale with five bars."""
    view.pages.setCurrentWidget(view.results)
    first = view.results.items[0]
    assert isinstance(first.chart, BarChart) and len(first.chart.rows) == 5
    first.chart.resize(600, first.chart.height())
    widths = [first.chart.bar_rect(i).width() for i in range(5)]
    shares = [row[2] for row in first.chart.rows]
    assert widths.index(max(widths)) == shares.index(max(shares))
    assert not first.chart.grab().isNull()


def test_comparison_models_pass_the_model_tester(qtmodeltester, view: EvaluationView) -> None:
    """The sessions of Herent side by side, as a checked table model."""
    view.pages.setCurrentWidget(view.comparison)
    [model] = view.comparison.models
    assert model.columnCount() == 3
    qtmodeltester.check(model)


def test_editor_and_entry_models_pass_the_model_tester(qtmodeltester, view) -> None:
    """The editor's question list and the entry grid are proper Qt models."""
    qtmodeltester.check(view.editor.model)
    qtmodeltester.check(view.entry.model)


def _made(qtbot, printing) -> Path:  # type: ignore[no-untyped-def]
    assert printing is not None
    with qtbot.waitSignal(printing.made, timeout=30_000) as made:
        pass
    return Path(made.args[0].path)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_files_from_the_tab(qtbot, view: EvaluationView, tmp_path: Path, monkeypatch) -> None:
    """Paper form and report are made ready to print (Ctrl+P: the paper form while typing in,
    the report on the results); the Excel is written where asked."""
    monkeypatch.setattr(
        "desktop.evaluation.evaluation_view.QDesktopServices.openUrl", lambda url: True
    )
    paper = _made(qtbot, view.print_paper_form())
    report = _made(qtbot, view.print_report())
    excel = view.save_excel(tmp_path / "antwoorden.xlsx")
    assert excel and excel.exists()
    assert "1. Hoe tevreden ben je" in PdfReader(paper).pages[0].extract_text()
    assert "Evaluatie Klimaatdoeners Herent" in PdfReader(report).pages[0].extract_text()
    assert paper.parent.parent == report.parent.parent == tmp_path / "data" / "documents"
    view.pages.setCurrentWidget(view.entry)
    assert "Formulier" in _made(qtbot, view.print_document()).name
    view.pages.setCurrentWidget(view.results)
    assert "Evaluatie" in _made(qtbot, view.print_document()).name


def _yes_no_result() -> QuestionResult:
    question = QuestionDTO(
        uid="q", number=1, section="", key="k", text="Kom je terug?", kind=QuestionKind.YES_NO
    )
    return question_result(question, [True, True, False, None], 4)


def test_result_lines_read_english_in_an_english_window(view: EvaluationView) -> None:
    """An English window counts, averages and names the yes/no answers in English."""
    view.pages.setCurrentWidget(view.results)
    summary = view.results.items[0].summary.text()
    assert re.fullmatch(r"\d+ answer\(s\), \d+ empty · mean \d+,\d · median \d+,\d", summary)
    result = _yes_no_result()
    assert [row[0] for row in QuestionResultView(result).chart.rows] == ["yes", "no"]
    assert summary_line(result) == "3 answer(s), 1 empty"
    view.pages.setCurrentWidget(view.comparison)
    title = view.comparison._widgets[0].text()
    assert title == f"The sessions of {demo_name('klimaatdoeners')} compared"


def test_result_lines_read_dutch_in_the_dutch_window(dutch_ui, view: EvaluationView) -> None:
    """The Dutch window reads the same lines as the printed report: antwoorden, leeg, ja/nee."""
    view.pages.setCurrentWidget(view.results)
    summary = view.results.items[0].summary.text()
    assert re.fullmatch(r"\d+ antwoorden, \d+ leeg · gemiddelde \d+,\d · mediaan \d+,\d", summary)
    result = _yes_no_result()
    assert [row[0] for row in QuestionResultView(result).chart.rows] == ["ja", "nee"]
    assert summary_line(result) == "3 antwoorden, 1 leeg"
    view.pages.setCurrentWidget(view.comparison)
    title = view.comparison._widgets[0].text()
    assert title == f"De bijeenkomsten van {demo_name('klimaatdoeners')} vergeleken"
    row = ComparisonRow("k", "Kom je terug?", QuestionKind.YES_NO, None, (75.0, None), (4, 0))
    assert [comparison_cell(row, 0), comparison_cell(row, 1)] == ["75% ja (n=4)", "–"]
