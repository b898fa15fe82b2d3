"""The Deelnemers tab driven like a coach: people, buurtpunten, progress per session."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.projects.project_dialog import LEAD_COLUMN
from desktop.projects.projects_view import PROGRESS_PAGE, PROJECTS_PAGE, ProjectsView
from models.workspace import Workspace
from tests.demo import trajectory_uid

DAY = date(2026, 11, 22)


@pytest.fixture
def workspace(demo_workspace: Workspace) -> Workspace:
    return demo_workspace


@pytest.fixture
def view(qtbot, workspace: Workspace) -> ProjectsView:  # type: ignore[no-untyped-def]
    view = ProjectsView()
    qtbot.addWidget(view)
    view.set_workspace(workspace)
    view.show_trajectory(trajectory_uid(workspace, "buurtpunt"))
    return view


def test_models_pass_the_qt_model_tester(qtmodeltester, view: ProjectsView) -> None:
    """People, projects and the progress grid behave as Qt's views expect."""
    assert view.people_model.rowCount() == 6
    assert view.projects_model.rowCount() == 4
    assert view.grid_model.rowCount() == 4
    for model in (view.people_model, view.projects_model, view.grid_model):
        qtmodeltester.check(model)


def test_tabs_name_the_people_and_the_buurtpunten(view: ProjectsView) -> None:
    """The inner tabs count people and buurtpunten; the grid has four sessions and 'between'."""
    assert view.pages.tabText(PROJECTS_PAGE).replace("&", "") == "Buurtpunten (4)"
    assert "participants (6)" in view.pages.tabText(0).replace("&", "")
    headers = [
        view.grid_model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(view.grid_model.columnCount())
    ]
    assert headers[1].startswith("Werksessie 1\n") and headers[-1] == "Between sessions"
    assert len(headers) == 6
    functions = view.projects_model.data(
        view.projects_model.index(0, view.projects_model.columnCount() - 1)
    )
    assert "Mobipunt" in functions


def test_a_progress_note_typed_in_a_cell_is_stored(qtbot, view: ProjectsView, workspace) -> None:
    """Choose Kieldrecht × Werksessie 2, type, leave the field: stored and shown in the grid."""
    view.pages.setCurrentIndex(PROGRESS_PAGE)
    view.select_cell(0, 2)
    assert "Werksessie 2" in view.panel.heading.text()
    view.panel.note.setFocus()
    qtbot.keyClicks(view.panel.note, "Statuten: cooperatie gekozen")
    view.panel.save_note()  # what the pause in typing or leaving the field triggers
    grid = workspace.projects.progress_grid(view._uid)
    progress = workspace.projects.session_progress(grid.projects[0].uid, grid.sessions[1].uid)
    assert progress.progress_text == "Statuten: cooperatie gekozen"
    assert view.grid_model.data(view.grid_model.index(0, 2)).startswith("✓")
    assert view.panel.note.toPlainText() == "Statuten: cooperatie gekozen"  # not reloaded away


def test_an_action_is_added_with_enter_and_a_bad_date_is_refused(
    qtbot, view: ProjectsView, workspace
) -> None:
    view.pages.setCurrentIndex(PROGRESS_PAGE)
    view.select_cell(1, 1)
    panel = view.panel
    before = panel.actions_model.rowCount()
    qtbot.keyClicks(panel.action_title, "Brouwerij contacteren")
    qtbot.keyClicks(panel.due, "31/02/2027")
    qtbot.keyClick(panel.due, Qt.Key.Key_Return)
    assert not panel.error.isHidden() and panel.actions_model.rowCount() == before
    panel.due.clear()
    qtbot.keyClicks(panel.due, "15/01/2027")
    panel.owner.setCurrentIndex(1)  # the project's trekker comes first
    qtbot.keyClick(panel.action_title, Qt.Key.Key_Return)
    assert panel.error.isHidden() and panel.actions_model.rowCount() == before + 1
    assert panel.action_title.text() == ""
    added = next(a for a in panel.actions_model._rows if a.title == "Brouwerij contacteren")
    assert added.owner == "Dries De Wilde" and added.due_on == date(2027, 1, 15)


def test_a_new_buurtpunt_through_the_dialog(qtbot, view: ProjectsView, workspace, dutch_ui) -> None:
    """An empty name is refused in the dialog; then name, function and trekker make a row."""
    dialog = view.project_dialog()
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.result() == 0 and "naam" in dialog.error.text()
    qtbot.keyClicks(dialog.name, "Buurtpunt Doel")
    dialog.functions["buurtcafe"].setChecked(True)
    person = view._overview.options.people[0]
    dialog.set_checked(person.uid, LEAD_COLUMN)
    dialog.save()
    assert dialog.result() == 1
    view.reload(view._last_saved)
    names = [view.projects_model.row_at(i).name for i in range(view.projects_model.rowCount())]
    assert "Buurtpunt Doel" in names
    created = workspace.projects.project(view._last_saved)
    assert created.leads == (person.name,) and [f.key for f in created.functions] == ["buurtcafe"]


def test_a_word_for_a_budget_is_refused_in_the_dialog(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    view = ProjectsView()
    qtbot.addWidget(view)
    view.set_workspace(workspace)
    view.show_trajectory(trajectory_uid(workspace, "klimaatdoeners"))
    assert view.budget.text().startswith("Working budget")
    dialog = view.project_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Korte keten")
    qtbot.keyClicks(dialog.requested, "duizend")
    dialog.save()
    assert dialog.result() == 0 and "not an amount" in dialog.error.text()


def test_a_programme_without_projects_shows_only_people(qtbot, workspace, dutch_ui) -> None:  # type: ignore[no-untyped-def]
    view = ProjectsView()
    qtbot.addWidget(view)
    view.set_workspace(workspace)
    view.show_trajectory(trajectory_uid(workspace, "autodelen"))
    assert not view.pages.isTabVisible(PROJECTS_PAGE)
    assert not view.pages.isTabVisible(PROGRESS_PAGE)
    assert view.people_model.rowCount() > 3
    view.show_trajectory("not-a-uid")
    assert "geen geldige code" in view.people_empty.text()


def test_list_projects_json_shows_a_new_project(workspace, capsys) -> None:  # type: ignore[no-untyped-def]
    """`trajectwijzer list projects --json` gives uid, name and trajectory of every project."""
    import json

    from desktop.cli.command_line import main
    from models.projects.dto import ProjectInput

    uid = trajectory_uid(workspace, "klimaatdoeners")
    project_uid = workspace.projects.create_project(uid, ProjectInput(name="Korte keten Herent"))
    path = str(workspace.path)
    workspace.close()
    assert main(["--database", path, "list", "projects", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 9
    new = next(r for r in records if r["uid"] == project_uid)
    assert new["name"] == "Korte keten Herent" and new["trajectory"] == uid
