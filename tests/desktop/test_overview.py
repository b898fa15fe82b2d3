"""Overzicht: sessions and milestones of the coming weeks and everything overdue."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.overview.overview_page import OverviewPage
from models.store import Store

TODAY = date(2026, 11, 23)


class _Store(Store):
    """The store as the lead wires it."""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[_Store]:
    store = _Store.open(tmp_path / "overview.sqlite")
    store.fill_demo_data(TODAY)
    yield store
    store.close()


def test_coming_weeks_list_sessions_and_milestones(qtbot, qtmodeltester, store: _Store) -> None:
    """The coming six weeks hold sessions and milestones of all trajectories, soonest first."""
    page = OverviewPage()
    qtbot.addWidget(page)
    page.set_store(store, TODAY)
    rows = [page.sessions_model.row_at(n) for n in range(page.sessions_model.rowCount())]
    assert {"session", "milestone"} <= {row.kind for row in rows}
    assert len({row.trajectory for row in rows}) >= 3
    assert [row.due_on for row in rows] == sorted(row.due_on for row in rows)
    assert all(row.due_on >= TODAY for row in rows)
    qtmodeltester.check(page.sessions_model)


def test_everything_overdue_is_listed(qtbot, store: _Store) -> None:
    """Late actions and plan items not marked done show under 'overdue'."""
    uid = next(t.uid for t in store.trajectories(TODAY) if t.programme == "klimaatdoeners")
    kickoff = next(r for r in store.plan(uid, TODAY).rows if r.name == "Hands on")
    store.edit_plan_item(uid, kickoff.uid, "planned_start", "20/11/2026", today=TODAY)
    page = OverviewPage()
    qtbot.addWidget(page)
    page.set_store(store, TODAY)
    rows = [page.overdue_model.row_at(n) for n in range(page.overdue_model.rowCount())]
    kinds = {(row.kind, row.title) for row in rows}
    assert ("session", "Hands on") in kinds
    assert ("action", "Affiche in de bakkerij en het dorpscafé hangen") in kinds
    assert all(row.due_on < TODAY for row in rows)
    assert "overdue" in page.summary.text() or "achterstallig" in page.summary.text()


def test_double_click_opens_the_trajectory(qtbot, store: _Store) -> None:
    """Double-clicking a coming item asks for its trajectory."""
    page = OverviewPage()
    qtbot.addWidget(page)
    page.set_store(store, TODAY)
    wanted = page.sessions_model.row_at(0).trajectory
    with qtbot.waitSignal(page.trajectory_requested) as signal:
        page.sessions_view.doubleClicked.emit(page.sessions_model.index(0, 0))
    assert signal.args == [wanted]
