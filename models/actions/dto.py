"""Plain data of action plans: rows for the Acties tab, history lines, the printed document."""

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from models.core.enums import ActionStatus
from models.people.provider_block import ProviderBlock

UNFINISHED = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class Grouping(StrEnum):
    """How the Acties tab groups the actions."""

    PROJECT = "project"
    PHASE = "phase"
    OWNER = "owner"


@dataclass(frozen=True)
class ActionItem:
    """One action as the plan shows it; `owner_key` identifies the owner for the filter."""

    uid: str
    title: str
    description: str
    owner: str
    owner_key: str  # "p:<person uid>", "t:<name typed, folded>" or "" for nobody
    due_on: date | None
    status: ActionStatus
    overdue: bool
    project_uid: str
    project: str
    phase_uid: str
    phase: str
    phase_position: int
    origin_session: str
    position: int
    done_on: date | None = None

    @property
    def unfinished(self) -> bool:
        return self.status in UNFINISHED


@dataclass(frozen=True)
class Choice:
    """A key and the name a filter or selector shows for it."""

    key: str
    name: str


@dataclass(frozen=True)
class ActionGroup:
    """A heading of the grouped table and the actions under it."""

    key: str
    title: str
    actions: tuple[ActionItem, ...]

    @property
    def open_count(self) -> int:
        return sum(1 for a in self.actions if a.unfinished)


@dataclass(frozen=True)
class SessionChoice:
    """A session of the trajectory the plan can be printed after."""

    uid: str
    title: str
    starts_at: datetime | None
    held: bool


@dataclass(frozen=True)
class ActionPlan:
    """Everything the Acties tab shows for a trajectory, or for one project of it."""

    trajectory_uid: str
    trajectory_name: str
    project_uid: str  # "" for the whole trajectory
    project_label: str  # the programme's word: "buurtpunt", "project"
    items: tuple[ActionItem, ...]
    owners: tuple[Choice, ...]
    projects: tuple[Choice, ...]
    sessions: tuple[SessionChoice, ...]
    current_session_uid: str  # the session the plan is printed after, "" if none yet


@dataclass(frozen=True)
class HistoryLine:
    """One change of an action: when, who, which field, from what to what (values as stored)."""

    at: datetime
    field: str  # created, title, status, due_on, owner, project, carried
    old_value: str
    new_value: str
    changed_by: str


@dataclass(frozen=True)
class CarryResult:
    """What carrying the unfinished actions to the next session did."""

    session_uid: str
    session_title: str
    starts_at: datetime | None
    carried: int  # actions marked for that session now (already marked ones not counted)
    open_total: int  # unfinished actions the block lists
    block_added: bool


# ---- the printed plan ------------------------------------------------------------------


@dataclass(frozen=True)
class PlanAction:
    """A row of a printed action table: what, who, by when, status."""

    number: int
    title: str
    description: str
    owner: str
    due_on: date | None
    status: ActionStatus
    overdue: bool


@dataclass(frozen=True)
class NextSession:
    """Where and when the plan is next looked at together."""

    title: str
    starts_at: datetime | None
    location: str
    address: str
    open_actions: int


@dataclass(frozen=True)
class PlanSection:
    """One project (a buurtpunt) or the actions of the whole trajectory."""

    uid: str
    title: str
    place: str
    goals: str
    leads: tuple[str, ...]
    functions: tuple[str, ...]
    actions: tuple[PlanAction, ...]

    @property
    def open_count(self) -> int:
        return sum(1 for a in self.actions if a.status in UNFINISHED)

    @property
    def overdue_count(self) -> int:
        return sum(1 for a in self.actions if a.overdue)


@dataclass(frozen=True)
class ActionPlanDocument:
    """Everything the action plan PDF prints, for a trajectory or one of its projects."""

    trajectory_uid: str
    trajectory_name: str
    programme_name: str
    provider_name: str
    clients: tuple[str, ...]
    clients_label: str  # "Opdrachtgever", "Opdrachtgevers" or "Deelnemers" (a network)
    project_label: str  # "buurtpunt"
    project_label_plural: str  # "buurtpunten"
    subject: str  # what the plan is of: the trajectory's or the project's name
    is_project_plan: bool
    session_title: str
    session_at: datetime | None
    issued_on: date
    sections: tuple[PlanSection, ...]
    next_session: NextSession | None
    provider: ProviderBlock | None = None
