"""Shared fixtures: offscreen Qt, every folder redirected to tmp_path, a fresh database."""

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

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


@pytest.fixture
def demo_workspace(database):  # type: ignore[no-untyped-def]
    """A workspace over a fresh database with the whole demo (as of 22 November 2026) in it."""
    from models.workspace import Workspace
    from tests.demo import DEMO_DAY

    workspace = Workspace(database)
    workspace.demo.fill_demo_data(DEMO_DAY)
    return workspace
