"""Shared fixtures: offscreen Qt, every folder redirected to tmp_path, a fresh database."""

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from models.workspace import Workspace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("TRAJECTWIJZER_DB", None)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--clock-ahead-days",
        type=int,
        default=0,
        help="run the whole suite with the machine's clock moved this many days ahead",
    )


@pytest.fixture(autouse=True, scope="session")
def _clock_ahead(request: pytest.FixtureRequest) -> Iterator[None]:
    """With --clock-ahead-days the real clock is moved: no test may depend on today."""
    days = request.config.getoption("--clock-ahead-days")
    if not days:
        yield
        return
    import time_machine

    with time_machine.travel(datetime.now(UTC) + timedelta(days=days), tick=True):
        yield


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user folders."""
    monkeypatch.setenv("TRAJECTWIJZER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("TRAJECTWIJZER_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "test.sqlite"


@pytest.fixture
def database(db_path: Path) -> Iterator["object"]:
    from models.storage.lifecycle import open_database

    db = open_database(db_path)
    yield db
    db.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Callable[[date], Path]:
    """The demo database of a day, made once per test session (and worker), then reused."""
    from models.core.clock import FixedClock
    from models.workspace import Workspace

    made: dict[date, Path] = {}

    def template(day: date) -> Path:
        if day not in made:
            path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
            workspace = Workspace.open(path, clock=FixedClock(day))
            workspace.demo.fill_demo_data(day)
            workspace.close()  # the last connection folds the write-ahead log into the file
            made[day] = path
        return made[day]

    return template


@pytest.fixture
def demo_file(demo_template: Callable[[date], Path], tmp_path: Path) -> Callable[..., Path]:
    """A fresh copy of the demo database of a day, for this test only: its path."""

    def copy(day: date | None = None, name: str = "demo.sqlite") -> Path:
        from tests.demo import DEMO_DAY

        target = tmp_path / "data" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with (
            closing(sqlite3.connect(demo_template(day or DEMO_DAY))) as source,
            closing(sqlite3.connect(target)) as copied,
        ):
            source.backup(copied)
        return target

    return copy


@pytest.fixture
def demo_copy(demo_file: Callable[..., Path]) -> Iterator[Callable[..., "Workspace"]]:
    """A workspace over a fresh copy of the demo database, its clock standing on that day."""
    from models.core.clock import FixedClock
    from models.workspace import Workspace
    from tests.demo import DEMO_DAY

    opened: list[Workspace] = []

    def open_copy(day: date | None = None, name: str = "demo.sqlite") -> Workspace:
        workspace = Workspace.open(demo_file(day, name), clock=FixedClock(day or DEMO_DAY))
        opened.append(workspace)
        return workspace

    yield open_copy
    for workspace in opened:
        workspace.close()


@pytest.fixture
def demo_workspace(demo_copy: Callable[..., "Workspace"]) -> "Workspace":
    """A workspace over the whole demo (as of 22 November 2026), the clock on that day."""
    return demo_copy()


@pytest.fixture
def dutch_ui(qapp: Any) -> Iterator[None]:
    """The window in Dutch, as the app starts by default: the catalogue installed for this test."""
    from PySide6.QtCore import QLocale

    from desktop.shell.i18n import install_translators

    locale = QLocale()
    translators = install_translators(qapp, "nl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)
