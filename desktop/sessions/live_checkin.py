"""Live mode's door: type a few letters and Enter to check someone in; a walk-in in seconds."""

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.messages import user_message
from desktop.widgets.workspace_view import WorkspaceView
from models.core.errors import UserError
from models.sessions.live_search import PRESENT, Candidate, rank

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
        self._candidates: list[Candidate] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, then Enter"))
        self.search.setObjectName("liveSearch")
        self.results = QListWidget()
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message = QLabel()
        self.message.setObjectName("liveMessage")
        self.message.setWordWrap(True)
        self.walk_in_name = QLineEdit()
        self.walk_in_name.setPlaceholderText(self.tr("First and last name"))
        self.walk_in_contact = QLineEdit()
        self.walk_in_contact.setPlaceholderText(self.tr("Email or phone"))
        self.walk_in_consent = QCheckBox(self.tr("Agrees that we keep their details"))
        self.walk_in_button = QPushButton(self.tr("Add and check in"))
        box = QGroupBox(self.tr("Not on the list"))
        form = QFormLayout(box)
        form.addRow(self.tr("Name"), self.walk_in_name)
        form.addRow(self.tr("Contact"), self.walk_in_contact)
        row = QHBoxLayout()
        row.addWidget(self.walk_in_consent, 1)
        row.addWidget(self.walk_in_button)
        form.addRow(row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.message)
        layout.addWidget(box)
        self.search.textEdited.connect(self._show_results)
        self.search.returnPressed.connect(self.check_in_selected)
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.check_in_selected())
        self.walk_in_name.returnPressed.connect(self.walk_in_contact.setFocus)
        self.walk_in_contact.returnPressed.connect(self.add_walk_in)
        self.walk_in_button.clicked.connect(self.add_walk_in)

    def set_session(self, workspace: "Workspace", session_uid: str) -> None:
        self._workspace, self._session_uid = workspace, session_uid
        self.reload()

    def reload(self) -> None:
        self._candidates = self.workspace.live.check_in_candidates(self._session_uid)
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
        for candidate in rank(self._candidates, text):
            mark = "✓ " if candidate.tier == PRESENT else ""
            label = f"{mark}{candidate.name}"
            if candidate.detail:
                label += f"  ·  {candidate.detail}"
            item = QListWidgetItem(label)
            item.setData(PERSON_ROLE, candidate)
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
                self.walk_in_name.setText(text)
                self.message.setText(self.tr("Nobody found: add them below."))
                self.walk_in_contact.setFocus()
            return
        done = self.workspace.live.check_in(self._session_uid, candidate.person_uid, self._clock())
        if done:
            self.message.setText(self.tr("✓ %1 checked in").replace("%1", candidate.name))
        else:
            self.message.setText(self.tr("%1 was already checked in").replace("%1", candidate.name))
        self.search.clear()
        self.reload()
        self.changed.emit()

    def add_walk_in(self) -> None:
        name = self.walk_in_name.text()
        try:
            self.workspace.live.walk_in(
                self._session_uid,
                name,
                self.walk_in_contact.text(),
                self.walk_in_consent.isChecked(),
                self._clock(),
                self._clock().date(),
            )
        except UserError as error:
            self.message.setText(user_message(error))
            target = self.walk_in_contact if error.field == "contact" else self.walk_in_name
            target.setFocus()
            return
        self.message.setText(
            self.tr("✓ %1 added and checked in").replace("%1", " ".join(name.split()))
        )
        self.walk_in_name.clear()
        self.walk_in_contact.clear()
        self.walk_in_consent.setChecked(False)
        self.search.clear()
        self.search.setFocus()
        self.reload()
        self.changed.emit()
