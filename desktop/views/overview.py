"""Overzicht: what is coming up over all trajectories."""

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.item_models.row_table import RowTableModel
from desktop.views.columns import session_columns, trajectory_columns
from desktop.views.widgets import empty_label, subtitle_label, table_view, title_label


class OverviewPage(QWidget):
    """The sessions of the coming six weeks and the running trajectories."""

    trajectory_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions_model = RowTableModel(session_columns(with_trajectory=True), self)
        self.trajectories_model = RowTableModel(trajectory_columns(), self)
        self.sessions_view = table_view(self.sessions_model)
        self.trajectories_view = table_view(self.trajectories_model)
        self.no_sessions = empty_label(self.tr("No sessions in the coming six weeks."))
        self.no_sessions.hide()
        self.summary = subtitle_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title_label(self.tr("Overview")))
        layout.addWidget(self.summary)
        layout.addWidget(self._heading(self.tr("Coming up (next six weeks)")))
        layout.addWidget(self.no_sessions)
        layout.addWidget(self.sessions_view, 1)
        layout.addWidget(self._heading(self.tr("Trajectories")))
        layout.addWidget(self.trajectories_view, 1)
        self.trajectories_view.doubleClicked.connect(self._open_trajectory)
        self.sessions_view.doubleClicked.connect(self._open_session_trajectory)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>")
        label.setContentsMargins(0, 12, 0, 4)
        return label

    def set_store(self, store: Any) -> None:
        sessions = store.upcoming_sessions()
        trajectories = store.trajectories()
        self.sessions_model.set_rows(sessions)
        self.trajectories_model.set_rows(trajectories)
        self.no_sessions.setVisible(not sessions)
        self.sessions_view.setVisible(bool(sessions))
        self.summary.setText(
            self.tr("%n trajectories, %1 sessions coming up", "", len(trajectories)).replace(
                "%1", str(len(sessions))
            )
        )
        for view in (self.sessions_view, self.trajectories_view):
            view.resizeColumnsToContents()

    def _open_trajectory(self, index: QModelIndex) -> None:
        self.trajectory_requested.emit(self.trajectories_model.row_at(index.row()).uid)

    def _open_session_trajectory(self, index: QModelIndex) -> None:
        self.trajectory_requested.emit(self.sessions_model.row_at(index.row()).trajectory)
