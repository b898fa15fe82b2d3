"""The intake of a trajectory as plain frozen data for the intake view and the quote."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.core.enums import IntakeQuestionKind as QuestionKind
from models.intake.values import Answer, Area, answer_text

if TYPE_CHECKING:
    from models.programmes import FirstMeetingItem, Programme


@dataclass(frozen=True)
class QuestionState:
    key: str
    text: str
    kind: QuestionKind
    options: tuple[tuple[str, str], ...]  # (option key, label)
    required: bool
    help: str
    answer: Answer
    text_value: str  # the answer as text: "Ja", an option label, "3.500,00", "22/11/2026", "12,5"


@dataclass(frozen=True)
class SectionState:
    key: str
    title: str
    description: str
    questions: tuple[QuestionState, ...]


@dataclass(frozen=True)
class AreaSelectionState:
    label: str
    item_label: str
    description: str
    potential_levels: tuple[str, ...]
    choose_count: int
    areas: tuple[Area, ...]
    municipalities: tuple[str, ...] = ()  # several: each chooses its own kern or wijk


@dataclass(frozen=True)
class MeetingItemState:
    key: str
    title: str
    description: str
    notes_prompt: str
    notes: str
    area_selection: AreaSelectionState | None


@dataclass(frozen=True)
class AttendeeState:
    index: int
    role: str
    present: bool


@dataclass(frozen=True)
class ConditionState:
    key: str
    text: str
    met: bool


@dataclass(frozen=True)
class ConditionsReport:
    conditions: tuple[ConditionState, ...]
    open_questions: tuple[tuple[str, str], ...]  # (question key, text) of required, unanswered

    @property
    def unmet(self) -> tuple[ConditionState, ...]:
        return tuple(condition for condition in self.conditions if not condition.met)

    @property
    def questionnaire_complete(self) -> bool:
        return not self.open_questions

    @property
    def ready(self) -> bool:
        """Whether the trajectory can start: every condition met and no required question open."""
        return not self.unmet and self.questionnaire_complete


@dataclass(frozen=True)
class IntakeState:
    trajectory_uid: str
    programme_key: str
    programme_name: str
    introduction: str
    sections: tuple[SectionState, ...]
    meeting_title: str  # the first meeting's session title, e.g. "Kennismakingsoverleg"
    meeting_items: tuple[MeetingItemState, ...]
    attendees: tuple[AttendeeState, ...]  # the first meeting's minimum attendees
    report: ConditionsReport


def conditions_report(
    programme: Programme, answers: Mapping[str, Answer], present: Collection[str] = ()
) -> ConditionsReport:
    """Each condition for starting, met or not, and the required questions still open;
    `present` are the first meeting's minimum attendees ticked as there."""
    unmet = {condition.key for condition in programme.unmet_conditions(answers, present)}
    texts = {question.key: question.text for question in programme.intake.questions()}
    return ConditionsReport(
        conditions=tuple(
            ConditionState(c.key, c.text, c.key not in unmet) for c in programme.conditions
        ),
        open_questions=tuple(
            (key, texts[key]) for key in programme.intake.missing_required(answers)
        ),
    )


def _item_state(
    item: FirstMeetingItem, notes: str, areas: tuple[Area, ...], towns: tuple[str, ...]
) -> MeetingItemState:
    spec = item.area_selection
    selection = None
    if spec is not None:
        selection = AreaSelectionState(
            label=spec.label,
            item_label=spec.item_label,
            description=spec.description,
            potential_levels=spec.potential_levels,
            choose_count=spec.choose_count,
            areas=areas,
            municipalities=towns,
        )
    return MeetingItemState(
        key=item.key,
        title=item.title,
        description=item.description,
        notes_prompt=item.notes_prompt,
        notes=notes,
        area_selection=selection,
    )


def build_intake_state(
    trajectory_uid: str,
    programme: Programme,
    answers: Mapping[str, Answer],
    notes: Mapping[str, str],
    areas: Mapping[str, tuple[Area, ...]],
    present: Collection[str],
    municipalities: tuple[str, ...] = (),
) -> IntakeState:
    """The whole intake from what is stored: answers, notes and areas by key, roles present."""
    sections = tuple(
        SectionState(
            key=section.key,
            title=section.title,
            description=section.description,
            questions=tuple(
                QuestionState(
                    key=q.key,
                    text=q.text,
                    kind=q.kind,
                    options=tuple((option.key, option.label) for option in q.options),
                    required=q.required,
                    help=q.help,
                    answer=answers.get(q.key),
                    text_value=answer_text(q, answers.get(q.key)),
                )
                for q in section.questions
            ),
        )
        for section in programme.intake.sections
    )
    template = programme.session_template(programme.first_meeting.session_template)
    roles = template.minimum_attendees if template else ()
    return IntakeState(
        trajectory_uid=trajectory_uid,
        programme_key=programme.key,
        programme_name=programme.name,
        introduction=programme.intake.introduction,
        sections=sections,
        meeting_title=template.title if template else "",
        meeting_items=tuple(
            _item_state(item, notes.get(item.key, ""), areas.get(item.key, ()), municipalities)
            for item in programme.first_meeting.items
        ),
        attendees=tuple(AttendeeState(i, role, role in present) for i, role in enumerate(roles)),
        report=conditions_report(programme, answers, present),
    )
