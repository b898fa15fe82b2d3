"""The overview's calls: what comes up and what is late, over every trajectory."""

from datetime import date

from models.core.service_base import ServiceBase
from models.overview import agenda as overview_agenda
from models.planning.dto import Agenda
from models.trajectories import listing
from models.trajectories.rows import ActionRow, SessionRow


class OverviewService(ServiceBase):
    """Overzicht: the coming weeks and the overdue work of all running trajectories."""

    def agenda(self, today: date | None = None, days: int = 42) -> Agenda:
        """Over all running trajectories: the coming `days`, and everything overdue."""
        with self.database.session_factory() as session:
            return overview_agenda.agenda(session, today or self.clock.today(), days)

    def upcoming_sessions(self, today: date | None = None, days: int = 42) -> list[SessionRow]:
        with self.database.session_factory() as session:
            return listing.upcoming_sessions(session, today or self.clock.today(), days)

    def overdue_actions(self, today: date | None = None) -> list[ActionRow]:
        with self.database.session_factory() as session:
            return listing.overdue_actions(session, today or self.clock.today())
