"""One writer at a time: every command that writes takes the app's lock or waits for it."""

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.cli import writer_lock
from desktop.cli.command_line import main
from desktop.storage.instance_lock import InstanceLock

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
ROOT = Path(__file__).resolve().parents[2]

APP = """
import sys
from pathlib import Path
from desktop.storage.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]))
lock.acquire()
print("locked", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "t.sqlite"
    assert main(["--database", str(path), "import-people", str(DATA / "aanwezigen_oud.xls")]) == 0
    return path


def _people(path: Path, capsys) -> int:
    capsys.readouterr()
    main(["--database", str(path), "list", "people", "--json"])
    return len(json.loads(capsys.readouterr().out))


WRITERS = [
    ["import-people", str(DATA / "deelnemers_excel_be_cp1252.csv")],
    ["demo-data"],
    ["backup"],
]


@pytest.mark.parametrize("command", WRITERS, ids=lambda c: c[0])
def test_a_writer_gives_up_with_a_message_when_another_command_keeps_the_lock(
    database: Path, capsys, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    """Exit status 1, a Dutch message, nothing changed."""
    monkeypatch.setattr(writer_lock, "WAIT_SECONDS", 0.2)
    before = _people(database, capsys)
    lock = InstanceLock(database)
    lock.acquire()
    writer_lock.command_marker(database).write_text(str(os.getpid()))  # as a command marks it
    try:
        code = main(["--database", str(database), *command])
    finally:
        lock.release()
    err = capsys.readouterr().err
    assert code == 1 and "Er is niets gewijzigd" in err
    assert _people(database, capsys) == before


def test_a_restore_waits_for_an_import_to_finish(
    database: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The restore starts only when the writer before it has let go."""
    backup = tmp_path / "kopie.sqlite"
    assert main(["--database", str(database), "backup", "-o", str(backup)]) == 0
    monkeypatch.setattr(writer_lock, "WAIT_SECONDS", 30)
    lock = InstanceLock(database)
    lock.acquire()
    writer_lock.command_marker(database).write_text(str(os.getpid()))  # a command holds it
    released = threading.Event()

    def let_go() -> None:
        lock.release()
        released.set()

    timer = threading.Timer(0.3, let_go)
    timer.start()
    try:
        code = main(["--database", str(database), "restore", str(backup)])
    finally:
        timer.join()
    assert code == 0 and released.is_set()
    assert "Reservekopie teruggezet" in capsys.readouterr().out


def test_an_import_holds_the_lock_while_it_writes(
    database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While import-people commits, no other writer can get the lock."""
    from models.people.service import PeopleService

    seen: list[int | None] = []
    commit = PeopleService.commit_people_import

    def watched(self, *args, **kwargs):
        seen.append(InstanceLock(database).holder())
        return commit(self, *args, **kwargs)

    monkeypatch.setattr(PeopleService, "commit_people_import", watched)
    file = str(DATA / "deelnemers_excel_be_cp1252.csv")
    assert main(["--database", str(database), "import-people", file]) == 0
    assert seen == [os.getpid()]  # held by this command while it writes
    assert not writer_lock.command_marker(database).exists()
    assert InstanceLock(database).holder() is None


@pytest.mark.slow
def test_a_writer_does_not_wait_for_the_open_app(
    database: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app keeps its lock until it closes: a command says so at once, without waiting."""
    monkeypatch.setattr(writer_lock, "WAIT_SECONDS", 60)  # waiting would make the test slow
    app = subprocess.Popen(
        [sys.executable, "-c", APP, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert app.stdout is not None and app.stdout.readline().strip() == "locked"
        code = main(["--database", str(database), "demo-data"])
        assert code == 1 and "al open" in capsys.readouterr().err
    finally:
        assert app.stdin is not None
        app.stdin.close()
        app.wait(timeout=10)
        if app.stdout is not None:
            app.stdout.close()
