"""Plain data of participant projects (buurtpunten, climate actions) and their progress."""

from dataclasses import dataclass, field
from datetime import date, datetime

from models.core.enums import ActionStatus, NoteKind, ProjectKind, SessionKind


@dataclass(frozen=True)
class Choice:
    """A key the programme file defines, with its Dutch name."""

    key: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class FunctionGroupChoice:
    """A group of functions a buurtpunt can combine (mobility, social, commercial, services)."""

    key: str
    name: str
    functions: tuple[Choice, ...]


@dataclass(frozen=True)
class TrajectoryPerson:
    """Someone of the trajectory: contact person, participant, trekker, partner contact."""

    uid: str
    name: str
    email: str
    phone: str
    contact_roles: tuple[str, ...] = ()  # roles as contact person ("Schepen van klimaat")
    lead_of: tuple[str, ...] = ()  # project names where this person is trekker
    member_of: tuple[str, ...] = ()  # project names where this person is a member
    partner_of: tuple[str, ...] = ()  # partner names where this person is the contact
    is_ambassador: bool = False
    registered: int = 0  # sessions of this trajectory the person was invited to or registered
    present: int = 0  # sessions of this trajectory the person attended

    @property
    def is_contact(self) -> bool:
        return bool(self.contact_roles)


@dataclass(frozen=True)
class BudgetSummary:
    """The citizen group's working budget against what the projects asked and got (cents)."""

    working_budget_cents: int | None
    requested_cents: int
    granted_cents: int

    @property
    def remaining_cents(self) -> int | None:
        if self.working_budget_cents is None:
            return None
        return self.working_budget_cents - self.granted_cents

    @property
    def over_budget(self) -> bool:
        remaining = self.remaining_cents
        return remaining is not None and remaining < 0

    @property
    def asked_over_budget(self) -> bool:
        """The groups asked more than the working budget holds (allowed: the grants decide)."""
        budget = self.working_budget_cents
        return budget is not None and self.requested_cents > budget


@dataclass(frozen=True)
class MenuUse:
    """One item of the programme's menukaart and the projects that chose it."""

    key: str
    name: str
    description: str
    projects: tuple[str, ...]


@dataclass(frozen=True)
class ProjectOptions:
    """What the programme lets a project of this trajectory be, and who can take part."""

    trajectory_uid: str
    has_projects: bool
    programme_name: str
    kind: ProjectKind | None  # None when the programme has no projects
    label: str  # "Buurtpunt", "Klimaatactie"
    label_plural: str
    description: str
    function_groups: tuple[FunctionGroupChoice, ...]
    stages: tuple[Choice, ...]
    menu: tuple[Choice, ...]
    uses_budget: bool  # the programme gives the group a working budget to divide
    people: tuple[TrajectoryPerson, ...]

    def function_name(self, key: str) -> str:
        for group in self.function_groups:
            for function in group.functions:
                if function.key == key:
                    return function.name
        return key


@dataclass(frozen=True)
class MemberRow:
    person_uid: str
    name: str
    is_lead: bool
    role: str


@dataclass(frozen=True)
class ProjectSummary:
    """One project as the Deelnemers tab lists it."""

    uid: str
    trajectory: str
    name: str
    kind: ProjectKind
    place: str
    goals: str
    notes: str
    functions: tuple[Choice, ...]
    stage: Choice | None
    menu_item: Choice | None
    budget_requested_cents: int | None
    budget_granted_cents: int | None
    members: tuple[MemberRow, ...]
    open_actions: int
    done_actions: int
    row_version: int = 0  # as read: handed back when the form is stored

    @property
    def leads(self) -> tuple[str, ...]:
        return tuple(m.name for m in self.members if m.is_lead)

    @property
    def other_members(self) -> tuple[str, ...]:
        return tuple(m.name for m in self.members if not m.is_lead)


@dataclass(frozen=True)
class ProjectsOverview:
    """The Deelnemers tab in one call: options, people, projects, budget and menukaart."""

    options: ProjectOptions
    projects: tuple[ProjectSummary, ...]
    budget: BudgetSummary | None
    menu_use: tuple[MenuUse, ...]


@dataclass(frozen=True)
class MemberInput:
    person_uid: str
    is_lead: bool = True
    role: str = ""


@dataclass(frozen=True)
class ProjectInput:
    """What the coach filled in for a project; keys refer to the programme file."""

    name: str
    place: str = ""
    goals: str = ""
    functions: tuple[str, ...] = ()
    stage: str = ""
    menu_item_key: str | None = None
    budget_requested_cents: int | None = None
    budget_granted_cents: int | None = None
    notes: str = ""
    members: tuple[MemberInput, ...] = field(default=())


@dataclass(frozen=True)
class ProgressSession:
    """A session in which the projects' progress is followed (a column of the grid)."""

    uid: str
    title: str
    kind: SessionKind
    starts_at: datetime | None
    held: bool


@dataclass(frozen=True)
class ProgressCell:
    """What one project has for one session: a progress note and the actions taken on."""

    has_note: bool
    note_preview: str
    actions: int
    open_actions: int


@dataclass(frozen=True)
class ProgressGrid:
    """Projects (rows) by sessions (columns); cells[row][column].

    outside[row]: the project's actions taken on outside these sessions (between them).
    """

    sessions: tuple[ProgressSession, ...]
    projects: tuple[ProjectSummary, ...]
    cells: tuple[tuple[ProgressCell, ...], ...]
    outside: tuple[ProgressCell, ...]


@dataclass(frozen=True)
class ProgressNote:
    uid: str
    kind: NoteKind
    text: str


@dataclass(frozen=True)
class ProjectAction:
    uid: str
    title: str
    owner: str
    due_on: date | None
    status: ActionStatus
    session_uid: str | None


@dataclass(frozen=True)
class SessionProgress:
    """One project in one session: the editable progress note, other notes, the actions."""

    project_uid: str
    project_name: str
    session: ProgressSession | None  # None: actions taken on outside any session
    progress_text: str
    other_notes: tuple[ProgressNote, ...]
    actions: tuple[ProjectAction, ...]
