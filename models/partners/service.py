"""The partners' calls (Partners tab): partners, ambassadors, category coverage."""

from typing import TYPE_CHECKING

from models.core.nouns import PARTNER, PERSON, TRAJECTORY
from models.core.service_base import ServiceBase
from models.partners import network as partners_service
from models.partners.dto import PartnerInput, PartnersOverview
from models.trajectories.listing import parse_uid

if TYPE_CHECKING:
    pass


class PartnersService(ServiceBase):
    """Partners, ambassadors and category coverage of a trajectory; needs `self.database`."""

    def partners_overview(self, trajectory_uid: str) -> PartnersOverview:
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory() as session:
            return partners_service.partners_overview(session, uid)

    def create_partner(self, trajectory_uid: str, data: PartnerInput) -> str:
        """A new partner in one transaction; a UserError (with its field) stores nothing."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory.begin() as session:
            return str(partners_service.create_partner(session, uid, data))

    def update_partner(
        self, partner_uid: str, data: PartnerInput, version: int | None = None
    ) -> None:
        """Stores the form; `version` (the row's row_version) refuses a partner another coach
        stored in the meantime with an EditConflict, storing nothing."""
        uid = parse_uid(partner_uid, PARTNER)
        with self.database.session_factory.begin() as session:
            partners_service.update_partner(session, uid, data, version)

    def delete_partner(self, partner_uid: str) -> None:
        uid = parse_uid(partner_uid, PARTNER)
        with self.database.session_factory.begin() as session:
            partners_service.delete_partner(session, uid)

    def set_ambassador(self, trajectory_uid: str, person_uid: str, ambassador: bool) -> None:
        """Makes a person of the trajectory an ambassador (or no longer one)."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        person = parse_uid(person_uid, PERSON)
        with self.database.session_factory.begin() as session:
            partners_service.set_ambassador(session, uid, person, ambassador)
