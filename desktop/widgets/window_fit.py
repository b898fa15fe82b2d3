"""Windows that fit the screen they open on: a 1366×768 laptop at 125 or 150 % leaves less
room than a window's usual size (or its minimum). Installed on every window by the app's style,
so dialogs written later fit too; what no longer fits inside scrolls (see touch.scrolled)."""

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def room_on_screen(window: QWidget) -> QSize:
    """The size a window may take: the screen's work area less the window's frame."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(16_777_215, 16_777_215)
    area = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()
    return QSize(area.width() - frame.width(), area.height() - frame.height())


def fit_to_screen(window: QWidget) -> None:
    """Lowers the window's minimum and its size to what the screen has room for."""
    room = room_on_screen(window)
    minimum = window.minimumSize()
    if minimum.width() > room.width() or minimum.height() > room.height():
        window.setMinimumSize(minimum.boundedTo(room))
    if window.width() > room.width() or window.height() > room.height():
        window.resize(window.size().boundedTo(room))


class _WindowFit(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            fit_to_screen(watched)
        return False


_filter: _WindowFit | None = None


def keep_on_screen(window: QWidget) -> None:
    """Fits `window` to the screen now (before it is first shown) and each time it shows."""
    global _filter
    fit_to_screen(window)
    if _filter is None:
        from PySide6.QtCore import QCoreApplication

        _filter = _WindowFit(QCoreApplication.instance())
    window.installEventFilter(_filter)
