"""Plain frozen data that crosses from the domain into the UI, the CLI and the exports."""

from dataclasses import dataclass
from datetime import date, datetime

from models.core.enums import (
    ActionStatus,
    ClientArrangement,
    ProjectKind,
    SessionKind,
    TrajectoryStatus,
    WorkStatus,
)


@dataclass(frozen=True)
class AcceptedQuote:
    """The version of the quote (or participation agreement) the client accepted."""

    number: str  # "2026-004"
    version: int
    accepted_on: date
    free: bool  # a free programme's is a participation agreement


@dataclass(frozen=True)
class TrajectoryRow:
    uid: str
    name: str
    programme: str  # programme file key
    programme_name: str
    clients: tuple[str, ...]
    status: TrajectoryStatus
    start_date: date | None
    current_phase: str
    accepted_quote: str = ""  # "offerte 2026-004 versie 2, aanvaard op 12/03/2026" (Dutch: CLI)
    accepted: AcceptedQuote | None = None  # the same for the screens to word


@dataclass(frozen=True)
class SessionRow:
    uid: str
    trajectory: str
    trajectory_name: str
    title: str
    kind: SessionKind
    starts_at: datetime | None
    location: str
    registered: int
    present: int
    booked: bool = True  # False: in a phase outside the booked scope (niet geboekt)


@dataclass(frozen=True)
class PersonRow:
    uid: str
    name: str
    email: str
    phone: str
    municipality: str
    organisation: str


@dataclass(frozen=True)
class ProjectRow:
    uid: str
    trajectory: str
    name: str
    kind: ProjectKind
    place: str
    leads: tuple[str, ...]


@dataclass(frozen=True)
class PhaseRow:
    label: str
    name: str
    planned_start: date | None
    planned_end: date | None
    status: WorkStatus


@dataclass(frozen=True)
class TrajectoryDetail:
    row: TrajectoryRow
    arrangement: ClientArrangement
    scope_key: str | None
    notes: str
    phases: tuple[PhaseRow, ...]
    sessions: tuple[SessionRow, ...]
    projects: tuple[ProjectRow, ...]
    contacts: tuple[tuple[str, str], ...]  # (name, role)
    partners: tuple[tuple[str, str, str], ...]  # (name, category, engagement)
    open_actions: int


@dataclass(frozen=True)
class ActionRow:
    uid: str
    trajectory: str
    trajectory_name: str
    title: str
    owner: str
    due_on: date | None
    status: ActionStatus
    project: str
