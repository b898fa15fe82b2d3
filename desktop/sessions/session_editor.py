"""One session in the editor: its details, the timed agenda and the registrations.

Every field is stored when it is left (or on Enter); the agenda's start times and the
running end follow from the session start and the minutes.
"""

from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.sessions.session_agenda import AgendaModel
from desktop.sessions.session_registrations import RegistrationsPanel
from desktop.shell.formats import time_text
from desktop.shell.labels import session_kind_label
from desktop.shell.messages import user_message
from desktop.shell.undo import run_edit
from desktop.widgets.accelerators import set_tab_text
from desktop.widgets.debounce import Debouncer
from desktop.widgets.workspace_view import WorkspaceView
from models.core.enums import SessionStatus
from models.core.errors import UserError
from models.sessions.dto import SessionDetail

if TYPE_CHECKING:
    from models.workspace import Workspace


KINDS = (
    "kennismakingsoverleg",
    "infosessie",
    "vervolgbijeenkomst",
    "werksessie",
    "lerend_netwerk_sessie",
    "inspiratiedag",
    "persmoment",
    "evaluatie",
    "overleg",
)


class SessionEditor(WorkspaceView, QWidget):
    """Lays out the editor; the workspace validates and stores every change."""

    changed = Signal()  # something the session list shows may have changed
    live_requested = Signal(str)
    sheet_requested = Signal(str)
    report_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: SessionDetail | None = None
        self.title = QLineEdit()
        self.kind = QComboBox()
        for key in KINDS:
            self.kind.addItem(session_kind_label(key), key)
        self.starts = QDateTimeEdit()
        self.starts.setAccessibleName(self.tr("Start"))
        self.starts.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.starts.setCalendarPopup(True)
        self.ends = QLabel()
        self.location = QLineEdit()
        self.address = QLineEdit()
        self.facilitators = QLineEdit()
        self.purpose = QLineEdit()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.hide()  # shown only when it has something to say: the tables keep the room
        self.agenda_model = AgendaModel(self._edit_block, self._move_block, self)
        self.agenda = QTableView()
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setModel(self.agenda_model)
        self.agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agenda.setDragEnabled(True)
        self.agenda.setAcceptDrops(True)
        self.agenda.setDropIndicatorShown(True)
        self.agenda.verticalHeader().setVisible(False)
        self.agenda.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_block_button = QPushButton(self.tr("Add item"))
        self.remove_block_button = QPushButton(self.tr("Remove item"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.registrations = RegistrationsPanel()
        self.live_button = QPushButton(self.tr("Start live mode"))
        self.live_button.setProperty("role", "primary")
        self.sheet_button = QPushButton(self.tr("Print sign-in sheet…"))
        self.sheet_button.setToolTip(
            self.tr("Before the session: the list to sign, on the printer chosen last time")
        )
        self.report_button = QPushButton(self.tr("Print report…"))
        self._lay_out()
        self._connect()
        self.setEnabled(False)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        when = QHBoxLayout()
        when.addWidget(self.kind)
        when.addWidget(self.starts)
        when.addWidget(self.ends, 1)
        form.addRow(self.tr("Kind and start"), when)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(self.address, 2)
        form.addRow(self.tr("Room and address"), where)
        who_why = QHBoxLayout()
        who_why.addWidget(self.facilitators, 2)
        purpose_label = QLabel(self.tr("Purpose"))
        purpose_label.setBuddy(self.purpose)
        who_why.addWidget(purpose_label)
        who_why.addWidget(self.purpose, 3)
        form.addRow(self.tr("Facilitators"), who_why)
        self.location.setPlaceholderText(self.tr("Room"))
        self.address.setPlaceholderText(self.tr("Address"))
        agenda_tab = QWidget()
        agenda_layout = QVBoxLayout(agenda_tab)
        agenda_layout.addWidget(self.agenda, 1)
        buttons = QHBoxLayout()
        for button in (
            self.add_block_button,
            self.remove_block_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        agenda_layout.addLayout(buttons)
        self.sections = QTabWidget()
        self.sections.addTab(agenda_tab, self.tr("Agenda"))
        self.sections.addTab(self.registrations, self.tr("Registrations"))
        actions = QHBoxLayout()
        actions.addWidget(self.live_button)
        actions.addStretch(1)
        actions.addWidget(self.sheet_button)
        actions.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.sections, 1)
        layout.addLayout(actions)

    def _connect(self) -> None:
        # Typed fields are stored at each pause in typing, and when they are left.
        self._fields = {
            "title": self.title,
            "location_name": self.location,
            "address": self.address,
            "facilitators": self.facilitators,
            "purpose": self.purpose,
        }
        self._savers = {
            name: Debouncer(partial(self._save_field, name), self) for name in self._fields
        }
        for name, widget in self._fields.items():
            widget.textEdited.connect(self._savers[name].poke)
            widget.editingFinished.connect(self._savers[name].cancel)
        self.title.editingFinished.connect(lambda: self._save(title=self.title.text()))
        self.kind.activated.connect(lambda _i: self._save(kind=self.kind.currentData()))
        self.starts.editingFinished.connect(self._save_start)
        self.location.editingFinished.connect(
            lambda: self._save(location_name=self.location.text())
        )
        self.address.editingFinished.connect(lambda: self._save(address=self.address.text()))
        self.facilitators.editingFinished.connect(
            lambda: self._save(facilitators=self.facilitators.text())
        )
        self.purpose.editingFinished.connect(lambda: self._save(purpose=self.purpose.text()))
        self.agenda_model.failed.connect(self._say)
        self.add_block_button.clicked.connect(self.add_block)
        self.remove_block_button.clicked.connect(self.remove_block)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.registrations.changed.connect(self.reload)
        self.live_button.clicked.connect(lambda: self.live_requested.emit(self._uid()))
        self.sheet_button.clicked.connect(lambda: self.sheet_requested.emit(self._uid()))
        self.report_button.clicked.connect(lambda: self.report_requested.emit(self._uid()))
        # Alt+Up and Alt+Down move the selected agenda item: dragging without a mouse.
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.agenda)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.move_selected(step))

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _uid(self) -> str:
        return self._detail.uid if self._detail else ""

    def print_document(self) -> None:
        """Ctrl+P: before the session its sign-in sheet, once it was held its report."""
        if self._detail is None:
            return
        held = self._detail.status == SessionStatus.HELD
        (self.report_requested if held else self.sheet_requested).emit(self._detail.uid)

    def show_session(self, uid: str) -> None:
        self._show(self.workspace.sessions.session_detail(uid))

    def clear(self) -> None:
        self._detail = None
        self.agenda_model.set_rows([])
        self.setEnabled(False)

    def reload(self) -> None:
        if self._detail is not None:
            self._show(self.workspace.sessions.session_detail(self._detail.uid))
            self.changed.emit()

    def _show(self, detail: SessionDetail) -> None:
        self._detail = detail
        self.setEnabled(True)
        for widget, text in (
            (self.title, detail.title),
            (self.location, detail.location_name),
            (self.address, detail.address),
            (self.facilitators, detail.facilitators),
            (self.purpose, detail.purpose),
        ):
            if widget.text() != text and not widget.hasFocus():  # never under the cursor
                widget.setText(text)
                widget.setCursorPosition(0)
        self.kind.setCurrentIndex(max(self.kind.findData(detail.kind), 0))
        self.starts.blockSignals(True)
        if detail.starts_at is not None:
            self.starts.setDateTime(QDateTime(detail.starts_at))
        self.starts.blockSignals(False)
        end = time_text(detail.ends_at.time()) if detail.ends_at else ""
        self.ends.setText(
            self.tr("until %1 (%2 min)")
            .replace("%1", end)
            .replace("%2", str(detail.duration_minutes))
            if end
            else ""
        )
        selected = self._selected_row()
        self.agenda_model.set_rows(detail.agenda)
        self.agenda.resizeColumnToContents(0)
        self.agenda.resizeColumnToContents(2)
        if selected is not None and selected < len(detail.agenda):
            self.agenda.selectRow(selected)
        self.registrations.set_session(self.workspace, detail.uid, detail.registrations)
        set_tab_text(
            self.sections,
            1,
            self.tr("Registrations (%1)").replace("%1", str(len(detail.registrations))),
        )

    # ------------------------------------------------------------ saving

    def _save(self, **changes: object) -> bool:
        if self._detail is None:
            return False
        current = {
            "title": self._detail.title,
            "kind": self._detail.kind,
            "location_name": self._detail.location_name,
            "address": self._detail.address,
            "facilitators": self._detail.facilitators,
            "purpose": self._detail.purpose,
            "starts_at": self._detail.starts_at,
        }
        if all(current.get(key) == value for key, value in changes.items()):
            return False
        try:
            uid, sessions = self._detail.uid, self.workspace.sessions
            field = next(iter(changes), "")
            detail = run_edit(
                self.workspace,
                self.tr("change session"),
                lambda: sessions.update_session(uid, **changes),
                key=f"session:{uid}:{field}",
            )
        except UserError as error:
            self._say(user_message(error))
            return False
        self._say("")
        self._show(detail)
        self.changed.emit()
        return True

    def _save_field(self, name: str) -> None:
        self._save(**{name: self._fields[name].text()})

    def _save_start(self) -> None:
        value = self.starts.dateTime().toPython()
        assert isinstance(value, datetime)
        self._save(starts_at=value.replace(second=0, microsecond=0))

    # ------------------------------------------------------------ agenda

    def _selected_row(self) -> int | None:
        model = self.agenda.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return rows[0].row() if rows else None

    def _edit_block(self, block_uid: str, field: str, value: str) -> None:
        sessions = self.workspace.sessions
        run_edit(
            self.workspace,
            self.tr("change agenda item"),
            lambda: sessions.update_agenda_block(block_uid, **{field: value}),
        )
        self._say("")
        self.reload()

    def _move_block(self, block_uid: str, index: int) -> None:
        sessions = self.workspace.sessions
        run_edit(
            self.workspace,
            self.tr("move agenda item"),
            lambda: sessions.move_agenda_block(block_uid, index),
        )
        self.reload()
        self.agenda.selectRow(index)

    def add_block(self) -> None:
        if self._detail is None:
            return
        selected = self._selected_row()
        position = selected + 1 if selected is not None else None
        uid, sessions, title = self._detail.uid, self.workspace.sessions, self.tr("New item")
        run_edit(
            self.workspace,
            self.tr("add agenda item"),
            lambda: sessions.add_agenda_block(uid, title, 15, position=position),
        )
        self.reload()
        row = position if position is not None else self.agenda_model.rowCount() - 1
        self.agenda.selectRow(row)
        self.agenda.edit(self.agenda_model.index(row, 1))

    def remove_block(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        block, sessions = self.agenda_model.row_at(row).uid, self.workspace.sessions
        run_edit(
            self.workspace,
            self.tr("remove agenda item"),
            lambda: sessions.remove_agenda_block(block),
        )
        self.reload()

    def move_selected(self, step: int) -> None:
        row = self._selected_row()
        if row is None:
            return
        target = row + step
        if 0 <= target < self.agenda_model.rowCount():
            self._move_block(self.agenda_model.row_at(row).uid, target)
