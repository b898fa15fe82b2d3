"""Opening at start: a database that is not there is asked about (only the usual one is made
without asking); a sound database that cannot be written opens read-only under a banner."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from models.storage.backups import list_backups
from models.storage.faults import Fault
from models.storage.paths import backup_dir
from tests.storage_media import read_only_view, side_files


def _small_database(path: Path) -> None:
    from models.workspace import Workspace

    workspace = Workspace.open(path)
    with workspace.database.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO people (uid, first_name, last_name, notes, created_at, updated_at) "
            "VALUES ('00000000000000000000000000000001', 'An', 'Peeters', '', "
            "'2026-01-01', '2026-01-01')"
        )
    workspace.close()


def _answer(monkeypatch: pytest.MonkeyPatch, button: str, asked: list[str]) -> None:
    def click(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)


def test_a_path_given_by_hand_without_a_database_is_asked_about(
    keeper_for, tmp_path, monkeypatch
) -> None:
    """A typing error in --database: the coach is asked; "Quit" leaves nothing behind."""
    path = tmp_path / "USB" / "trajectwijzr.sqlite"
    asked: list[str] = []
    _answer(monkeypatch, "Afsluiten", asked)
    keeper = keeper_for(path)
    keeper.load()
    assert str(path) in asked[0] and "bestaat ook nog niet" in asked[0]
    assert keeper.workspace is None and keeper.exits == [1]
    assert list(tmp_path.iterdir()) == []


def test_making_the_database_asked_for_opens_it(keeper_for, tmp_path, monkeypatch) -> None:
    """Answering "make a new database" makes it (folder included) and opens it."""
    path = tmp_path / "nieuw" / "trajectwijzer.sqlite"
    asked: list[str] = []
    _answer(monkeypatch, "Nieuwe database maken", asked)
    keeper = keeper_for(path)
    keeper.load()
    assert asked and keeper.workspace is not None and path.exists()


def test_the_very_first_start_makes_the_usual_database_without_asking(
    keeper_for, monkeypatch
) -> None:
    """No --database, no database yet: the usual one is made, no question."""
    from models.storage.paths import database_path

    def no_question(box: QMessageBox) -> int:
        raise AssertionError(f"asked: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", no_question)
    keeper = keeper_for(None)
    keeper.load()
    assert keeper.workspace is not None and database_path().exists()


def _banner(keeper) -> str:  # type: ignore[no-untyped-def]
    banner = keeper.window.read_only_banner
    return banner.text() if not banner.isHidden() else ""


def test_a_database_that_cannot_be_written_opens_read_only_with_a_banner(
    keeper_for, db_path, monkeypatch
) -> None:
    """Simulated read-only medium: the window shows the data and the banner says why."""
    import models.storage.lifecycle as lifecycle

    _small_database(db_path)
    monkeypatch.setattr(lifecycle, "probe", lambda path: Fault.READ_ONLY)
    keeper = keeper_for(db_path)
    keeper.load()
    assert keeper.workspace is not None and keeper.workspace.read_only is Fault.READ_ONLY
    assert "Alleen lezen" in _banner(keeper)
    assert [p.name for p in keeper.workspace.people.all_people()] == ["An Peeters"]
    assert len(list_backups(backup_dir())) == 1  # a backup of it is still made
    keeper.close()
    assert _banner(keeper) == ""


def test_a_locked_usb_stick_opens_read_only_with_a_banner(keeper_for, tmp_path) -> None:
    """A real read-only mount: opened, never called damaged, banner shown, no side files."""
    source = tmp_path / "stick"
    source.mkdir()
    _small_database(source / "trajectwijzer.sqlite")
    with read_only_view(source, tmp_path / "mounted") as mounted:
        keeper = keeper_for(mounted / "trajectwijzer.sqlite")
        keeper.load()
        try:
            assert keeper.workspace is not None
            assert keeper.workspace.read_only is Fault.READ_ONLY
            assert "USB-stick" in _banner(keeper)
        finally:
            keeper.close()
    assert side_files(source / "trajectwijzer.sqlite") == []


def test_the_demo_is_filled_while_the_window_keeps_painting(keeper_for, tmp_path, qtbot) -> None:
    """--demo: the window is there at once and keeps answering while the demo is filled off
    the GUI thread; the five demo trajectories then show."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from desktop.shell.operations import running_operations

    keeper = keeper_for(tmp_path / "demo.sqlite")
    keeper.demo = True
    longest, clock, ticks = [0], QElapsedTimer(), QTimer()
    clock.start()

    def tick() -> None:
        longest[0] = max(longest[0], clock.restart())

    ticks.timeout.connect(tick)
    ticks.start(10)
    keeper.load()
    assert keeper.workspace is None and running_operations() == 1  # load returned at once
    qtbot.waitUntil(lambda: keeper.workspace is not None, timeout=60_000)
    ticks.stop()
    assert len(keeper.workspace.trajectories.trajectories()) == 5
    assert longest[0] < 1000  # never a frozen window (a busy host may delay a tick a little)


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # nobody listens there once the probe is closed


def test_a_server_that_does_not_answer_leaves_this_computers_database(
    keeper_for, monkeypatch
) -> None:
    """The team's server of Instellingen is out of reach (the hall has no network): the coach
    is told why and works in this computer's own database; the server stays chosen."""
    from desktop.shell import settings
    from models.storage.paths import DB_FILE_NAME, data_dir

    url = f"postgresql+psycopg://coach@127.0.0.1:{_closed_port()}/trajectwijzer"
    settings.SERVER_URL.set(url)
    asked: list[str] = []
    _answer(monkeypatch, "De database van deze computer gebruiken", asked)
    keeper = keeper_for(None)
    keeper.load()
    assert "antwoordt niet" in asked[0]
    assert keeper.workspace is not None and keeper.workspace.path == data_dir() / DB_FILE_NAME
    assert settings.SERVER_URL.get() == url and keeper.exits == []


def test_quitting_when_the_server_does_not_answer_changes_nothing(keeper_for, monkeypatch) -> None:
    """ "Quit" closes the app without making any database."""
    from desktop.shell import settings
    from models.storage.paths import data_dir

    settings.SERVER_URL.set(f"postgresql+psycopg://coach@127.0.0.1:{_closed_port()}/tw")
    _answer(monkeypatch, "Afsluiten", [])
    keeper = keeper_for(None)
    keeper.load()
    assert keeper.workspace is None and keeper.exits == [1]
    assert not any(p.suffix == ".sqlite" for p in data_dir().glob("*"))
