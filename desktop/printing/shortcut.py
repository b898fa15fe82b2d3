"""Ctrl+P: the view in front prints its document.

A view that has a document to print offers `print_document()`; the main window's Ctrl+P calls
`print_current_view(page)`, which finds the focused or visible view that offers it.
"""

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

PRINT_SHORTCUT = QKeySequence.StandardKey.Print  # Ctrl+P


@runtime_checkable
class Printable(Protocol):
    """A view that can print the document it shows."""

    def print_document(self) -> object: ...


def _inside(widget: QObject, root: QWidget) -> bool:
    node: QObject | None = widget
    while node is not None:
        if node is root:
            return True
        node = node.parent()
    return False


def printable_in(root: QWidget | None) -> Printable | None:
    """The view to print for Ctrl+P: the focused widget or an ancestor that offers
    print_document, else the first visible one on the current page."""
    focus = QApplication.focusWidget()
    widget: QObject | None = focus
    while widget is not None:
        if isinstance(widget, Printable) and (root is None or _inside(widget, root)):
            return widget
        widget = widget.parent()
    if root is None:
        return None
    if isinstance(root, Printable):
        return root
    for child in root.findChildren(QWidget):
        if child.isVisible() and isinstance(child, Printable):
            return child
    return None


def print_current_view(root: QWidget | None) -> bool:
    """Ctrl+P: prints the document of the view in front; False when it has none."""
    target = printable_in(root)
    if target is None:
        return False
    target.print_document()
    return True
