"""Overzicht: what is coming up and what is overdue, over all trajectories."""

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.item_models.row_table import RowTableModel
from desktop.views.columns import action_columns, session_columns
from desktop.views.widgets import (
    empty_label,
    fit_columns,
    subtitle_label,
    table_view,
    title_label,
)


class OverviewPage(QWidget):
    """The sessions of the coming six weeks and the actions past their due date."""

    trajectory_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions_model = RowTableModel(session_columns(with_trajectory=True), self)
        self.overdue_model = RowTableModel(action_columns(with_trajectory=True), self)
        self.sessions_view = table_view(self.sessions_model)
        self.overdue_view = table_view(self.overdue_model)
        self.no_sessions = empty_label(self.tr("No sessions in the coming six weeks."))
        self.no_overdue = empty_label(self.tr("Nothing is overdue."))
        self.summary = subtitle_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title_label(self.tr("Overview")))
        layout.addWidget(self.summary)
        layout.addWidget(self._heading(self.tr("Coming up (next six weeks)")))
        layout.addWidget(self.no_sessions)
        layout.addWidget(self.sessions_view, 1)
        layout.addWidget(self._heading(self.tr("Overdue actions")))
        layout.addWidget(self.no_overdue)
        layout.addWidget(self.overdue_view, 1)
        self.sessions_view.doubleClicked.connect(self._open_session_trajectory)
        self.overdue_view.doubleClicked.connect(self._open_action_trajectory)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>")
        label.setContentsMargins(0, 12, 0, 4)
        return label

    def set_store(self, store: Any) -> None:
        sessions = store.upcoming_sessions()
        overdue = store.overdue_actions()
        self.sessions_model.set_rows(sessions)
        self.overdue_model.set_rows(overdue)
        for view, empty, rows in (
            (self.sessions_view, self.no_sessions, sessions),
            (self.overdue_view, self.no_overdue, overdue),
        ):
            view.setVisible(bool(rows))
            empty.setVisible(not rows)
            fit_columns(view)
        self.summary.setText(
            self.tr("%n sessions coming up, %1 actions overdue", "", len(sessions)).replace(
                "%1", str(len(overdue))
            )
        )

    def _open_session_trajectory(self, index: QModelIndex) -> None:
        self.trajectory_requested.emit(self.sessions_model.row_at(index.row()).trajectory)

    def _open_action_trajectory(self, index: QModelIndex) -> None:
        self.trajectory_requested.emit(self.overdue_model.row_at(index.row()).trajectory)
