"""SIGKILL in the middle of a unit of work: on reopening, all of it or none of it is there.

Each test runs the work in a child process, kills it with SIGKILL (no clean-up, no atexit,
as when a laptop's battery dies or the app is killed) and opens the database again.
Mid-transaction kills are made deterministic by a hook that flushes every write into the
database file and then waits to be killed just before the commit.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import signal, sys, uuid
from datetime import date
from pathlib import Path
from sqlalchemy import event
from sqlalchemy.orm import Session

from models.workspace import Workspace
mode, database = sys.argv[1], Path(sys.argv[2])
workspace = Workspace.open(database)

def hang_before_commit(session):
    session.flush()
    print("about to commit", flush=True)
    signal.pause()  # the test kills us here

if mode.startswith("hang:"):
    event.listen(Session, "before_commit", hang_before_commit)
    mode = mode[5:]
print("ready", flush=True)
if mode == "demo":
    workspace.demo.fill_demo_data(date(2026, 11, 23))
elif mode == "handover":
    workspace.handover.import_handover(sys.argv[3], "lange-zin-voor-de-usb")
elif mode == "erase":
    workspace.privacy.erase_person(sys.argv[3])
elif mode == "import":
    draft = workspace.people.read_people_file(Path(sys.argv[3]))
    workspace.people.commit_people_import(workspace.people.preview_people_import(draft))
elif mode == "actions":
    from models.actions.editing import ActionInput, add_action
    trajectory = uuid.UUID(sys.argv[3])
    for i in range(100000):
        with workspace.database.session_factory.begin() as session:
            add_action(session, trajectory, ActionInput(title=f"A{i:06d}", owner_text="x"))
        print(f"unit {i + 1}", flush=True)  # printed after the unit's commit returned
elif mode == "typing":
    text = sys.argv[4] * 200
    for n in range(1, len(text) + 1):
        workspace.live.save_block_note(sys.argv[3], None, text[:n])
        print(f"unit {n}", flush=True)
print("done", flush=True)
"""


def _start(mode: str, database: Path, *extra: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, mode, str(database), *extra],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def _kill_when(process: subprocess.Popen[str], line: str) -> None:
    """SIGKILL as soon as the child says line; it goes on working until the signal lands."""
    assert process.stdout is not None
    got = process.stdout.readline().strip()
    while got.startswith("unit ") and got != line:
        got = process.stdout.readline().strip()
    assert got == line, got
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=20)
    process.stdout.close()
    assert process.returncode == -signal.SIGKILL


def _run(mode: str, database: Path, *extra: str) -> None:
    process = _start(mode, database, *extra)
    assert process.stdout is not None
    rest = process.stdout.read()
    process.wait(timeout=120)
    process.stdout.close()
    assert process.returncode == 0 and "done" in rest


def _count(database: Path, table: str, where: str = "1") -> int:
    """Counted through a normal open (the WAL replayed), after an integrity check."""
    from models.storage.lifecycle import open_database, quick_check

    db = open_database(database)  # must not be refused: the file is sound after a kill
    db.close()
    assert quick_check(database)
    with sqlite3.connect(database) as conn:
        value = conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]
    conn.close()
    return int(value)


def _uid_text(value: bytes | str) -> str:
    """A uid column read with plain sqlite3, as the text the workspace takes."""
    import uuid

    return str(uuid.UUID(bytes=value) if isinstance(value, bytes) else uuid.UUID(value))


def _demo_database(tmp_path: Path, name: str = "demo.sqlite") -> Path:
    database = tmp_path / name
    _run("demo", database)
    return database


def test_killed_during_the_demo_fill_leaves_nothing(tmp_path: Path) -> None:
    """Four trajectories with hundreds of rows in one transaction: none of it after a kill."""
    database = tmp_path / "data.sqlite"
    _kill_when(_start("hang:demo", database), "about to commit")
    assert _count(database, "trajectories") == 0
    assert _count(database, "people") == 0


def test_killed_between_units_keeps_every_whole_unit(tmp_path: Path) -> None:
    """Actions added one transaction each, killed at a random moment: each has its history."""
    database = _demo_database(tmp_path)
    with sqlite3.connect(database) as conn:
        trajectory = conn.execute("SELECT uid FROM trajectories LIMIT 1").fetchone()[0]
        before = conn.execute("SELECT count(*) FROM actions").fetchone()[0]
    conn.close()
    trajectory_text = _uid_text(trajectory)
    process = _start("actions", database, trajectory_text)
    units = random.randint(5, 60)  # a random moment, reached by the child's own report
    _kill_when(process, f"unit {units}")
    added = _count(database, "actions") - before
    assert added > 0
    assert added >= units  # every unit reported as committed is there
    orphans = _count(
        database,
        "actions",
        "title LIKE 'A0%' AND uid NOT IN "
        "(SELECT action_uid FROM action_events WHERE field = 'created')",
    )
    assert orphans == 0


def test_killed_during_a_handover_import_leaves_nothing(tmp_path: Path) -> None:
    """The whole trajectory of a hand-over, or nothing of it."""
    from models.workspace import Workspace

    source = _demo_database(tmp_path, "source.sqlite")
    workspace = Workspace.open(source)
    try:
        uid = workspace.trajectories.trajectories()[0].uid
        path = workspace.handover.export_handover(uid, str(tmp_path / "x"), "lange-zin-voor-de-usb")
    finally:
        workspace.close()
    target = tmp_path / "target.sqlite"
    _kill_when(_start("hang:handover", target, path), "about to commit")
    assert _count(target, "trajectories") == 0 and _count(target, "people") == 0
    _run("handover", target, path)
    assert _count(target, "trajectories") == 1


def test_killed_during_an_erasure_leaves_the_person_whole(tmp_path: Path) -> None:
    """An erasure is all or nothing: killed before its commit, the person is still complete."""
    database = _demo_database(tmp_path)
    with sqlite3.connect(database) as conn:
        row = conn.execute(
            "SELECT uid, email FROM people WHERE email IS NOT NULL LIMIT 1"
        ).fetchone()
    conn.close()
    uid = _uid_text(row[0])
    _kill_when(_start("hang:erase", database, uid), "about to commit")
    assert _count(database, "people", f"email = '{row[1]}' AND erased_at IS NULL") == 1
    assert (
        _count(
            database, "consents", f"person_uid = (SELECT uid FROM people WHERE email = '{row[1]}')"
        )
        >= 1
    )


def test_killed_during_a_people_import_leaves_nothing(tmp_path: Path) -> None:
    """A 2,000-row attendee list: killed before its commit, no person of it is stored."""
    database = tmp_path / "data.sqlite"
    people = tmp_path / "deelnemers.csv"
    lines = ["Voornaam;Naam;E-mail;GSM"] + [
        f"Voornaam{i};Achternaam{i};persoon{i}@voorbeeld.be;0470{i:06d}" for i in range(2000)
    ]
    people.write_text("\n".join(lines), encoding="utf-8")
    _kill_when(_start("hang:import", database, str(people)), "about to commit")
    assert _count(database, "people") == 0
    assert _count(database, "import_batches") == 0


def test_killed_while_typing_live_keeps_a_whole_version_of_the_note(tmp_path: Path) -> None:
    """Notes saved as they are typed: after a kill the note is one complete saved version."""
    database = _demo_database(tmp_path)
    with sqlite3.connect(database) as conn:
        session_uid = conn.execute("SELECT uid FROM sessions LIMIT 1").fetchone()[0]
    conn.close()
    uid = _uid_text(session_uid)
    word = "Afspraak: flyers bij de bakker. "
    _kill_when(_start("typing", database, uid, word), f"unit {random.randint(5, 60)}")
    from models.storage.lifecycle import open_database

    _count(database, "session_notes")
    with sqlite3.connect(database) as conn:
        texts = [r[0] for r in conn.execute("SELECT text FROM session_notes WHERE kind = 'note'")]
    conn.close()
    typed = [t for t in texts if t.startswith("A")]
    assert typed, "at least the first keystroke was saved"
    assert all((word * 200).startswith(t) for t in typed)
    open_database(database).close()
