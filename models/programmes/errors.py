"""ProgrammeError and the coach's wording of validation problems in a data file."""

from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from models.core.errors import DomainText, Phrase, UserError, domain_text, phrase

_DECIMAL = domain_text('must be a number as text, e.g. "3500.00"')
_LIST = domain_text("must be a list, e.g. [ ... ]")
_TABLE = domain_text("must be a table ([name] or { ... })")
_INT = domain_text("must be a whole number")
_BOOL = domain_text("must be true or false")

# Pydantic's own messages are written for programmers; the coach reads these instead.
_MESSAGES = {
    "missing": domain_text("is missing"),
    "extra_forbidden": domain_text("is not a known field (typo?)"),
    "int_type": _INT,
    "int_parsing": _INT,
    "int_from_float": _INT,
    "bool_type": _BOOL,
    "bool_parsing": _BOOL,
    "string_type": domain_text("must be text, between quotes"),
    "string_too_short": domain_text("may not be empty"),
    "string_pattern_mismatch": domain_text(
        "must be a key of lower-case letters, digits and '_', starting with a letter"
    ),
    "decimal_type": _DECIMAL,
    "decimal_parsing": _DECIMAL,
    "decimal_max_places": domain_text("may have at most {decimal_places} digits after the comma"),
    "decimal_max_digits": domain_text("is too large"),
    "decimal_whole_digits": domain_text("is too large"),
    "greater_than_equal": domain_text("must be at least {ge}"),
    "greater_than": domain_text("must be greater than {gt}"),
    "less_than_equal": domain_text("may be at most {le}"),
    "less_than": domain_text("must be less than {lt}"),
    "too_short": domain_text("must contain at least {min_length} element(s)"),
    "tuple_type": _LIST,
    "list_type": _LIST,
    "model_type": _TABLE,
    "model_attributes_type": _TABLE,
    "dict_type": _TABLE,
    "enum": domain_text("must be one of these values: {expected}"),
    "literal_error": domain_text("must be one of these values: {expected}"),
}

# Raised by the schema's own value checks (see schema_base and schema_intake).
_OWN = {
    "decimal_as_text": domain_text('write the number as text between quotes, e.g. "3500.00"'),
    "expected_value": domain_text("must be true, false or an option key between quotes"),
}


class ProgrammeError(UserError):
    """A programme or reference file that cannot be read; the message names file and field."""

    def __init__(
        self,
        text: str,
        /,
        *,
        file_name: str | None = None,
        field: str | None = None,
        line: int | None = None,
        **params: Any,
    ) -> None:
        super().__init__(text, field=field, **params)
        self.file_name = file_name
        self.line = line


def _phrase(template: DomainText, context: dict[str, Any]) -> Phrase:
    # Pydantic lists allowed values as "'a', 'b' or 'c'": the comma reads in every language.
    values = {name: str(value).replace(" or ", ", ") for name, value in context.items()}
    try:
        template.format(**values)
    except (KeyError, IndexError, ValueError):
        return Phrase(template)
    return Phrase(template, values)


def describe_error(error: ErrorDetails) -> tuple[str, Phrase]:
    """The dotted field path and the coach's message of one validation error."""
    context: dict[str, Any] = dict(error.get("ctx") or {})
    parts = [str(part) for part in error["loc"]]
    if error["type"] == "programme_rule":
        parts.extend(p for p in str(context.get("path", "")).split(".") if p)
        message = context.get("message")
        # Every rule of the schema says its message as a phrase; anything else as it came.
        return ".".join(parts), message if isinstance(message, Phrase) else Phrase(error["msg"])
    path = ".".join(parts)
    template = _MESSAGES.get(error["type"]) or _OWN.get(error["type"])
    if template is not None:
        return path, _phrase(template, context)
    return path, phrase("is not valid ({detail})", detail=error["msg"])


def _is_echo(problem: ErrorDetails, problems: list[ErrorDetails]) -> bool:
    # A list whose only item failed is also reported as too short: that repeats the cause.
    loc = problem["loc"]
    return problem["type"] == "too_short" and any(
        other["loc"][: len(loc)] == loc and len(other["loc"]) > len(loc) for other in problems
    )


def first_problem(error: ValidationError) -> tuple[str, Phrase]:
    """Path and message of the first problem, noting how many more there are."""
    problems = error.errors(include_url=False)
    problems = [p for p in problems if not _is_echo(p, problems)] or problems
    path, message = describe_error(problems[0])
    others = len(problems) - 1
    if others == 1:
        return path, phrase("{problem} (and 1 more problem)", problem=message)
    if others > 1:
        return path, phrase("{problem} (and {count} more problems)", problem=message, count=others)
    return path, message
