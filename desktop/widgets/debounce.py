"""Saving as the coach types: after a short pause, and at once when the field is left."""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

PAUSE_MS = 400  # a pause in typing this long stores what is there


class Debouncer(QObject):
    """Calls `save` once typing pauses; `flush` saves what is pending right away."""

    def __init__(self, save: Callable[[], None], parent: QObject, pause_ms: int = PAUSE_MS):
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self._save)

    def poke(self, *_args: object) -> None:
        """Typing happened: (re)start the pause."""
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self, *_args: object) -> None:
        """Leaving the field (or the screen): save now if typing is waiting to be saved."""
        if self._timer.isActive():
            self._timer.stop()
            self._save()

    def cancel(self) -> None:
        self._timer.stop()
