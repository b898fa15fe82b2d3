"""The trajectories' calls: the list, one trajectory with its tabs' header, a new one."""

from datetime import date
from typing import TYPE_CHECKING

from models.core.nouns import CONTACT, PERSON, TRAJECTORY
from models.core.service_base import ServiceBase
from models.trajectories import detail, listing
from models.trajectories.rows import TrajectoryDetail, TrajectoryRow

if TYPE_CHECKING:
    from models.people.editing import PersonInput
    from models.trajectories.contacts import ContactRow
    from models.trajectories.setup import NewTrajectory


class TrajectoriesService(ServiceBase):
    """The Trajecten page, the wizard and `trajectwijzer list trajectories`."""

    def trajectories(self, today: date | None = None) -> list[TrajectoryRow]:
        with self.database.session_factory() as session:
            return listing.list_trajectories(session, today or self.clock.today())

    def trajectory(self, uid: str, today: date | None = None) -> TrajectoryDetail:
        parsed = listing.parse_uid(uid, TRAJECTORY)
        with self.database.session_factory() as session:
            return detail.trajectory_detail(session, parsed, today or self.clock.today())

    def create_trajectory(self, data: "NewTrajectory") -> str:
        """Creates a trajectory in one transaction and returns its uid."""
        from models.trajectories.setup import create_trajectory

        with self.database.session_factory.begin() as session:
            return str(create_trajectory(session, data))

    # Contact persons after the wizard

    def contacts(self, trajectory_uid: str) -> list["ContactRow"]:
        from models.trajectories.contacts import contact_rows

        with self.database.session_factory() as session:
            return contact_rows(session, listing.parse_uid(trajectory_uid, TRAJECTORY))

    def add_contact(
        self,
        trajectory_uid: str,
        role: str,
        person_uid: str | None = None,
        new_person: "PersonInput | None" = None,
    ) -> str:
        """Links a known person, or one typed in (created in the same transaction)."""
        from models.people.editing import create_person
        from models.trajectories.contacts import add_contact

        trajectory = listing.parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory.begin() as session:
            if new_person is not None:
                person = create_person(session, new_person).uid
            else:
                person = listing.parse_uid(person_uid or "", PERSON)
            return str(add_contact(session, trajectory, person, role).uid)

    def change_contact_role(self, contact_uid: str, role: str) -> None:
        from models.trajectories.contacts import change_role

        with self.database.session_factory.begin() as session:
            change_role(session, listing.parse_uid(contact_uid, CONTACT), role)

    def remove_contact(self, contact_uid: str) -> None:
        from models.trajectories.contacts import remove_contact

        with self.database.session_factory.begin() as session:
            remove_contact(session, listing.parse_uid(contact_uid, CONTACT))

    def set_addressee(self, contact_uid: str) -> None:
        """Quotes and letters of the trajectory go to this contact."""
        from models.trajectories.contacts import set_addressee

        with self.database.session_factory.begin() as session:
            set_addressee(session, listing.parse_uid(contact_uid, CONTACT))
