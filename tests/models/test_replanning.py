"""Re-planning: a new start or a moved phase moves what depends on it, all or nothing."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from test_planning import TODAY, Workspace, new_trajectory

from models.planning.dto import DonePolicy, PlanRow, TrajectoryPlan
from tests.dutch import dutch_phrase, raises_dutch


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path / "replan.sqlite")
    yield workspace
    workspace.close()


def _row(plan: TrajectoryPlan, name: str) -> PlanRow:
    return next(r for r in plan.rows if r.name == name or f"{r.label} {r.name}" == name)


def _dates(plan: TrajectoryPlan) -> dict[str, tuple[date | None, date | None]]:
    return {r.uid: (r.planned_start, r.planned_end) for r in plan.rows}


def test_new_start_date_moves_the_whole_plan(workspace: Workspace) -> None:
    """Month 0 moves: every phase, milestone and session follows, end of month kept right."""
    uid = new_trajectory(workspace, "autodelen", date(2027, 1, 15))
    change = workspace.planning.set_start_date(uid, "31/01/2027", today=TODAY)
    assert change.applied and change.moved > 20 and not change.warnings
    plan = workspace.planning.plan(uid, TODAY)
    assert plan.start_date == date(2027, 1, 31)
    fase_1 = _row(plan, "Fase 1 Voorbereiding")
    assert (fase_1.planned_start, fase_1.planned_end) == (date(2027, 1, 31), date(2027, 7, 30))
    assert _row(plan, "Fase 3 Tweede vibe").planned_end == date(2028, 2, 28)


def test_start_in_the_past_is_allowed_with_a_warning(workspace: Workspace) -> None:
    """A start date already past is kept, with a warning to mark what already happened."""
    uid = new_trajectory(workspace, "klimaatdoeners", None, "Herent")
    change = workspace.planning.set_start_date(uid, date(2026, 9, 1), today=TODAY)
    assert change.applied
    assert change.warnings and "verleden" in dutch_phrase(change.warnings[0])
    assert workspace.planning.plan(uid, TODAY).start_date == date(2026, 9, 1)


def test_moving_done_items_asks_first(workspace: Workspace) -> None:
    """With something done, a new start moves nothing until the coach agrees."""
    uid = new_trajectory(workspace, "autodelen", date(2027, 1, 4))
    first = _row(workspace.planning.plan(uid, TODAY), "Kennismakingsoverleg")
    workspace.planning.edit_plan_item(uid, first.uid, "status", "held", today=date(2027, 1, 20))
    before = _dates(workspace.planning.plan(uid, TODAY))
    change = workspace.planning.set_start_date(uid, date(2027, 2, 1), today=TODAY)
    assert not change.applied and change.done_items == ("Kennismakingsoverleg",)
    assert _dates(workspace.planning.plan(uid, TODAY)) == before  # nothing half-moved
    agreed = workspace.planning.set_start_date(uid, date(2027, 2, 1), DonePolicy.MOVE, today=TODAY)
    assert agreed.applied
    assert _row(workspace.planning.plan(uid, TODAY), "Kennismakingsoverleg").planned_start == date(
        2027, 2, 15
    )


def test_keeping_done_dates_is_refused_for_a_new_start(workspace: Workspace) -> None:
    """A new start moves everything: 'keep the done ones' gets a message, not half a plan."""
    uid = new_trajectory(workspace, "autodelen", date(2027, 1, 4))
    with raises_dutch("verplaats dan de eerste fase"):
        workspace.planning.set_start_date(uid, date(2027, 2, 1), DonePolicy.KEEP, today=TODAY)


def test_moving_a_phase_moves_its_items_and_the_later_phases(workspace: Workspace) -> None:
    """Fase 2 two weeks later: its sessions and milestones and Fase 3 follow, Fase 1 stays."""
    uid = new_trajectory(workspace, "autodelen", date(2027, 1, 4))
    plan = workspace.planning.plan(uid, TODAY)
    fase_2 = _row(plan, "Fase 2 Eerste infosessie")
    workspace.planning.edit_plan_item(uid, fase_2.uid, "planned_start", "19/07/2027", today=TODAY)
    after = workspace.planning.plan(uid, TODAY)
    assert _row(after, "Fase 1 Voorbereiding").planned_end == date(2027, 7, 3)
    assert _row(after, "Fase 2 Eerste infosessie").planned_start == date(2027, 7, 18 + 1)
    moved_info = _row(after, "Infosessie 'Autodelen in je wijk'").planned_start
    assert moved_info == _row(plan, "Infosessie 'Autodelen in je wijk'").planned_start + (
        date(2027, 7, 19) - date(2027, 7, 4)
    )
    old_3, new_3 = _row(plan, "Fase 3 Tweede vibe"), _row(after, "Fase 3 Tweede vibe")
    assert (new_3.planned_start - old_3.planned_start).days == 15  # type: ignore[operator]


def test_a_longer_phase_pushes_the_next_ones(workspace: Workspace) -> None:
    """A new end for Fase 1 pushes Fase 2 and 3 by the same number of days."""
    uid = new_trajectory(workspace, "autodelen", date(2027, 1, 4))
    plan = workspace.planning.plan(uid, TODAY)
    fase_1 = _row(plan, "Fase 1 Voorbereiding")
    change = workspace.planning.edit_plan_item(
        uid, fase_1.uid, "planned_end", "17/07/2027", today=TODAY
    )
    assert change.applied
    after = workspace.planning.plan(uid, TODAY)
    assert _row(after, "Fase 2 Eerste infosessie").planned_start == date(2027, 7, 18)


def test_end_before_start_is_refused(workspace: Workspace) -> None:
    """An end before its start: a clear message, nothing changed."""
    uid = new_trajectory(workspace, "autodelen", date(2027, 1, 4))
    plan = workspace.planning.plan(uid, TODAY)
    fase_2 = _row(plan, "Fase 2 Eerste infosessie")
    with raises_dutch("vóór het begin") as error:
        workspace.planning.edit_plan_item(uid, fase_2.uid, "planned_end", "01/06/2027", today=TODAY)
    assert error.value.field == "planned_end"
    assert _dates(workspace.planning.plan(uid, TODAY)) == _dates(plan)


def test_date_outside_the_trajectory_is_refused(workspace: Workspace) -> None:
    """A milestone before the start or after the end of the trajectory gets a message."""
    uid = new_trajectory(workspace, "autodelen", date(2027, 1, 4))
    plan = workspace.planning.plan(uid, TODAY)
    mark = _row(plan, "Communicatieplan klaar")
    with raises_dutch("vóór de start van het traject"):
        workspace.planning.edit_plan_item(uid, mark.uid, "planned_start", "01/12/2026", today=TODAY)
    with raises_dutch("na het einde van het traject"):
        workspace.planning.edit_plan_item(uid, mark.uid, "planned_start", "01/12/2029", today=TODAY)
    with raises_dutch(r"dd/mm/jjjj|datum"):
        workspace.planning.edit_plan_item(uid, mark.uid, "planned_start", "morgen", today=TODAY)
    assert _dates(workspace.planning.plan(uid, TODAY)) == _dates(plan)


def test_moving_a_phase_over_a_done_phase_is_refused(workspace: Workspace) -> None:
    """Fase 2 cannot be pulled over Fase 1 once Fase 1 is done; nothing moves."""
    uid = new_trajectory(workspace, "autodelen", date(2026, 1, 5))
    plan = workspace.planning.plan(uid, TODAY)
    fase_1 = _row(plan, "Fase 1 Voorbereiding")
    workspace.planning.edit_plan_item(uid, fase_1.uid, "status", "done", today=TODAY)
    before = _dates(workspace.planning.plan(uid, TODAY))
    fase_2 = _row(plan, "Fase 2 Eerste infosessie")
    with raises_dutch("al afgerond"):
        workspace.planning.edit_plan_item(
            uid, fase_2.uid, "planned_start", "01/05/2026", today=TODAY
        )
    assert _dates(workspace.planning.plan(uid, TODAY)) == before


def test_actual_dates_are_kept_next_to_planned_ones(workspace: Workspace) -> None:
    """A real end date marks a phase done and leaves its planned dates as they were."""
    uid = new_trajectory(workspace, "autodelen", date(2026, 1, 5))
    fase_1 = _row(workspace.planning.plan(uid, TODAY), "Fase 1 Voorbereiding")
    workspace.planning.edit_plan_item(uid, fase_1.uid, "actual_end", "10/07/2026", today=TODAY)
    row = _row(workspace.planning.plan(uid, TODAY), "Fase 1 Voorbereiding")
    assert row.status == "done" and row.actual_end == date(2026, 7, 10)
    assert (row.planned_start, row.planned_end) == (fase_1.planned_start, fase_1.planned_end)
    assert row.actual_start == date(2026, 1, 5)
    with raises_dutch("toekomst"):
        workspace.planning.edit_plan_item(uid, fase_1.uid, "actual_end", "10/07/2027", today=TODAY)


def test_a_held_session_cannot_lie_in_the_future(workspace: Workspace) -> None:
    """Marking a session held before its day is refused."""
    uid = new_trajectory(workspace, "autodelen", date(2027, 1, 4))
    first = _row(workspace.planning.plan(uid, TODAY), "Kennismakingsoverleg")
    with raises_dutch("toekomst"):
        workspace.planning.edit_plan_item(uid, first.uid, "status", "held", today=TODAY)
