"""Intake answers by question kind: what the coach typed, what is stored, what is shown.

Stored (JSON): yes_no true/false · text and long_text the trimmed text · choice the option key ·
multi_choice a list of option keys in the order of the options · number the decimal as text
with a point ("12", "12.5"; JSON floats are binary) · money integer cents · date ISO text
"2026-11-22". Empty input clears the answer (null).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from models.core.enums import IntakeQuestionKind as QuestionKind
from models.core.errors import UserError
from models.core.formatting import format_date, format_money, parse_date, parse_money
from models.core.nouns import ONE

if TYPE_CHECKING:
    from models.programmes import AreaSelection, Question

# A typed answer: yes_no bool · text str · choice option key · multi_choice option keys ·
# number int or Decimal · money int cents · date date. None: not answered.
Answer = bool | str | tuple[str, ...] | int | Decimal | date | None
# What the UI or the command line hands in: a bool (or "ja"/"nee") for yes/no, option key(s),
# or the text as typed; a number may also come as int or Decimal, a date as a date. Money only
# as text: an int would be ambiguous between euros and cents.
RawAnswer = bool | str | Sequence[str] | int | Decimal | date | None

# Belgian digits: a dot groups thousands ("1.200"), a comma starts the decimals ("12,5").
_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?")
_DIGIT_SPACES = re.compile(r"(?<=\d)\s+(?=\d)")
_YES = {"ja", "j", "yes", "true"}
_NO = {"nee", "n", "no", "false"}


def _is_empty(raw: RawAnswer) -> bool:
    if raw is None:
        return True
    if isinstance(raw, str):
        return not raw.strip()
    return isinstance(raw, list | tuple) and not raw


def _shown(raw: object) -> str:
    text = str(raw).strip()
    return f"'{text[:40]}…'" if len(text) > 40 else f"'{text}'"


def _labels(question: Question) -> tuple[str, ...]:
    return tuple(f"'{option.label}'" for option in question.options)


def _option_key(question: Question, raw: object) -> str:
    keys = [option.key for option in question.options]
    if isinstance(raw, str) and raw.strip() in keys:
        return raw.strip()
    raise UserError(
        "{typed} is not an answer to this question. Choose one of: {options}.",
        typed=_shown(raw),
        options=_labels(question),
        field=question.key,
    )


def _not_a_number(question: Question, raw: RawAnswer) -> UserError:
    return UserError(
        "{typed} is not a number. Type a number such as 12 or 12,5 (with a comma for the "
        "decimals).",
        typed=_shown(raw),
        field=question.key,
    )


def _number(question: Question, raw: RawAnswer) -> str:
    if isinstance(raw, int | Decimal) and not isinstance(raw, bool):
        value = Decimal(raw)
        if not value.is_finite():
            raise _not_a_number(question, raw)
    else:
        text = _DIGIT_SPACES.sub("", str(raw).strip()).replace("\u2212", "-")
        negative = text.startswith("-")
        match = _NUMBER.fullmatch(text[1:].strip() if negative else text)
        if match is None or len(text) > 20:
            raise _not_a_number(question, raw)
        value = Decimal(f"{match[1].replace('.', '')}.{match[2] or '0'}")
        value = -value if negative else value
    if value < 0:
        # Questionnaires count things (inhabitants, municipalities, cars): never below zero.
        raise UserError(
            "A number cannot be negative here. "
            "Type a number such as 12 or 12,5 (with a comma for the decimals).",
            field=question.key,
        )
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def stored_answer(question: Question, raw: RawAnswer) -> Any:
    """The JSON value to store for what the coach entered; a UserError names what to type."""
    if _is_empty(raw):
        return None
    kind, field = question.kind, question.key
    if kind is QuestionKind.YES_NO:
        if isinstance(raw, bool):
            return raw
        word = str(raw).strip().lower()
        if word in _YES | _NO:
            return word in _YES
        raise UserError(
            "{typed} is not an answer: choose yes or no.", typed=_shown(raw), field=field
        )
    if kind in (QuestionKind.TEXT, QuestionKind.LONG_TEXT):
        return str(raw).strip()
    if kind is QuestionKind.CHOICE:
        return _option_key(question, raw)
    if kind is QuestionKind.MULTI_CHOICE:
        given = [raw] if isinstance(raw, str) else raw if isinstance(raw, list | tuple) else [raw]
        chosen = {_option_key(question, key) for key in given}
        return [option.key for option in question.options if option.key in chosen]
    if kind is QuestionKind.NUMBER:
        return _number(question, raw)
    if kind is QuestionKind.MONEY:
        return parse_money(str(raw), field=field)
    if isinstance(raw, date):  # a datetime too: only its day is kept
        return date(raw.year, raw.month, raw.day).isoformat()
    return parse_date(str(raw), field=field).isoformat()


def typed_answer(question: Question, stored: Any) -> Answer:
    """The stored value as the answer's Python type; None when unset or no longer valid.

    A value that does not fit (the programme file changed the question) reads as unanswered,
    so an old answer never meets a condition by accident; the row itself is left alone.
    """
    kind = question.kind
    keys = [option.key for option in question.options]
    if kind is QuestionKind.YES_NO:
        return stored if isinstance(stored, bool) else None
    if kind in (QuestionKind.TEXT, QuestionKind.LONG_TEXT):
        return stored if isinstance(stored, str) and stored else None
    if kind is QuestionKind.CHOICE:
        return stored if stored in keys else None
    if kind is QuestionKind.MULTI_CHOICE:
        chosen = tuple(k for k in keys if isinstance(stored, list) and k in stored)
        return chosen or None
    try:
        if kind is QuestionKind.NUMBER and isinstance(stored, str):
            value = Decimal(stored)
            return int(value) if value == value.to_integral_value() else value
        if kind is QuestionKind.MONEY and isinstance(stored, int) and not isinstance(stored, bool):
            return stored
        if kind is QuestionKind.DATE and isinstance(stored, str):
            return date.fromisoformat(stored)
    except (ValueError, InvalidOperation):
        return None
    return None


def answer_text(question: Question, answer: Answer) -> str:
    """The answer as text in nl-BE: 'Ja', an option's label, '12,5', '3.500,00', '22/11/2026'."""
    if answer is None:
        return ""
    if isinstance(answer, bool):
        return "Ja" if answer else "Nee"
    if isinstance(answer, tuple):
        return ", ".join(question.option_label(key) for key in answer)
    if question.kind is QuestionKind.CHOICE and isinstance(answer, str):
        return question.option_label(answer)
    if question.kind is QuestionKind.NUMBER and isinstance(answer, int | Decimal):
        grouped = format(answer, ",f") if isinstance(answer, Decimal) else f"{answer:,}"
        return grouped.replace(",", " ").replace(".", ",").replace(" ", ".")
    if question.kind is QuestionKind.MONEY and isinstance(answer, int):
        return format_money(answer).replace("€", "").strip()
    if isinstance(answer, date):
        return format_date(answer)
    return str(answer)


@dataclass(frozen=True)
class Area:
    """A kern or wijk looked at in the first meeting; potential is one of the programme's levels."""

    name: str
    potential: str = ""
    chosen: bool = False
    municipality: str = ""  # in a trajectory of several municipalities: whose kern or wijk


def areas_from_json(value: Any) -> tuple[Area, ...]:
    """The stored area list read back; anything malformed is skipped rather than shown."""
    items = value if isinstance(value, list) else []
    return tuple(
        Area(
            str(a.get("name") or ""),
            str(a.get("potential") or ""),
            a.get("chosen") is True,
            str(a.get("municipality") or ""),
        )
        for a in items
        if isinstance(a, dict) and a.get("name")
    )


def checked_areas(
    spec: AreaSelection,
    areas: Sequence[Area],
    *,
    field: str,
    municipalities: Sequence[str] = (),
) -> list[Any]:
    """The area list as JSON, or a UserError: names given and unique, known levels, few chosen.

    With several `municipalities` (a joint trajectory) each area names its municipality and
    each municipality chooses its own (at most choose_count).
    """
    value: list[Any] = []
    seen: set[tuple[str, str]] = set()
    noun = spec.item_label.lower()
    for area in areas:
        name = " ".join(area.name.split())
        if not name:
            raise UserError(
                "Give every {noun} a name, or remove the empty line.", noun=noun, field=field
            )
        town = area.municipality if municipalities else ""
        if municipalities and town not in municipalities:
            raise UserError(
                "Say to which municipality '{name}' belongs: one of {towns}.",
                field=field,
                name=name,
                towns=tuple(municipalities),
            )
        if (town, name.casefold()) in seen:
            raise UserError("'{name}' is in the list twice.", name=name, field=field)
        seen.add((town, name.casefold()))
        if area.potential and area.potential not in spec.potential_levels:
            raise UserError(
                "'{potential}' is not a potential; choose from {levels}.",
                potential=area.potential,
                levels=tuple(spec.potential_levels),
                field=field,
            )
        item: dict[str, Any] = {"name": name, "potential": area.potential, "chosen": area.chosen}
        if town:
            item["municipality"] = town
        value.append(item)
    for town in municipalities or [""]:
        chosen = sum(1 for a in areas if a.chosen and (a.municipality == town or not town))
        if chosen > spec.choose_count:
            most = ONE if spec.choose_count == 1 else spec.choose_count
            if town:
                raise UserError(
                    "At most {most} {noun} in {town} can be chosen; now there are {chosen}. "
                    "Remove another tick first.",
                    most=most,
                    noun=noun,
                    town=town,
                    chosen=chosen,
                    field=field,
                )
            raise UserError(
                "At most {most} {noun} can be chosen; now there are {chosen}. "
                "Remove another tick first.",
                most=most,
                noun=noun,
                chosen=chosen,
                field=field,
            )
    return value
