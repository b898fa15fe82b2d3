"""Grouping and filtering the plan: pure functions on plain rows."""

from dataclasses import replace
from datetime import date

from models.actions.dto import ActionItem, Grouping
from models.actions.groups import (
    NO_OWNER,
    NO_PHASE,
    NO_PROJECT,
    ActionFilter,
    filter_actions,
    group_actions,
)
from models.actions.plan import owner_choices, owner_key

BASE = ActionItem(
    uid="a",
    title="x",
    description="",
    owner="Mieke Saelens",
    owner_key="p:1",
    due_on=date(2026, 12, 1),
    status="open",
    overdue=False,
    project_uid="",
    project="",
    phase_uid="",
    phase="",
    phase_position=1_000_000,
    origin_session="",
    position=0,
)


def _items() -> list[ActionItem]:
    return [
        replace(BASE, uid="1", project_uid="r", project="Buurtpunt Rieme", due_on=None),
        replace(BASE, uid="2", project_uid="k", project="Buurtpunt Kieldrecht", overdue=True,
                due_on=date(2026, 11, 1), owner="Jan", owner_key="p:2"),
        replace(BASE, uid="3", status="done", phase_uid="f2", phase="Fase 2", phase_position=1),
        replace(BASE, uid="4", owner="", owner_key="", phase_uid="f1", phase="Fase 1",
                phase_position=0, position=1),
    ]  # fmt: skip


def test_by_project_the_whole_trajectory_comes_first_then_by_name() -> None:
    groups = group_actions(_items(), Grouping.PROJECT)
    assert [g.title for g in groups] == [NO_PROJECT, "Buurtpunt Kieldrecht", "Buurtpunt Rieme"]
    assert [a.uid for a in groups[0].actions] == ["3", "4"]
    assert groups[0].open_count == 1


def test_by_phase_in_plan_order_and_by_owner_nobody_last() -> None:
    assert [g.title for g in group_actions(_items(), Grouping.PHASE)] == [
        "Fase 1",
        "Fase 2",
        NO_PHASE,
    ]
    assert [g.title for g in group_actions(_items(), Grouping.OWNER)] == [
        "Jan",
        "Mieke Saelens",
        NO_OWNER,
    ]


def test_inside_a_group_soonest_first_and_no_date_last() -> None:
    items = [replace(i, project_uid="", project="") for i in _items()]
    (group,) = group_actions(items, Grouping.PROJECT)
    assert [a.uid for a in group.actions] == ["2", "3", "4", "1"]


def test_filters_combine() -> None:
    items = _items()
    assert [i.uid for i in filter_actions(items, ActionFilter(open_only=True))] == ["1", "2", "4"]
    assert [i.uid for i in filter_actions(items, ActionFilter(overdue_only=True))] == ["2"]
    assert [i.uid for i in filter_actions(items, ActionFilter(owner_key="p:1"))] == ["1", "3"]
    assert [i.uid for i in filter_actions(items, ActionFilter(project_uid="k"))] == ["2"]
    assert filter_actions(items, ActionFilter(open_only=True, owner_key="p:9")) == []


def test_a_name_typed_twice_is_one_owner() -> None:
    """'Wijkcomité' and ' wijkcomité ' are the same owner for the filter."""
    assert owner_key(None, "Wijkcomité") == owner_key(None, " wijkcomité ")
    assert owner_key(None, "  ") == ""
    typed = [
        replace(BASE, owner="Wijkcomité", owner_key=owner_key(None, "Wijkcomité")),
        replace(BASE, owner="wijkcomité", owner_key=owner_key(None, "wijkcomité")),
    ]
    assert [c.name for c in owner_choices(typed)] == ["Wijkcomité"]
