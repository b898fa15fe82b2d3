"""The trajectories' calls: the list, one trajectory with its tabs' header, a new one."""

from datetime import date
from typing import TYPE_CHECKING

from models.core.service_base import ServiceBase
from models.trajectories import detail, listing
from models.trajectories.rows import TrajectoryDetail, TrajectoryRow

if TYPE_CHECKING:
    from models.trajectories.setup import NewTrajectory


class TrajectoriesService(ServiceBase):
    """The Trajecten page, the wizard and `trajectwijzer list trajectories`."""

    def trajectories(self, today: date | None = None) -> list[TrajectoryRow]:
        with self.database.session_factory() as session:
            return listing.list_trajectories(session, today or self.clock.today())

    def trajectory(self, uid: str, today: date | None = None) -> TrajectoryDetail:
        parsed = listing.parse_uid(uid, "een traject")
        with self.database.session_factory() as session:
            return detail.trajectory_detail(session, parsed, today or self.clock.today())

    def create_trajectory(self, data: "NewTrajectory") -> str:
        """Creates a trajectory in one transaction and returns its uid."""
        from models.trajectories.setup import create_trajectory

        with self.database.session_factory.begin() as session:
            return str(create_trajectory(session, data))
