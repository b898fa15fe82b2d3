"""Read a TOML data file into a schema model, turning every problem into a ProgrammeError."""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from models.programmes.errors import ProgrammeError, first_problem

_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")

# tomllib's most frequent complaints, in the coach's language; others stay in English.
_SYNTAX = {
    "Invalid value": "ongeldige waarde (tekst hoort tussen aanhalingstekens)",
    "Expected '=' after a key in a key/value pair": "na een veldnaam hoort '='",
    "Invalid statement": "ongeldige regel",
    "Unclosed array": "een lijst [ ... ] is niet gesloten",
    "Unclosed inline table": "een tabel { ... } is niet gesloten",
    "Unterminated string": "een tekst is niet afgesloten met een aanhalingsteken",
    "Expected newline or end of document after a statement": "na een waarde hoort een nieuwe regel",
    "Cannot overwrite a value": "dit veld staat er twee keer",
    "Cannot declare": "deze tabel of dit veld staat er twee keer",
    "Invalid initial character for a key part": "ongeldig teken aan het begin van een veldnaam",
    "Illegal character": "ongeldig teken",
}


@dataclass(frozen=True, slots=True)
class FileKind:
    """How messages name a kind of data file and what the coach can do about it."""

    noun: str
    remedy: str


def read_toml(path: Path, kind: FileKind) -> dict[str, Any]:
    """The parsed contents of a TOML file."""
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        raise ProgrammeError(
            f"Het {kind.noun} '{path.name}' kan niet gelezen worden ({error.strerror}). "
            f"{kind.remedy}",
            file_name=path.name,
        ) from error
    except UnicodeDecodeError as error:
        raise ProgrammeError(
            f"Het {kind.noun} '{path.name}' is geen UTF-8-tekst. Bewaar het als UTF-8. "
            f"{kind.remedy}",
            file_name=path.name,
        ) from error
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _syntax_error(path, kind, error) from error


def _syntax_error(path: Path, kind: FileKind, error: tomllib.TOMLDecodeError) -> ProgrammeError:
    reason = str(error)
    match = _LINE.search(reason)
    line = int(match.group(1)) if match else None
    where = f" op regel {line}, kolom {match.group(2)}" if match else ""
    detail = _LINE.sub("", reason).strip()
    detail = next(
        (dutch for english, dutch in _SYNTAX.items() if detail.startswith(english)), detail
    )
    return ProgrammeError(
        f"Het {kind.noun} '{path.name}' is geen geldige TOML: fout{where} ({detail}). "
        f"{kind.remedy}",
        file_name=path.name,
        line=line,
    )


def validate_file[M: BaseModel](model: type[M], path: Path, kind: FileKind) -> M:
    """Read `path` and validate it as `model`."""
    data = read_toml(path, kind)
    try:
        return model.model_validate(data)
    except ValidationError as error:
        field, message = first_problem(error)
        where = f"veld '{field}'" if field else "het bestand als geheel"
        raise ProgrammeError(
            f"Het {kind.noun} '{path.name}' is ongeldig: {where}: {message}. {kind.remedy}",
            file_name=path.name,
            field=field or None,
        ) from error
