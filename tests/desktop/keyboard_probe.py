"""What a keyboard user and a screen reader meet in a window: the widgets Tab should reach,
the ones it does reach, and the names Qt's accessibility tree gives them."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QRadioButton,
    QScrollBar,
    QWidget,
)

from desktop.widgets.keyboard import accessible_name


def _inside_compound(widget: QWidget, window: QWidget) -> bool:
    """A part of another control (a combo's or a spin box's own field, a scroll area's bar)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def focusable(window: QWidget) -> list[QWidget]:
    """The widgets a person sees and Tab should reach: visible, enabled, taking Tab focus."""
    found = []
    for widget in window.findChildren(QWidget):
        if (
            widget.isVisibleTo(window)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and not isinstance(widget, QScrollBar)
            and not widget.isWindow()
            and not _inside_compound(widget, window)
            and widget.width() > 0
            and widget.height() > 0
        ):
            found.append(widget)
    return found


def _owner(widget: QWidget, window: QWidget) -> QWidget:
    """The control a focused part belongs to (the combo of its field, the view of its editor)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return parent
        parent = parent.parentWidget()
    return widget


def tab_walk(window: QWidget, limit: int = 400) -> tuple[list[QWidget], list[QWidget]]:
    """Presses Tab from the window's first control until focus comes back round; returns
    the controls reached, in order, and those where a Tab left the focus where it was."""
    window.activateWindow()
    QApplication.processEvents()
    first = focusable(window)
    if not first:
        return [], []
    first[0].setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    reached: list[QWidget] = []
    stuck: list[QWidget] = []
    for _ in range(limit):
        focus = QApplication.focusWidget()
        if focus is None:
            break
        owner = _owner(focus, window)
        if reached and owner is reached[0] and len(reached) > 1:
            break
        if owner not in reached:
            reached.append(owner)
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        QApplication.processEvents()
        after = QApplication.focusWidget()
        if after is not None and _owner(after, window) is owner and owner not in stuck:
            stuck.append(owner)
    return reached, stuck


def unreached(window: QWidget) -> list[str]:
    """The visible controls Tab never reaches (radio buttons count once per group), and
    those that keep Tab for themselves."""
    reached, stuck = tab_walk(window)
    missed = [f"Tab stays in {where(widget)}" for widget in stuck]
    for widget in focusable(window):
        if widget in reached:
            continue
        if isinstance(widget, QRadioButton | QAbstractButton) and widget.autoExclusive():
            siblings = [
                w
                for w in reached
                if isinstance(w, QAbstractButton) and w.parentWidget() is widget.parentWidget()
            ]
            if siblings:
                continue
        group = widget.group() if isinstance(widget, QAbstractButton) else None
        if group is not None and group.exclusive() and any(b in reached for b in group.buttons()):
            continue
        missed.append(describe(widget))
    return missed


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__}({widget.objectName() or shown or accessible_name(widget)!r})"


def where(widget: QWidget) -> str:
    """'PlanningView.table': the screen that holds the widget and its attribute there."""
    parent = widget.parentWidget()
    while parent is not None:
        for attribute, value in vars(parent).items():
            if value is widget:
                return f"{type(parent).__name__}.{attribute}"
        parent = parent.parentWidget()
    return f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}"


def nameless(window: QWidget) -> list[str]:
    """The controls a screen reader would announce without a name."""
    missing = []
    for widget in focusable(window):
        if isinstance(widget, QAbstractScrollArea) and not widget.isEnabled():
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not accessible_name(widget):
            missing.append(where(widget))
    return missing
