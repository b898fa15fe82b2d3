"""Overzicht: what is coming up and what is overdue, over all trajectories."""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.planning.timeline_table import status_text
from desktop.shell.formats import date_text, datetime_text
from desktop.shell.labels import responsible_label
from desktop.widgets.common import (
    empty_label,
    fit_columns,
    subtitle_label,
    table_view,
    title_label,
)
from desktop.widgets.row_table import Column, RowTableModel
from desktop.widgets.workspace_view import WorkspaceView
from models.core.changes import DataKind
from models.core.enums import PlanItemKind

if TYPE_CHECKING:
    from models.workspace import Workspace


def _kind(value: PlanItemKind) -> str:
    words: dict[str, str] = {
        PlanItemKind.SESSION: QCoreApplication.translate("Overview", "Session"),
        PlanItemKind.MILESTONE: QCoreApplication.translate("Overview", "Milestone"),
        PlanItemKind.TASK: QCoreApplication.translate("Overview", "Task"),
        PlanItemKind.PHASE: QCoreApplication.translate("Overview", "Phase"),
        PlanItemKind.ACTION: QCoreApplication.translate("Overview", "Action"),
    }
    return words.get(value, value)


def _who(row: Any) -> str:
    """A named person or a place as they are; a party in the UI language."""
    return responsible_label(row.responsible) if row.responsible else row.owner


def agenda_columns() -> list[Column]:
    """When · What · Kind · Trajectory · Who or where · Status, for both lists."""

    def when(row: Any) -> str:
        if row.starts_at is not None:
            return datetime_text(row.starts_at)
        return date_text(row.due_on) if row.due_on else ""

    return [
        Column(
            QCoreApplication.translate("Overview", "When"), when, lambda r: r.starts_at or r.due_on
        ),
        Column(QCoreApplication.translate("Overview", "What"), lambda r: r.title),
        Column(QCoreApplication.translate("Overview", "Kind"), lambda r: _kind(r.kind)),
        Column(QCoreApplication.translate("Overview", "Trajectory"), lambda r: r.trajectory_name),
        Column(QCoreApplication.translate("Overview", "Who / where"), _who),
        Column(QCoreApplication.translate("Overview", "Status"), lambda r: status_text(r.status)),
    ]


class OverviewPage(WorkspaceView, QWidget):
    """Sessions, milestones and tasks of the coming six weeks, and everything overdue."""

    shows = frozenset(
        {
            DataKind.SESSION,
            DataKind.ACTION,
            DataKind.PHASE,
            DataKind.MILESTONE,
            DataKind.TASK,
            DataKind.TRAJECTORY,
        }
    )

    trajectory_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions_model = RowTableModel(agenda_columns(), self)
        self.overdue_model = RowTableModel(agenda_columns(), self)
        self.sessions_view = table_view(self.sessions_model)
        self.sessions_view.setAccessibleName(self.tr("Coming up"))
        self.overdue_view = table_view(self.overdue_model)
        self.overdue_view.setAccessibleName(self.tr("Overdue actions"))
        self.no_sessions = empty_label(self.tr("Nothing planned in the coming six weeks."))
        self.no_overdue = empty_label(self.tr("Nothing is overdue."))
        self.summary = subtitle_label()
        heading = QHBoxLayout()
        heading.addWidget(title_label(self.tr("Overview")))
        heading.addSpacing(16)
        heading.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addWidget(self._heading(self.tr("Coming up (next six weeks)")))
        layout.addWidget(self.no_sessions)
        layout.addWidget(self.sessions_view, 1)
        layout.addWidget(self._heading(self.tr("Overdue")))
        layout.addWidget(self.no_overdue)
        layout.addWidget(self.overdue_view, 1)
        self.sessions_view.doubleClicked.connect(self._open_session_trajectory)
        self.overdue_view.doubleClicked.connect(self._open_action_trajectory)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>")
        label.setContentsMargins(0, 8, 0, 2)
        return label

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace
        self.refresh()

    def refresh(self) -> None:
        """What comes up from today on, and everything overdue, as stored now."""
        agenda = self.workspace.overview.agenda()
        sessions, overdue = list(agenda.coming), list(agenda.overdue)
        self.sessions_model.set_rows(sessions)
        self.overdue_model.set_rows(overdue)
        for view, empty, rows in (
            (self.sessions_view, self.no_sessions, sessions),
            (self.overdue_view, self.no_overdue, overdue),
        ):
            view.setVisible(bool(rows))
            empty.setVisible(not rows)
            fit_columns(view, 260, stretch=1)  # what: read in full, the status in view
        self.summary.setText(
            self.tr("%n items coming up, %1 overdue", "", len(sessions)).replace(
                "%1", str(len(overdue))
            )
        )

    def _open_session_trajectory(self, index: QModelIndex) -> None:
        self.trajectory_requested.emit(self.sessions_model.row_at(index.row()).trajectory)

    def _open_action_trajectory(self, index: QModelIndex) -> None:
        self.trajectory_requested.emit(self.overdue_model.row_at(index.row()).trajectory)
