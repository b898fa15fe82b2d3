"""Where the app keeps its files: one place, from platformdirs, overridable for tests."""

import os
from pathlib import Path

import platformdirs

APP_NAME = "Trajectwijzer"
DB_ENV = "TRAJECTWIJZER_DB"
DATA_ENV = "TRAJECTWIJZER_DATA_DIR"  # redirects every folder (tests, portable use)
DB_FILE_NAME = "trajectwijzer.sqlite"
SERVER_SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")


def data_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def backup_dir() -> Path:
    return data_dir() / "backups"


def log_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def documents_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override) / "documents"
    return Path(platformdirs.user_documents_dir()) / APP_NAME


def database_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The database file: the command line first, then the environment, then the data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / DB_FILE_NAME


def is_server_url(text: str | os.PathLike[str] | None) -> bool:
    """True when the database named is a team's server (`postgresql+psycopg://…`), not a file."""
    return bool(text) and str(text).strip().lower().startswith(SERVER_SCHEMES)


def database_location(cli_value: str | os.PathLike[str] | None = None) -> Path | str:
    """The database: a server's URL as given (command line, then environment), else the file."""
    given = cli_value or os.environ.get(DB_ENV)
    if given and is_server_url(given):
        return str(given).strip()
    return database_path(cli_value)
