"""Who comes to a session: registrations with their status, added by name or from a file.

A spreadsheet dropped on the list opens the people import for this session (the import
dialog is another part of the app; when it is missing the drop says so and does nothing).
"""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.formats import time_text
from desktop.shell.messages import user_message
from desktop.shell.undo import run_edit
from desktop.widgets.common import fit_columns
from desktop.widgets.row_table import Column, RowTableModel
from desktop.widgets.workspace_view import WorkspaceView
from models.core.enums import RegistrationStatus
from models.core.errors import UserError
from models.sessions.live_search import CheckInSearch

if TYPE_CHECKING:
    from models.workspace import Workspace


def status_names() -> dict[RegistrationStatus, str]:
    return {
        RegistrationStatus.INVITED: QCoreApplication.translate("Registrations", "Invited"),
        RegistrationStatus.REGISTERED: QCoreApplication.translate("Registrations", "Registered"),
        RegistrationStatus.PRESENT: QCoreApplication.translate("Registrations", "Present"),
        RegistrationStatus.ABSENT: QCoreApplication.translate("Registrations", "Absent"),
        RegistrationStatus.EXCUSED: QCoreApplication.translate("Registrations", "Excused"),
    }


def registration_columns() -> list[Column]:
    names = status_names()
    return [
        Column(
            QCoreApplication.translate("Registrations", "Name"),
            lambda r: r.name + (" *" if r.walk_in else ""),
        ),
        Column(
            QCoreApplication.translate("Registrations", "Municipality / organisation"),
            lambda r: r.organisation,
        ),
        Column(
            QCoreApplication.translate("Registrations", "Status"),
            lambda r: names.get(r.status, r.status),
        ),
        Column(
            QCoreApplication.translate("Registrations", "Checked in"),
            lambda r: time_text(r.checked_in_at.time()) if r.checked_in_at else "",
            lambda r: r.checked_in_at,
        ),
        Column(
            QCoreApplication.translate("Registrations", "Consent"),
            lambda r: QCoreApplication.translate("Registrations", "yes") if r.has_consent else "",
        ),
    ]


class DropTable(QTableView):
    """A table that takes a dropped file and reports its path."""

    file_dropped = Signal(Path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.file_dropped.emit(Path(files[0]))
        else:
            super().dropEvent(event)


class RegistrationsPanel(WorkspaceView, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session_uid = ""
        self._search: CheckInSearch | None = None
        self.model = RowTableModel(registration_columns(), self)
        self.table = DropTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAcceptDrops(True)
        self._top: Any = None
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("Add a person: type a name, then Enter"))
        self.suggestion = QLabel()
        self.status = QComboBox()
        for key, name in status_names().items():
            self.status.addItem(name, key)
        self.set_status_button = QPushButton(self.tr("Set status"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.import_button = QPushButton(self.tr("Import list…"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()  # shown when it has something to say: the list keeps the room
        drop = self.tr("Drop a spreadsheet on the list to import attendees.")
        self.table.setToolTip(drop)
        self.import_button.setToolTip(drop)
        hint = QLabel(self.tr("* walk-in"))
        hint.setProperty("role", "subtitle")
        add_row = QHBoxLayout()
        add_row.addWidget(self.person, 2)
        add_row.addWidget(self.suggestion, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addWidget(self.set_status_button)
        status_row.addWidget(self.remove_button)
        status_row.addWidget(hint, 1)
        status_row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(add_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(status_row)
        layout.addWidget(self.message)
        self.person.textEdited.connect(self._suggest)
        self.person.returnPressed.connect(self.add_person)
        self.set_status_button.clicked.connect(self.apply_status)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.file_dropped.connect(self.import_file)
        self.import_button.clicked.connect(self._choose_file)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_session(self, workspace: "Workspace", session_uid: str, rows: Any) -> None:
        self._workspace, self._session_uid = workspace, session_uid
        self._search = None
        self.model.set_rows(rows)
        fit_columns(self.table)

    def _suggest(self, text: str) -> None:
        if self._search is None:
            self._search = CheckInSearch(self.workspace.live.check_in_candidates(self._session_uid))
        top = [hit.candidate for hit in self._search.search(text, 1)] if text.strip() else []
        self.suggestion.setText(top[0].name if top else "")
        self._top = top[0] if top else None

    def add_person(self) -> None:
        self._suggest(self.person.text())
        if self._top is None:
            self._say(self.tr("Nobody found with that name."))
            return
        session, person, sessions = self._session_uid, self._top.person_uid, self.workspace.sessions
        run_edit(
            self.workspace,
            self.tr("register person"),
            lambda: sessions.register_person(session, person, RegistrationStatus.REGISTERED),
        )
        self._say(self.tr("%1 registered.").replace("%1", self._top.name))
        self.person.clear()
        self.suggestion.clear()
        self._search = None
        self.changed.emit()

    def selected(self) -> Any:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def apply_status(self) -> None:
        row = self.selected()
        if row is None:
            self._say(self.tr("Select a person in the list first."))
            return
        try:
            status, sessions = self.status.currentData(), self.workspace.sessions
            run_edit(
                self.workspace,
                self.tr("change registration"),
                lambda: sessions.set_registration_status(row.uid, status),
            )
        except UserError as error:
            self._say(user_message(error))
            return
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.selected()
        if row is not None:
            sessions = self.workspace.sessions
            run_edit(
                self.workspace,
                self.tr("remove registration"),
                lambda: sessions.remove_registration(row.uid),
            )
            self.changed.emit()

    def _choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import attendees"),
            "",
            self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Hands the file to the people import, registering who is in it for this session."""
        from desktop.people.import_dialog import start_import

        start_import(self, self.workspace, path, session_uid=self._session_uid)
        self.changed.emit()
