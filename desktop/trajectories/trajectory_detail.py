"""One trajectory: its header and the tabs Intake · Offerte · Planning · … · Evaluatie."""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from desktop.actions.action_plan_view import ActionPlanView
from desktop.evaluation.evaluation_view import EvaluationView
from desktop.intake.intake_view import IntakeView
from desktop.partners.partners_view import PartnersView
from desktop.planning.planning_view import PlanningView
from desktop.projects.projects_view import ProjectsView
from desktop.quotes.quote_view import QuoteView
from desktop.sessions.session_list import SessionsTab
from desktop.shell.formats import date_text
from desktop.shell.labels import status_label
from desktop.trajectories.contacts_view import ContactsView
from desktop.widgets.common import ElidedLabel
from desktop.widgets.workspace_view import WorkspaceView
from models.trajectories.rows import AcceptedQuote, TrajectoryDetail, TrajectoryRow

if TYPE_CHECKING:
    from models.workspace import Workspace


def accepted_line(accepted: AcceptedQuote | None) -> str:
    """'quote 2026-004 version 2, accepted on 12/03/2026' in the window's language."""
    if accepted is None:
        return ""
    text = (
        QCoreApplication.translate(
            "TrajectoryDetail", "participation agreement %1 version %2, accepted on %3"
        )
        if accepted.free
        else QCoreApplication.translate("TrajectoryDetail", "quote %1 version %2, accepted on %3")
    )
    return (
        text.replace("%1", accepted.number)
        .replace("%2", str(accepted.version))
        .replace("%3", date_text(accepted.accepted_on))
    )


class TrajectoryDetailView(WorkspaceView, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.facts = ElidedLabel()  # one line, whatever the clients: the tabs keep the room
        self.facts.setProperty("role", "subtitle")
        self.tabs = QTabWidget()
        self.intake = IntakeView()
        self.quote = QuoteView()
        self.planning = PlanningView()
        self.sessions_tab = SessionsTab()
        self.participants_view = ProjectsView()
        self.partners_view = PartnersView()
        self.action_plan = ActionPlanView()
        self.evaluation = EvaluationView()
        self.contacts = ContactsView()
        for title, widget in (
            (self.tr("Intake"), self.intake),
            (self.tr("Quote"), self.quote),
            (self.tr("Planning"), self.planning),
            (self.tr("Sessions"), self.sessions_tab),
            (self.tr("Participants"), self.participants_view),
            (self.tr("Partners"), self.partners_view),
            (self.tr("Actions"), self.action_plan),
            (self.tr("Evaluation"), self.evaluation),
            (self.tr("Contact persons"), self.contacts),
        ):
            self.tabs.addTab(widget, title)
        self.planning.quote_changed.connect(self.quote.show_trajectory)
        self.planning.plan_changed.connect(self._reload_header)
        self.header = QHBoxLayout()  # the page puts its way back to the list in front
        self.header.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.header)
        layout.addWidget(self.facts)
        layout.addWidget(self.tabs, 1)
        self._uid: str | None = None
        self._loaded: set[int] = set()  # tabs showing the current trajectory
        self.tabs.currentChanged.connect(self._load_current_tab)
        self.setEnabled(False)

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace
        for view in self._trajectory_views():
            view.set_workspace(workspace)

    def _trajectory_views(self) -> tuple[Any, ...]:
        """The tabs that load their own data for a trajectory uid."""
        return (
            self.intake,
            self.quote,
            self.planning,
            self.sessions_tab,
            self.participants_view,
            self.partners_view,
            self.action_plan,
            self.evaluation,
            self.contacts,
        )

    def refresh(self) -> None:
        """The header as stored now (each tab refreshes itself)."""
        if self._uid is not None:
            self._reload_header(self._uid)

    def _reload_header(self, uid: str) -> None:
        """After a re-plan or a stop: status and current phase may have changed."""
        if self._workspace is not None:
            self._show_header(self.workspace.trajectories.trajectory(uid).row)

    def show_trajectory(self, detail: TrajectoryDetail) -> None:
        """Shows the trajectory in the tab in view; another tab loads when it is opened, so
        going through the list of trajectories stays quick."""
        row = detail.row
        self.setEnabled(True)
        self._show_header(row)
        self._uid = row.uid
        self._loaded = set()
        self._load_current_tab(self.tabs.currentIndex())

    def _load_current_tab(self, index: int) -> None:
        if self._uid is None or index < 0 or index in self._loaded:
            return
        self._loaded.add(index)
        view: Any = self.tabs.widget(index)
        view.show_trajectory(self._uid)

    def _show_header(self, row: TrajectoryRow) -> None:
        self.heading.setText(row.name)
        start = date_text(row.start_date) if row.start_date else self.tr("not set")
        self.facts.set_full_text(
            " · ".join(
                part
                for part in (
                    row.programme_name,
                    ", ".join(row.clients),
                    self.tr("start %1").replace("%1", start),
                    status_label(row.status),
                    row.current_phase,
                    accepted_line(row.accepted),
                )
                if part
            )
        )
