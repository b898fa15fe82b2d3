"""Every window usable from the keyboard and by a screen reader, by construction.

The app's style (Fusion underneath) sees every widget once, just before it first shows; there:
- tables, trees and lists leave Tab to move between widgets; the arrow keys move inside;
- text boxes of several lines pass Tab on as well (a tab character is never what is meant);
- a field with no name of its own and no label tied to it is named after its placeholder or
  its tooltip, so that a screen reader says what it is for;
- buttons, tick boxes, tabs and field labels get an Alt letter (desktop/widgets/accelerators.py);
- our own dialogs ask before Escape throws away what was typed in them;
- every window fits the screen it opens on (desktop/widgets/window_fit.py).
Screens and dialogs written later get the same without doing anything.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProxyStyle,
    QSplitter,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.widgets.accelerators import DONE, give_accelerator, give_accelerators
from desktop.widgets.window_fit import keep_on_screen

TAB_INSIDE = "tabInside"  # a widget property: this view keeps Tab for itself (a typing grid)


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says a widget is: its own name, its text or its label's."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return widget.accessibleName()
    return interface.text(QAccessible.Text.Name).replace("&", "").strip()


def _fallback_name(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and widget.placeholderText():
        return widget.placeholderText()
    edit = widget.lineEdit() if isinstance(widget, QComboBox) else None
    if edit is not None and edit.placeholderText():
        return edit.placeholderText()
    return widget.toolTip().split("\n")[0]


def _first_control(item: QWidget | QLayout) -> QWidget | None:
    """The first widget in a form's field (a widget, a box around one, or a row of several)
    that takes the keyboard."""
    if isinstance(item, QWidget):
        if item.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return item
        children = [
            w for w in item.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        return children[0] if children else None
    for index in range(item.count()):
        part = item.itemAt(index)
        inner = part.widget() or part.layout() if part is not None else None
        found = _first_control(inner) if inner is not None else None
        if found is not None:
            return found
    return None


def _tie_to_field(label: QLabel) -> None:
    """A form's row label without a buddy is tied to the first control of its row: the
    screen reader names the control after it, and its '&' letter jumps there."""
    parent, buddy = label.parentWidget(), label.buddy()
    if buddy is not None and not buddy.focusPolicy() & Qt.FocusPolicy.TabFocus:
        inside = _first_control(buddy)  # the form tied it to a box around the field
        if inside is not None:
            _tie(label, inside)
        return
    if buddy is not None or parent is None:
        return
    for form in parent.findChildren(QFormLayout):
        position: tuple[int, QFormLayout.ItemRole] = form.getWidgetPosition(label)
        row, role = position
        if row < 0 or role != QFormLayout.ItemRole.LabelRole:
            continue
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        inner = (field.widget() or field.layout()) if field is not None else None
        target = _first_control(inner) if inner is not None else None
        if target is not None:
            _tie(label, target)
        return


def _tie(label: QLabel, control: QWidget) -> None:
    label.setBuddy(control)
    # A screen reader finds a label only beside its control; one level further, it is told.
    if control.parentWidget() is not label.parentWidget() and not control.accessibleName():
        control.setAccessibleName(label.text().replace("&", "").rstrip(":"))


def tune(widget: QWidget) -> None:
    """Keyboard and screen-reader defaults for one widget (see the module's text)."""
    if widget.isWindow():
        widget.installEventFilter(_first_show())
    # Letters are given when the window first shows (its controls are all in place then), or
    # at once for a control that appears in a window already open.
    opened = not widget.isWindow() and widget.window().property(DONE)
    if isinstance(widget, QLabel):
        _tie_to_field(widget)
        if opened:
            give_accelerator(widget)
        return
    if isinstance(widget, QAbstractButton | QTabBar) and opened:
        give_accelerator(widget)
    if isinstance(widget, QAbstractItemView) and not widget.property(TAB_INSIDE):
        widget.setTabKeyNavigation(False)
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.setTabChangesFocus(True)
    if isinstance(widget, QDateTimeEdit):
        widget.installEventFilter(_tab_passer())
    if isinstance(widget, QDialog) and type(widget).__module__.startswith("desktop."):
        widget.installEventFilter(_escape_guard())
    if widget.isWindow() and isinstance(widget, QDialog | QMainWindow):
        keep_on_screen(widget)
    if (
        widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not widget.accessibleName()
        and not accessible_name(widget)
    ):
        name = _fallback_name(widget)
        if name:
            widget.setAccessibleName(name)


class KeyboardStyle(QProxyStyle):
    """Fusion, with every widget tuned for the keyboard and screen readers as it is polished."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def polish(self, target: Any) -> Any:  # Qt's three overloads: widget, palette, app
        if isinstance(target, QWidget):
            super().polish(target)
            tune(target)
            return None
        return super().polish(target)


def typed_text(dialog: QWidget) -> bool:
    """Whether the coach typed something in the dialog that closing would lose."""
    for edit in dialog.findChildren(QLineEdit):
        if edit.isModified() and edit.text().strip() and edit.isVisibleTo(dialog):
            return True
    for box in dialog.findChildren(QPlainTextEdit):
        if box.document().isModified() and box.toPlainText().strip() and not box.isReadOnly():
            return True
    return False


def ask_discard(dialog: QWidget) -> bool:
    """Asks whether to close the dialog and lose what was typed; True: close."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        dialog.windowTitle(),
        QCoreApplication.translate("Keyboard", "Close without keeping what you typed?"),
        QMessageBox.StandardButton.NoButton,
        dialog,
    )
    close = box.addButton(
        QCoreApplication.translate("Keyboard", "Close and lose it"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    stay = box.addButton(
        QCoreApplication.translate("Keyboard", "Go on typing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is close


class _EscapeGuard(QObject):
    """Escape on a dialog with typed text asks first; without, it closes as always."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and isinstance(watched, QDialog)
            and typed_text(watched)
        ):
            return not ask_discard(watched)
        return False


def pass_focus(widget: QWidget, forward: bool) -> None:
    """Moves the focus to the next (or previous) control after `widget`, as Tab does."""
    candidate = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
    while candidate is not None and candidate is not widget:
        if (
            candidate.isVisible()
            and candidate.isEnabled()
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and candidate.focusProxy() is None
            and not widget.isAncestorOf(candidate)
        ):
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            candidate.setFocus(reason)
            return
        candidate = candidate.nextInFocusChain() if forward else candidate.previousInFocusChain()


class _TabPasser(QObject):
    """A date field hands Tab on instead of stepping day, month, year (the arrow keys and
    typing do that): Tab never stays in a field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and isinstance(watched, QWidget)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            back = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            pass_focus(watched, not back)
            return True
        return False


class _EnterDoes(QObject):
    def __init__(self, action: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self.action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.action()
            return True
        return False


def on_enter(widget: QWidget, action: Callable[[], object]) -> None:
    """Enter in `widget` does `action` and nothing else: a search list picks what is chosen
    without the dialog's default button (Next, OK) taking the coach off the page.
    Ctrl+Enter still reaches that button."""
    widget.installEventFilter(_EnterDoes(action, widget))


class _FirstShow(QObject):
    """As a window first shows: every control of it gets its Alt letter."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            give_accelerators(watched)
        return False


_guard: _EscapeGuard | None = None
_shows: _FirstShow | None = None


def _first_show() -> _FirstShow:
    global _shows
    if _shows is None:
        _shows = _FirstShow(QCoreApplication.instance())
    return _shows


_passer: _TabPasser | None = None


def _tab_passer() -> _TabPasser:
    global _passer
    if _passer is None:
        _passer = _TabPasser(QCoreApplication.instance())
    return _passer


def _escape_guard() -> _EscapeGuard:
    global _guard
    if _guard is None:
        _guard = _EscapeGuard(QCoreApplication.instance())
    return _guard


def panes(root: QWidget) -> list[QWidget]:
    """The parts of a screen F6 moves between: each side of its visible splitters (the list,
    the detail; the chart, the table), or the screen itself when it has none."""
    splitters = [s for s in root.findChildren(QSplitter) if s.isVisible()]
    parts: list[QWidget] = []
    for splitter in splitters:
        for index in range(splitter.count()):
            part = splitter.widget(index)
            inner = part.findChildren(QSplitter) if part is not None else []
            if part is not None and part.isVisible() and not any(s.isVisible() for s in inner):
                parts.append(part)
    return parts or [root]


def first_control(pane: QWidget) -> QWidget | None:
    """The first visible control of a pane that Tab would stop at."""
    if pane.focusPolicy() & Qt.FocusPolicy.TabFocus and pane.isEnabled():
        return pane
    for widget in pane.findChildren(QWidget):
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            return widget
    return None


def next_pane(parts: list[QWidget], focus: QWidget | None, forward: bool = True) -> None:
    """Moves the focus to the next (previous) pane after the one holding `focus` (F6)."""
    if not parts:
        return
    here = next(
        (
            i
            for i, p in enumerate(parts)
            if focus is not None and (p is focus or p.isAncestorOf(focus))
        ),
        -1,
    )
    step = 1 if forward else -1
    for offset in range(1, len(parts) + 1):
        target = first_control(parts[(here + step * offset) % len(parts)])
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
