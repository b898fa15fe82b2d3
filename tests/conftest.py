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
    from tests.postgres import TestServer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("TRAJECTWIJZER_DB", None)
# No test reads or writes the system keyring (server passwords).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--clock-ahead-days",
        type=int,
        default=0,
        help="run the whole suite with the machine's clock moved this many days ahead",
    )
    parser.addoption(
        "--engines",
        default="sqlite,postgresql",
        help="the database engines the model, export and command-line tests run on "
        "(PostgreSQL needs TRAJECTWIJZER_TEST_POSTGRES; without it those runs skip)",
    )


# Where the tests run on both engines: the domain and services, the documents, the command
# line. The window's tests stay on SQLite.
BOTH_ENGINES = ("tests/models/", "tests/exports/", "tests/team/")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test that opens a database (`database`, `demo_workspace`, `demo_copy`, or asks for
    `engine` itself) runs once per engine, unless it is marked `sqlite_only`."""
    if "engine" not in metafunc.fixturenames:
        return
    where = str(metafunc.definition.path).replace("\\", "/")
    engines = ["sqlite"]
    if any(part in where for part in BOTH_ENGINES) and not metafunc.definition.get_closest_marker(
        "sqlite_only"
    ):
        engines = [e.strip() for e in metafunc.config.getoption("--engines").split(",") if e]
    metafunc.parametrize("engine", engines, indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """The database engine of this run of the test: sqlite or postgresql."""
    name = getattr(request, "param", "sqlite")
    if name == "postgresql":
        from tests.postgres import SKIP_REASON, server_url

        if server_url() is None:
            pytest.skip(SKIP_REASON)
    return str(name)


@pytest.fixture(scope="session")
def test_server() -> Iterator["TestServer | None"]:
    """This worker's databases on the test PostgreSQL server (None when there is none)."""
    from tests.postgres import TestServer, server_url

    url = server_url()
    if url is None:
        yield None
        return
    server = TestServer(url)
    yield server
    server.close()


@pytest.fixture
def server_database(test_server: "TestServer | None") -> Iterator[Callable[..., str]]:
    """Fresh server databases for this test (empty and migrated, or the demo of a day)."""
    from tests.postgres import demo_database, empty_database

    made: list[str] = []

    def fresh(demo_day: date | None = None) -> str:
        if test_server is None:
            from tests.postgres import SKIP_REASON

            pytest.skip(SKIP_REASON)
        if demo_day is None:
            template = test_server.template("empty", empty_database)
        else:
            template = test_server.template(f"demo_{demo_day:%Y%m%d}", demo_database(demo_day))
        made.append(test_server.fresh(template))
        return made[-1]

    yield fresh
    for url in made:
        if test_server is not None:
            test_server.drop(url)


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
def database(engine: str, db_path: Path, server_database: Callable[..., str]) -> Iterator["object"]:
    """A new, empty database on this run's engine."""
    from models.storage.lifecycle import open_database

    db = open_database(db_path if engine == "sqlite" else server_database())
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
def demo_copy(
    engine: str, demo_file: Callable[..., Path], server_database: Callable[..., str]
) -> Iterator[Callable[..., "Workspace"]]:
    """A workspace over a fresh copy of the demo database (on this run's engine), its clock
    standing on that day."""
    from models.core.clock import FixedClock
    from models.workspace import Workspace
    from tests.demo import DEMO_DAY

    opened: list[Workspace] = []

    def open_copy(day: date | None = None, name: str = "demo.sqlite") -> Workspace:
        where = demo_file(day, name) if engine == "sqlite" else server_database(day or DEMO_DAY)
        workspace = Workspace.open(where, clock=FixedClock(day or DEMO_DAY))
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
