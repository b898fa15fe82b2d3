"""The database's change feed as one Qt signal on the GUI thread, and the screens it reaches.

The feed calls back on whatever thread committed (an import runs on a worker); the relay
queues that to the GUI thread and gathers the changes of one turn of the event loop, so a
burst of commits (live mode stores every keystroke) refreshes each screen once.
"""

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from desktop.widgets.workspace_view import WorkspaceView
from models.core.changes import ChangeFeed, Changes

GATHER_MS = 30  # changes within this time reach the screens together


class ChangeRelay(QObject):
    """Listens to one database's feed; emits `changed` on the GUI thread."""

    changed = Signal(object)  # Changes
    _arrived = Signal(object)

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = Changes()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self._flush)
        self._arrived.connect(self._gather, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = feed.subscribe(self._arrived.emit)

    @Slot(object)
    def _gather(self, changes: Changes) -> None:
        self._pending = self._pending | changes
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        changes, self._pending = self._pending, Changes()
        if changes:
            self.changed.emit(changes)

    def close(self) -> None:
        """Stops listening (the database is being closed or replaced)."""
        self._unsubscribe()
        self._timer.stop()


def tell_screens(changes: Changes) -> None:
    """Every open screen that shows data hears of the change and refreshes if it concerns it."""
    for top in QApplication.topLevelWidgets():
        for widget in (top, *top.findChildren(QWidget)):
            if isinstance(widget, WorkspaceView):
                widget.data_changed(changes)
