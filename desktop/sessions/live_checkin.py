"""Live mode's door: type a few letters and Enter to check someone in; a walk-in in seconds.

A typo or another spelling still finds the person (marked ≈); someone not found is added in
the walk-in form, which first offers the people already known by a similar name.
"""

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.sessions.live_walk_in import WalkInForm
from desktop.shell.messages import user_message
from desktop.widgets.workspace_view import WorkspaceView
from models.core.errors import UserError
from models.sessions.live_search import PRESENT, Candidate, CheckInSearch

if TYPE_CHECKING:
    from models.workspace import Workspace


PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


class CheckInPanel(WorkspaceView, QWidget):
    """Search field, results, a line saying what happened, and the walk-in form."""

    changed = Signal()  # someone was checked in or added: counts need refreshing

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._session_uid = ""
        self._search = CheckInSearch([])
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, then Enter"))
        self.search.setObjectName("liveSearch")
        self.results = QListWidget()
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message = QLabel()
        self.message.setObjectName("liveMessage")
        self.message.setWordWrap(True)
        self.walk_in = WalkInForm()
        self.walk_in_name = self.walk_in.name
        self.walk_in_contact = self.walk_in.contact
        self.walk_in_consent = self.walk_in.consent
        self.walk_in_button = self.walk_in.add_button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.walk_in)
        self.search.textEdited.connect(self._show_results)
        self.search.returnPressed.connect(self.check_in_selected)
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.check_in_selected())
        self.walk_in.add_requested.connect(self.add_walk_in)

    def set_session(
        self, workspace: "Workspace", session_uid: str, drafts: dict[str, str] | None = None
    ) -> None:
        self._workspace, self._session_uid = workspace, session_uid
        self.walk_in.set_session(workspace, session_uid, drafts or {})
        self.reload()

    def reload(self) -> None:
        self._search = CheckInSearch(self.workspace.live.check_in_candidates(self._session_uid))
        self.walk_in.set_search(self._search)
        self._show_results(self.search.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search field walk the results without leaving the field."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step and self.results.count():
                row = (self.results.currentRow() + step) % self.results.count()
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _show_results(self, text: str) -> None:
        self.results.clear()
        for hit in self._search.search(text):
            candidate = hit.candidate
            mark = "✓ " if candidate.tier == PRESENT else ("≈ " if hit.near else "")
            label = f"{mark}{candidate.name}"
            if candidate.detail:
                label += f"  ·  {candidate.detail}"
            item = QListWidgetItem(label)
            item.setData(PERSON_ROLE, candidate)
            if hit.near:
                item.setToolTip(self.tr("Found despite a typo or another spelling"))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def selected(self) -> Candidate | None:
        item = self.results.currentItem()
        candidate: Candidate | None = item.data(PERSON_ROLE) if item is not None else None
        return candidate

    def check_in_selected(self) -> None:
        text = self.search.text().strip()
        candidate = self.selected() if text else None
        if candidate is None:
            if text:
                # Nobody by that name: start the walk-in with what was typed.
                self.walk_in.start_with(text)
                self.message.setText(self.tr("Nobody found: add them below."))
            return
        done = self.workspace.live.check_in(self._session_uid, candidate.person_uid, self._clock())
        if done:
            self.message.setText(self.tr("✓ %1 checked in").replace("%1", candidate.name))
        else:
            self.message.setText(self.tr("%1 was already checked in").replace("%1", candidate.name))
        self.search.clear()
        self.reload()
        self.changed.emit()

    def add_walk_in(self, person_uid: str = "") -> None:
        """Checks in the walk-in: the known person picked, or a new one from the form."""
        name = " ".join(self.walk_in.name.text().split())
        try:
            added = self.workspace.live.walk_in(
                self._session_uid,
                name,
                self.walk_in.contact.text(),
                self.walk_in.consent.isChecked(),
                self._clock(),
                self._clock().date(),
                person_uid=person_uid or None,
            )
        except UserError as error:
            self.message.setText(user_message(error))
            target = self.walk_in.contact if error.field == "contact" else self.walk_in.name
            target.setFocus()
            return
        if person_uid:
            known = next((c.name for c in self._search.candidates if c.person_uid == added), name)
            self.message.setText(self.tr("✓ %1 checked in").replace("%1", known))
        else:
            self.message.setText(self.tr("✓ %1 added and checked in").replace("%1", name))
        self.walk_in.clear()
        self.search.clear()
        self.search.setFocus()
        self.reload()
        self.changed.emit()
