"""One answer: checked and stored as JSON, or shown as text; no database, so views use it too.

Stored values: scale -> int · yes_no -> bool · single_choice -> option key · multiple_choice ->
list of option keys in option order · short/long text -> str. An empty answer is not stored.
From the keyboard: a digit for a scale; 1/2 or j/n for yes/no; the option's number for a
choice; several numbers ("135", "1 3 5") for a multiple choice.
"""

import re
from collections.abc import Sequence
from typing import Any

from models.core.enums import QuestionKind
from models.core.errors import Phrase, UserError, phrase
from models.evaluation.dto import QuestionDTO, RawValue

SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 4000
_YES = {"1", "j", "ja", "y", "yes"}
_NO = {"2", "n", "nee", "no"}


def is_empty(raw: RawValue) -> bool:
    if raw is None:
        return True
    if isinstance(raw, str):
        return not raw.strip()
    if isinstance(raw, bool | int):
        return False
    return len(raw) == 0


def _where(question: QuestionDTO) -> Phrase:
    if question.number:
        return phrase("Question {number} ('{text}')", number=question.number, text=question.text)
    return phrase("The question ('{text}')", text=question.text)


def parse_answer(question: QuestionDTO, raw: RawValue) -> Any:
    """The value to store, None for an empty answer; UserError (field = question uid) if wrong."""
    if is_empty(raw):
        return None
    kind = question.kind
    if kind == QuestionKind.SCALE:
        return _scale(question, raw)
    if kind == QuestionKind.YES_NO:
        return _yes_no(question, raw)
    if kind == QuestionKind.SINGLE_CHOICE:
        return _choice(question, raw)
    if kind == QuestionKind.MULTIPLE_CHOICE:
        return _choices(question, raw)
    return _text(question, raw)


def scale_bounds(question: QuestionDTO) -> tuple[int, int]:
    low = 1 if question.scale_min is None else question.scale_min
    high = 5 if question.scale_max is None else question.scale_max
    return low, high


def _scale(question: QuestionDTO, raw: RawValue) -> int:
    low, high = scale_bounds(question)
    where = _where(question)
    if isinstance(raw, bool) or not isinstance(raw, int | str):
        raise UserError(
            "{question}: this is not a number. Choose a number from {low} to {high}, or leave "
            "the question empty.",
            question=where,
            low=low,
            high=high,
            field=question.uid,
        )
    try:
        value = int(raw.strip()) if isinstance(raw, str) else raw
    except ValueError:
        raise UserError(
            "{question}: '{typed}' is not a number. Choose a number from {low} to {high}, or "
            "leave the question empty.",
            question=where,
            typed=raw,
            low=low,
            high=high,
            field=question.uid,
        ) from None
    if not low <= value <= high:
        raise UserError(
            "{question}: {value} is outside the scale from {low} to {high}. Choose a number "
            "from {low} to {high}, or leave the question empty.",
            question=where,
            value=value,
            low=low,
            high=high,
            field=question.uid,
        )
    return value


def _yes_no(question: QuestionDTO, raw: RawValue) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().casefold() if isinstance(raw, str | int) else ""
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise UserError(
        "{question}: '{typed}' is not yes or no. Type 1 or j for yes, 2 or n for no.",
        question=_where(question),
        typed=raw,
        field=question.uid,
    )


def _option_by_number(question: QuestionDTO, number: int) -> str:
    if not 1 <= number <= len(question.options):
        raise UserError(
            "{question}: there is no option {number}. Choose an option from 1 to {count}.",
            question=_where(question),
            number=number,
            count=len(question.options),
            field=question.uid,
        )
    return question.options[number - 1].key


def _choice(question: QuestionDTO, raw: RawValue) -> str:
    keys = [o.key for o in question.options]
    if isinstance(raw, str) and raw in keys:
        return raw
    if isinstance(raw, int) and not isinstance(raw, bool):
        return _option_by_number(question, raw)
    if isinstance(raw, str) and raw.strip().isdigit():
        return _option_by_number(question, int(raw.strip()))
    raise UserError(
        "{question}: '{typed}' is not one of the options. Choose an option from 1 to {count}.",
        question=_where(question),
        typed=raw,
        count=len(keys),
        field=question.uid,
    )


def _choices(question: QuestionDTO, raw: RawValue) -> list[str]:
    keys = [o.key for o in question.options]
    chosen: set[str] = set()
    if isinstance(raw, str):
        for part in re.findall(r"\d|[^\d\s,;]+", raw):
            chosen.add(_option_by_number(question, int(part)) if part.isdigit() else part)
    elif isinstance(raw, Sequence):
        chosen.update(str(item) for item in raw)
    else:
        raise UserError(
            "{question}: choose one or more options.",
            question=_where(question),
            field=question.uid,
        )
    unknown = sorted(chosen - set(keys))
    if unknown:
        raise UserError(
            "{question}: '{typed}' is not one of the options. Choose options from 1 to {count}.",
            question=_where(question),
            typed=unknown[0],
            count=len(keys),
            field=question.uid,
        )
    return [key for key in keys if key in chosen]


def _text(question: QuestionDTO, raw: RawValue) -> str:
    if not isinstance(raw, str):
        raise UserError(
            "{question}: expects a text.", question=_where(question), field=question.uid
        )
    text = raw.strip()
    limit = SHORT_TEXT_MAX if question.kind == QuestionKind.SHORT_TEXT else LONG_TEXT_MAX
    if len(text) > limit:
        raise UserError(
            "{question}: the answer is {length} characters long; make it shorter than {limit}.",
            question=_where(question),
            length=len(text),
            limit=limit,
            field=question.uid,
        )
    return text


def display_answer(question: QuestionDTO, value: Any) -> str:
    """A stored value as the grid, the results and Excel show it ('' for no answer)."""
    if value is None or value == "" or value == []:
        return ""
    if question.kind == QuestionKind.YES_NO and isinstance(value, bool):
        return "ja" if value else "nee"
    if question.kind == QuestionKind.SINGLE_CHOICE and isinstance(value, str):
        return question.option_label(value)
    if question.kind == QuestionKind.MULTIPLE_CHOICE and isinstance(value, list):
        return "; ".join(question.option_label(str(key)) for key in value)
    return str(value)


def entry_text(question: QuestionDTO, value: Any) -> str:
    """A stored value as typed in the fast-entry grid: digits for scales and choices."""
    if value is None:
        return ""
    keys = [o.key for o in question.options]
    if question.kind == QuestionKind.YES_NO and isinstance(value, bool):
        return "1" if value else "2"
    if question.kind == QuestionKind.SINGLE_CHOICE and value in keys:
        return str(keys.index(value) + 1)
    if question.kind == QuestionKind.MULTIPLE_CHOICE and isinstance(value, list):
        return "".join(str(keys.index(k) + 1) for k in value if k in keys)
    return str(value)
