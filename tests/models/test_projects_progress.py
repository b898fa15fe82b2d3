"""Progress per session and per project: a note and actions, followed across the sessions."""

from datetime import date

import pytest

from models.core.errors import UserError
from models.store import Store
from tests.demo import trajectory_uid

DAY = date(2026, 11, 22)


@pytest.fixture
def store(demo_store: Store) -> Store:
    return demo_store


def test_the_grid_follows_the_four_network_sessions(store: Store) -> None:
    """Buurtpunt network: four buurtpunten by the four work sessions; the first one has notes."""
    grid = store.progress_grid(trajectory_uid(store, "buurtpunt"))
    assert len(grid.projects) == 4
    assert [s.kind for s in grid.sessions] == ["lerend_netwerk_sessie"] * 4
    assert all(row[0].has_note for row in grid.cells)
    assert not any(cell.has_note for row in grid.cells for cell in row[1:])
    assert len(grid.outside) == 4


def test_a_progress_note_is_stored_edited_and_removed(store: Store) -> None:
    """One progress note per project and session: typed, changed, emptied."""
    grid = store.progress_grid(trajectory_uid(store, "buurtpunt"))
    project, second = grid.projects[0], grid.sessions[1]
    store.save_progress_note(project.uid, second.uid, "  Juridische vorm: vzw of coöperatie? ")
    progress = store.session_progress(project.uid, second.uid)
    assert progress.progress_text == "Juridische vorm: vzw of coöperatie?"
    store.save_progress_note(project.uid, second.uid, "Gekozen voor een coöperatie.")
    assert store.session_progress(project.uid, second.uid).progress_text.startswith("Gekozen")
    assert store.progress_grid(trajectory_uid(store, "buurtpunt")).cells[0][1].has_note
    store.save_progress_note(project.uid, second.uid, "   ")
    assert store.session_progress(project.uid, second.uid).progress_text == ""
    assert not store.progress_grid(trajectory_uid(store, "buurtpunt")).cells[0][1].has_note


def test_an_action_taken_on_in_a_session_shows_in_its_cell(store: Store) -> None:
    """The action goes through the actions service, with project and session; ticking it off."""
    grid = store.progress_grid(trajectory_uid(store, "buurtpunt"))
    project, second = grid.projects[1], grid.sessions[1]
    people = store.projects_overview(trajectory_uid(store, "buurtpunt")).options.people
    action_uid = store.add_project_action(
        project.uid, second.uid, "Statuten laten nalezen", people[0].uid, due_on=date(2027, 2, 1)
    )
    cell = store.progress_grid(trajectory_uid(store, "buurtpunt")).cells[1][1]
    assert cell.actions == 1 and cell.open_actions == 1
    progress = store.session_progress(project.uid, second.uid)
    assert [a.title for a in progress.actions] == ["Statuten laten nalezen"]
    assert progress.actions[0].owner == people[0].name
    store.set_project_action_done(action_uid, True, DAY)
    assert store.progress_grid(trajectory_uid(store, "buurtpunt")).cells[1][1].open_actions == 0


def test_actions_between_sessions_are_not_lost(store: Store) -> None:
    """An action without a session shows under 'between sessions' for its project."""
    grid = store.progress_grid(trajectory_uid(store, "buurtpunt"))
    project = grid.projects[2]
    store.add_project_action(project.uid, None, "Bellen met de kerkfabriek", owner_text="Fatima")
    after = store.progress_grid(trajectory_uid(store, "buurtpunt"))
    assert after.outside[2].actions == grid.outside[2].actions + 1
    titles = [a.title for a in store.session_progress(project.uid, None).actions]
    assert "Bellen met de kerkfabriek" in titles


def test_a_session_of_another_trajectory_is_refused(store: Store) -> None:
    """Notes and actions stay within the project's own trajectory."""
    grid = store.progress_grid(trajectory_uid(store, "buurtpunt"))
    other = store.progress_grid(trajectory_uid(store, "klimaatdoeners")).sessions[0]
    project = grid.projects[0]
    with pytest.raises(UserError, match="hoort niet bij dit traject"):
        store.save_progress_note(project.uid, other.uid, "x")
    with pytest.raises(UserError, match="hoort niet bij dit traject"):
        store.add_project_action(project.uid, other.uid, "x")
    with pytest.raises(UserError, match="Beschrijf de actie"):
        store.add_project_action(project.uid, grid.sessions[0].uid, "  ")


def test_climate_groups_are_followed_over_kickoff_and_pick_n_choose(store: Store) -> None:
    grid = store.progress_grid(trajectory_uid(store, "klimaatdoeners"))
    titles = [s.title for s in grid.sessions]
    assert titles[:4] == ["Kickoff", "Pick'n Choose", "Hands on", "Wrap up"]
    repair = grid.projects.index(next(p for p in grid.projects if p.name == "Repaircafé Herent"))
    assert grid.cells[repair][0].has_note and grid.cells[repair][1].has_note
