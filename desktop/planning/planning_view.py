"""Planning tab: the timeline beside an editable table, responsibilities and tasks, stopping."""

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.planning.plan_questions import ask_about_done, stop_message
from desktop.planning.timeline_chart import TimelineChart
from desktop.planning.timeline_stop import StopDialog
from desktop.planning.timeline_table import (
    Choices,
    EditableRowsModel,
    editable_table,
    plan_columns,
    task_columns,
)
from desktop.printing.flow import DocumentPrinting, print_document
from desktop.shell.formats import date_text
from desktop.shell.labels import responsible_label
from desktop.shell.messages import domain_phrase, user_message
from desktop.shell.undo import run_edit
from desktop.widgets.common import fit_columns, subtitle_label
from desktop.widgets.workspace_view import WorkspaceView
from exports.documents import DocumentKind
from models.core.changes import DataKind
from models.core.enums import Responsible, TrajectoryStatus
from models.core.errors import UserError
from models.planning.dto import DonePolicy, NewTask, PlanChange

if TYPE_CHECKING:
    from models.workspace import Workspace


class PlanningView(WorkspaceView, QWidget):
    """Lays out the plan of one trajectory; every date rule and every change is the workspace's."""

    shows = frozenset({DataKind.PHASE, DataKind.MILESTONE, DataKind.TASK, DataKind.SESSION})

    plan_changed = Signal(str)  # trajectory uid: dates, statuses or the stop changed
    quote_changed = Signal(str)  # trajectory uid: stopping made a new quote version

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uid = ""
        self.plan: Any = None
        self.printing: DocumentPrinting | None = None
        self.board: Any = None
        self.start = QLineEdit()
        self.start.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.start.setMaximumWidth(110)
        self.start.setAccessibleName(self.tr("Start date"))
        self.apply_start = QPushButton(self.tr("Re-plan"))
        self.zoom_out, self.zoom_in = QPushButton("−"), QPushButton("+")
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl+−)"))
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.fit = QPushButton(self.tr("Whole trajectory"))
        self.stop_button = QPushButton(self.tr("Stop after a phase…"))
        self.pdf_button = QPushButton(self.tr("Print plan…"))
        self.pdf_button.setToolTip(self.tr("The plan on A4, saved and ready to print (Ctrl+P)"))
        self.with_unbooked = QCheckBox(self.tr("with phases not booked"))
        self.avoid_breaks = QCheckBox(self.tr("Citizens' sessions outside school holidays"))
        self.booking = subtitle_label()
        self.message = subtitle_label()
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.chart = TimelineChart()
        self.people: Choices = []
        self.plan_model = EditableRowsModel(plan_columns(lambda: self.people), self)
        self.table = editable_table(self.plan_model)
        self.table.setAccessibleName(self.tr("Plan: phases, milestones and sessions"))
        self.checklist_model = EditableRowsModel(task_columns(lambda: self.people), self)
        self.checklist = editable_table(self.checklist_model)
        self.tasks_model = EditableRowsModel(task_columns(lambda: self.people), self)
        self.tasks = editable_table(self.tasks_model)
        self.task_title = QLineEdit()
        self.task_title.setPlaceholderText(self.tr("What needs doing"))
        self.task_person = QComboBox()
        self.task_due = QLineEdit()
        self.task_due.setPlaceholderText(self.tr("due dd/mm/yyyy"))
        self.task_due.setMaximumWidth(120)
        self.add_task_button = QPushButton(self.tr("Add task"))
        self.delete_task_button = QPushButton(self.tr("Delete task"))
        self._lay_out()
        self._connect()
        self.setEnabled(False)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Start")))
        bar.addWidget(self.start)
        bar.addWidget(self.apply_start)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Zoom")))
        for button in (self.zoom_out, self.zoom_in):
            button.setFixedWidth(32)
            bar.addWidget(button)
        bar.addWidget(self.fit)
        bar.addSpacing(16)
        bar.addWidget(self.booking, 1)
        # The school holidays, the documents and the stop on a line of their own: on a narrow
        # screen (1366×768 at 150 %) every button keeps its whole text.
        calendar_bar = QHBoxLayout()
        calendar_bar.addWidget(self.avoid_breaks)
        calendar_bar.addStretch(1)
        calendar_bar.addWidget(self.pdf_button)
        calendar_bar.addWidget(self.with_unbooked)
        calendar_bar.addWidget(self.stop_button)
        split = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([640, 460])
        timeline = QWidget()
        top = QVBoxLayout(timeline)
        top.setContentsMargins(0, 4, 0, 0)
        top.addLayout(bar)
        top.addLayout(calendar_bar)
        top.addWidget(split, 1)
        work = QWidget()
        lower = QVBoxLayout(work)
        lower.setContentsMargins(0, 4, 0, 0)
        duties = self.tr("Responsibilities of the municipality and participants")
        duties_box = QWidget()
        duties_layout = QVBoxLayout(duties_box)
        duties_layout.setContentsMargins(0, 0, 0, 0)
        duties_layout.addWidget(QLabel("<b>" + duties + "</b>"))
        duties_layout.addWidget(self.checklist, 1)
        tasks_box = QWidget()
        tasks_layout = QVBoxLayout(tasks_box)
        tasks_layout.setContentsMargins(0, 0, 0, 0)
        tasks_layout.addWidget(QLabel("<b>" + self.tr("Activities and tasks") + "</b>"))
        tasks_layout.addWidget(self.tasks, 1)
        # The few responsibilities take what they need; the tasks the rest (see _size_lists).
        self.lists = QSplitter(Qt.Orientation.Vertical)
        self.lists.addWidget(duties_box)
        self.lists.addWidget(tasks_box)
        self.lists.setChildrenCollapsible(False)
        lower.addWidget(self.lists, 1)
        form = QHBoxLayout()
        form.addWidget(self.task_title, 2)
        form.addWidget(self.task_person, 1)
        form.addWidget(self.task_due)
        form.addWidget(self.add_task_button)
        form.addStretch(0)
        form.addWidget(self.delete_task_button)
        lower.addLayout(form)
        self.inner = QTabWidget()
        self.inner.addTab(timeline, self.tr("Timeline"))
        self.inner.addTab(work, self.tr("Responsibilities and tasks"))
        self.inner.currentChanged.connect(lambda _index: self._size_lists())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Messages come and go; the tab's size should not jump (nor a window's limits change).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.error)
        layout.addWidget(self.message)
        layout.addWidget(self.inner, 1)

    def _connect(self) -> None:
        queued = (
            Qt.ConnectionType.QueuedConnection
        )  # the workspace call runs after the editor closed
        for model in (self.plan_model, self.checklist_model, self.tasks_model):
            model.edit_requested.connect(self.edit_item, queued)
        self.chart.item_moved.connect(self._moved)
        self.chart.item_clicked.connect(self._select_row)
        self.table.clicked.connect(lambda index: self.chart.highlight(self._row_uid(index.row())))
        self.start.returnPressed.connect(self.apply_start_date)
        self.apply_start.clicked.connect(self.apply_start_date)
        self.zoom_in.clicked.connect(lambda: self.chart.zoom_by(1))
        self.zoom_out.clicked.connect(lambda: self.chart.zoom_by(-1))
        self.fit.clicked.connect(lambda: self.chart.set_timeline(self.chart.timeline, fit=True))
        self.stop_button.clicked.connect(self.ask_stop)
        self.pdf_button.clicked.connect(self.print_document)
        self.avoid_breaks.toggled.connect(self.set_avoid_breaks)
        self.add_task_button.clicked.connect(self.add_task)
        self.task_due.returnPressed.connect(self.add_task)
        self.delete_task_button.clicked.connect(self.delete_task)

    @property
    def today(self) -> date:
        return self.workspace.clock.today()

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace

    def refresh(self) -> None:
        self.reload()

    def show_trajectory(self, uid: str) -> None:
        """Loads the plan of the trajectory and fits the whole of it on the chart."""
        self._uid = uid
        self._show_error("")
        self.message.setText("")
        self.reload(fit=True)

    def reload(self, fit: bool = False) -> None:
        """Reads the plan again and redraws chart and tables (after every change)."""
        if not self._uid or self._workspace is None:
            return
        try:
            self.plan = self.workspace.planning.plan(self._uid, self.today)
            self.board = self.workspace.planning.task_board(self._uid, self.today)
        except UserError as error:
            self.plan = self.board = None
            self.setEnabled(False)
            self._show_error(user_message(error))
            return
        self.setEnabled(True)
        self.people = [(f"person:{uid}", name) for uid, name in self.plan.people]
        self.start.setText(date_text(self.plan.start_date) if self.plan.start_date else "")
        self.plan_model.set_rows(self.plan.rows)
        self.checklist_model.set_rows(self.board.responsibilities)
        self.tasks_model.set_rows(self.board.tasks)
        self.chart.set_timeline(self.plan.timeline, fit=fit)
        self._fill_people()
        stopped = self.plan.status == TrajectoryStatus.STOPPED
        self.stop_button.setEnabled(bool(self.plan.stop_choices) and not stopped)
        self.pdf_button.setEnabled(self.plan.timeline is not None)
        self._show_booking()
        if stopped:
            self.message.setText(
                self.tr("Stopped after %1 on %2. Reason: %3")
                .replace("%1", self.plan.stopped_after)
                .replace("%2", date_text(self.plan.stopped_on) if self.plan.stopped_on else "")
                .replace("%3", self.plan.stop_reason)
            )
        fit_columns(self.table, 260, stretch=0)  # what: the phase, milestone or session
        fit_columns(self.checklist, 260, stretch=1)  # the task, read in full
        fit_columns(self.tasks, 260, stretch=1)
        self._size_lists()

    def _size_lists(self) -> None:
        """The responsibilities as high as their rows (at most half), the tasks the rest."""
        total = sum(self.lists.sizes())
        if total <= 0 or not self.lists.isVisible():
            return
        rows = self.checklist_model.rowCount()
        needed = (
            self.checklist.horizontalHeader().height()
            + self.checklist.verticalHeader().defaultSectionSize() * max(rows, 1)
            + 2 * self.checklist.frameWidth()
            + self.fontMetrics().height()
            + 8
        )
        top = min(needed, total // 2)
        self.lists.setSizes([top, total - top])

    def _show_booking(self) -> None:
        """What the accepted quote books, what is not booked, and the school-break choice."""
        plan = self.plan
        parts = []
        if plan.booked_scope:
            parts.append(self.tr("Booked: %1").replace("%1", plan.booked_scope))
        if plan.unbooked_phases:
            parts.append(self.tr("not booked: %1").replace("%1", ", ".join(plan.unbooked_phases)))
        self.booking.setText(" · ".join(parts))
        self.with_unbooked.setVisible(bool(plan.unbooked_phases))
        self.avoid_breaks.blockSignals(True)
        self.avoid_breaks.setChecked(plan.avoid_school_holidays)
        self.avoid_breaks.blockSignals(False)

    def set_avoid_breaks(self, avoid: bool) -> None:
        """Citizens' sessions in or out of the school breaks; open sessions move along."""
        self._change(
            lambda _policy: self.workspace.planning.set_avoid_school_holidays(
                self._uid, avoid, self.today
            )
        )

    def _fill_people(self) -> None:
        current = self.task_person.currentData()
        self.task_person.clear()
        for value, label in self.people:
            self.task_person.addItem(label, value)
        for party in (Responsible.MUNICIPALITY, Responsible.PROVIDER, Responsible.PARTICIPANTS):
            self.task_person.addItem(responsible_label(party), party)
        found = self.task_person.findData(current)
        self.task_person.setCurrentIndex(max(found, 0))

    def _row_uid(self, row: int) -> str:
        return str(self.plan_model.row_at(row).uid) if row >= 0 else ""

    def _select_row(self, uid: str) -> None:
        row = self.plan_model.row_of(uid)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.plan_model.index(row, 0))

    def _moved(self, uid: str, day: object) -> None:
        if isinstance(day, date):
            self.edit_item(uid, "planned_start", date_text(day))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _report(self, change: PlanChange) -> None:
        self._show_error("")
        text = " ".join(domain_phrase(warning) for warning in change.warnings)
        self.message.setText(text)

    def edit_item(self, uid: str, field: str, value: str) -> None:
        """One edit from the table, the checklist or a drag; asks before moving done items."""
        self._change(
            lambda policy: self.workspace.planning.edit_plan_item(
                self._uid, uid, field, value, policy, self.today
            )
        )

    def apply_start_date(self) -> None:
        """A new start date: lays out the plan, or moves all of it (asking about done items)."""
        text = self.start.text()
        self._change(
            lambda policy: self.workspace.planning.set_start_date(
                self._uid, text, policy, self.today
            )
        )

    def _change(self, call: Any) -> None:
        try:
            name = self.tr("change plan")
            change = run_edit(self.workspace, name, lambda: call(DonePolicy.ASK))
            if not change.applied and change.done_items:
                policy = ask_about_done(self, change)
                if policy is not None:
                    change = run_edit(self.workspace, name, lambda: call(policy))
        except UserError as error:
            self._show_error(user_message(error))
            self.reload()
            return
        self.reload()
        if change.applied:
            self._report(change)
            self.plan_changed.emit(self._uid)

    def ask_stop(self) -> None:
        if self.plan is None:
            return
        dialog = StopDialog(self.plan.stop_choices, self.plan.stop_rule, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.stop(dialog.phase_key(), dialog.reason_text())

    def stop(self, phase_key: str, reason: str) -> bool:
        """Stops after the phase; reports the cancelled items and the new quote total."""
        try:
            uid, planning, today = self._uid, self.workspace.planning, self.today
            result = run_edit(
                self.workspace,
                self.tr("stop the trajectory"),
                lambda: planning.stop_after_phase(uid, phase_key, reason, today),
            )
        except UserError as error:
            self._show_error(user_message(error))
            return False
        self.reload()
        text = stop_message(result)
        if result.quote is not None and result.quote_created:
            self.quote_changed.emit(self._uid)
        self.message.setText(text)
        self.plan_changed.emit(self._uid)
        return True

    def add_task(self) -> None:
        value = str(self.task_person.currentData() or "")
        person = value.removeprefix("person:") if value.startswith("person:") else None
        party = Responsible.PERSON if person else value  # the domain checks a party chosen
        task = NewTask(self.task_title.text(), self.task_due.text(), person, party)
        try:
            uid, planning, today = self._uid, self.workspace.planning, self.today
            run_edit(
                self.workspace, self.tr("add task"), lambda: planning.add_task(uid, task, today)
            )
        except UserError as error:
            self._show_error(user_message(error))
            self.inner.setCurrentIndex(1)
            return
        self.task_title.clear()
        self.task_due.clear()
        self._show_error("")
        self.reload()

    def delete_task(self) -> None:
        rows = self.tasks.selectionModel().selectedRows()
        if not rows:
            return
        try:
            uid, planning = self._uid, self.workspace.planning
            task_uid = self.tasks_model.row_at(rows[0].row()).uid
            run_edit(
                self.workspace, self.tr("delete task"), lambda: planning.delete_task(uid, task_uid)
            )
        except UserError as error:
            self._show_error(user_message(error))
            return
        self.reload()

    def print_document(self) -> DocumentPrinting | None:
        """Print plan… and Ctrl+P: the A4 plan (with the phases not booked when ticked)
        saved and shown ready to print."""
        if not self._uid or self.plan is None or self.plan.timeline is None:
            return None
        self.printing = printing = print_document(
            self,
            self.workspace,
            DocumentKind.PLAN,
            self._uid,
            with_unbooked=self.with_unbooked.isChecked(),
        )
        printing.made.connect(
            lambda preview: self.message.setText(
                self.tr("Saved: %1").replace("%1", str(preview.path))
            )
        )
        return printing
