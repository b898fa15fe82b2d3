"""The intake questionnaire of a programme and the conditions for starting."""

import re
from collections.abc import Collection, Iterator, Mapping
from enum import StrEnum
from typing import Annotated, Self

from pydantic import Field, PlainValidator, model_validator
from pydantic_core import PydanticCustomError

from models.core.enums import IntakeQuestionKind as QuestionKind
from models.core.errors import phrase
from models.programmes.schema_base import (
    KEY_PATTERN,
    Flag,
    FrozenModel,
    Key,
    OptionalText,
    Text,
    check_unique_keys,
    rule_error,
)

CHOICE_KINDS = frozenset({QuestionKind.CHOICE, QuestionKind.MULTI_CHOICE})


class Option(FrozenModel):
    """A possible answer; answers store the key, so a reworded label keeps old answers valid."""

    key: Key
    label: Text


class Question(FrozenModel):
    """One question of the intake questionnaire."""

    key: Key
    text: Text
    kind: QuestionKind
    options: tuple[Option, ...] = ()
    required: Flag = False
    help: OptionalText = ""

    @model_validator(mode="after")
    def _options_match_kind(self) -> Self:
        if self.kind in CHOICE_KINDS and len(self.options) < 2:
            raise rule_error("options", phrase("a choice question needs at least two options"))
        if self.kind not in CHOICE_KINDS and self.options:
            raise rule_error(
                "options",
                phrase("a question of kind '{kind}' has no options", kind=self.kind.value),
            )
        check_unique_keys(self.options, "options")
        return self

    def option_label(self, key: str) -> str:
        """The Dutch label of an option key (the key itself if the option is unknown)."""
        return next((option.label for option in self.options if option.key == key), key)


class IntakeSection(FrozenModel):
    """A titled group of questions."""

    key: Key
    title: Text
    description: OptionalText = ""
    questions: tuple[Question, ...] = Field(min_length=1)


def _is_unanswered(answer: object) -> bool:
    return answer is None or answer == "" or answer == () or answer == []


class Intake(FrozenModel):
    """The questionnaire filled in before or during the first meeting."""

    introduction: OptionalText = ""
    sections: tuple[IntakeSection, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_question_keys(self) -> Self:
        check_unique_keys(self.sections, "sections")
        seen: set[str] = set()
        for s_index, section in enumerate(self.sections):
            for q_index, question in enumerate(section.questions):
                if question.key in seen:
                    raise rule_error(
                        f"sections.{s_index}.questions.{q_index}.key",
                        phrase(
                            "the question '{key}' occurs twice in the questionnaire",
                            key=question.key,
                        ),
                    )
                seen.add(question.key)
        return self

    def questions(self) -> Iterator[Question]:
        """All questions, in questionnaire order."""
        for section in self.sections:
            yield from section.questions

    def question(self, key: str) -> Question | None:
        """The question with this key, if any."""
        return next((q for q in self.questions() if q.key == key), None)

    def missing_required(self, answers: Mapping[str, object]) -> tuple[str, ...]:
        """Keys of required questions without an answer."""
        return tuple(
            q.key for q in self.questions() if q.required and _is_unanswered(answers.get(q.key))
        )


class ConditionKind(StrEnum):
    """What a condition checks."""

    ANSWER = "answer"
    INTAKE_COMPLETE = "intake_complete"
    # Everyone the first meeting needs at minimum was there (its minimum_attendees).
    FIRST_MEETING_ATTENDANCE = "first_meeting_attendance"


def _expected_value(value: object) -> bool | str:
    # A plain validator rather than a union, so errors do not name union members in the path.
    if isinstance(value, bool) or (isinstance(value, str) and re.match(KEY_PATTERN, value)):
        return value
    # Worded for the coach in models/programmes/errors.py.
    raise PydanticCustomError("expected_value", "must be true, false or a quoted option key")


ExpectedValue = Annotated[bool | str, PlainValidator(_expected_value)]


class Condition(FrozenModel):
    """A condition for starting (voorwaarde), checked against the intake answers.

    kind "answer": met when the answer to `question` is one of `expected` (for a multi_choice:
    when any chosen option is). kind "intake_complete": met when every required question has
    an answer. kind "first_meeting_attendance": met when every minimum attendee of the first
    meeting is ticked as present.
    """

    key: Key
    text: Text
    kind: ConditionKind = ConditionKind.ANSWER
    question: Key | None = None
    expected: tuple[ExpectedValue, ...] = ()

    @model_validator(mode="after")
    def _fields_match_kind(self) -> Self:
        if self.kind is ConditionKind.ANSWER:
            if self.question is None:
                raise rule_error(
                    "question", phrase("is missing: which intake question decides the condition?")
                )
            if not self.expected:
                raise rule_error("expected", phrase("is missing: which answers qualify?"))
        elif self.question is not None or self.expected:
            raise rule_error(
                "question",
                phrase("a condition '{kind}' has no question or answers", kind=self.kind.value),
            )
        return self

    def is_met(
        self,
        intake: Intake,
        answers: Mapping[str, object],
        absent: Collection[str] = (),
    ) -> bool:
        """Whether the answers (and, for attendance, the roles `absent`) satisfy this condition."""
        if self.kind is ConditionKind.INTAKE_COMPLETE:
            return not intake.missing_required(answers)
        if self.kind is ConditionKind.FIRST_MEETING_ATTENDANCE:
            return not absent
        answer = answers.get(self.question or "")
        if isinstance(answer, list | tuple | set | frozenset):
            return any(value in self.expected for value in answer)
        return answer in self.expected


def check_condition(condition: Condition, intake: Intake, path: str) -> None:
    """Raise a rule error when a condition names an unknown question or impossible answer."""
    if condition.kind is not ConditionKind.ANSWER:
        return
    question = intake.question(condition.question or "")
    if question is None:
        raise rule_error(
            f"{path}.question",
            phrase("the question '{key}' is not in the intake", key=condition.question),
        )
    if question.kind is QuestionKind.YES_NO:
        allowed: set[bool | str] = {True, False}
        wanted = phrase("true or false")
    elif question.kind in CHOICE_KINDS:
        allowed = {option.key for option in question.options}
        wanted = phrase(
            "an option key of the question ({keys})", keys=tuple(sorted(map(str, allowed)))
        )
    else:
        raise rule_error(
            f"{path}.question",
            phrase(
                "a condition can only use a yes/no or choice question, '{key}' is of kind '{kind}'",
                key=question.key,
                kind=question.kind.value,
            ),
        )
    for index, value in enumerate(condition.expected):
        # bool is not a str, and True == 1 must not pass as an option key.
        is_bool_question = question.kind is QuestionKind.YES_NO
        if value not in allowed or isinstance(value, bool) != is_bool_question:
            raise rule_error(f"{path}.expected.{index}", phrase("must be {wanted}", wanted=wanted))
