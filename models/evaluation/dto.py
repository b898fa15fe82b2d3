"""Plain data about evaluation forms, responses and results, for the views and the exports."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from models.core.enums import ComparisonKind, QuestionKind, ResponseChannel
from models.core.errors import Phrase
from models.people.provider_block import ProviderBlock

# What a view or a test hands in as one answer: typed (kiosk) or as typed on the keyboard.
RawValue = str | int | bool | Sequence[str] | None
RawAnswers = Mapping[str, RawValue]  # by question uid

END_OF_TRAJECTORY = "Einde van het traject"


@dataclass(frozen=True)
class OptionDTO:
    key: str
    label: str


@dataclass(frozen=True)
class QuestionDTO:
    """A question as asked; `number` counts the active questions from 1 (0 when retired)."""

    uid: str
    number: int
    section: str
    key: str
    text: str
    kind: QuestionKind
    options: tuple[OptionDTO, ...] = ()
    scale_min: int | None = None
    scale_max: int | None = None
    min_label: str = ""
    max_label: str = ""
    retired: bool = False
    answer_count: int = 0

    @property
    def is_text(self) -> bool:
        return self.kind in (QuestionKind.SHORT_TEXT, QuestionKind.LONG_TEXT)

    def option_label(self, key: str) -> str:
        return next((o.label for o in self.options if o.key == key), key)


@dataclass(frozen=True)
class FormDTO:
    """A form of a trajectory with its active questions in order and the retired ones apart."""

    uid: str
    trajectory_uid: str
    trajectory_name: str
    programme_key: str
    title: str
    introduction: str
    template_key: str | None
    session_uid: str | None
    session_title: str
    session_starts_at: datetime | None
    questions: tuple[QuestionDTO, ...]
    retired: tuple[QuestionDTO, ...] = ()
    response_count: int = 0

    @property
    def target(self) -> str:
        """What the form evaluates: a session's title, or the end of the trajectory."""
        return self.session_title or END_OF_TRAJECTORY

    def sections(self) -> list[tuple[str, list[QuestionDTO]]]:
        """Active questions grouped by section, in form order (a section may come back)."""
        groups: list[tuple[str, list[QuestionDTO]]] = []
        for question in self.questions:
            if not groups or groups[-1][0] != question.section:
                groups.append((question.section, []))
            groups[-1][1].append(question)
        return groups

    def question(self, uid: str) -> QuestionDTO | None:
        return next((q for q in (*self.questions, *self.retired) if q.uid == uid), None)


@dataclass(frozen=True)
class FormRow:
    """A line of the Evaluatie tab's list of forms."""

    uid: str
    title: str
    target: str  # the session's title; "" for the form of the end of the trajectory
    session_uid: str | None
    starts_at: datetime | None
    question_count: int
    response_count: int


@dataclass(frozen=True)
class SessionChoice:
    """A session without a form yet, and the programme's form that fits it (if any)."""

    uid: str
    title: str
    starts_at: datetime | None
    template_key: str | None
    template_title: str


@dataclass(frozen=True)
class EvaluationOverview:
    trajectory_uid: str
    trajectory_name: str
    programme_key: str
    forms: tuple[FormRow, ...]
    sessions_without_form: tuple[SessionChoice, ...]
    end_form_title: str  # the programme's end-of-trajectory form, "" if none or already made
    sessions: tuple[SessionChoice, ...] = ()  # every session, for linking kiosk responses


@dataclass(frozen=True)
class QuestionDraft:
    """A question as the editor sends it: options as labels, one per option."""

    section: str
    text: str
    kind: str
    options: tuple[str, ...] = ()
    scale_min: int | None = None
    scale_max: int | None = None
    min_label: str = ""
    max_label: str = ""


@dataclass(frozen=True)
class QuestionChange:
    """What an edit did: 'changed' in place, 'replaced' (old one retired), 'retired', 'deleted'."""

    outcome: str
    question_uid: str
    message: Phrase | None = None  # what the coach should know about answers already given


@dataclass(frozen=True)
class ResponseRow:
    """A stored response, its answers shown as text per active question (same order)."""

    uid: str
    number: int
    submitted_at: datetime
    channel: ResponseChannel
    person: str
    session_title: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    share: float  # of the respondents who answered this question, 0..1


@dataclass(frozen=True)
class QuestionResult:
    """Aggregates of one question; `answered` + `empty` = the form's responses."""

    uid: str
    number: int
    section: str
    key: str
    text: str
    kind: QuestionKind
    retired: bool
    answered: int
    empty: int
    mean: float | None = None
    median: float | None = None
    bars: tuple[Bar, ...] = ()
    ticks: int = 0  # multiple choice: all ticks together
    open_answers: tuple[str, ...] = ()
    min_label: str = ""
    max_label: str = ""


@dataclass(frozen=True)
class FormResults:
    form: FormDTO
    responses: int
    questions: tuple[QuestionResult, ...]
    # Answers to questions no longer on the form, by the text they were asked with.
    earlier: tuple[QuestionResult, ...] = ()


@dataclass(frozen=True)
class ComparisonColumn:
    label: str  # the session's title, or the trajectory's name
    responses: int
    held_on: date | None = None  # a session's day
    forms: int = 0  # a trajectory's forms of this kind


@dataclass(frozen=True)
class ComparisonRow:
    """One question over the columns: a mean for scales, % yes for yes/no; None if unasked."""

    key: str
    text: str
    kind: QuestionKind
    scale_max: int | None
    values: tuple[float | None, ...]
    counts: tuple[int, ...]


@dataclass(frozen=True)
class Comparison:
    kind: ComparisonKind
    subject: str  # the trajectory's name (its sessions), or the form's title (across trajectories)
    columns: tuple[ComparisonColumn, ...]
    rows: tuple[ComparisonRow, ...]


@dataclass(frozen=True)
class EvaluationReport:
    """Everything the evaluation report PDF prints, for a trajectory or one session."""

    title: str
    trajectory_name: str
    programme_name: str
    provider_name: str
    scope: str  # 'traject' or 'bijeenkomst'
    made_on: datetime
    forms: tuple[FormResults, ...]
    comparisons: tuple[Comparison, ...] = field(default=())
    provider: ProviderBlock | None = None


@dataclass(frozen=True)
class RawTable:
    """The raw responses of one form: one row per response, one column per question."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str | int | bool | datetime | None, ...], ...]
