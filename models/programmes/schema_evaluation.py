"""Evaluation form templates of a programme: a form per session kind and one for the end."""

from collections.abc import Iterator, Sequence
from typing import Annotated, Self

from pydantic import Field, Strict, model_validator

from models.core.enums import QuestionKind
from models.core.errors import phrase
from models.programmes.schema_base import (
    Flag,
    FrozenModel,
    Key,
    OptionalText,
    Text,
    check_unique_keys,
    rule_error,
)
from models.programmes.schema_intake import Option
from models.programmes.schema_plan import SessionKind, SessionTemplate

CHOICE_KINDS = frozenset({QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE})
# A scale answer is typed as one digit from a paper form, so a scale stays within 0-9.
ScalePoint = Annotated[int, Strict(), Field(ge=0, le=9)]


class FormQuestion(FrozenModel):
    """One question of an evaluation form; a scale has labels at both ends."""

    key: Key
    text: Text
    kind: QuestionKind
    options: tuple[Option, ...] = ()
    scale_min: ScalePoint | None = None
    scale_max: ScalePoint | None = None
    min_label: OptionalText = ""
    max_label: OptionalText = ""

    @model_validator(mode="after")
    def _fits_its_kind(self) -> Self:
        if self.kind in CHOICE_KINDS:
            if not 2 <= len(self.options) <= 9:
                raise rule_error(
                    "options", phrase("a choice question has 2 to 9 options (one digit per option)")
                )
            check_unique_keys(self.options, "options")
        elif self.options:
            raise rule_error(
                "options",
                phrase("a question of kind '{kind}' has no options", kind=self.kind.value),
            )
        if self.kind is QuestionKind.SCALE:
            low = 1 if self.scale_min is None else self.scale_min
            high = 5 if self.scale_max is None else self.scale_max
            if high <= low:
                raise rule_error(
                    "scale_max",
                    phrase(
                        "the scale runs from {low} to {high}: the wrong way round",
                        low=low,
                        high=high,
                    ),
                )
        elif self.scale_min is not None or self.scale_max is not None:
            raise rule_error("scale_min", phrase("only a scale question has a scale"))
        return self

    @property
    def low(self) -> int:
        """The scale's lowest point (1 unless the file says otherwise)."""
        return 1 if self.scale_min is None else self.scale_min

    @property
    def high(self) -> int:
        """The scale's highest point (5 unless the file says otherwise)."""
        return 5 if self.scale_max is None else self.scale_max


class FormSection(FrozenModel):
    """A titled group of questions on the form."""

    title: Text
    questions: tuple[FormQuestion, ...] = Field(min_length=1)


class EvaluationFormTemplate(FrozenModel):
    """A form the app copies into a trajectory, for sessions or for the trajectory's end.

    `session_templates` names the sessions it is meant for; `session_kinds` covers every session
    of those kinds; `end_of_trajectory` marks the one form for the end of the trajectory.
    """

    key: Key
    title: Text
    introduction: OptionalText = ""
    session_templates: tuple[Key, ...] = ()
    session_kinds: tuple[SessionKind, ...] = ()
    end_of_trajectory: Flag = False
    sections: tuple[FormSection, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_question_keys(self) -> Self:
        if not (self.session_templates or self.session_kinds or self.end_of_trajectory):
            raise rule_error(
                "session_kinds",
                phrase(
                    "say what the form is for: session_kinds, session_templates "
                    "or end_of_trajectory = true"
                ),
            )
        seen: set[str] = set()
        for s_index, section in enumerate(self.sections):
            for q_index, question in enumerate(section.questions):
                if question.key in seen:
                    raise rule_error(
                        f"sections.{s_index}.questions.{q_index}.key",
                        phrase("the question '{key}' occurs twice in the form", key=question.key),
                    )
                seen.add(question.key)
        return self

    def questions(self) -> Iterator[tuple[str, FormQuestion]]:
        """(section title, question) in form order."""
        for section in self.sections:
            for question in section.questions:
                yield section.title, question


def check_evaluation_forms(
    forms: Sequence[EvaluationFormTemplate], sessions: Sequence[SessionTemplate]
) -> None:
    """Unique keys, known sessions, one form per session kind, at most one end form."""
    check_unique_keys(forms, "evaluation_forms")
    known = {template.key for template in sessions}
    kinds: dict[SessionKind, str] = {}
    named: dict[str, str] = {}
    ends = 0
    for index, form in enumerate(forms):
        for t_index, key in enumerate(form.session_templates):
            if key not in known:
                raise rule_error(
                    f"evaluation_forms.{index}.session_templates.{t_index}",
                    phrase("the session '{key}' is not in session_templates", key=key),
                )
            if key in named:
                raise rule_error(
                    f"evaluation_forms.{index}.session_templates.{t_index}",
                    phrase(
                        "the session '{key}' already has the form '{form}'",
                        key=key,
                        form=named[key],
                    ),
                )
            named[key] = form.key
        for k_index, kind in enumerate(form.session_kinds):
            if kind in kinds:
                raise rule_error(
                    f"evaluation_forms.{index}.session_kinds.{k_index}",
                    phrase(
                        "sessions of kind '{kind}' already have the form '{form}'",
                        kind=kind.value,
                        form=kinds[kind],
                    ),
                )
            kinds[kind] = form.key
        ends += form.end_of_trajectory
        if ends > 1:
            raise rule_error(
                f"evaluation_forms.{index}.end_of_trajectory",
                phrase("there is already a form for the end of the trajectory"),
            )


def form_for_session(
    forms: Sequence[EvaluationFormTemplate], template_key: str | None, kind: str
) -> EvaluationFormTemplate | None:
    """The form meant for this session: named by its template first, else by its kind."""
    if template_key:
        for form in forms:
            if template_key in form.session_templates:
                return form
    return next((form for form in forms if kind in form.session_kinds), None)


def end_of_trajectory_form(
    forms: Sequence[EvaluationFormTemplate],
) -> EvaluationFormTemplate | None:
    """The form for the end of the trajectory, if the programme has one."""
    return next((form for form in forms if form.end_of_trajectory), None)
