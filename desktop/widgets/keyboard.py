"""Every window usable from the keyboard and by a screen reader, by construction.

The app's style (Fusion underneath) sees every widget once, just before it first shows; there:
- tables, trees and lists leave Tab to move between widgets; the arrow keys move inside;
- text boxes of several lines pass Tab on as well (a tab character is never what is meant);
- a field with no name of its own and no label tied to it is named after its placeholder or
  its tooltip, so that a screen reader says what it is for;
- our own dialogs ask before Escape throws away what was typed in them.
Screens and dialogs written later get the same without doing anything.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProxyStyle,
    QTextEdit,
    QWidget,
)

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


def tune(widget: QWidget) -> None:
    """Keyboard and screen-reader defaults for one widget (see the module's text)."""
    if isinstance(widget, QAbstractItemView) and not widget.property(TAB_INSIDE):
        widget.setTabKeyNavigation(False)
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.setTabChangesFocus(True)
    if isinstance(widget, QDialog) and type(widget).__module__.startswith("desktop."):
        widget.installEventFilter(_escape_guard())
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


_guard: _EscapeGuard | None = None


def _escape_guard() -> _EscapeGuard:
    global _guard
    if _guard is None:
        _guard = _EscapeGuard(QCoreApplication.instance())
    return _guard
