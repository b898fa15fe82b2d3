"""Read a TOML data file into a schema model, turning every problem into a ProgrammeError."""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from models.core.errors import DomainText, Phrase, domain_text
from models.programmes.errors import ProgrammeError, first_problem

_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")

# tomllib's most frequent complaints, in the coach's words; others stay as tomllib says them.
_SYNTAX = {
    "Invalid value": domain_text("invalid value (text belongs between quotes)"),
    "Expected '=' after a key in a key/value pair": domain_text("a field name is followed by '='"),
    "Invalid statement": domain_text("invalid line"),
    "Unclosed array": domain_text("a list [ ... ] is not closed"),
    "Unclosed inline table": domain_text("a table { ... } is not closed"),
    "Unterminated string": domain_text("a text is not closed with a quote"),
    "Expected newline or end of document after a statement": domain_text(
        "a value is followed by a new line"
    ),
    "Cannot overwrite a value": domain_text("this field is there twice"),
    "Cannot declare": domain_text("this table or this field is there twice"),
    "Invalid initial character for a key part": domain_text(
        "invalid character at the start of a field name"
    ),
    "Illegal character": domain_text("invalid character"),
}


@dataclass(frozen=True, slots=True)
class FileKind:
    """How messages name a kind of data file and what the coach can do about it."""

    noun: DomainText
    remedy: DomainText | Phrase


def read_toml(path: Path, kind: FileKind) -> dict[str, Any]:
    """The parsed contents of a TOML file."""
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        raise ProgrammeError(
            "The {what} '{file}' cannot be read ({reason}). {remedy}",
            what=kind.noun,
            file=path.name,
            reason=error.strerror,
            remedy=kind.remedy,
            file_name=path.name,
        ) from error
    except UnicodeDecodeError as error:
        raise ProgrammeError(
            "The {what} '{file}' is not UTF-8 text. Save it as UTF-8. {remedy}",
            what=kind.noun,
            file=path.name,
            remedy=kind.remedy,
            file_name=path.name,
        ) from error
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _syntax_error(path, kind, error) from error


def _syntax_error(path: Path, kind: FileKind, error: tomllib.TOMLDecodeError) -> ProgrammeError:
    reason = str(error)
    match = _LINE.search(reason)
    said = _LINE.sub("", reason).strip()
    detail = next((ours for theirs, ours in _SYNTAX.items() if said.startswith(theirs)), said)
    if match is None:
        return ProgrammeError(
            "The {what} '{file}' is not valid TOML: error ({detail}). {remedy}",
            what=kind.noun,
            file=path.name,
            detail=detail,
            remedy=kind.remedy,
            file_name=path.name,
        )
    return ProgrammeError(
        "The {what} '{file}' is not valid TOML: error on line {row}, column {column} "
        "({detail}). {remedy}",
        what=kind.noun,
        file=path.name,
        row=match.group(1),
        column=match.group(2),
        line=int(match.group(1)),
        detail=detail,
        remedy=kind.remedy,
        file_name=path.name,
    )


def validate_file[M: BaseModel](model: type[M], path: Path, kind: FileKind) -> M:
    """Read `path` and validate it as `model`."""
    data = read_toml(path, kind)
    try:
        return model.model_validate(data)
    except ValidationError as error:
        field, message = first_problem(error)
        if not field:
            raise ProgrammeError(
                "The {what} '{file}' is not valid: the file as a whole: {problem}. {remedy}",
                what=kind.noun,
                file=path.name,
                problem=message,
                remedy=kind.remedy,
                file_name=path.name,
            ) from error
        raise ProgrammeError(
            "The {what} '{file}' is not valid: field '{name}': {problem}. {remedy}",
            what=kind.noun,
            file=path.name,
            name=field,
            problem=message,
            remedy=kind.remedy,
            file_name=path.name,
            field=field,
        ) from error
