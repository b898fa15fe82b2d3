"""Overzicht: sessions and milestones of the coming weeks and everything overdue."""

from collections.abc import Iterator
from datetime import date

import pytest

from desktop.overview.overview_page import OverviewPage
from models.workspace import Workspace
from tests.demo import demo_name

TODAY = date(2026, 11, 23)


@pytest.fixture
def workspace(demo_copy) -> Iterator[Workspace]:
    return demo_copy(TODAY)


def test_coming_weeks_list_sessions_and_milestones(
    qtbot, qtmodeltester, workspace: Workspace
) -> None:
    """The coming six weeks hold sessions and milestones of all trajectories, soonest first."""
    page = OverviewPage()
    qtbot.addWidget(page)
    page.set_workspace(workspace)
    rows = [page.sessions_model.row_at(n) for n in range(page.sessions_model.rowCount())]
    assert {"session", "milestone"} <= {row.kind for row in rows}
    assert len({row.trajectory for row in rows}) >= 3
    assert [row.due_on for row in rows] == sorted(row.due_on for row in rows)
    assert all(row.due_on >= TODAY for row in rows)
    qtmodeltester.check(page.sessions_model)


def test_everything_overdue_is_listed(qtbot, workspace: Workspace) -> None:
    """Late actions and plan items not marked done show under 'overdue'."""
    uid = next(
        t.uid
        for t in workspace.trajectories.trajectories(TODAY)
        if t.name == demo_name("klimaatdoeners")
    )
    kickoff = next(r for r in workspace.planning.plan(uid, TODAY).rows if r.name == "Hands on")
    workspace.planning.edit_plan_item(uid, kickoff.uid, "planned_start", "20/11/2026", today=TODAY)
    page = OverviewPage()
    qtbot.addWidget(page)
    page.set_workspace(workspace)
    rows = [page.overdue_model.row_at(n) for n in range(page.overdue_model.rowCount())]
    kinds = {(row.kind, row.title) for row in rows}
    assert ("session", "Hands on") in kinds
    assert ("action", "Affiche in de bakkerij en het dorpscafé hangen") in kinds
    assert all(row.due_on < TODAY for row in rows)
    assert "overdue" in page.summary.text() or "achterstallig" in page.summary.text()


def test_double_click_opens_the_trajectory(qtbot, workspace: Workspace) -> None:
    """Double-clicking a coming item asks for its trajectory."""
    page = OverviewPage()
    qtbot.addWidget(page)
    page.set_workspace(workspace)
    wanted = page.sessions_model.row_at(0).trajectory
    with qtbot.waitSignal(page.trajectory_requested) as signal:
        page.sessions_view.doubleClicked.emit(page.sessions_model.index(0, 0))
    assert signal.args == [wanted]
