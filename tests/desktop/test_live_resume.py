"""Back into live mode after a crash: the app offers the session, with every draft as it was."""

import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.sessions.live_resume import ResumeQuestion
from desktop.shell.main_window import MainWindow
from models.core.clock import FixedClock
from models.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

EVENING = datetime(2027, 1, 4, 19, 40)

CHILD = textwrap.dedent(
    """
    import signal
    import sys
    from datetime import datetime
    from pathlib import Path

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.shell.main_window import MainWindow
    from models.core.clock import FixedClock
    from models.workspace import Workspace

    app = QApplication([])
    workspace = Workspace.open(Path(sys.argv[1]), clock=FixedClock(datetime(2027, 1, 4, 19, 40)))
    window = MainWindow()
    window.set_workspace(workspace)
    window.show()
    live = window.open_live_session(sys.argv[2], sys.argv[3])
    QTest.keyClicks(live.checkin.search, "saelans")
    QTest.keyClick(live.checkin.search, Qt.Key.Key_Return)
    live.show_tab(1)
    QTest.keyClicks(live.notes.decision, "Juridisch advies via de provincie")
    live.show_tab(2)
    panel = live.actions_panel
    QTest.keyClicks(panel.title, "Vzw-statuten nalezen")
    QTest.keyClicks(panel.owner_text, "Mieke Saelens")
    QTest.keyClicks(panel.due, "18/01/2027")
    index = panel.project.findText("Buurtpunt Kieldrecht")
    panel.project.setCurrentIndex(index)
    panel.project.activated.emit(index)
    live.show_tab(0)
    form = live.checkin.walk_in
    QTest.keyClicks(form.name, "Wannes Tuer")
    QTest.keyClicks(form.contact, "0476 55 12")
    form.consent.click()
    print("typed", flush=True)
    signal.pause()  # the test kills us here, as a crash would
    """
)


@pytest.fixture
def crashed(demo_file, tmp_path: Path) -> tuple[Path, str, str]:
    """A demo database whose live session was killed mid-typing: (file, trajectory, session)."""
    path = demo_file()
    workspace = Workspace.open(path, clock=FixedClock(EVENING))
    meeting = next(
        r for r in workspace.sessions.all_sessions() if r.title.startswith("Werksessie 2: jur")
    )
    trajectory = workspace.sessions.session_detail(meeting.uid).trajectory_uid
    workspace.close()
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(Path.cwd()),
        "TRAJECTWIJZER_DATA_DIR": str(tmp_path / "child"),
    }
    child = subprocess.Popen(
        [sys.executable, str(script), str(path), trajectory, meeting.uid],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    try:
        line = child.stdout.readline()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    assert line.startswith("typed") and child.returncode == -signal.SIGKILL
    return path, trajectory, meeting.uid


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_after_a_kill_the_app_offers_the_session_back_with_every_draft(
    qtbot, crashed, monkeypatch
) -> None:
    """Killed mid-typing; at the next start 'Back to the session' opens live mode on it with
    the decision, the action with owner, due date and project, and the half-typed walk-in."""
    path, trajectory, session = crashed
    asked: list[str] = []

    def answer(question: ResumeQuestion) -> int:
        asked.append(question.text())
        question.return_button.click()
        return 0

    monkeypatch.setattr(ResumeQuestion, "exec", answer)
    workspace = Workspace.open(path, clock=FixedClock(EVENING))
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_workspace(workspace)
    window.offer_to_resume_live()
    assert asked and "Werksessie 2: juridische aspecten" in asked[0]
    live = window.trajectories.detail.sessions_tab._live
    assert live is not None
    qtbot.addWidget(live)
    assert window.trajectories.opened_uid() == trajectory
    assert live.notes.decision.text() == "Juridisch advies via de provincie"
    panel = live.actions_panel
    assert panel.title.text() == "Vzw-statuten nalezen"
    assert panel.owner.currentText() == "Mieke Saelens"
    assert panel.due.text() == "18/01/2027"
    assert panel.project.currentText() == "Buurtpunt Kieldrecht"
    form = live.checkin.walk_in
    assert (form.name.text(), form.contact.text()) == ("Wannes Tuer", "0476 55 12")
    assert form.consent.isChecked()
    present = {
        r.name
        for r in workspace.sessions.session_detail(session).registrations
        if r.status == "present"
    }
    assert present == {"Mieke Saelens"}  # the check-in before the crash is there too
    live.close()
    window.close_workspace()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_not_now_keeps_the_drafts_and_does_not_ask_again(qtbot, crashed, monkeypatch) -> None:
    """'Not now': no live mode, no second question at the next start; the drafts wait."""
    path, _trajectory, session = crashed
    asked: list[str] = []

    def answer(question: ResumeQuestion) -> int:
        asked.append(question.text())
        question.later_button.click()
        return 0

    monkeypatch.setattr(ResumeQuestion, "exec", answer)
    workspace = Workspace.open(path, clock=FixedClock(EVENING))
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_workspace(workspace)
    window.offer_to_resume_live()
    window.offer_to_resume_live()
    assert len(asked) == 1
    assert workspace.live.live_drafts(session)["walk_in_name"] == "Wannes Tuer"
    window.close_workspace()


def test_a_normal_end_of_live_mode_offers_nothing(qtbot, demo_copy, monkeypatch) -> None:
    """Live mode closed with its window: the next start asks nothing."""
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail(box.text()))
    workspace = demo_copy()
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_workspace(workspace)
    session = next(
        r for r in workspace.sessions.all_sessions() if r.title.startswith("Werksessie 2: jur")
    )
    trajectory = workspace.sessions.session_detail(session.uid).trajectory_uid
    live = window.open_live_session(trajectory, session.uid)
    qtbot.addWidget(live)
    assert workspace.live.open_live_session() is not None  # while it shows
    live.close()
    window.offer_to_resume_live()
    assert workspace.live.open_live_session() is None
