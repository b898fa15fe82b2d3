"""Acties: the action plan of a trajectory, grouped and filtered, statuses changed in place,
the history of each action, carried to the next session, printed in the hall."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.actions.action_plan_parts import (
    STATUS_COLUMN,
    STATUSES,
    StatusDelegate,
    fill_model,
    history_lines,
    item_at,
)
from desktop.printing.flow import DocumentPrinting, print_document
from desktop.printing.preview import PdfPreview
from desktop.shell.formats import date_text
from desktop.shell.labels import action_status_label
from desktop.shell.messages import user_message
from desktop.shell.undo import run_edit
from desktop.widgets.common import subtitle_label
from desktop.widgets.workspace_view import WorkspaceView
from exports.documents import DocumentKind
from models.actions.dto import ActionItem, ActionPlan, Grouping
from models.actions.groups import ActionFilter, filter_actions, group_actions
from models.core.changes import DataKind
from models.core.enums import ActionStatus
from models.core.errors import UserError

if TYPE_CHECKING:
    from models.workspace import Workspace


class ActionPlanView(WorkspaceView, QWidget):
    """Lays out the Acties tab; grouping and filtering are the service's pure functions."""

    shows = frozenset(
        {
            DataKind.ACTION,
            DataKind.ACTION_EVENT,
            DataKind.PROJECT,
            DataKind.PERSON,
            DataKind.SESSION,
        }
    )

    status_changed = Signal(str, str)  # action uid, new status
    document_saved = Signal(str)  # path of the PDF

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: ActionPlan | None = None
        self._uid = ""
        self.printing: DocumentPrinting | None = None
        self.scope = QComboBox()
        self.grouping = QComboBox()
        for grouping, text in (
            (Grouping.PROJECT, self.tr("Project")),
            (Grouping.PHASE, self.tr("Phase")),
            (Grouping.OWNER, self.tr("Owner")),
        ):
            self.grouping.addItem(text, grouping.value)
        self.open_only = QCheckBox(self.tr("Open only"))
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.owner = QComboBox()
        self.after_session = QComboBox()
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Actions"))
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.delegate = StatusDelegate(self.change_status, self.tree)
        self.tree.setItemDelegateForColumn(STATUS_COLUMN, self.delegate)
        self.summary = subtitle_label()
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail_facts = subtitle_label()
        self.detail_status = QComboBox()
        for status in STATUSES:
            self.detail_status.addItem(action_status_label(status), status)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("History of the action"))
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.carry_button = QPushButton(self.tr("Put open actions on the next agenda"))
        self.handouts_button = QPushButton(self.tr("Handouts per project…"))
        self.print_button = QPushButton(self.tr("Print action plan…"))
        self.print_button.setProperty("role", "primary")
        self.message = subtitle_label()
        self._lay_out()
        for combo in (self.scope, self.grouping, self.owner):
            combo.currentIndexChanged.connect(self._refilter)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.open_only.toggled.connect(self._refilter)
        self.overdue_only.toggled.connect(self._refilter)
        self.tree.selectionModel().currentRowChanged.connect(self._show_detail)
        self.detail_status.activated.connect(self._detail_status_chosen)
        self.carry_button.clicked.connect(self.carry_open_actions)
        self.print_button.clicked.connect(lambda: self.print_document())
        self.handouts_button.clicked.connect(lambda: self.print_document(per_project=True))
        self.setEnabled(False)

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Show"), self.scope),
            (self.tr("Group by"), self.grouping),
            (self.tr("Owner"), self.owner),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.open_only)
        filters.addWidget(self.overdue_only)
        filters.addStretch(1)
        detail = QWidget()
        side = QVBoxLayout(detail)
        side.setContentsMargins(8, 0, 0, 0)
        side.addWidget(self.detail_title)
        side.addWidget(self.detail_facts)
        status_row = QHBoxLayout()
        status_caption = QLabel(self.tr("Status"))
        status_caption.setBuddy(self.detail_status)
        status_row.addWidget(status_caption)
        status_row.addWidget(self.detail_status, 1)
        side.addLayout(status_row)
        side.addWidget(QLabel(self.tr("History")))
        side.addWidget(self.history, 1)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        after = QHBoxLayout()
        after_caption = QLabel(self.tr("Plan after session"))
        after_caption.setBuddy(self.after_session)
        after.addWidget(after_caption)
        after.addWidget(self.after_session, 1)
        after.addWidget(self.carry_button)
        after.addWidget(self.handouts_button)
        after.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(after)
        layout.addWidget(self.message)

    # ---- data ------------------------------------------------------------------------

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace

    def refresh(self) -> None:
        if self._uid:
            keep = self.after_session.currentData()
            self.show_trajectory(self._uid)
            index = self.after_session.findData(keep)
            if index >= 0:
                self.after_session.setCurrentIndex(index)

    def show_trajectory(self, uid: str) -> None:
        """Loads the trajectory's plan; the session defaults to the last one held."""
        self._uid = uid
        self.message.clear()
        try:
            plan = self.workspace.actions.action_plan(uid)
        except UserError as error:
            self._plan = None
            self.model.clear()
            self.summary.setText(user_message(error))
            self.setEnabled(True)
            return
        self._plan = plan
        self._fill_choices(plan)
        self.setEnabled(True)
        self._refilter()

    def show_session(self, trajectory_uid: str, session_uid: str) -> None:
        """Opens the plan as it stands at the end of this session (e.g. from live mode)."""
        self.show_trajectory(trajectory_uid)
        index = self.after_session.findData(session_uid)
        if index >= 0:
            self.after_session.setCurrentIndex(index)

    def _fill_choices(self, plan: ActionPlan) -> None:
        keep_scope, keep_owner = self.scope.currentData(), self.owner.currentData()
        for combo in (self.scope, self.owner, self.after_session):
            combo.blockSignals(True)
            combo.clear()
        self.scope.addItem(self.tr("Whole trajectory"), "")
        for project in plan.projects:
            self.scope.addItem(project.name, project.key)
        self.owner.addItem(self.tr("Everyone"), "")
        for owner in plan.owners:
            self.owner.addItem(owner.name, owner.key)
        self.after_session.addItem(self.tr("(no session yet)"), "")
        for choice in plan.sessions:
            when = date_text(choice.starts_at.date()) if choice.starts_at else ""
            self.after_session.addItem(f"{when} {choice.title}".strip(), choice.uid)
        self.scope.setCurrentIndex(max(self.scope.findData(keep_scope), 0))
        self.owner.setCurrentIndex(max(self.owner.findData(keep_owner), 0))
        current = self.after_session.findData(plan.current_session_uid)
        self.after_session.setCurrentIndex(max(current, 0))
        for combo in (self.scope, self.owner, self.after_session):
            combo.blockSignals(False)
        self.scope.setVisible(bool(plan.projects))
        self.handouts_button.setVisible(bool(plan.projects))

    def current_filter(self) -> ActionFilter:
        return ActionFilter(
            open_only=self.open_only.isChecked(),
            overdue_only=self.overdue_only.isChecked(),
            owner_key=self.owner.currentData() or "",
            project_uid=self.scope.currentData() or "",
        )

    def _scope_changed(self) -> None:
        project = bool(self.scope.currentData())
        self.print_button.setText(
            self.tr("Print project plan…") if project else self.tr("Print action plan…")
        )

    def _refilter(self) -> None:
        plan = self._plan
        if plan is None:
            return
        selected = self.selected_action()
        shown = filter_actions(plan.items, self.current_filter())
        grouping = Grouping(self.grouping.currentData())
        fill_model(self.model, group_actions(shown, grouping), grouping)
        self.tree.expandAll()
        self._size_columns()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        open_count = sum(1 for i in plan.items if i.unfinished)
        late = sum(1 for i in plan.items if i.overdue)
        self.summary.setText(
            self.tr("%1 of %2 actions shown · %3 open · %4 late")
            .replace("%1", str(len(shown)))
            .replace("%2", str(len(plan.items)))
            .replace("%3", str(open_count))
            .replace("%4", str(late))
        )
        self._show_action(selected.uid if selected else "")

    def _size_columns(self) -> None:
        """The action's text takes the room; the group headings span and do not count."""
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        metrics = self.tree.fontMetrics()
        self.tree.setColumnWidth(0, metrics.horizontalAdvance("00/00/0000 · late") + 64)
        self.tree.setColumnWidth(2, metrics.horizontalAdvance("M" * 12))
        self.tree.setColumnWidth(3, metrics.horizontalAdvance("M" * 12))
        self.tree.setColumnWidth(
            4, metrics.horizontalAdvance(action_status_label(ActionStatus.IN_PROGRESS)) + 36
        )

    def _show_action(self, uid: str) -> None:
        for row in range(self.model.rowCount()):
            group = self.model.index(row, 0)
            for child in range(self.model.rowCount(group)):
                index = self.model.index(child, 0, group)
                action = item_at(index)
                if action is not None and (action.uid == uid or not uid):
                    self.tree.setCurrentIndex(index)
                    return
        self._show_detail(QModelIndex())

    @property
    def plan(self) -> ActionPlan | None:
        """The plan as last loaded (None before a trajectory is shown)."""
        return self._plan

    def selected_action(self) -> ActionItem | None:
        return item_at(self.tree.currentIndex())

    def _show_detail(self, index: QModelIndex) -> None:
        action = item_at(index)
        self.detail_status.setEnabled(action is not None)
        self.history.clear()
        if action is None:
            self.detail_title.setText("")
            self.detail_facts.setText("")
            return
        self.detail_title.setText(f"<b>{_escape(action.title)}</b>")
        due = date_text(action.due_on) if action.due_on else self.tr("no date")
        parts = [action.owner or self.tr("nobody yet"), due, action.project]
        if action.origin_session:
            parts.append(self.tr("from %1").replace("%1", action.origin_session))
        self.detail_facts.setText(" · ".join(p for p in parts if p))
        self.detail_status.setCurrentIndex(max(self.detail_status.findData(action.status), 0))
        plan = self._plan
        projects = plan.projects if plan is not None else ()
        self.history.addItems(
            history_lines(self.workspace.actions.action_history(action.uid), projects)
        )

    # ---- changes ---------------------------------------------------------------------

    def _detail_status_chosen(self) -> None:
        action = self.selected_action()
        if action is not None:
            self.change_status(action.uid, str(self.detail_status.currentData()))

    def change_status(self, action_uid: str, status: str) -> None:
        """Through the workspace (one transaction, a history line), then the plan is reloaded."""
        try:
            actions = self.workspace.actions
            run_edit(
                self.workspace,
                self.tr("change action status"),
                lambda: actions.set_action_status(action_uid, status),
            )
        except UserError as error:
            QMessageBox.warning(self, self.tr("Actions"), user_message(error))
            return
        self.status_changed.emit(action_uid, status)
        self._reload(action_uid)

    def _reload(self, shown_uid: str) -> None:
        self._plan = self.workspace.actions.action_plan(self._uid)
        self._refilter()
        self._show_action(shown_uid)

    def carry_open_actions(self) -> None:
        """The open actions onto the agenda of the session after the one chosen."""
        try:
            after = self.after_session.currentData() or None
            uid, actions = self._uid, self.workspace.actions
            result = run_edit(
                self.workspace,
                self.tr("carry open actions"),
                lambda: actions.carry_open_actions(uid, after),
            )
        except UserError as error:
            self.message.setText(user_message(error))
            return
        when = date_text(result.starts_at.date()) if result.starts_at else ""
        self.message.setText(
            self.tr("%1 open actions are on the agenda of %2 %3.")
            .replace("%1", str(result.open_total))
            .replace("%2", result.session_title)
            .replace("%3", when)
            .strip()
        )
        selected = self.selected_action()
        self._reload(selected.uid if selected else "")

    # ---- printing --------------------------------------------------------------------

    def print_document(self, per_project: bool = False) -> DocumentPrinting | None:
        """Ctrl+P and the Print buttons: the plan as shown (whole trajectory or the chosen
        project; per_project: one project per page) saved and shown ready to print."""
        if not self._uid or self._workspace is None:
            return None
        target = self._uid if per_project else (self.scope.currentData() or self._uid)
        self.printing = print_document(
            self,
            self.workspace,
            DocumentKind.ACTION_PLAN,
            target,
            after_session=self.after_session.currentData() or None,
            per_project=per_project,
        )
        self.printing.made.connect(self._document_made)
        return self.printing

    def _document_made(self, preview: PdfPreview) -> None:
        self.message.setText(self.tr("Saved: %1").replace("%1", str(preview.path)))
        self.document_saved.emit(str(preview.path))


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
