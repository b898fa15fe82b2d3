"""Trajecten: the list of trajectories and, beside it, the one selected."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.widgets.columns import trajectory_columns
from desktop.widgets.common import fit_columns, table_view, title_label
from desktop.widgets.row_table import RowTableModel
from desktop.widgets.workspace_view import WorkspaceView
from models.core.changes import DataKind

if TYPE_CHECKING:
    from desktop.trajectories.trajectory_detail import TrajectoryDetailView
    from models.workspace import Workspace

_SPLIT = [260, 440]  # list above, detail below: the detail never goes below its minimum


class TrajectoriesPage(WorkspaceView, QWidget):
    shows = frozenset(
        {DataKind.TRAJECTORY, DataKind.TRAJECTORY_CLIENT, DataKind.PHASE, DataKind.QUOTE}
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowTableModel(trajectory_columns(), self)
        self.list_view = table_view(self.model)
        # The detail's eight tabs are built when a trajectory is first shown, so the window
        # appears without waiting for them (start-up target: see bench/startup.py).
        self._detail: TrajectoryDetailView | None = None
        splitter = self._splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list_view)
        splitter.addWidget(QWidget())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes(_SPLIT)
        self.new_button = QPushButton(self.tr("New trajectory…"))
        self.new_button.setProperty("role", "primary")
        self.new_button.setToolTip(self.tr("Start a new trajectory (Ctrl+N)"))
        self.new_button.setEnabled(False)
        self.new_button.clicked.connect(self.new_trajectory)
        header = QHBoxLayout()
        header.addWidget(title_label(self.tr("Trajectories")))
        header.addStretch(1)
        header.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        self.list_view.selectionModel().selectionChanged.connect(self._selection_changed)

    @property
    def detail(self) -> "TrajectoryDetailView":
        """The selected trajectory's tabs, made on first use."""
        if self._detail is None:
            from desktop.trajectories.trajectory_detail import TrajectoryDetailView

            self._detail = TrajectoryDetailView()
            if self._workspace is not None:
                self._detail.set_workspace(self._workspace)
            placeholder = self._splitter.replaceWidget(1, self._detail)
            if placeholder is not None:
                placeholder.deleteLater()
            self._splitter.setSizes(_SPLIT)
        return self._detail

    def built_detail(self) -> "TrajectoryDetailView | None":
        """The detail if it was made, without making it."""
        return self._detail

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace
        self.new_button.setEnabled(True)
        self.detail.set_workspace(workspace)
        self.refresh()

    def refresh(self) -> None:
        """The list as stored now; the selected trajectory stays selected (its tabs refresh
        themselves), the first one is selected when none was."""
        selection = self.list_view.selectionModel()
        kept = [self.model.row_at(index.row()).uid for index in selection.selectedRows()]
        selection.blockSignals(True)
        self.model.set_rows(self.workspace.trajectories.trajectories())
        still_there = bool(kept) and self._select_quietly(kept[0])
        selection.blockSignals(False)
        fit_columns(self.list_view)
        if still_there and self._detail is not None:
            self._detail.refresh()
        elif self.model.rowCount():
            self.list_view.selectRow(0)

    def _select_quietly(self, uid: str) -> bool:
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
            self.list_view.clearSelection()
            self.refresh()
            self.select_trajectory(wizard.created_uid)

    def select_trajectory(self, uid: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).uid == uid:
                self.list_view.selectRow(row)
                return

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self._workspace is None:
            return
        uid = self.model.row_at(indexes[0].row()).uid
        self.detail.show_trajectory(self.workspace.trajectories.trajectory(uid))
