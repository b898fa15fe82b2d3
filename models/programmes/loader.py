"""Load the programme files: every *.toml in resources/programmes is one programme."""

import functools
from pathlib import Path

import resources
from models.core.errors import domain_text, phrase
from models.core.nouns import NONE
from models.programmes.errors import ProgrammeError
from models.programmes.schema import Programme
from models.programmes.tomlfile import FileKind, validate_file

__all__ = [
    "ProgrammeError",
    "default_directory",
    "get_programme",
    "load_programme_file",
    "load_programmes",
]


def default_directory() -> Path:
    """The programme folder shipped with the app, from source and inside a PyInstaller build."""
    return Path(resources.__file__).parent / "programmes"


def _folder_label(directory: Path) -> str:
    if directory == default_directory():
        return "resources/programmes"
    return str(directory)


def _file_kind(directory: Path) -> FileKind:
    return FileKind(
        noun=domain_text("programme file"),
        remedy=phrase(
            "Repair the file or remove it from the folder {folder}.",
            folder=_folder_label(directory),
        ),
    )


def load_programme_file(path: Path) -> Programme:
    """Validate one programme file; its key must equal the file name without '.toml'."""
    programme = validate_file(Programme, path, _file_kind(path.parent))
    if programme.key != path.stem:
        raise ProgrammeError(
            "The programme file '{file}' is not valid: field 'key': the key '{key}' must "
            "equal the file name '{stem}'. {remedy}",
            file=path.name,
            key=programme.key,
            stem=path.stem,
            remedy=_file_kind(path.parent).remedy,
            file_name=path.name,
            field="key",
        )
    return programme


def _load_directory(directory: Path) -> dict[str, Programme]:
    if not directory.is_dir():
        raise ProgrammeError(
            "The folder of programmes '{folder}' does not exist. "
            "Reinstall the application or choose an existing folder.",
            folder=directory,
        )
    programmes = (load_programme_file(path) for path in sorted(directory.glob("*.toml")))
    return {programme.key: programme for programme in programmes}


@functools.cache
def _load_default() -> dict[str, Programme]:
    # The shipped files do not change while the app runs; read and validate them once.
    return _load_directory(default_directory())


def load_programmes(directory: Path | None = None) -> dict[str, Programme]:
    """All programmes by key, sorted by key; raises ProgrammeError for the first bad file."""
    if directory is None:
        return dict(_load_default())
    return _load_directory(directory)


def get_programme(key: str, directory: Path | None = None) -> Programme:
    """The programme with this key; raises ProgrammeError when no file defines it."""
    programmes = load_programmes(directory)
    try:
        return programmes[key]
    except KeyError:
        raise ProgrammeError(
            "The programme '{key}' no longer exists: there is no file '{key}.toml' in the "
            "folder {folder}. Available programmes: {known}.",
            key=key,
            folder=_folder_label(directory or default_directory()),
            known=tuple(sorted(programmes)) or (NONE,),
            file_name=f"{key}.toml",
        ) from None
