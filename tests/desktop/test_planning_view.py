"""The Planning tab: chart beside an editable table, edits redraw at once, stop, tasks, PDF."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.planning.planning_view import PlanningView
from desktop.planning.timeline_table import EditableRowsModel
from desktop.shell.theme import qcolor
from models.workspace import Workspace
from tests.demo import demo_name

TODAY = date(2026, 11, 23)


@pytest.fixture
def workspace(demo_copy) -> Iterator[Workspace]:
    return demo_copy(TODAY)


def _uid(workspace: Workspace, programme: str) -> str:
    return next(
        t.uid for t in workspace.trajectories.trajectories(TODAY) if t.name == demo_name(programme)
    )


@pytest.fixture
def view(qtbot, workspace: Workspace) -> PlanningView:
    view = PlanningView()
    qtbot.addWidget(view)
    view.resize(1120, 560)
    view.show()
    view.set_workspace(workspace)
    view.show_trajectory(_uid(workspace, "autodelen"))
    return view


def _row(model: EditableRowsModel, name: str) -> int:
    return next(n for n in range(model.rowCount()) if name in model.data(model.index(n, 0)) or "")


def _column(model: EditableRowsModel, header: str) -> int:
    return next(n for n, c in enumerate(model.columns) if c.header == header)


def test_models_pass_the_model_tester(qtmodeltester, view: PlanningView) -> None:
    """The plan, checklist and task models are valid Qt item models."""
    for model in (view.plan_model, view.checklist_model, view.tasks_model):
        qtmodeltester.check(model)


def test_chart_and_table_show_the_phases_side_by_side(view: PlanningView) -> None:
    """Fase 1–3 are bars on the chart and bold lines in the table; today is on the chart."""
    lanes = view.chart.timeline.lanes
    assert [lane.phase.label for lane in lanes] == ["Fase 1", "Fase 2", "Fase 3"]
    assert view.chart.timeline.today == TODAY
    # the English window says "Phase"; the programme's "Fase" stays in the documents
    assert "Phase 1 Voorbereiding" in view.plan_model.data(view.plan_model.index(0, 0))
    bar = view.chart.item_rect(lanes[0].phase.uid)
    assert bar is not None and bar.width() > 20
    assert view.start.text() == "19/05/2026"


def test_editing_a_date_in_the_table_redraws_the_chart(qtbot, view: PlanningView) -> None:
    """A new start for Fase 3 typed in the table moves its bar on the chart at once."""
    model = view.plan_model
    row = _row(model, "Phase 3")
    uid = model.row_at(row).uid
    before = view.chart.item_rect(uid)
    assert model.setData(model.index(row, _column(model, "From")), "01/03/2027")
    qtbot.waitUntil(lambda: view.chart.item_rect(uid).left() > before.left())
    assert view.plan_model.row_at(_row(view.plan_model, "Phase 3")).planned_start == date(
        2027, 3, 1
    )


def test_a_bad_date_shows_a_message_and_changes_nothing(
    qtbot, view: PlanningView, dutch_ui
) -> None:
    """An end before the start is refused with the workspace's Dutch message."""
    model = view.plan_model
    row = _row(model, "Fase 3")  # the Dutch window
    model.setData(model.index(row, _column(model, "Until")), "01/01/2020")
    qtbot.waitUntil(lambda: view.error.isVisible())
    assert "vóór het begin" in view.error.text()
    assert view.plan_model.row_at(row).planned_end == date(2027, 6, 18)


def test_zoom_changes_the_month_width(view: PlanningView) -> None:
    """Zooming in widens the months; 'whole trajectory' fits them again."""
    fitted = view.chart.month_width
    view.zoom_in.click()
    assert view.chart.month_width > fitted
    view.fit.click()
    assert view.chart.month_width == pytest.approx(fitted)


def test_dragging_a_milestone_moves_it(qtbot, view: PlanningView) -> None:
    """Dragging a milestone diamond to the right gives it a later date."""
    lane = view.chart.timeline.lanes[2]
    mark = next(m for m in lane.marks if m.kind == "milestone")
    rect = view.chart.item_rect(mark.uid)
    start = rect.center().toPoint()
    viewport = view.chart.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(40, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(40, 0))
    row = view.plan_model.row_at(view.plan_model.row_of(mark.uid))
    assert row.planned_start > mark.planned_start


def test_stop_after_a_phase_cancels_and_makes_a_new_quote(qtbot, view: PlanningView) -> None:
    """Stopping after Fase 2 greys out Fase 3 and reports the new quote version."""
    with qtbot.waitSignal(view.quote_changed):
        assert view.stop("fase_2", "Beslissing van het college")
    assert view.chart.timeline.lanes[2].phase.status == "cancelled"
    assert "New quote version" in view.message.text() or "offerte" in view.message.text()
    assert not view.stop_button.isEnabled()


def test_stop_without_reason_is_refused(view: PlanningView, dutch_ui) -> None:
    """No reason: the message says so and nothing is cancelled."""
    assert not view.stop("fase_1", "")
    assert "waarom" in view.error.text()
    assert view.chart.timeline.lanes[2].phase.status == "planned"


def test_tick_a_responsibility_and_add_a_task_for_a_person(
    qtbot, view: PlanningView, dutch_ui
) -> None:
    """The checklist ticks a responsibility done; a task goes to a named contact."""
    model = view.checklist_model
    open_row = next(n for n in range(model.rowCount()) if model.row_at(n).status == "planned")
    model.setData(
        model.index(open_row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.waitUntil(lambda: view.checklist_model.row_at(open_row).status == "done")
    view.task_title.setText("Zaal voor de infosessie vastleggen")
    view.task_due.setText("01/12/2026")
    view.task_person.setCurrentIndex(0)
    person = view.task_person.currentText()
    view.add_task_button.click()
    added = [view.tasks_model.row_at(n) for n in range(view.tasks_model.rowCount())]
    task = next(t for t in added if t.title == "Zaal voor de infosessie vastleggen")
    assert task.who == person and task.due_on == date(2026, 12, 1)
    view.task_title.setText("Te laat")
    view.task_due.setText("01/12/2031")
    view.add_task_button.click()
    assert "na het einde van het traject" in view.error.text()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_print_plan_shows_the_a4_plan(qtbot, view: PlanningView, tmp_path: Path) -> None:
    """Print plan…: the plan saved in the documents folder, shown ready to print, landscape."""
    view.pdf_button.click()
    printing = view.printing
    assert printing is not None
    with qtbot.waitSignal(printing.made, timeout=30_000) as made:
        pass
    preview = made.args[0]
    assert preview.landscape and preview.page_count >= 1
    assert preview.path.parent.parent == tmp_path / "data" / "documents"
    assert view.message.text() == f"Saved: {preview.path}"


def test_every_demo_trajectory_shows_its_plan(view: PlanningView, workspace: Workspace) -> None:
    """Each demo trajectory opens with lanes on the chart and rows in the table."""
    for row in workspace.trajectories.trajectories(TODAY):
        view.show_trajectory(row.uid)
        assert len(view.chart.timeline.lanes) >= 3
        assert view.plan_model.rowCount() > 8


def test_phases_that_are_not_booked_are_greyed_and_named(view: PlanningView, workspace) -> None:
    """Leiestreek booked Fase 1: Fase 2 and 3 read 'Not booked' in grey, the bar says which
    scope is booked, and the PDF can take them along when asked."""
    uid = next(
        t.uid for t in workspace.trajectories.trajectories(TODAY) if t.name.startswith("Gez")
    )
    view.show_trajectory(uid)
    model = view.plan_model
    status = _column(model, "Status")
    fase_2 = _row(model, "Phase 2")
    assert model.data(model.index(fase_2, status)) == "Not booked"
    grey = model.data(model.index(fase_2, 0), Qt.ItemDataRole.ForegroundRole)
    assert grey is not None and grey.color() == qcolor("muted")
    assert model.data(model.index(_row(model, "Phase 1"), status)) != "Not booked"
    assert "Booked: Fase 1" in view.booking.text() and "Fase 3 Tweede vibe" in view.booking.text()
    assert view.with_unbooked.isVisibleTo(view)
    assert [lane.phase.booked for lane in view.chart.timeline.lanes] == [True, False, False]


def test_the_school_break_choice_moves_citizens_sessions(view: PlanningView, workspace) -> None:
    """Unticking 'outside school holidays' lets the Leiestreek sessions come back into the
    breaks where the programme put them; ticking it again moves them out."""
    uid = next(
        t.uid for t in workspace.trajectories.trajectories(TODAY) if t.name.startswith("Gez")
    )
    view.show_trajectory(uid)
    assert view.avoid_breaks.isChecked()
    before = {r.uid: r.starts_at for r in view.plan.rows if r.kind == "session"}
    view.avoid_breaks.setChecked(False)
    after = {r.uid: r.starts_at for r in view.plan.rows if r.kind == "session"}
    assert not workspace.planning.plan(uid, TODAY).avoid_school_holidays
    assert before != after  # some citizens' session was moved out of a break before
    view.avoid_breaks.setChecked(True)
    assert {r.uid: r.starts_at for r in view.plan.rows if r.kind == "session"} == before
