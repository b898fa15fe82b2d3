"""Progress per session and per project: a note and actions, followed across the sessions."""

from datetime import date

import pytest

from models.workspace import Workspace
from tests.demo import trajectory_uid
from tests.dutch import raises_dutch

DAY = date(2026, 11, 22)


@pytest.fixture
def workspace(demo_workspace: Workspace) -> Workspace:
    return demo_workspace


def test_the_grid_follows_the_four_network_sessions(workspace: Workspace) -> None:
    """Buurtpunt network: four buurtpunten by the four work sessions; the first one has notes."""
    grid = workspace.projects.progress_grid(trajectory_uid(workspace, "buurtpunt"))
    assert len(grid.projects) == 4
    assert [s.kind for s in grid.sessions] == ["lerend_netwerk_sessie"] * 4
    assert all(row[0].has_note for row in grid.cells)
    assert not any(cell.has_note for row in grid.cells for cell in row[1:])
    assert len(grid.outside) == 4


def test_a_progress_note_is_stored_edited_and_removed(workspace: Workspace) -> None:
    """One progress note per project and session: typed, changed, emptied."""
    grid = workspace.projects.progress_grid(trajectory_uid(workspace, "buurtpunt"))
    project, second = grid.projects[0], grid.sessions[1]
    workspace.projects.save_progress_note(
        project.uid, second.uid, "  Juridische vorm: vzw of coöperatie? "
    )
    progress = workspace.projects.session_progress(project.uid, second.uid)
    assert progress.progress_text == "Juridische vorm: vzw of coöperatie?"
    workspace.projects.save_progress_note(project.uid, second.uid, "Gekozen voor een coöperatie.")
    assert workspace.projects.session_progress(project.uid, second.uid).progress_text.startswith(
        "Gekozen"
    )
    assert (
        workspace.projects.progress_grid(trajectory_uid(workspace, "buurtpunt"))
        .cells[0][1]
        .has_note
    )
    workspace.projects.save_progress_note(project.uid, second.uid, "   ")
    assert workspace.projects.session_progress(project.uid, second.uid).progress_text == ""
    assert (
        not workspace.projects.progress_grid(trajectory_uid(workspace, "buurtpunt"))
        .cells[0][1]
        .has_note
    )


def test_an_action_taken_on_in_a_session_shows_in_its_cell(workspace: Workspace) -> None:
    """The action goes through the actions service, with project and session; ticking it off."""
    grid = workspace.projects.progress_grid(trajectory_uid(workspace, "buurtpunt"))
    project, second = grid.projects[1], grid.sessions[1]
    people = workspace.projects.projects_overview(
        trajectory_uid(workspace, "buurtpunt")
    ).options.people
    action_uid = workspace.projects.add_project_action(
        project.uid, second.uid, "Statuten laten nalezen", people[0].uid, due_on=date(2027, 2, 1)
    )
    cell = workspace.projects.progress_grid(trajectory_uid(workspace, "buurtpunt")).cells[1][1]
    assert cell.actions == 1 and cell.open_actions == 1
    progress = workspace.projects.session_progress(project.uid, second.uid)
    assert [a.title for a in progress.actions] == ["Statuten laten nalezen"]
    assert progress.actions[0].owner == people[0].name
    workspace.projects.set_project_action_done(action_uid, True, DAY)
    assert (
        workspace.projects.progress_grid(trajectory_uid(workspace, "buurtpunt"))
        .cells[1][1]
        .open_actions
        == 0
    )


def test_actions_between_sessions_are_not_lost(workspace: Workspace) -> None:
    """An action without a session shows under 'between sessions' for its project."""
    grid = workspace.projects.progress_grid(trajectory_uid(workspace, "buurtpunt"))
    project = grid.projects[2]
    workspace.projects.add_project_action(
        project.uid, None, "Bellen met de kerkfabriek", owner_text="Fatima"
    )
    after = workspace.projects.progress_grid(trajectory_uid(workspace, "buurtpunt"))
    assert after.outside[2].actions == grid.outside[2].actions + 1
    titles = [a.title for a in workspace.projects.session_progress(project.uid, None).actions]
    assert "Bellen met de kerkfabriek" in titles


def test_a_session_of_another_trajectory_is_refused(workspace: Workspace) -> None:
    """Notes and actions stay within the project's own trajectory."""
    grid = workspace.projects.progress_grid(trajectory_uid(workspace, "buurtpunt"))
    other = workspace.projects.progress_grid(trajectory_uid(workspace, "klimaatdoeners")).sessions[
        0
    ]
    project = grid.projects[0]
    with raises_dutch("hoort niet bij dit traject"):
        workspace.projects.save_progress_note(project.uid, other.uid, "x")
    with raises_dutch("hoort niet bij dit traject"):
        workspace.projects.add_project_action(project.uid, other.uid, "x")
    with raises_dutch("Beschrijf de actie"):
        workspace.projects.add_project_action(project.uid, grid.sessions[0].uid, "  ")


def test_climate_groups_are_followed_over_kickoff_and_pick_n_choose(workspace: Workspace) -> None:
    grid = workspace.projects.progress_grid(trajectory_uid(workspace, "klimaatdoeners"))
    titles = [s.title for s in grid.sessions]
    assert titles[:4] == ["Kickoff", "Pick'n Choose", "Hands on", "Wrap up"]
    repair = grid.projects.index(next(p for p in grid.projects if p.name == "Repaircafé Herent"))
    assert grid.cells[repair][0].has_note and grid.cells[repair][1].has_note
