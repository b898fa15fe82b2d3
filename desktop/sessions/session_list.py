"""The Bijeenkomsten tab: the trajectory's sessions on the left, the chosen one in the editor.

From here a session gets a new agenda from the programme, prints its sign-in sheet and
report, and opens live mode for the hall.
"""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.printing.flow import DocumentPrinting
from desktop.sessions.session_editor import SessionEditor
from desktop.shell.messages import user_message
from desktop.shell.undo import run_edit
from desktop.widgets.columns import session_columns
from desktop.widgets.common import fit_columns, table_view
from desktop.widgets.row_table import RowTableModel
from desktop.widgets.workspace_view import WorkspaceView
from exports.documents import DocumentKind
from models.core.changes import DataKind
from models.core.errors import UserError

if TYPE_CHECKING:
    from desktop.printing.system import PrintSystem
    from models.workspace import Workspace


class SessionsTab(WorkspaceView, QWidget):
    """`set_workspace(workspace)` then `show_trajectory(uid)`, like the other trajectory tabs."""

    shows = frozenset(
        {
            DataKind.SESSION,
            DataKind.AGENDA_BLOCK,
            DataKind.REGISTRATION,
            DataKind.SESSION_NOTE,
            DataKind.PERSON,
        }
    )

    live_opened = Signal(object)  # the LiveModeWindow, so the main window may keep it in front

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trajectory_uid = ""
        self._live: Any = None
        self.printing: DocumentPrinting | None = None
        self.print_system: PrintSystem | None = None  # None: the computer's (tests give one)
        self.model = RowTableModel(session_columns(), self, muted=lambda row: not row.booked)
        self.table = table_view(self.model)
        self.table.setAccessibleName(self.tr("Sessions"))
        self.template = QComboBox()
        self.new_button = QPushButton(self.tr("New session"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.editor = SessionEditor()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        new_row = QHBoxLayout()
        new_row.addWidget(self.template, 1)
        new_row.addWidget(self.new_button)
        left_layout.addLayout(new_row)
        left_layout.addWidget(self.delete_button)
        left_layout.addWidget(self.message)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 740])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.new_button.clicked.connect(self.new_session)
        self.delete_button.clicked.connect(self.delete_session)
        self.editor.changed.connect(self._refresh_list)
        self.editor.live_requested.connect(self.open_live)
        self.editor.sheet_requested.connect(
            lambda uid: self.print_pdf(DocumentKind.SIGN_IN_SHEET, uid)
        )
        self.editor.report_requested.connect(
            lambda uid: self.print_pdf(DocumentKind.SESSION_REPORT, uid)
        )

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace
        self.editor.set_workspace(workspace)

    def show_trajectory(self, uid: str) -> None:
        self._trajectory_uid = uid
        self.template.clear()
        try:
            templates = self.workspace.sessions.session_templates(uid)
        except UserError:
            templates = []
        for choice in templates:
            self.template.addItem(choice.title, choice.key)
        self.template.addItem(self.tr("Empty session"), "")
        self.editor.clear()
        self._refresh_list()
        if self.model.rowCount():
            self.table.selectRow(self._first_upcoming())

    def refresh(self) -> None:
        """The list and the open session as stored now (changed in live mode, say)."""
        if not self._trajectory_uid:
            return
        self._refresh_list()
        uid = self.selected_uid()
        if uid:
            self.editor.show_session(uid)
        else:
            self.editor.clear()

    def _first_upcoming(self) -> int:
        now = self.workspace.clock.now()
        for row in range(self.model.rowCount()):
            starts = self.model.row_at(row).starts_at
            if starts is not None and starts >= now:
                return row
        return self.model.rowCount() - 1

    def selected_uid(self) -> str:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()).uid if indexes else ""

    def _refresh_list(self) -> None:
        keep = self.selected_uid()
        rows = self.workspace.sessions.trajectory_sessions(self._trajectory_uid)
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        for index in range(self.model.rowCount()):
            if self.model.row_at(index).uid == keep:
                self.table.selectRow(index)
        self.table.selectionModel().blockSignals(False)
        fit_columns(self.table)

    def _selection_changed(self) -> None:
        uid = self.selected_uid()
        if uid:
            self.editor.show_session(uid)
        else:
            self.editor.clear()

    def select_session(self, uid: str) -> None:
        for index in range(self.model.rowCount()):
            if self.model.row_at(index).uid == uid:
                self.table.selectRow(index)

    def new_session(self) -> None:
        key = self.template.currentData() or None
        title = "" if key else self.tr("New session")
        try:
            trajectory, sessions = self._trajectory_uid, self.workspace.sessions
            uid = run_edit(
                self.workspace,
                self.tr("add session"),
                lambda: sessions.create_session(trajectory, key, title=title),
            )
        except UserError as error:
            self.message.setText(user_message(error))
            return
        self._refresh_list()
        self.select_session(uid)
        self.message.setText(self.tr("Session made: set its date and room."))

    def delete_session(self) -> None:
        uid = self.selected_uid()
        if not uid:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete session"),
            self.tr("Delete this session with its agenda, registrations and notes?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        sessions = self.workspace.sessions
        run_edit(self.workspace, self.tr("delete session"), lambda: sessions.delete_session(uid))
        self.editor.clear()
        self._refresh_list()

    def open_live(self, uid: str, ask_day: bool = True) -> Any:
        """Live mode on this session; on another day than the session's it asks first (not
        when coming back to a session that was open when the app stopped)."""
        from desktop.sessions.live_mode import LiveModeWindow
        from desktop.sessions.live_questions import confirm_other_day

        if ask_day and not confirm_other_day(self, self.workspace.live.session_day(uid)):
            return None
        if self._live is not None:
            self._live.close()
        try:
            self._live = LiveModeWindow(self.workspace, uid)
        except UserError as error:  # a database that opened read-only, a session gone
            QMessageBox.warning(self, self.tr("Start live mode"), user_message(error))
            return None
        self._live.closed_session.connect(lambda _uid: self._refresh_after_live())
        self._live.print_plan_requested.connect(self.print_action_plan)
        self._live.sheet_requested.connect(
            lambda uid: self.print_pdf(DocumentKind.SIGN_IN_SHEET, uid, over=self._live)
        )
        self._live.destroyed.connect(lambda: setattr(self, "_live", None))
        self._live.showMaximized()
        self.live_opened.emit(self._live)
        return self._live

    def print_action_plan(self, session_uid: str) -> DocumentPrinting | None:
        """The trajectory's action plan as it stands after this session, ready to print."""
        return self.print_pdf(
            DocumentKind.ACTION_PLAN, self._trajectory_uid, after_session=session_uid
        )

    def _refresh_after_live(self) -> None:
        self._refresh_list()
        if self.selected_uid():
            self.editor.show_session(self.selected_uid())

    def print_pdf(
        self,
        kind: DocumentKind,
        uid: str,
        *,
        after_session: str | None = None,
        over: QWidget | None = None,
    ) -> DocumentPrinting | None:
        """The sign-in sheet, the report or the action plan saved in the documents folder,
        shown ready for the printer chosen last time (see `hall_print`), over `over` (live
        mode) or this tab."""
        from desktop.sessions.hall_print import print_in_hall

        if not uid:
            return None
        self.printing = printing = print_in_hall(
            over or self,
            self.workspace,
            kind,
            uid,
            after_session=after_session,
            system=self.print_system,
        )
        printing.made.connect(
            lambda preview: self.message.setText(
                self.tr("Saved as %1").replace("%1", str(preview.path))
            )
        )
        return printing
