"""Work off the GUI thread: a task with progress, cancel and a result, reported back on the GUI.

`work(progress, cancelled)` runs in a worker thread; it calls `progress(done, total)` now and
then and checks `cancelled()` between steps. The callbacks run on the GUI thread (a relay
object living there receives the task's signals), so only they touch widgets.

Bound methods given as callbacks are held weakly: a finished task never keeps a closed
dialog alive, and deleting the task never ends up destroying its owner from inside itself.
"""

import inspect
import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


def _weak(callback: Callable[..., None] | None) -> Callable[[], Callable[..., None] | None]:
    if callback is None:
        return lambda: None
    if inspect.ismethod(callback):
        return weakref.WeakMethod(callback)
    return lambda: callback


class _Relay(QObject):
    """Lives on the GUI thread; forwards the task's signals while the task is wanted."""

    def __init__(self, parent: QObject, callbacks: dict[str, Any]) -> None:
        super().__init__(parent)
        self._callbacks = {name: _weak(callback) for name, callback in callbacks.items()}
        self.active = True

    def _call(self, name: str, *args: Any) -> None:
        callback = self._callbacks[name]() if self.active else None
        if callback is not None:
            callback(*args)

    @Slot(object)
    def done(self, result: Any) -> None:
        self._call("done", result)

    @Slot(object)
    def error(self, error: Any) -> None:
        self._call("error", error)

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        self._call("progress", done, total)

    @Slot()
    def cancelled(self) -> None:
        self._call("cancelled")

    @Slot()
    def finished(self) -> None:
        # `finished` comes while the thread still unwinds: wait for it to end, then delete.
        task = self.parent()
        if isinstance(task, QThread):
            task.wait()
            task.deleteLater()


class BackgroundTask(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.relay: _Relay | None = None

    def cancel(self) -> None:
        """Asks the work to stop at its next check; `cancelled` follows when it has."""
        self._cancel.set()

    def discard(self) -> None:
        """Cancels and drops whatever the task still reports (a newer task replaces it)."""
        if self.relay is not None:
            self.relay.active = False
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancel.is_set)
        except Exception as error:  # reported on the GUI thread, which shows or logs it
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.failed.emit(error)
            return
        if self._cancel.is_set():
            self.cancelled.emit()
        else:
            self.succeeded.emit(result)


def run_in_background(
    work: Work,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    parent: QObject,
    on_progress: Callable[[int, int], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> BackgroundTask:
    """Starts `work` in a thread owned by `parent`; the callbacks run on the GUI thread.

    The owner must `discard()` (or `cancel()`) and `wait()` a running task before it goes.
    """
    task = BackgroundTask(work, parent)
    relay = _Relay(
        task,
        {"done": on_done, "error": on_error, "progress": on_progress, "cancelled": on_cancelled},
    )
    task.relay = relay
    task.succeeded.connect(relay.done)
    task.failed.connect(relay.error)
    task.progressed.connect(relay.progress)
    task.cancelled.connect(relay.cancelled)
    task.finished.connect(relay.finished)
    task.start()
    return task
