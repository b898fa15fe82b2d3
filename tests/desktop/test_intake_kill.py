"""Killing the app while an intake answer is being typed keeps it up to the last pause."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from models.storage.lifecycle import open_database
from models.workspace import Workspace
from tests.demo import trajectory_uid

pytestmark = pytest.mark.slow
ANSWER = "De schepen wil starten in Kachtem; de school doet mee"

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from desktop.intake.intake_view import IntakeView
    from models.storage.lifecycle import open_database
    from models.workspace import Workspace

    app = QApplication([])
    workspace = Workspace(open_database(Path(sys.argv[1])))
    view = IntakeView()
    view.set_workspace(workspace)
    view.show_trajectory(sys.argv[2])
    view.show()
    editor = next(
        e for e in view.questions.values()
        if e.kind.value == "text" and isinstance(e.input, QLineEdit)
    )
    editor.input.clear()
    print("key", editor.key, flush=True)
    editor.input.setFocus()
    words = sys.argv[3].split(" ")
    for number, word in enumerate(words):
        QTest.keyClicks(editor.input, word + (" " if number < len(words) - 1 else ""))
        loop = QEventLoop()
        QTimer.singleShot(700, loop.quit)  # a pause in typing, longer than the debounce
        loop.exec()
        print("paused", number + 1, flush=True)
        if number == 3:
            QTest.keyClicks(editor.input, "nog niet bewaard")
            print("typing", flush=True)
            import signal
            signal.pause()  # the test kills us here, mid-typing
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_while_typing_an_intake_answer_keeps_it_up_to_the_last_pause(
    demo_file, tmp_path: Path
) -> None:
    """The child types, pausing after each word, and is killed while typing; reopened, the
    answer holds the text up to the last pause (nothing of it is lost or half-written)."""
    path = demo_file()
    workspace = Workspace(open_database(path))
    uid = trajectory_uid(workspace, "autodelen")
    workspace.close()
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    child = subprocess.Popen(
        [sys.executable, str(script), str(path), uid, ANSWER],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=root,
    )
    key = ""
    assert child.stdout is not None
    try:
        for line in child.stdout:
            if line.startswith("key "):
                key = line.split()[1]
            elif line.startswith("typing"):
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL and key
    reopened = Workspace(open_database(path))
    try:
        state = reopened.intake.intake_state(uid)
        answer = next(q for s in state.sections for q in s.questions if q.key == key)
        assert answer.text_value == " ".join(ANSWER.split(" ")[:4])
    finally:
        reopened.close()
