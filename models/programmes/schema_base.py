"""Building blocks shared by the programme schema: the frozen base model and value types."""

from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Protocol

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict, StringConstraints
from pydantic_core import PydanticCustomError

from models.core.errors import Phrase, phrase

KEY_PATTERN = r"^[a-z][a-z0-9_]*$"


class FrozenModel(BaseModel):
    """Base of every schema model: immutable, and unknown fields are typos, not extras."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def _reject_float(value: Any) -> Any:
    # TOML floats are binary: 0.1 + 0.2 style errors would end up on a quote.
    if isinstance(value, bool | float):
        # Worded for the coach in models/programmes/errors.py.
        raise PydanticCustomError("decimal_as_text", "write the number as text between quotes")
    return value


# Strict ints, bools and strings: TOML already types them, so a coercion hides a mistake.
Key = Annotated[str, Strict(), StringConstraints(pattern=KEY_PATTERN)]
Text = Annotated[str, Strict(), StringConstraints(strip_whitespace=True, min_length=1)]
OptionalText = Annotated[str, Strict(), StringConstraints(strip_whitespace=True)]
Flag = Annotated[bool, Strict()]
Month = Annotated[int, Strict(), Field(ge=0, le=120)]
Count = Annotated[int, Strict(), Field(ge=1)]
Money = Annotated[
    Decimal, BeforeValidator(_reject_float), Field(ge=0, max_digits=12, decimal_places=2)
]
Percent = Annotated[Decimal, BeforeValidator(_reject_float), Field(ge=0, le=100, decimal_places=2)]


class Responsible(StrEnum):
    """Who carries out an activity, reaches a milestone or leads an agenda block."""

    PROVIDER = "provider"
    MUNICIPALITY = "municipality"
    BOTH = "both"
    PARTICIPANTS = "participants"


class Owner(StrEnum):
    """Who takes on a responsibility or pays an extra budget (never the provider)."""

    MUNICIPALITY = "municipality"
    PARTICIPANTS = "participants"
    BOTH = "both"


class _Keyed(Protocol):
    @property
    def key(self) -> str: ...


def rule_error(path: str, message: Phrase) -> PydanticCustomError:
    """A cross-field error; `path` is relative to the model that raises it."""
    return PydanticCustomError("programme_rule", "{message}", {"path": path, "message": message})


def check_unique_keys(items: Iterable[_Keyed], path: str) -> None:
    """Raise a rule error on the first key that occurs twice in `items`."""
    seen: set[str] = set()
    for index, item in enumerate(items):
        if item.key in seen:
            raise rule_error(
                f"{path}.{index}.key", phrase("the key '{key}' occurs twice", key=item.key)
            )
        seen.add(item.key)


def check_month_range(start: int, end: int) -> None:
    """Raise a rule error when a month range runs backwards."""
    if end < start:
        raise rule_error(
            "end_month",
            phrase(
                "end month {end} is before start month {start}; month 0 is the start",
                end=end,
                start=start,
            ),
        )
