"""Plain data of one session for the editor, live mode, the PDFs and the command line."""

from dataclasses import dataclass
from datetime import date, datetime

from models.core.enums import (
    ActionStatus,
    DuePick,
    NoteKind,
    RegistrationStatus,
    SessionKind,
    SessionStatus,
)
from models.people.provider_block import ProviderBlock


@dataclass(frozen=True)
class TemplateChoice:
    """A session the trajectory's programme foresees, offered when a new session is made."""

    key: str
    title: str
    kind: SessionKind
    purpose: str
    duration_minutes: int


@dataclass(frozen=True)
class AgendaRow:
    """An agenda block with its start and end derived from the session start and the order."""

    uid: str
    position: int
    title: str
    minutes: int
    method: str
    who: str
    starts_at: datetime | None
    ends_at: datetime | None
    started_at: datetime | None  # local wall-clock time the block really started in live mode


@dataclass(frozen=True)
class RegistrationRow:
    uid: str
    person_uid: str
    name: str
    organisation: str  # organisation or municipality: what the sign-in sheet shows
    status: RegistrationStatus
    checked_in_at: datetime | None  # local wall-clock time
    walk_in: bool
    has_consent: bool


@dataclass(frozen=True)
class NoteRow:
    uid: str
    kind: NoteKind
    text: str
    agenda_block_uid: str
    project_uid: str
    project: str


@dataclass(frozen=True)
class SessionActionRow:
    uid: str
    title: str
    owner: str
    owner_person_uid: str
    due_on: date | None
    project_uid: str
    project: str
    status: ActionStatus


@dataclass(frozen=True)
class Counts:
    """Attendance that adds up: registered = registered_present + excused + absent + waiting,
    and present = registered_present + walk_ins."""

    invited: int  # invited and not (yet) registered: in none of the sums
    registered: int  # on the list before the door opened, excused ones included
    present: int  # everyone here, walk-ins included
    absent: int
    excused: int
    walk_ins: int  # here without having registered
    waiting: int = 0  # registered and not marked yet (not checked in, not absent, not excused)

    @property
    def registered_present(self) -> int:
        """The registered people who came."""
        return self.present - self.walk_ins


@dataclass(frozen=True)
class ProjectChoice:
    uid: str
    name: str


@dataclass(frozen=True)
class DueChoice:
    """A quick pick for an action's due date: next week, next session (the screen names it)."""

    key: DuePick
    due_on: date


@dataclass(frozen=True)
class SessionDetail:
    uid: str
    trajectory_uid: str
    trajectory_name: str
    programme_name: str
    provider_name: str
    template_key: str
    kind: SessionKind
    title: str
    purpose: str
    starts_at: datetime | None
    ends_at: datetime | None  # the running end: start plus the agenda's minutes
    duration_minutes: int
    location_name: str
    address: str
    facilitators: str
    status: SessionStatus
    agenda: tuple[AgendaRow, ...]
    registrations: tuple[RegistrationRow, ...]
    notes: tuple[NoteRow, ...]
    actions: tuple[SessionActionRow, ...]
    counts: Counts
    projects: tuple[ProjectChoice, ...]
    next_session_on: date | None


@dataclass(frozen=True)
class SheetRow:
    """One line of the sign-in sheet: a registered person, or empty for a walk-in."""

    name: str
    organisation: str
    has_consent: bool
    known_contact: bool


@dataclass(frozen=True)
class SessionHeader:
    """What both session PDFs print at the top."""

    title: str
    kind: str  # the Dutch name of the kind
    trajectory_name: str
    programme_name: str
    provider_name: str
    starts_at: datetime | None
    ends_at: datetime | None
    location_name: str
    address: str
    facilitators: str


@dataclass(frozen=True)
class SignInSheet:
    header: SessionHeader
    rows: tuple[SheetRow, ...]
    empty_rows: int


@dataclass(frozen=True)
class ReportBlock:
    """An agenda block in the report with what was noted and decided during it."""

    time: str  # '19:30' or ''
    title: str
    minutes: int
    notes: tuple[str, ...]
    decisions: tuple[str, ...]


@dataclass(frozen=True)
class SessionReport:
    header: SessionHeader
    purpose: str
    counts: Counts
    present: tuple[str, ...]  # names, for the record of who took part
    excused: tuple[str, ...]
    blocks: tuple[ReportBlock, ...]
    general_notes: tuple[str, ...]  # notes not tied to a block
    decisions: tuple[str, ...]  # decisions not tied to a block
    project_notes: tuple[tuple[str, str], ...]  # (project, progress note)
    actions: tuple[SessionActionRow, ...]
    provider: ProviderBlock | None = None
