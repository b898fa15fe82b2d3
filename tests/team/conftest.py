"""A team's server (the demo on PostgreSQL) and a laptop (its own SQLite file)."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from models.core.clock import FixedClock
from models.workspace import Workspace
from tests.demo import DEMO_DAY


@pytest.fixture
def server(server_database: Callable[..., str]) -> Iterator[Workspace]:
    """The office's server database holding the demo."""
    workspace = Workspace.open(server_database(DEMO_DAY), clock=FixedClock(DEMO_DAY))
    yield workspace
    workspace.close()


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Workspace]:
    """A coach's laptop with its own, empty database file."""
    workspace = Workspace.open(tmp_path / "laptop.sqlite", clock=FixedClock(DEMO_DAY))
    yield workspace
    workspace.close()


@pytest.fixture
def dutch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages as the command line gives them (Dutch), whatever Qt application a test left."""
    import desktop.shell.messages

    monkeypatch.setattr(desktop.shell.messages.QCoreApplication, "instance", lambda: None)
