"""Shared fixtures: offscreen Qt, every folder redirected to tmp_path, a fresh database."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("TRAJECTWIJZER_DB", None)


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
    from models.lifecycle import open_database

    db = open_database(db_path)
    yield db
    db.close()


@pytest.fixture
def demo_store(database):  # type: ignore[no-untyped-def]
    """A store over a fresh database with the whole demo (as of 22 November 2026) in it."""
    from models.store import Store
    from tests.demo import DEMO_DAY

    store = Store(database)
    store.fill_demo_data(DEMO_DAY)
    return store
