"""The app's crash handling: the rotating log and the crash dialog, shown on the GUI thread."""

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication


def install_crash_handling() -> Any:
    """Rotating log in the user's log folder and the crash dialog for unhandled exceptions."""
    from desktop.shell.crash import CrashHandler, install_log, show_crash_dialog, show_user_error
    from models.storage.paths import log_dir

    folder = log_dir()
    with contextlib.suppress(OSError):  # no log folder (read-only home): the dialog still shows
        install_log(folder)
    gui = OnGuiThread(QApplication.instance())
    handler = CrashHandler(
        lambda report: gui.run(lambda: show_crash_dialog(report, folder)),
        lambda error: gui.run(lambda: show_user_error(error)),
    )
    return handler.install()  # `gui` lives as long as the application, its parent


class OnGuiThread(QObject):
    """Runs a call on the GUI thread, whichever thread asks: a worker thread's crash gets its
    dialog (widgets exist only on the GUI thread), the log line is written at once."""

    _call = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call.connect(self._run)  # queued when emitted from another thread

    def run(self, call: Callable[[], None]) -> None:
        if QThread.currentThread() is self.thread():
            call()
        else:
            self._call.emit(call)

    @Slot(object)
    def _run(self, call: Callable[[], None]) -> None:
        call()
