"""Long work runs off the GUI thread: the window keeps painting, results and errors come back."""

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from desktop.shell.operations import Cancelled, run_operation, running_operations
from models.core.errors import UserError
from tests.samples import long_action_plan


def _wait_until_ended(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)


def test_the_result_comes_back_on_the_gui_thread(qtbot) -> None:
    """The work runs on a worker thread; its result reaches the callback on the GUI thread."""
    seen: list[tuple[bool, int]] = []
    gui = QThread.currentThread()

    def work(_progress) -> bool:  # type: ignore[no-untyped-def]
        return QThread.currentThread() is not gui

    run_operation(
        None, work, lambda off: seen.append((off, id(QThread.currentThread()))), title="x"
    )
    _wait_until_ended(qtbot)
    assert seen == [(True, id(gui))]


def test_a_busy_cursor_while_it_runs_and_none_after(qtbot) -> None:
    """The coach sees at once that something is happening, and the cursor comes back."""
    release = threading.Event()
    run_operation(None, lambda _p: release.wait(5), title="Bezig")
    assert QApplication.overrideCursor() is not None
    release.set()
    _wait_until_ended(qtbot)
    assert QApplication.overrideCursor() is None


def test_a_user_error_is_shown_as_a_message(qtbot, monkeypatch) -> None:
    """A refusal from the domain becomes a message box with its text; nothing crashes."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))

    def work(_progress) -> None:  # type: ignore[no-untyped-def]
        raise UserError("Deze persoon is al gewist.")

    run_operation(None, work, title="Wissen")
    _wait_until_ended(qtbot)
    assert shown == ["Deze persoon is al gewist."]


def test_an_unexpected_error_goes_to_the_crash_handler(qtbot, monkeypatch) -> None:
    """Anything else reaches sys.excepthook: the log and the crash dialog, as on the GUI."""
    import sys

    caught: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: caught.append(kind))

    def work(_progress) -> None:  # type: ignore[no-untyped-def]
        raise ZeroDivisionError

    run_operation(None, work, title="x")
    _wait_until_ended(qtbot)
    assert caught == [ZeroDivisionError]


def test_long_work_shows_progress_after_a_second_and_can_be_cancelled(qtbot) -> None:
    """After a second a progress dialog appears; Cancel stops the work and drops its result."""
    results: list[object] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    slow = threading.Event()  # never set: each step of the work takes its 10 ms

    def work(progress) -> str:  # type: ignore[no-untyped-def]
        for step in range(1000):
            progress(step, 1000)
            if progress.cancelled():
                raise Cancelled
            slow.wait(0.01)
        return "done"

    operation = run_operation(parent, work, results.append, title="Actieplan", cancellable=True)
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is not None, timeout=5000)
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None and dialog.labelText() == "Actieplan"
    qtbot.waitUntil(lambda: dialog.value() > 0)
    dialog.cancel()
    _wait_until_ended(qtbot)
    assert results == [] and not operation.running


def test_a_closed_screen_gets_no_callback(qtbot) -> None:
    """Closing the screen that asked does not crash when the work ends later."""
    release = threading.Event()
    results: list[object] = []
    screen = QWidget()
    run_operation(screen, lambda _p: release.wait(5), results.append, title="x")
    screen.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(screen))
    release.set()
    _wait_until_ended(qtbot)
    assert results == []


def _longest_gap_while_building(qtbot, document, target: Path) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Builds the PDF through an operation with a 5 ms timer ticking; (longest gap, ticks)."""
    from exports.actions.action_plan_pdf import build_action_plan_pdf

    clock = QElapsedTimer()
    gaps: list[int] = []
    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))
    built: list[Path] = []
    clock.start()
    ticker.start()
    run_operation(None, lambda _p: build_action_plan_pdf(document, target), built.append, title="x")
    _wait_until_ended(qtbot)
    ticker.stop()
    assert built and built[0].stat().st_size > 100_000
    return max(gaps), len(gaps)


def _longest_idle_gap(qtbot, milliseconds: int) -> int:  # type: ignore[no-untyped-def]
    """The longest gap of the same timer with nothing else to do: the host's own noise."""
    clock = QElapsedTimer()
    gaps: list[int] = []
    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))
    clock.start()
    ticker.start()
    qtbot.wait(milliseconds)
    ticker.stop()
    return max(gaps, default=0)


@pytest.mark.slow
def test_the_window_keeps_painting_while_a_100_page_plan_is_built(qtbot, tmp_path: Path) -> None:
    """While a 100-page action plan is built, the event loop never stalls for 100 ms.

    The host's own load can only add gaps, so the best of three builds is judged; on a host
    so busy that an idle event loop stalls as long, the measurement says nothing and skips."""
    document = long_action_plan(100)
    runs = [_longest_gap_while_building(qtbot, document, tmp_path / f"{n}.pdf") for n in range(3)]
    assert all(ticks > 20 for _gap, ticks in runs)  # the timer really ticked meanwhile
    best = min(gap for gap, _ticks in runs)
    if best >= 100:
        idle = _longest_idle_gap(qtbot, 2000)
        if idle >= 100:
            pytest.skip(f"host too busy to measure: an idle event loop stalls {idle} ms")
    assert best < 100, f"the event loop stalled: {runs}"


def test_a_quiet_operation_leaves_the_cursor_and_tells_its_own_screen(qtbot) -> None:
    """A screen with its own progress bar (the import) gets the progress and the cancel itself:
    no busy cursor, no progress dialog over it."""
    release = threading.Event()
    steps: list[tuple[int, int]] = []
    cancelled: list[bool] = []

    def work(progress) -> None:  # type: ignore[no-untyped-def]
        progress(1, 3)
        release.wait(5)
        if progress.cancelled():
            raise Cancelled

    operation = run_operation(
        None,
        work,
        title="Lezen",
        quiet=True,
        cancellable=True,
        on_progress=lambda done, total: steps.append((done, total)),
        on_cancelled=lambda: cancelled.append(True),
    )
    assert QApplication.overrideCursor() is None
    qtbot.waitUntil(lambda: steps == [(1, 3)], timeout=5_000)
    operation.cancel()
    release.set()
    _wait_until_ended(qtbot)
    assert cancelled == [True]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]


def test_a_discarded_operation_reports_nothing(qtbot) -> None:
    """A newer reading replaces an older one: the old result never reaches the screen."""
    release = threading.Event()
    seen: list[object] = []
    operation = run_operation(
        None,
        lambda _p: release.wait(5),
        seen.append,
        title="x",
        quiet=True,
        on_cancelled=lambda: seen.append("cancelled"),
    )
    operation.discard()
    release.set()
    assert operation.wait(5)
    _wait_until_ended(qtbot)
    assert seen == []


def test_closing_lets_running_work_finish(qtbot) -> None:
    """Closing the window while a backup is being written waits for it instead of cutting it
    off half-way."""
    from desktop.shell.operations import finish_operations

    written: list[str] = []
    started = threading.Event()

    def work(_progress) -> None:  # type: ignore[no-untyped-def]
        started.set()
        QThread.msleep(300)
        written.append("copy")

    run_operation(None, work, title="Reservekopie", quiet=True)
    assert started.wait(5)
    assert finish_operations(10)
    assert written == ["copy"]
    _wait_until_ended(qtbot)
