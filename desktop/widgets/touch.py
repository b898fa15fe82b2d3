"""The hall's windows (live mode, the kiosk): sized for a finger and for the screen they are on.

Every target is at least 48 pixels (buttons, tick boxes, choices, fields), scroll bars are wide
and lists swipe. Type is large, relative to the system's font, and shrinks with the screen:
the sizes were made for a 1366×700 work area, and a smaller one (1366×768 at 125 or 150 %)
scales them down so the whole window, clock included, stays on the screen.
"""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QScrollArea,
    QScroller,
    QWidget,
)

from desktop.shell.theme import theme

TARGET_PX = 48
TICK_PX = 28
SCROLLBAR_PX = 22
REFERENCE_W, REFERENCE_H = 1366, 700  # the work area the hall's sizes were made for

TOUCH_TICKS = (
    f"QCheckBox, QRadioButton {{ spacing: 10px; min-height: {TARGET_PX}px; }}"
    f"QCheckBox::indicator, QRadioButton::indicator {{ width: {TICK_PX}px; height: {TICK_PX}px; }}"
)

TOUCH_TARGETS = (
    TOUCH_TICKS
    + f"QPushButton, QComboBox, QLineEdit {{ min-height: {TARGET_PX - 12}px; }}"
    + "QPushButton { padding: 6px 14px; }"
    + "QLineEdit, QComboBox { padding: 4px 6px; }"
    + f"QTabBar::tab {{ min-height: {TARGET_PX - 16}px; padding: 8px 18px; }}"
    + f"QScrollBar:vertical {{ width: {SCROLLBAR_PX}px; }}"
    + f"QScrollBar:horizontal {{ height: {SCROLLBAR_PX}px; }}"
)


def screen_fit(widget: QWidget) -> float:
    """How much of the hall's type fits the screen's work area: 1 on 1366×700 or more, less
    on a smaller one (0.63 on 1366×768 at 150 %)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return 1.0
    area = screen.availableGeometry()
    return min(1.0, area.width() / REFERENCE_W, area.height() / REFERENCE_H)


def hall_points(factor: float, fit: float) -> str:
    """A type size for the hall: `factor` times the system's font, shrunk by `fit`; never
    smaller than the system's own font."""
    base = theme().base_points or 9.0
    return f"{max(base, base * factor * fit):.1f}pt"


def make_swipeable(root: QWidget) -> None:
    """Lists, tables and scroll areas in `root` scroll with a finger (kinetic, by pixel)."""
    for area in root.findChildren(QAbstractScrollArea):
        QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        if isinstance(area, QAbstractItemView):
            area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


class VerticalScroll(QScrollArea):
    """Scrolls up and down only: as wide as its content needs, as short as the screen asks."""

    def minimumSizeHint(self) -> QSize:
        inner = self.widget()
        width = inner.minimumSizeHint().width() if inner is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(width + bar + 2 * self.frameWidth(), super().minimumSizeHint().height())


def scrolled(content: QWidget, name: str) -> QScrollArea:
    """`content` in a scroll area that scrolls up and down only: on a short screen (1366×768
    at 150 %) the window still fits and what does not shows by scrolling."""
    area = VerticalScroll()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    area.setAccessibleName(name)
    return area
