"""Killing the app in the middle of live typing loses nothing that was typed before."""

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from models.storage.lifecycle import open_database
from models.workspace import Workspace

NOTE = "Veel vragen over de verzekering van deelwagens en over de prijs per kilometer."

CHILD = textwrap.dedent(
    """
    import sys
    from datetime import datetime
    from pathlib import Path

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.sessions.live_mode import LiveModeWindow
    from models.storage.lifecycle import open_database
    from models.workspace import Workspace
    app = QApplication([])
    workspace = Workspace(open_database(Path(sys.argv[1])))
    window = LiveModeWindow(workspace, sys.argv[2], clock=lambda: datetime(2026, 12, 2, 19, 45))
    window.show()
    QTest.keyClicks(window.checkin.search, sys.argv[4])
    QTest.keyClick(window.checkin.search, Qt.Key.Key_Return)
    print("checked-in", flush=True)
    window.show_tab(1)
    for count, char in enumerate(sys.argv[3], start=1):
        QTest.keyClick(window.notes.note, char)
        print(f"typed {count}", flush=True)  # printed after the keystroke's commit returned
    window.show_tab(2)
    for char in "Flyers":
        QTest.keyClick(window.actions_panel.title, char)
    print("draft", flush=True)
    import signal
    signal.pause()  # the test kills us here
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_mid_typing_keeps_every_committed_keystroke(db_path: Path, tmp_path: Path) -> None:
    """The child types a note and is killed; reopened, the note has at least what it reported."""
    database = open_database(db_path)
    workspace = Workspace(database)
    workspace.demo.fill_demo_data(date(2026, 11, 22))
    uid = next(
        r.uid
        for r in workspace.sessions.all_sessions()
        if r.title.startswith("Infosessie 'Autodelen")
    )
    koen = next(
        r
        for r in workspace.sessions.session_detail(uid).registrations
        if r.name == "Koen Vermeersch"
    )
    database.close()
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path.cwd())}
    child = subprocess.Popen(
        [sys.executable, str(script), str(db_path), uid, NOTE, "koe"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    typed = 0
    checked_in = False
    assert child.stdout is not None
    try:
        for line in child.stdout:
            if line.startswith("checked-in"):
                checked_in = True
            elif line.startswith("typed "):
                typed = int(line.split()[1])
                if typed >= 30:
                    break  # kill it halfway through the note
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    assert checked_in and typed >= 30
    assert child.returncode == -signal.SIGKILL

    reopened = Workspace(open_database(db_path))
    try:
        detail = reopened.sessions.session_detail(uid)
        notes = [n.text for n in detail.notes if n.kind == "note"]
        assert len(notes) == 1
        assert NOTE.startswith(notes[0]) and len(notes[0]) >= typed
        present = next(r for r in detail.registrations if r.person_uid == koen.person_uid)
        assert present.status == "present"
    finally:
        reopened.close()
