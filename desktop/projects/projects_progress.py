"""One project in one session: its progress note (saved as typed) and its actions."""

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.intake.intake_widgets import NotesEdit
from desktop.shell.formats import date_text
from desktop.shell.messages import user_message
from desktop.widgets.common import fit_columns, subtitle_label, table_view
from desktop.widgets.row_table import Column, RowTableModel
from desktop.widgets.workspace_view import WorkspaceView
from models.core.enums import ActionStatus
from models.core.errors import UserError
from models.core.formatting import DATE_EXAMPLE, parse_date
from models.projects.dto import SessionProgress, TrajectoryPerson

if TYPE_CHECKING:
    from models.workspace import Workspace


SAVE_DELAY_MS = 600  # a pause in typing stores the note: nothing waits for a save button


class ProjectProgressPanel(WorkspaceView, QWidget):
    """Shows and edits what one project has for one session."""

    changed = Signal()  # a note or action was stored: the grid should refresh

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project_uid = ""
        self._session_uid: str | None = None
        self._saved_text = ""
        self.heading = QLabel()
        self.heading.setProperty("role", "section")
        self.heading.setProperty("role", "strong")
        self.note_label = QLabel(self.tr("Progress in this session"))
        self.note = NotesEdit()
        self.note.setAccessibleName(self.tr("Progress note"))
        self.note.setPlaceholderText(self.tr("Where does the project stand? What was decided?"))
        self.other_notes = subtitle_label()
        self.actions_model = RowTableModel(self._action_columns(), self)
        self.action_table = table_view(self.actions_model)
        self.action_table.setToolTip(
            self.tr("Double-click an action to tick it off or open it again.")
        )
        self.action_title = QLineEdit()
        self.action_title.setPlaceholderText(self.tr("New action: what will be done?"))
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.setMinimumWidth(170)
        owner_line = self.owner.lineEdit()
        if owner_line is not None:
            owner_line.setPlaceholderText(self.tr("Who"))
        self.due = QLineEdit()
        self.due.setPlaceholderText(DATE_EXAMPLE)
        self.due.setMaximumWidth(110)
        self.add_button = QPushButton(self.tr("Add action"))
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_note)
        self._lay_out()
        self.note.textChanged.connect(self._timer.start)
        self.note.finished.connect(self.save_note)
        self.action_title.returnPressed.connect(self.add_action)
        self.due.returnPressed.connect(self.add_action)
        self.add_button.clicked.connect(self.add_action)
        self.action_table.doubleClicked.connect(self._toggle_done)
        self.setEnabled(False)

    def _action_columns(self) -> list[Column]:
        return [
            Column(
                self.tr("Due"),
                lambda a: date_text(a.due_on) if a.due_on else "",
                lambda a: a.due_on,
            ),
            Column(self.tr("Action"), lambda a: a.title),
            Column(self.tr("Owner"), lambda a: a.owner),
            Column(self.tr("Done"), lambda a: "✓" if a.status == ActionStatus.DONE else ""),
        ]

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.note_label)
        left.addWidget(self.note)
        left.addWidget(self.other_notes)
        left.addStretch(1)
        add = QHBoxLayout()
        add.addWidget(self.action_title, 1)
        add.addWidget(self.owner)
        add.addWidget(self.due)
        add.addWidget(self.add_button)
        right = QVBoxLayout()
        right.addWidget(self.action_table, 1)
        right.addLayout(add)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace

    def clear(self, message: str = "") -> None:
        self.save_note()
        self._project_uid, self._session_uid = "", None
        self.heading.setText(message)
        self._set_note("")
        self.other_notes.clear()
        self.actions_model.set_rows([])
        self.setEnabled(False)

    def show_cell(
        self,
        project_uid: str,
        session_uid: str | None,
        people: tuple[TrajectoryPerson, ...],
        members: tuple[str, ...] = (),
    ) -> None:
        """Loads one project in one session (None: its actions between sessions)."""
        self.save_note()
        progress: SessionProgress = self.workspace.projects.session_progress(
            project_uid, session_uid
        )
        self._project_uid, self._session_uid = project_uid, session_uid
        if progress.session is not None:
            when = progress.session.starts_at
            heading = f"{progress.project_name} — {progress.session.title}"
            if when is not None:
                heading += f" ({date_text(when.date())})"
        else:
            heading = f"{progress.project_name} — " + self.tr("between sessions")
        self.heading.setText(heading)
        has_session = progress.session is not None
        self.note_label.setVisible(has_session)
        self.note.setVisible(has_session)
        self._set_note(progress.progress_text)
        others = [n.text for n in progress.other_notes if n.text.strip()]
        self.other_notes.setText("\n".join(others))
        self.other_notes.setVisible(bool(others))
        self.actions_model.set_rows(progress.actions)
        fit_columns(self.action_table)
        self._fill_owners(people, members)
        self.error.hide()
        self.setEnabled(True)

    def _fill_owners(self, people: tuple[TrajectoryPerson, ...], members: tuple[str, ...]) -> None:
        """The project's own people first: they take on most of its actions."""
        self.owner.clear()
        self.owner.addItem("", None)
        ordered = sorted(people, key=lambda p: (p.name not in members, p.name.casefold()))
        for person in ordered:
            self.owner.addItem(person.name, person.uid)
        self.owner.setCurrentIndex(0)

    def _set_note(self, text: str) -> None:
        self._timer.stop()
        self.note.blockSignals(True)
        self.note.setPlainText(text)
        self.note.blockSignals(False)
        self._saved_text = text.strip()

    def save_note(self) -> None:
        """Stores the note if it changed; called after a pause in typing and on leaving."""
        self._timer.stop()
        if not self._project_uid or not self._session_uid or self._workspace is None:
            return
        text = self.note.toPlainText()
        if text.strip() == self._saved_text:
            return
        try:
            self.workspace.projects.save_progress_note(self._project_uid, self._session_uid, text)
        except UserError as error:
            self._show_error(user_message(error))
            return
        self._saved_text = text.strip()
        self.error.hide()
        self.changed.emit()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _owner(self) -> tuple[str | None, str]:
        text = self.owner.currentText().strip()
        index = self.owner.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return self.owner.itemData(index), ""
        return None, text

    def add_action(self) -> None:
        """Adds the typed action; a wrong date or empty title shows why and keeps the text."""
        try:
            due_text = self.due.text().strip()
            due: date | None = parse_date(due_text, field="due_on") if due_text else None
            owner_uid, owner_text = self._owner()
            self.workspace.projects.add_project_action(
                self._project_uid,
                self._session_uid,
                self.action_title.text(),
                owner_uid,
                owner_text,
                due,
            )
        except UserError as error:
            self._show_error(user_message(error))
            return
        self.error.hide()
        self.action_title.clear()
        self.due.clear()
        self.owner.setCurrentIndex(0)
        self._reload_actions()
        self.action_title.setFocus()
        self.changed.emit()

    def _reload_actions(self) -> None:
        progress = self.workspace.projects.session_progress(self._project_uid, self._session_uid)
        self.actions_model.set_rows(progress.actions)
        fit_columns(self.action_table)

    def _toggle_done(self, index: QModelIndex) -> None:
        action = self.actions_model.row_at(index.row())
        try:
            self.workspace.projects.set_project_action_done(
                action.uid, action.status != ActionStatus.DONE
            )
        except UserError as error:
            self._show_error(user_message(error))
            return
        self._reload_actions()
        self.changed.emit()
