"""Read a TOML data file into a schema model, turning every problem into a ProgrammeError."""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from models.programmes.errors import ProgrammeError, first_problem

_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")


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
