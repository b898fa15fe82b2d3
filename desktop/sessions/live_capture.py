"""Live mode's notebook: the note of the current block, decisions, and actions with owner and due.

Nothing here has a save button: a note is stored at every keystroke, a decision or an action
(with its owner, due date and project) is kept as a draft while it is typed and becomes a
decision or an action on Enter; after a crash live mode shows the drafts as they were.
"""

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.formats import date_text
from desktop.shell.messages import user_message
from desktop.widgets.workspace_view import WorkspaceView
from models.core.enums import DuePick, NoteKind, RegistrationStatus
from models.core.errors import UserError
from models.core.formatting import parse_date
from models.sessions.dto import SessionDetail

if TYPE_CHECKING:
    from models.workspace import Workspace


class NotesPanel(WorkspaceView, QWidget):
    """The running note of one agenda block, and the decisions taken."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session_uid = ""
        self._block_uid: str | None = None
        self._loading = False
        self.block_label = QLabel()
        self.block_label.setObjectName("liveBlockLabel")
        self.block_label.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Notes of this agenda item: stored as you type"))
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(self.tr("A decision, then Enter"))
        self.decisions = QListWidget()
        self.decisions.setAccessibleName(self.tr("Decisions"))
        self.decisions.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.block_label)
        layout.addWidget(self.note, 3)
        layout.addWidget(QLabel(self.tr("Decisions")))
        layout.addWidget(self.decision)
        layout.addWidget(self.decisions, 1)
        layout.addWidget(self.message)
        self.note.textChanged.connect(self._note_typed)
        self.decision.textEdited.connect(self._decision_typed)
        self.decision.returnPressed.connect(self.add_decision)

    def set_session(self, workspace: "Workspace", session_uid: str, drafts: dict[str, str]) -> None:
        self._workspace, self._session_uid = workspace, session_uid
        self.decision.setText(drafts.get("decision", ""))

    def show_block(self, detail: SessionDetail, block_uid: str | None) -> None:
        """Shows the note of this block (None: the session's general note) for typing."""
        self._block_uid = block_uid
        block = next((b for b in detail.agenda if b.uid == block_uid), None)
        self.block_label.setText(block.title if block else self.tr("General notes"))
        text = next(
            (
                n.text
                for n in detail.notes
                if n.kind == NoteKind.NOTE
                and not n.project_uid
                and n.agenda_block_uid == (block_uid or "")
            ),
            "",
        )
        self._loading = True
        self.note.setPlainText(text)
        self._loading = False
        self.decisions.clear()
        for note in detail.notes:
            if note.kind == NoteKind.DECISION:
                self.decisions.addItem(note.text)

    def _note_typed(self) -> None:
        if self._loading or self._workspace is None:
            return
        try:
            self.workspace.live.save_block_note(
                self._session_uid, self._block_uid, self.note.toPlainText()
            )
        except UserError as error:
            self.message.setText(user_message(error))
            return
        self.message.clear()

    def _decision_typed(self, text: str) -> None:
        self.workspace.live.save_live_draft(self._session_uid, "decision", text)

    def add_decision(self) -> None:
        text = self.decision.text()
        if not text.strip():
            return
        try:
            self.workspace.live.add_decision(self._session_uid, text, self._block_uid)
        except UserError as error:
            self.message.setText(user_message(error))
            return
        self.decisions.addItem(" ".join(text.split()))
        self.decision.clear()
        self.message.clear()


class ActionsPanel(WorkspaceView, QWidget):
    """One line per action: what, who (an attendee or any name), by when, for which project."""

    added = Signal(str)

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._session_uid = ""
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What will be done? Enter adds it"))
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner_text = self.owner.lineEdit()
        assert self.owner_text is not None  # an editable combo box has its line edit
        self.owner_text.setPlaceholderText(self.tr("Who: an attendee or any name"))
        self.due = QLineEdit()
        self.due.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.due_buttons = QHBoxLayout()
        self.project = QComboBox()
        self.add_button = QPushButton(self.tr("Add action"))
        self.add_button.setProperty("role", "primary")
        self.action_list = QListWidget()
        self.action_list.setAccessibleName(self.tr("Actions added"))
        self.action_list.setWordWrap(True)  # who, when and the project read in full
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Action"), self.title)
        form.addRow(self.tr("Who"), self.owner)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due, 1)
        due_row.addLayout(self.due_buttons)
        form.addRow(self.tr("Due"), due_row)
        self.project_label = QLabel(self.tr("Project"))
        form.addRow(self.project_label, self.project)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.add_button)
        layout.addWidget(self.message)
        layout.addWidget(self.action_list, 1)
        self._drafts: dict[str, str] = {}
        self.title.textEdited.connect(lambda text: self._keep("action", text))
        self.owner_text.textEdited.connect(lambda text: self._keep("action_owner", text))
        self.owner.activated.connect(
            lambda _i: self._keep("action_owner", self.owner.currentText())
        )
        self.due.textEdited.connect(lambda text: self._keep("action_due", text))
        self.project.activated.connect(
            lambda _i: self._keep("action_project", self.project.currentData() or "")
        )
        self.title.returnPressed.connect(self.add_action)
        self.owner_text.returnPressed.connect(self.add_action)
        self.due.returnPressed.connect(self.add_action)
        self.add_button.clicked.connect(self.add_action)

    def set_session(self, workspace: "Workspace", session_uid: str, drafts: dict[str, str]) -> None:
        self._workspace, self._session_uid = workspace, session_uid
        self._drafts = dict(drafts)
        self.title.setText(drafts.get("action", ""))
        self.owner.setEditText(drafts.get("action_owner", ""))
        self.due.setText(drafts.get("action_due", ""))
        while self.due_buttons.count():
            item = self.due_buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        names = {
            DuePick.NEXT_WEEK: self.tr("Next week"),
            DuePick.NEXT_SESSION: self.tr("Next session"),
        }
        for choice in workspace.live.due_choices(session_uid, self._clock().date()):
            button = QPushButton(names[choice.key])
            button.setToolTip(date_text(choice.due_on))
            button.clicked.connect(lambda _=False, d=choice.due_on: self.pick_due(d))
            self.due_buttons.addWidget(button)

    def pick_due(self, due_on: date) -> None:
        self.due.setText(date_text(due_on))
        self._keep("action_due", self.due.text())
        self.title.setFocus()

    def show_detail(self, detail: SessionDetail) -> None:
        typed = self.owner.currentText()
        project = self.project.currentData() or self._drafts.pop("action_project", "")
        self.owner.clear()
        attendees = sorted(
            (
                r
                for r in detail.registrations
                if r.status in (RegistrationStatus.PRESENT, RegistrationStatus.REGISTERED)
            ),
            key=lambda r: (r.status != RegistrationStatus.PRESENT, r.name.casefold()),
        )
        for row in attendees:
            self.owner.addItem(row.name, row.person_uid)
        self.owner.setCurrentIndex(-1)
        self.owner.setEditText(typed)
        self.project.clear()
        self.project.addItem(self.tr("(no project)"), "")
        for choice in detail.projects:
            self.project.addItem(choice.name, choice.uid)
        self.project.setCurrentIndex(max(self.project.findData(project), 0))
        self.project.setVisible(bool(detail.projects))
        self.project_label.setVisible(bool(detail.projects))
        self.action_list.clear()
        for action in detail.actions:
            due = date_text(action.due_on) if action.due_on else ""
            parts = [action.title, action.owner, due, action.project]
            self.action_list.addItem("  ·  ".join(p for p in parts if p))

    def _keep(self, field: str, text: str) -> None:
        """Each field of the action as typed so far, kept through a crash until Enter adds it."""
        self.workspace.live.save_live_draft(self._session_uid, field, text)

    def _owner(self) -> tuple[str | None, str]:
        text = " ".join(self.owner.currentText().split())
        index = self.owner.findText(text)
        if text and index >= 0:
            return self.owner.itemData(index), ""
        return None, text

    def add_action(self) -> None:
        if not self.title.text().strip():
            self.title.setFocus()
            return
        try:
            due_text = self.due.text().strip()
            due_on = parse_date(due_text, field="due_on") if due_text else None
            person, text = self._owner()
            uid = self.workspace.live.add_session_action(
                self._session_uid,
                self.title.text(),
                owner_person_uid=person,
                owner_text=text,
                due_on=due_on,
                project_uid=self.project.currentData() or None,
            )
        except UserError as error:
            self.message.setText(user_message(error))
            return
        self.message.setText(self.tr("✓ Action added"))
        # The next action is often for the same project: it stays chosen, through a crash too.
        self._keep("action_project", self.project.currentData() or "")
        self.title.clear()
        self.due.clear()
        self.owner.setCurrentIndex(-1)
        self.owner.setEditText("")
        self.title.setFocus()
        self.added.emit(uid)
