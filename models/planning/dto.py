"""Plain data of the plan, for the Planning tab, the overview and the planning PDF."""

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from models.core.enums import (
    ActionStatus,
    PlanItemKind,
    Responsible,
    SessionStatus,
    TrajectoryStatus,
    WorkStatus,
)
from models.core.errors import Phrase
from models.people.provider_block import ProviderBlock
from models.quotes.dto import QuoteVersionRow


class DonePolicy(StrEnum):
    """What happens to items already done that a change would move."""

    ASK = "ask"  # move nothing; the change lists them so the coach can be asked
    MOVE = "move"  # the coach agreed: they move too
    KEEP = "keep"  # they keep their dates; the rest moves


@dataclass(frozen=True)
class PlanChange:
    """The outcome of a re-plan; when not applied, `done_items` says what needs consent."""

    applied: bool
    moved: int = 0
    done_items: tuple[str, ...] = ()
    can_keep: bool = True  # a new start date moves the whole plan: keeping is not offered
    warnings: tuple[Phrase, ...] = ()  # what the coach should check after the change


@dataclass(frozen=True)
class StopResult:
    """What stopping did: the phase it stopped after, what was cancelled, the new quote."""

    phase_title: str
    cancelled: int
    quote: QuoteVersionRow | None  # None for a free programme: there is nothing to pay
    quote_created: bool


@dataclass(frozen=True)
class PlanRow:
    """A phase, milestone or session as a line of the editable plan table."""

    uid: str
    kind: PlanItemKind  # a phase, a milestone or a session
    phase_uid: str | None
    label: str  # "Fase 1" on a phase
    name: str
    planned_start: date | None
    planned_end: date | None  # phases only: milestones and sessions are moments
    actual_start: date | None  # a milestone's actual date too
    actual_end: date | None
    starts_at: datetime | None  # sessions: the day and the hour
    responsible: Responsible | None  # None for a session: it has coaches
    person_uid: str | None
    who: str  # the person's name; for a party its Dutch word, printed on the PDF
    status: WorkStatus | SessionStatus
    overdue: bool
    optional: bool
    editable: frozenset[str]
    booked: bool = True  # False: its phase lies outside the booked scope ("niet geboekt")


@dataclass(frozen=True)
class SchoolBreak:
    """A Flemish school break the timeline shades: 'Herfstvakantie', 27/10–2/11."""

    name: str
    first: date
    last: date


@dataclass(frozen=True)
class Lane:
    """A phase bar on the timeline with its milestones (diamonds) and sessions (dots)."""

    phase: PlanRow
    marks: tuple[PlanRow, ...]


@dataclass(frozen=True)
class Month:
    first: date
    label: str  # Dutch: "jan", "feb", "mrt"
    year: int


@dataclass(frozen=True)
class Timeline:
    """Calendar months from the first phase's start through the last phase's end."""

    months: tuple[Month, ...]
    lanes: tuple[Lane, ...]
    today: date
    stopped_on: date | None
    school_breaks: tuple[SchoolBreak, ...] = ()


@dataclass(frozen=True)
class TaskRow:
    """A responsibility or a task as the checklist, the task table and the PDF show it."""

    uid: str
    title: str
    is_responsibility: bool
    from_programme: bool
    phase_label: str
    responsible: Responsible
    person_uid: str | None
    who: str  # the person's name; for a party its Dutch word, printed on the PDF
    due_on: date | None
    done_on: date | None
    status: WorkStatus
    overdue: bool
    optional: bool
    editable: frozenset[str]
    booked: bool = True  # False: its phase lies outside the booked scope


@dataclass(frozen=True)
class TaskBoard:
    """The client's responsibilities and every task, with the people a task can go to."""

    trajectory_uid: str
    responsibilities: tuple[TaskRow, ...]
    tasks: tuple[TaskRow, ...]
    people: tuple[tuple[str, str], ...]  # (uid, name)
    phases: tuple[tuple[str, str], ...]  # (uid, "Fase 1")


@dataclass(frozen=True)
class NewTask:
    """A task the coach assigns; `due_on` as typed (dd/mm/jjjj)."""

    title: str
    due_on: str
    person_uid: str | None = None
    responsible: str = Responsible.PERSON  # a Responsible value, checked by the domain
    phase_uid: str | None = None


@dataclass(frozen=True)
class TrajectoryPlan:
    """Everything the planning view and the planning PDF show of one trajectory."""

    uid: str
    name: str
    programme_name: str
    provider_name: str
    clients: tuple[str, ...]
    status: TrajectoryStatus
    start_date: date | None
    end_date: date | None
    today: date
    rows: tuple[PlanRow, ...]
    timeline: Timeline | None
    people: tuple[tuple[str, str], ...]
    stop_choices: tuple[tuple[str, str], ...]  # (phase key, "Fase 1 Voorbereiding")
    stop_rule: str
    stopped_after: str = ""
    stopped_on: date | None = None
    stop_reason: str = ""
    booked_scope: str = ""  # "Fase 1": the scope the accepted quote (or the proposal) books
    unbooked_phases: tuple[str, ...] = ()  # "Fase 2 Eerste infosessie", not booked
    avoid_school_holidays: bool = True


@dataclass(frozen=True)
class PlanDocument:
    """The planning PDF's input: the plan with the checklist and the tasks; phases that are
    not booked only when asked for."""

    plan: TrajectoryPlan
    tasks: TaskBoard
    provider: ProviderBlock | None = None
    with_unbooked: bool = False


@dataclass(frozen=True)
class AgendaItem:
    """Something due on a day, over all trajectories: for the overview."""

    uid: str
    trajectory: str
    trajectory_name: str
    kind: PlanItemKind
    title: str
    owner: str  # a session's place, or who carries it: a person's name or a party (Dutch)
    due_on: date | None
    status: ActionStatus | WorkStatus | SessionStatus
    starts_at: datetime | None = None  # sessions: with the hour
    project: str = ""
    responsible: Responsible | None = None  # a party: the screen names it in its language


@dataclass(frozen=True)
class Agenda:
    """The overview: what comes up in the next weeks and everything overdue."""

    today: date
    days: int
    coming: tuple[AgendaItem, ...]
    overdue: tuple[AgendaItem, ...]
