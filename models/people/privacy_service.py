"""Privacy's calls (Instellingen → Privacy): erase, dossier, who to review."""

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from models.core.nouns import PERSON
from models.core.service_base import ServiceBase
from models.people.privacy import ErasureResult, ReviewRow
from models.people.privacy_export import PersonDossier
from models.trajectories.listing import parse_uid

if TYPE_CHECKING:
    pass


class PrivacyService(ServiceBase):
    """GDPR in one place; needs `self.database`."""

    def erase_person(self, person_uid: str, now: datetime | None = None) -> ErasureResult:
        """Wipes the person's personal data in one transaction; attendance stays as counts."""
        from models.people.privacy import erase_person
        from models.storage.database import checkpoint

        uid = parse_uid(person_uid, PERSON)
        with self.database.session_factory.begin() as session:
            result = erase_person(session, uid, now or self.clock.utcnow())
        # The write-ahead log still holds the pages as they were before: moved into the file
        # (where secure_delete has overwritten the old text) and emptied.
        if checkpoint(self.database.engine):
            return result
        return replace(result, log_emptied=False)

    def person_dossier(self, person_uid: str) -> PersonDossier:
        """Everything stored about the person, for an export (right of access)."""
        from models.people.privacy_export import person_dossier

        uid = parse_uid(person_uid, PERSON)
        with self.database.session_factory() as session:
            return person_dossier(session, uid)

    def people_to_review(
        self, today: date | None = None, consent_months: int = 24, ended_months: int = 12
    ) -> list[ReviewRow]:
        from models.people.privacy import people_to_review

        with self.database.session_factory() as session:
            return people_to_review(
                session, today or self.clock.today(), consent_months, ended_months
            )

    def find_people_for_privacy(self, text: str) -> list[tuple[str, str, str]]:
        """(uid, name, e-mail) of people not erased whose name or e-mail contains the text."""
        from models.people.privacy import find_people

        with self.database.session_factory() as session:
            return find_people(session, text)
