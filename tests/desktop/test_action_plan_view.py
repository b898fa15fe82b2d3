"""The Acties tab driven like a coach at the end of a session: filter, tick off, carry, print."""

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from desktop.actions.action_plan_parts import STATUS_COLUMN, item_at
from desktop.actions.action_plan_view import ActionPlanView
from desktop.printing.preview import PdfPreview
from desktop.printing.shortcut import print_current_view
from exports.documents import DocumentKind, write_document
from models.workspace import Workspace
from tests.demo import demo_name
from tests.desktop.print_dialogs import Answers, choose

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def workspace(demo_workspace: Workspace) -> Workspace:
    return demo_workspace


def _buurtpunt(workspace: Workspace) -> str:
    return next(
        row.uid
        for row in workspace.trajectories.trajectories()
        if row.name == demo_name("buurtpunt")
    )


@pytest.fixture
def view(qtbot, workspace: Workspace) -> ActionPlanView:
    view = ActionPlanView()
    qtbot.addWidget(view)
    view.set_workspace(workspace)
    view.show_trajectory(_buurtpunt(workspace))
    view.resize(1200, 640)
    view.show()
    return view


def _rows(view: ActionPlanView) -> list[str]:
    model, titles = view.model, []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        titles += [item_at(model.index(r, 1, group)).title for r in range(model.rowCount(group))]
    return titles


def test_the_grouped_model_passes_the_qt_model_tester(qtmodeltester, view: ActionPlanView) -> None:
    assert view.model.rowCount() == 5
    qtmodeltester.check(view.model)


def test_grouped_by_project_with_the_network_first(
    view: ActionPlanView, workspace: Workspace
) -> None:
    """Every action of the plan in some group, once; whoever in the demo added it."""
    groups = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert groups[0].startswith("Whole trajectory") and groups[1].startswith("Buurtpunt Kieldrecht")
    plan = workspace.actions.action_plan(_buurtpunt(workspace))
    assert sorted(_rows(view)) == sorted(item.title for item in plan.items)
    view.grouping.setCurrentIndex(view.grouping.findData("owner"))
    assert view.model.index(0, 0).data().startswith("Begeleider NDM")


def test_filters_narrow_the_plan(qtbot, view: ActionPlanView, workspace: Workspace) -> None:
    """Overdue only: the three late ones; one owner: only theirs; open only hides what is done."""
    view.overdue_only.setChecked(True)
    assert sorted(_rows(view)) == [
        # Werksessie 1 left the autumn break for Friday 30/10: three weeks on is 20/11.
        "Actieplan buurtpunt eerste versie",
        "Bevraging bewoners over openingsuren",
        "Parkeerplaats voor de deelauto bespreken met de gemeente",
    ]
    view.overdue_only.setChecked(False)
    view.owner.setCurrentIndex(view.owner.findText("Dries De Wilde"))
    assert len(_rows(view)) == 3
    view.owner.setCurrentIndex(0)
    view.open_only.setChecked(True)
    assert "Dorpsraad informeren over het plan" not in _rows(view)
    plan = workspace.actions.action_plan(_buurtpunt(workspace))
    unfinished = sum(1 for item in plan.items if item.unfinished)
    assert len(_rows(view)) == unfinished < len(plan.items)
    assert view.summary.text().startswith(f"{unfinished} of {len(plan.items)} actions shown")


def test_status_changed_in_place_and_shown_in_the_history(qtbot, view, workspace) -> None:
    """The status cell's editor marks an action done; the history says who changed what."""
    group = view.model.index(1, 0)  # Buurtpunt Kieldrecht
    index = next(
        view.model.index(r, STATUS_COLUMN, group)
        for r in range(view.model.rowCount(group))
        if item_at(view.model.index(r, 0, group)).status == "open"
    )
    action = item_at(index)
    view.tree.setCurrentIndex(index)
    view.tree.edit(index)
    editor = view.tree.findChild(QComboBox)
    assert editor is not None and editor.currentData() == "open"
    with qtbot.waitSignal(view.status_changed):
        editor.setCurrentIndex(editor.findData("done"))
        editor.activated.emit(editor.currentIndex())
    assert workspace.actions.action_history(action.uid)[-1].new_value == "done"
    assert view.selected_action().uid == action.uid
    assert view.selected_action().status == "done"
    assert "Open → Done" in view.history.item(view.history.count() - 1).text()


def test_the_detail_status_box_works_from_the_keyboard(qtbot, view, workspace) -> None:
    view.tree.setFocus()
    action = view.selected_action()
    assert action is not None and action.status == "open"
    view.detail_status.setFocus()
    qtbot.keyClick(view.detail_status, Qt.Key.Key_Down)
    assert workspace.actions.action_history(action.uid)[-1].new_value == "in_progress"


def test_carrying_puts_the_open_actions_on_the_next_agenda(
    view: ActionPlanView, workspace: Workspace
) -> None:
    """Every unfinished action of the trajectory goes on the next agenda; twice is harmless."""
    plan = workspace.actions.action_plan(_buurtpunt(workspace))
    unfinished = sum(1 for item in plan.items if item.unfinished)
    assert 0 < unfinished < len(plan.items)
    view.carry_button.click()
    assert f"{unfinished} open actions are on the agenda of Werksessie 2" in view.message.text()
    view.carry_button.click()
    assert f"{unfinished} open actions" in view.message.text()


def _preview(qtbot, view: ActionPlanView) -> PdfPreview:  # type: ignore[no-untyped-def]
    """The preview of the document the view is making (off the GUI thread)."""
    assert view.printing is not None
    with qtbot.waitSignal(view.printing.made, timeout=30_000) as made:
        pass
    preview = made.args[0]
    assert isinstance(preview, PdfPreview) and preview.isVisible()
    return preview


def test_from_the_end_of_a_session_to_the_printer_in_three_clicks(
    qtbot, workspace: Workspace, cups_queues, printed
) -> None:
    """Session over: 1 Print action plan…, 2 Print… in the preview, 3 Print in the print
    dialog; the whole plan reaches the printer as the saved PDF shows it."""
    a4, _letter = cups_queues
    trajectory = _buurtpunt(workspace)
    session = next(s for s in workspace.actions.action_plan(trajectory).sessions if s.held)
    view = ActionPlanView()
    qtbot.addWidget(view)
    view.set_workspace(workspace)
    view.show_session(trajectory, session.uid)
    view.show()
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)  # click 1
    preview = _preview(qtbot, view)
    saved = preview.path
    assert saved.name.endswith(
        f"Actieplan {workspace.actions.action_plan(trajectory).trajectory_name}.pdf"
    )
    assert saved.parent.parent.name == "documents"
    assert view.message.text() == f"Saved: {saved}"
    answers = Answers(qtbot, QPrintDialog=choose(a4))  # click 3: Print in the dialog
    assert view.printing is not None
    with qtbot.waitSignal(view.printing.printed, timeout=30_000):
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)  # click 2
    answers.stop()
    assert answers.seen == ["QPrintDialog"]
    assert view.printing.printing is not None and view.printing.printing.last_sent is not None
    output = printed(view.printing.printing.last_sent.job)
    assert len(PdfReader(output).pages) == len(PdfReader(saved).pages) >= 3


def test_a_project_prints_its_own_plan_and_handouts_one_per_page(qtbot, view, workspace) -> None:
    """The chosen project's plan, and the handouts: every project on its own page."""
    view.scope.setCurrentIndex(view.scope.findText("Buurtpunt Rieme"))
    assert view.print_button.text() == "Print project plan…"
    group = view.model.index(0, 0)
    rows = range(view.model.rowCount(group))
    assert {item_at(view.model.index(r, 0, group)).project for r in rows} == {"Buurtpunt Rieme"}
    view.print_button.click()
    path = _preview(qtbot, view).path
    assert path.name.endswith("Actieplan Buurtpunt Rieme.pdf")
    view.handouts_button.click()
    handouts = _preview(qtbot, view).path
    assert "Actieplan per buurtpunt" in handouts.name
    assert len(PdfReader(handouts).pages) == 4


def test_print_document_is_what_ctrl_p_calls(qtbot, view) -> None:
    """Ctrl+P on the Acties tab makes the plan and shows it ready to print."""
    view.tree.setFocus()
    assert print_current_view(view)
    assert _preview(qtbot, view).path.suffix == ".pdf"


def test_export_command_for_a_trajectory_or_a_project(workspace: Workspace, tmp_path: Path) -> None:
    """`export action-plan UID`: -o FILE, or the documents folder, never overwriting."""
    trajectory = _buurtpunt(workspace)
    target = write_document(workspace, DocumentKind.ACTION_PLAN, trajectory, tmp_path / "plan.pdf")
    assert target == tmp_path / "plan.pdf" and len(PdfReader(target).pages) >= 3
    project = next(
        p.uid for p in workspace.projects.all_projects() if p.name == "Buurtpunt Tielrode"
    )
    first, second = (
        write_document(workspace, DocumentKind.ACTION_PLAN, project, None),
        write_document(workspace, DocumentKind.ACTION_PLAN, project, None),
    )
    assert first.name.endswith("Actieplan Buurtpunt Tielrode.pdf")
    assert second.name.endswith("Actieplan Buurtpunt Tielrode (2).pdf")
    text = PdfReader(first).pages[0].extract_text()
    assert "Buurtpunt Tielrode" in text and "Buurtpunt Rieme" not in text
