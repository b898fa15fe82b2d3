"""Every screen shows what is stored now: a change made elsewhere reaches it without a click."""

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QLineEdit

from desktop.shell.main_window import MainWindow
from models.workspace import Workspace
from tests.demo import trajectory_uid

TODAY = date(2026, 11, 23)


@pytest.fixture
def workspace(demo_copy) -> Workspace:
    return demo_copy(TODAY)


@pytest.fixture
def window(qtbot, workspace: Workspace) -> Iterator[MainWindow]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.set_workspace(workspace)
    yield window
    window.close_workspace()


def _open_tab(window: MainWindow, programme: str, tab: str) -> str:
    window.navigation.setCurrentRow(1)
    uid = trajectory_uid(window.workspace, programme)
    window.trajectories.select_trajectory(uid)
    detail = window.trajectories.detail
    detail.tabs.setCurrentWidget(getattr(detail, tab))
    return uid


def _held_session(workspace: Workspace, trajectory: str) -> str:
    return next(
        row.uid
        for row in workspace.sessions.trajectory_sessions(trajectory)
        if row.starts_at is not None and row.starts_at.date() < TODAY
    )


def test_an_action_added_in_live_mode_appears_in_the_acties_tab_and_the_overview(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    """Live mode adds an action: the open Acties tab and the Overzicht show it, no reselecting."""
    uid = _open_tab(window, "buurtpunt", "action_plan")
    view = window.trajectories.detail.action_plan
    assert view.plan is not None
    before = len(view.plan.items)
    overdue_before = len(workspace.overview.agenda().overdue)
    window.overview.refresh()
    assert window.overview.overdue_model.rowCount() == overdue_before
    workspace.live.add_session_action(
        _held_session(workspace, uid),
        "Flyers voor de opening laten drukken",
        owner_text="Koen",
        due_on=TODAY - timedelta(days=2),
    )
    qtbot.waitUntil(lambda: view.plan is not None and len(view.plan.items) == before + 1)
    window.navigation.setCurrentRow(0)  # the overview was hidden: it catches up when shown
    qtbot.waitUntil(lambda: window.overview.overdue_model.rowCount() == overdue_before + 1)
    titles = {
        window.overview.overdue_model.row_at(n).title
        for n in range(window.overview.overdue_model.rowCount())
    }
    assert "Flyers voor de opening laten drukken" in titles


def test_a_hidden_tab_shows_the_change_when_it_is_opened(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    """A session renamed while the Planning tab is in front shows in Bijeenkomsten when opened."""
    uid = _open_tab(window, "klimaatdoeners", "sessions_tab")
    detail = window.trajectories.detail
    sessions = detail.sessions_tab
    detail.tabs.setCurrentWidget(detail.planning)
    session_uid = workspace.sessions.trajectory_sessions(uid)[0].uid
    with qtbot.waitSignal(window.change_relay.changed):  # the change has reached the screens
        workspace.sessions.update_session(session_uid, title="Kickoff in de feestzaal")
    assert "Kickoff in de feestzaal" not in {
        sessions.model.row_at(n).title for n in range(sessions.model.rowCount())
    }
    detail.tabs.setCurrentWidget(sessions)
    qtbot.waitUntil(
        lambda: (
            "Kickoff in de feestzaal"
            in {sessions.model.row_at(n).title for n in range(sessions.model.rowCount())}
        )
    )


def test_the_people_list_shows_an_import_made_elsewhere(
    qtbot, window: MainWindow, workspace: Workspace, tmp_path
) -> None:
    """People imported by another window (or a worker) appear in Personen, search kept."""
    from openpyxl import Workbook

    window.navigation.setCurrentRow(2)
    page = window.people
    page.search.setText("maes")
    before = page.model.rowCount()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Voornaam", "Naam", "E-mail"])
    sheet.append(["Lien", "Maes", "lien.maes@example.be"])
    book.save(tmp_path / "lijst.xlsx")
    draft = workspace.people.read_people_file(tmp_path / "lijst.xlsx")
    workspace.people.commit_people_import(workspace.people.preview_people_import(draft))
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1)
    assert page.search.text() == "maes"


def test_a_screen_waits_while_the_coach_types_in_it(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    """A change does not reload a screen under the coach's fingers; it follows after."""
    uid = _open_tab(window, "autodelen", "partners_view")
    view = window.trajectories.detail.partners_view
    field = QLineEdit(view)  # stands for any text field of the screen with the focus
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    before = view.model.rowCount()
    workspace.partners.create_partner(
        uid, _partner_input(workspace, uid, "Buurtcomité Kachtem-Zuid")
    )
    qtbot.wait(200)
    assert view.model.rowCount() == before  # not while typing
    field.clearFocus()
    window.navigation.setFocus()
    qtbot.waitUntil(lambda: view.model.rowCount() == before + 1, timeout=3000)


def _partner_input(workspace: Workspace, uid: str, name: str):  # type: ignore[no-untyped-def]
    from models.partners.dto import PartnerInput

    category = workspace.partners.partners_overview(uid).coverage[0].key
    return PartnerInput(name=name, category_key=category)
