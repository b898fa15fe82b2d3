"""Long work off the GUI thread: one way for PDFs, printing, import, restore, hand-over, demo.

    run_operation(parent, lambda progress: build(...), on_done=show, title="Actieplan")

`work(progress)` runs on Qt's thread pool. It may call `progress(done, total)` and should
check `progress.cancelled()` between steps when the operation can be cancelled. The window
keeps painting meanwhile: a busy cursor at once, a progress dialog (with Cancel where allowed)
once the work has taken a second. `on_done(result)` runs on the GUI thread. A UserError is
shown as a message in the coach's language; any other exception goes to the crash handler
(sys.excepthook: the log without personal data and the crash dialog).

A screen that shows the progress itself (the import dialog's own bar, the daily backup that
nobody waits for) passes `quiet=True`: no busy cursor and no progress dialog; `on_progress`
and `on_cancelled` then tell the screen, and `discard()` drops whatever a replaced operation
still reports.
"""

import sys
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from desktop.shell.messages import user_message
from models.core.errors import UserError

SHOW_PROGRESS_AFTER_MS = 1000


class Progress:
    """Handed to the work: report how far it is, ask whether the coach cancelled."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._cancel = threading.Event()
        self.stopped = threading.Event()  # set when the work has returned or raised

    def __call__(self, done: int, total: int) -> None:
        self._report(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class Cancelled(Exception):
    """Raised by work that stops because the coach cancelled it; nothing is reported."""


class _Signals(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the calls to the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress, signals: _Signals):
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._progress = progress
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as error:  # handed to the GUI thread, which shows or logs it
            self._signals.failed.emit(error)
        else:
            self._signals.finished.emit(result)
        finally:
            self._progress.stopped.set()


class Operation[T](QObject):
    """One piece of long work and what the coach sees of it while it runs."""

    done = Signal(object)  # the result, after on_done ran
    ended = Signal()  # always, after success, failure or cancel

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        on_done: Callable[[T], None] | None,
        on_error: Callable[[BaseException], None] | None,
        cancellable: bool,
        quiet: bool = False,
        on_progress: Callable[[int, int], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()  # no Qt parent: it lives until it ended, even if its screen closed
        self.title = title
        self._parent = parent
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._on_cancelled = on_cancelled
        self.cancellable = cancellable
        self._quiet = quiet
        self._discarded = False
        self._signals = _Signals(self)
        self._signals.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._signals.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.progress = Progress(self._signals.progressed.emit)
        self.running = False
        self._dialog: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        self._last = (0, 0)

    def start(self, work: Callable[[Progress], T]) -> "Operation[T]":
        self.running = True
        if not self._quiet:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._timer.start(SHOW_PROGRESS_AFTER_MS)
        _RUNNING.add(self)
        QThreadPool.globalInstance().start(_Runnable(work, self.progress, self._signals))
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    def discard(self) -> None:
        """Cancels and drops whatever the work still reports (a newer operation replaces it)."""
        self._discarded = True
        self.progress.cancel()

    def wait(self, seconds: float = 30.0) -> bool:
        """Blocks until the work has returned (a closing screen lets it finish its step)."""
        return self.progress.stopped.wait(seconds)

    def _screen(self) -> QWidget | None:
        """The screen that asked, or None when it has been closed in the meantime."""
        parent = self._parent
        return parent if parent is not None and shiboken6.isValid(parent) else None

    def _show_dialog(self) -> None:
        if not self.running:
            return
        dialog = QProgressDialog(self._screen())
        dialog.setWindowTitle(self.title)
        dialog.setLabelText(self.title)
        dialog.setAccessibleName(self.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self.cancellable:
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        done, total = self._last
        dialog.setRange(0, total)  # 0..0: a busy bar until the work tells its size
        dialog.setValue(done)
        dialog.show()
        self._dialog = dialog

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self._last = (done, total)
        if self._on_progress is not None and not (self._discarded or self._gone()):
            self._on_progress(done, total)
        if self._dialog is not None:
            self._dialog.setRange(0, total)
            self._dialog.setValue(done)

    def _end(self) -> None:
        self.running = False
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        if not self._quiet:
            QApplication.restoreOverrideCursor()
        _RUNNING.discard(self)
        self.ended.emit()

    def _gone(self) -> bool:
        """The asking screen was closed: its callbacks must not run any more."""
        return self._parent is not None and self._screen() is None

    @Slot(object)
    def _finished(self, result: T) -> None:
        self._end()
        if self._discarded or self._gone():
            return
        if self.progress.cancelled():
            self._tell_cancelled()
            return
        if self._on_done is not None:
            self._on_done(result)
        self.done.emit(result)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self._end()
        if self._discarded:
            return
        if isinstance(error, Cancelled) or self.progress.cancelled():
            self._tell_cancelled()
            return
        if self._on_error is not None and not self._gone():
            self._on_error(error)
        elif isinstance(error, UserError):
            QMessageBox.warning(self._screen(), self.title, user_message(error))
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def _tell_cancelled(self) -> None:
        if self._on_cancelled is not None and not self._gone():
            self._on_cancelled()


_RUNNING: set[Operation[Any]] = set()  # keeps each running operation alive until it ends


def run_operation[T](
    parent: QWidget | None,
    work: Callable[[Progress], T],
    on_done: Callable[[T], None] | None = None,
    *,
    title: str,
    on_error: Callable[[BaseException], None] | None = None,
    cancellable: bool = False,
    quiet: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> Operation[T]:
    """Runs `work` off the GUI thread; see the module's docstring."""
    operation: Operation[T] = Operation(
        parent, title, on_done, on_error, cancellable, quiet, on_progress, on_cancelled
    )
    return operation.start(work)


def running_operations() -> int:
    """How many operations have not ended yet (for closing the window and for tests)."""
    return len(_RUNNING)


def finish_operations(seconds: float = 60.0) -> bool:
    """Closing: asks cancellable work to stop and lets the rest end (a backup is not cut off)."""
    if not _RUNNING:
        return True
    for operation in list(_RUNNING):
        if operation.cancellable:
            operation.cancel()
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        return QThreadPool.globalInstance().waitForDone(int(seconds * 1000))
    finally:
        QApplication.restoreOverrideCursor()
