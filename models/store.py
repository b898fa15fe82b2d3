"""The door from the UI and the command line to the data: one session per user action."""

from datetime import date
from typing import TYPE_CHECKING

from models.actions.service import ActionsStoreMixin
from models.core.service_base import StoreBase
from models.evaluation.service import EvaluationStoreMixin
from models.intake.service import IntakeStoreMixin
from models.partners.service import PartnersStoreMixin
from models.people.privacy_service import PrivacyStoreMixin
from models.people.service import PeopleStoreMixin
from models.planning.service import PlanningStoreMixin
from models.projects.service import ProjectsStoreMixin
from models.quotes.service import QuoteStoreMixin
from models.sessions.service import SessionsStoreMixin
from models.storage.backup_service import BackupStoreMixin
from models.storage.handover_service import HandoverStoreMixin
from models.trajectories import detail, listing
from models.trajectories.rows import (
    ActionRow,
    PersonRow,
    ProjectRow,
    SessionRow,
    TrajectoryDetail,
    TrajectoryRow,
)

if TYPE_CHECKING:
    from models.trajectories.setup import NewTrajectory


class Store(
    StoreBase,
    IntakeStoreMixin,
    QuoteStoreMixin,
    PlanningStoreMixin,
    SessionsStoreMixin,
    PeopleStoreMixin,
    ProjectsStoreMixin,
    PartnersStoreMixin,
    ActionsStoreMixin,
    EvaluationStoreMixin,
    BackupStoreMixin,
    PrivacyStoreMixin,
    HandoverStoreMixin,
):
    """Opens a short session for each call and hands back plain data only."""

    def trajectories(self, today: date | None = None) -> list[TrajectoryRow]:
        with self.database.session_factory() as session:
            return listing.list_trajectories(session, today or self.clock.today())

    def trajectory(self, uid: str, today: date | None = None) -> TrajectoryDetail:
        with self.database.session_factory() as session:
            uid_ = listing.parse_uid(uid, "een traject")
            return detail.trajectory_detail(session, uid_, today or self.clock.today())

    def sessions(self) -> list[SessionRow]:
        with self.database.session_factory() as session:
            return listing.session_rows(session)

    def upcoming_sessions(self, today: date | None = None, days: int = 42) -> list[SessionRow]:
        with self.database.session_factory() as session:
            return listing.upcoming_sessions(session, today or self.clock.today(), days)

    def overdue_actions(self, today: date | None = None) -> list[ActionRow]:
        with self.database.session_factory() as session:
            return listing.overdue_actions(session, today or self.clock.today())

    def people(self) -> list[PersonRow]:
        with self.database.session_factory() as session:
            return listing.people_rows(session)

    def projects(self) -> list[ProjectRow]:
        with self.database.session_factory() as session:
            return listing.project_rows(session)

    def create_trajectory(self, data: "NewTrajectory") -> str:
        """Creates a trajectory in one transaction and returns its uid."""
        from models.trajectories.setup import create_trajectory

        with self.database.session_factory.begin() as session:
            return str(create_trajectory(session, data))

    def fill_demo_data(self, today: date | None = None) -> int:
        """Adds the demo trajectories in one transaction; returns how many were added."""
        from models.demo.builder import add_demo_data

        with self.database.session_factory.begin() as session:
            return add_demo_data(session, today or self.clock.today())
