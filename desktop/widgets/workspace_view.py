"""The base of every screen that shows data: the open workspace, typed, and fresh after changes.

A screen built before the database is open (the window shows first) gets the workspace in
`set_workspace`. It names the kinds of data it shows in `shows`; when a committed change
touches one of them, the main window calls `data_changed`: a visible screen reloads at once
(`refresh`), a hidden one when it is next shown.
"""

from typing import TYPE_CHECKING, ClassVar, cast

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from models.core.changes import Changes, DataKind

if TYPE_CHECKING:
    from models.workspace import Workspace


RETRY_MS = 700


def _typing_in(widget: QWidget) -> bool:
    """True while the keyboard focus is in a text field or a cell editor inside `widget`."""
    focus = QApplication.focusWidget()
    if focus is None or not widget.isAncestorOf(focus):
        return False
    if isinstance(focus, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
        return True
    parent = focus.parentWidget()
    while parent is not None and parent is not widget:
        if isinstance(parent, QAbstractItemView):
            return parent.state() == QAbstractItemView.State.EditingState
        parent = parent.parentWidget()
    return False


class WorkspaceView:
    """Mixed into a widget (first among its bases) that reads through the workspace's services."""

    _workspace: "Workspace | None" = None
    shows: ClassVar[frozenset[DataKind]] = frozenset()  # empty: not refreshed by changes
    # False: wait while the coach types in a field of this screen (its refresh would replace
    # the text); True for screens whose fields survive a refresh (a search box).
    refresh_while_typing: ClassVar[bool] = False
    _stale = False

    @property
    def workspace(self) -> "Workspace":
        if self._workspace is None:
            raise RuntimeError(f"{type(self).__name__} was used before a database was open")
        return self._workspace

    def refresh(self) -> None:
        """Reloads what the screen shows from the workspace (keeping the selection)."""

    def data_changed(self, changes: Changes) -> None:
        if self._workspace is None or not self.shows or not changes.touches(*self.shows):
            return
        self._stale = True
        self._refresh_when_free()

    def _refresh_when_free(self) -> None:
        """Refreshes now if shown and nobody is typing in it; later otherwise."""
        widget = cast(QWidget, self)
        if not self._stale or not shiboken6.isValid(widget) or not widget.isVisible():
            return  # a hidden screen refreshes when it is shown
        if not self.refresh_while_typing and _typing_in(widget):  # keep what is being typed
            QTimer.singleShot(RETRY_MS, self._refresh_when_free)
            return
        self._stale = False
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._stale and self._workspace is not None:
            self._stale = False
            self.refresh()
