"""Trajecten: the list of trajectories, and one trajectory opened over the whole page.

The list fills the page; Enter, a click or a double-click opens a trajectory, which then
has the whole height for its tabs (a 1366×768 laptop with a taskbar shows their tables in
full); "◀ Trajectories" (Alt+Left) goes back to the list.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.columns import trajectory_columns
from desktop.widgets.common import fit_columns, subtitle_label, table_view, title_label
from desktop.widgets.row_table import RowTableModel
from desktop.widgets.workspace_view import WorkspaceView
from models.core.changes import DataKind

if TYPE_CHECKING:
    from desktop.sessions.session_list import SessionsTab
    from desktop.trajectories.trajectory_detail import TrajectoryDetailView
    from models.workspace import Workspace


class TrajectoriesPage(WorkspaceView, QWidget):
    shows = frozenset(
        {DataKind.TRAJECTORY, DataKind.TRAJECTORY_CLIENT, DataKind.PHASE, DataKind.QUOTE}
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowTableModel(trajectory_columns(), self)
        self.list_view = table_view(self.model)
        self.list_view.setAccessibleName(self.tr("Trajectories"))
        # The detail's eight tabs are built when a trajectory is first opened, so the window
        # appears without waiting for them (start-up target: see bench/startup.py).
        self._detail: TrajectoryDetailView | None = None
        self._opened = ""  # the uid of the trajectory shown in the detail
        self.new_button = QPushButton(self.tr("New trajectory…"))
        self.new_button.setProperty("role", "primary")
        self.new_button.setToolTip(self.tr("Start a new trajectory (Ctrl+N)"))
        self.new_button.setEnabled(False)
        self.new_button.clicked.connect(self.new_trajectory)
        self.back_button = QPushButton(self.tr("◀ Trajectories"))
        self.back_button.setToolTip(self.tr("Back to the list of trajectories (Alt+Left)"))
        self.back_button.clicked.connect(self.show_list)
        header = QHBoxLayout()
        header.addWidget(title_label(self.tr("Trajectories")))
        header.addStretch(1)
        header.addWidget(self.new_button)
        self.list_page = QWidget()
        list_layout = QVBoxLayout(self.list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(header)
        list_layout.addWidget(self.list_view, 1)
        list_layout.addWidget(subtitle_label(self.tr("Enter or a click opens a trajectory.")))
        self.detail_page = QWidget()
        self._detail_layout = QVBoxLayout(self.detail_page)
        self._detail_layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.detail_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(self.stack)
        self.list_view.activated.connect(self._open_index)
        self.list_view.clicked.connect(self._open_index)
        back = QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self.detail_page)
        back.activated.connect(self.show_list)

    @property
    def detail(self) -> "TrajectoryDetailView":
        """The opened trajectory's tabs, made on first use."""
        if self._detail is None:
            from desktop.trajectories.trajectory_detail import TrajectoryDetailView

            self._detail = TrajectoryDetailView()
            if self._workspace is not None:
                self._detail.set_workspace(self._workspace)
            self._detail.header.insertWidget(0, self.back_button)
            self._detail_layout.addWidget(self._detail)
        return self._detail

    def built_detail(self) -> "TrajectoryDetailView | None":
        """The detail if it was made, without making it."""
        return self._detail

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace
        self.new_button.setEnabled(True)
        if self._detail is not None:
            self._detail.set_workspace(workspace)
        self._opened = ""
        self.show_list()
        self.refresh()

    def refresh(self) -> None:
        """The list as stored now; the opened trajectory stays open (its tabs refresh
        themselves), or the list comes back when it is gone."""
        selection = self.list_view.selectionModel()
        kept = [self.model.row_at(index.row()).uid for index in selection.selectedRows()]
        self.model.set_rows(self.workspace.trajectories.trajectories())
        fit_columns(self.list_view, 220, stretch=0)  # the status stays in view
        if not (kept and self._select_row(kept[0])) and self.model.rowCount():
            self.list_view.selectRow(0)
        if self._opened:
            if self._select_row(self._opened) and self._detail is not None:
                self._detail.refresh()
            else:
                self._opened = ""
                self.show_list()

    def _select_row(self, uid: str) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).uid == uid:
                self.list_view.selectRow(row)
                return True
        return False

    def new_trajectory(self) -> None:
        from desktop.trajectories.new_trajectory import NewTrajectoryWizard
        from models.programmes import load_programmes

        programmes = sorted(load_programmes().values(), key=lambda p: p.name)
        wizard = NewTrajectoryWizard(self.workspace, programmes, self)
        if wizard.exec() and wizard.created_uid:
            self.refresh()
            self.select_trajectory(wizard.created_uid)

    def select_trajectory(self, uid: str) -> None:
        """Opens this trajectory (from the list, the overview, a new trajectory)."""
        if self._select_row(uid):
            self.open_trajectory(uid)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_trajectory(self.model.row_at(index.row()).uid)

    def open_trajectory(self, uid: str) -> None:
        """The trajectory over the whole page, in the tab that was in view."""
        if self._workspace is None:
            return
        detail = self.detail
        if uid != self._opened:
            detail.show_trajectory(self.workspace.trajectories.trajectory(uid))
            self._opened = uid
        self.stack.setCurrentWidget(self.detail_page)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.list_view.setFocus()

    def opened_uid(self) -> str:
        """The trajectory open in the detail ("" when the list shows)."""
        return self._opened if self.stack.currentWidget() is self.detail_page else ""

    def show_session(self, trajectory_uid: str, session_uid: str) -> "SessionsTab":
        """Opens the trajectory on its Bijeenkomsten tab with this session chosen."""
        self.select_trajectory(trajectory_uid)
        detail = self.detail
        detail.tabs.setCurrentWidget(detail.sessions_tab)
        detail.sessions_tab.select_session(session_uid)
        return detail.sessions_tab
