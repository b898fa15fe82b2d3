"""ProgrammeError and the Dutch wording of validation problems in a data file."""

from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from models.core.errors import UserError

_DECIMAL = 'moet een getal als tekst zijn, bv. "3500.00"'
_LIST = "moet een lijst zijn, bv. [ ... ]"
_TABLE = "moet een tabel zijn ([naam] of { ... })"
_INT = "moet een geheel getal zijn"
_BOOL = "moet true of false zijn"

# Pydantic's own messages are English; the coach reads these instead.
_MESSAGES = {
    "missing": "ontbreekt",
    "extra_forbidden": "is geen bekend veld (tikfout?)",
    "int_type": _INT,
    "int_parsing": _INT,
    "int_from_float": _INT,
    "bool_type": _BOOL,
    "bool_parsing": _BOOL,
    "string_type": "moet tekst zijn, tussen aanhalingstekens",
    "string_too_short": "mag niet leeg zijn",
    "string_pattern_mismatch": (
        "moet een sleutel zijn van kleine letters, cijfers en '_', beginnend met een letter"
    ),
    "decimal_type": _DECIMAL,
    "decimal_parsing": _DECIMAL,
    "decimal_max_places": "mag hoogstens {decimal_places} cijfers na de komma hebben",
    "decimal_max_digits": "is te groot",
    "decimal_whole_digits": "is te groot",
    "greater_than_equal": "moet minstens {ge} zijn",
    "greater_than": "moet groter zijn dan {gt}",
    "less_than_equal": "mag hoogstens {le} zijn",
    "less_than": "moet kleiner zijn dan {lt}",
    "too_short": "moet minstens {min_length} element(en) bevatten",
    "tuple_type": _LIST,
    "list_type": _LIST,
    "model_type": _TABLE,
    "model_attributes_type": _TABLE,
    "dict_type": _TABLE,
    "enum": "moet een van deze waarden zijn: {expected}",
    "literal_error": "moet een van deze waarden zijn: {expected}",
}


# Raised by the schema's own validators, with a Dutch message already.
_OWN_TYPES = frozenset({"decimal_as_text", "expected_value"})


class ProgrammeError(UserError):
    """A programme or reference file that cannot be read; the message names file and field."""

    def __init__(
        self,
        message: str,
        *,
        file_name: str | None = None,
        field: str | None = None,
        line: int | None = None,
    ) -> None:
        super().__init__(message, field=field)
        self.file_name = file_name
        self.line = line


def _format(template: str, context: dict[str, Any]) -> str:
    values = {name: str(value).replace(" or ", " of ") for name, value in context.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def describe_error(error: ErrorDetails) -> tuple[str, str]:
    """The dotted field path and the Dutch message of one validation error."""
    context: dict[str, Any] = dict(error.get("ctx") or {})
    parts = [str(part) for part in error["loc"]]
    if error["type"] == "programme_rule":
        parts.extend(p for p in str(context.get("path", "")).split(".") if p)
        return ".".join(parts), str(context.get("message", error["msg"]))
    path = ".".join(parts)
    template = _MESSAGES.get(error["type"])
    if template is not None:
        return path, _format(template, context)
    if error["type"] in _OWN_TYPES:
        return path, error["msg"]
    return path, f"is ongeldig ({error['msg']})"


def _is_echo(problem: ErrorDetails, problems: list[ErrorDetails]) -> bool:
    # A list whose only item failed is also reported as too short: that repeats the cause.
    loc = problem["loc"]
    return problem["type"] == "too_short" and any(
        other["loc"][: len(loc)] == loc and len(other["loc"]) > len(loc) for other in problems
    )


def first_problem(error: ValidationError) -> tuple[str, str]:
    """Path and Dutch message of the first problem, noting how many more there are."""
    problems = error.errors(include_url=False)
    problems = [p for p in problems if not _is_echo(p, problems)] or problems
    path, message = describe_error(problems[0])
    if len(problems) > 1:
        others = len(problems) - 1
        message += f" (en nog {others} {'probleem' if others == 1 else 'problemen'})"
    return path, message
