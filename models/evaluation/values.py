"""One answer: checked and stored as JSON, or shown as text; no database, so views use it too.

Stored values: scale -> int · yes_no -> bool · single_choice -> option key · multiple_choice ->
list of option keys in option order · short/long text -> str. An empty answer is not stored.
From the keyboard: a digit for a scale; 1/2 or j/n for yes/no; the option's number for a
choice; several numbers ("135", "1 3 5") for a multiple choice.
"""

import re
from collections.abc import Sequence
from typing import Any

from models.core.errors import UserError
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


def _where(question: QuestionDTO) -> str:
    label = f"Vraag {question.number}" if question.number else "De vraag"
    return f"{label} ('{question.text}')"


def _error(question: QuestionDTO, problem: str) -> UserError:
    return UserError(f"{_where(question)}: {problem}", field=question.uid)


def parse_answer(question: QuestionDTO, raw: RawValue) -> Any:
    """The value to store, None for an empty answer; UserError (field = question uid) if wrong."""
    if is_empty(raw):
        return None
    kind = question.kind
    if kind == "scale":
        return _scale(question, raw)
    if kind == "yes_no":
        return _yes_no(question, raw)
    if kind == "single_choice":
        return _choice(question, raw)
    if kind == "multiple_choice":
        return _choices(question, raw)
    return _text(question, raw)


def scale_bounds(question: QuestionDTO) -> tuple[int, int]:
    low = 1 if question.scale_min is None else question.scale_min
    high = 5 if question.scale_max is None else question.scale_max
    return low, high


def _scale(question: QuestionDTO, raw: RawValue) -> int:
    low, high = scale_bounds(question)
    fix = f"Kies een getal van {low} tot {high}, of laat de vraag leeg."
    if isinstance(raw, bool) or not isinstance(raw, int | str):
        raise _error(question, f"dit is geen getal. {fix}")
    try:
        value = int(raw.strip()) if isinstance(raw, str) else raw
    except ValueError:
        raise _error(question, f"'{raw}' is geen getal. {fix}") from None
    if not low <= value <= high:
        raise _error(question, f"{value} valt buiten de schaal van {low} tot {high}. {fix}")
    return value


def _yes_no(question: QuestionDTO, raw: RawValue) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().casefold() if isinstance(raw, str | int) else ""
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise _error(question, f"'{raw}' is geen ja of nee. Typ 1 of j voor ja, 2 of n voor nee.")


def _option_by_number(question: QuestionDTO, number: int) -> str:
    if not 1 <= number <= len(question.options):
        raise _error(
            question,
            f"er is geen optie {number}. Kies een optie van 1 tot {len(question.options)}.",
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
    raise _error(question, f"'{raw}' is geen van de opties. Kies een optie van 1 tot {len(keys)}.")


def _choices(question: QuestionDTO, raw: RawValue) -> list[str]:
    keys = [o.key for o in question.options]
    chosen: set[str] = set()
    if isinstance(raw, str):
        for part in re.findall(r"\d|[^\d\s,;]+", raw):
            chosen.add(_option_by_number(question, int(part)) if part.isdigit() else part)
    elif isinstance(raw, Sequence):
        chosen.update(str(item) for item in raw)
    else:
        raise _error(question, "kies een of meer opties.")
    unknown = sorted(chosen - set(keys))
    if unknown:
        raise _error(
            question,
            f"'{unknown[0]}' is geen van de opties. Kies opties van 1 tot {len(keys)}.",
        )
    return [key for key in keys if key in chosen]


def _text(question: QuestionDTO, raw: RawValue) -> str:
    if not isinstance(raw, str):
        raise _error(question, "verwacht een tekst.")
    text = raw.strip()
    limit = SHORT_TEXT_MAX if question.kind == "short_text" else LONG_TEXT_MAX
    if len(text) > limit:
        raise _error(
            question, f"het antwoord is {len(text)} tekens lang; maak het korter dan {limit}."
        )
    return text


def display_answer(question: QuestionDTO, value: Any) -> str:
    """A stored value as the grid, the results and Excel show it ('' for no answer)."""
    if value is None or value == "" or value == []:
        return ""
    if question.kind == "yes_no" and isinstance(value, bool):
        return "ja" if value else "nee"
    if question.kind == "single_choice" and isinstance(value, str):
        return question.option_label(value)
    if question.kind == "multiple_choice" and isinstance(value, list):
        return "; ".join(question.option_label(str(key)) for key in value)
    return str(value)


def entry_text(question: QuestionDTO, value: Any) -> str:
    """A stored value as typed in the fast-entry grid: digits for scales and choices."""
    if value is None:
        return ""
    keys = [o.key for o in question.options]
    if question.kind == "yes_no" and isinstance(value, bool):
        return "1" if value else "2"
    if question.kind == "single_choice" and value in keys:
        return str(keys.index(value) + 1)
    if question.kind == "multiple_choice" and isinstance(value, list):
        return "".join(str(keys.index(k) + 1) for k in value if k in keys)
    return str(value)
