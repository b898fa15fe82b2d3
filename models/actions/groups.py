"""Filtering and grouping the plan's actions: pure functions the view and tests share."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from models.actions.dto import ActionGroup, ActionItem, Grouping
from models.core.enums import ActionStatus

# The catch-all groups have no key; each screen names them in its own language.
NO_PROJECT = "Whole trajectory"
NO_PHASE = "No phase"
NO_OWNER = "Nobody yet"
_STATUS_ORDER = {
    ActionStatus.IN_PROGRESS: 0,
    ActionStatus.OPEN: 1,
    ActionStatus.DONE: 2,
    ActionStatus.CANCELLED: 3,
}


@dataclass(frozen=True)
class ActionFilter:
    """What the coach narrowed the plan to; the defaults show everything."""

    open_only: bool = False
    overdue_only: bool = False
    owner_key: str = ""  # "" for every owner
    project_uid: str = ""  # "" for every project

    def keeps(self, item: ActionItem) -> bool:
        if self.open_only and not item.unfinished:
            return False
        if self.overdue_only and not item.overdue:
            return False
        if self.owner_key and item.owner_key != self.owner_key:
            return False
        return not self.project_uid or item.project_uid == self.project_uid


def filter_actions(items: Iterable[ActionItem], action_filter: ActionFilter) -> list[ActionItem]:
    return [item for item in items if action_filter.keeps(item)]


def plan_order(item: ActionItem) -> tuple[bool, date, int]:
    """Soonest due first, actions without a date after those with one, then capture order."""
    return (item.due_on is None, item.due_on or date.max, item.position)


def _group_key(item: ActionItem, grouping: Grouping) -> tuple[str, str, tuple[object, ...]]:
    """(key, title, sort key) of the group an action belongs to."""
    if grouping is Grouping.PROJECT:
        if not item.project_uid:
            return "", NO_PROJECT, (0, "")
        return item.project_uid, item.project, (1, item.project.casefold())
    if grouping is Grouping.PHASE:
        if not item.phase_uid:
            return "", NO_PHASE, (1, 0)
        return item.phase_uid, item.phase, (0, item.phase_position)
    if not item.owner_key:
        return "", NO_OWNER, (1, "")
    return item.owner_key, item.owner, (0, item.owner.casefold())


def group_actions(items: Sequence[ActionItem], grouping: Grouping) -> list[ActionGroup]:
    """Groups in a stable, readable order; inside a group by due date then capture order.

    By project the trajectory-wide actions come first; by phase and by owner the actions
    without one come last.
    """
    groups: dict[str, tuple[str, tuple[object, ...], list[ActionItem]]] = {}
    for item in items:
        key, title, sort_key = _group_key(item, grouping)
        groups.setdefault(key, (title, sort_key, []))[2].append(item)
    ordered = sorted(groups.items(), key=lambda kv: kv[1][1])
    return [
        ActionGroup(key, title, tuple(sorted(members, key=plan_order)))
        for key, (title, _sort, members) in ordered
    ]


def print_order(item: ActionItem) -> tuple[int, bool, date, int]:
    """On paper: what still has to happen first (by date), then what is done."""
    return (
        _STATUS_ORDER.get(item.status, 9) // 2,
        item.due_on is None,
        item.due_on or date.max,
        item.position,
    )
