"""The open database and one typed service per feature: what the desktop and the CLI hold.

`workspace.actions.action_plan(uid)`, `workspace.quotes.new_quote_version(uid, …)`: each
service owns the calls of one feature (see its module under models/<feature>/service.py).
A command that needs one feature may build that service alone over a `Database`, so it
imports no more than it uses.
"""

from pathlib import Path
from typing import Self

from models.actions.service import ActionsService
from models.core.changes import ChangeFeed
from models.core.clock import Clock, SystemClock
from models.demo.service import DemoService
from models.evaluation.service import EvaluationService
from models.intake.service import IntakeService
from models.overview.service import OverviewService
from models.partners.service import PartnersService
from models.people.organisations_service import OrganisationsService
from models.people.privacy_service import PrivacyService
from models.people.service import PeopleService
from models.planning.service import PlanningService
from models.projects.service import ProjectsService
from models.quotes.service import QuotesService
from models.sessions.live_service import LiveService
from models.sessions.service import SessionsService
from models.storage.backup_service import BackupService
from models.storage.faults import Fault
from models.storage.handover_service import HandoverService
from models.storage.lifecycle import Database, open_database
from models.storage.undo_service import UndoService
from models.team.service import TeamService
from models.trajectories.service import TrajectoriesService


class Workspace:
    """One open database, its clock, and the services of every feature over it."""

    def __init__(self, database: Database, clock: Clock | None = None) -> None:
        self.database = database
        self.clock: Clock = clock or SystemClock()
        args = (database, self.clock)
        self.trajectories = TrajectoriesService(*args)
        self.overview = OverviewService(*args)
        self.intake = IntakeService(*args)
        self.quotes = QuotesService(*args)
        self.planning = PlanningService(*args)
        self.sessions = SessionsService(*args)
        self.live = LiveService(*args)
        self.projects = ProjectsService(*args)
        self.partners = PartnersService(*args)
        self.actions = ActionsService(*args)
        self.evaluation = EvaluationService(*args)
        self.people = PeopleService(*args)
        self.organisations = OrganisationsService(*args)
        self.privacy = PrivacyService(*args)
        self.backups = BackupService(*args)
        self.handover = HandoverService(*args)
        self.demo = DemoService(*args)
        self.undo = UndoService(*args)
        self.team = TeamService(*args)

    @classmethod
    def open(
        cls,
        path: Path | str,
        backup_dir: Path | None = None,
        clock: Clock | None = None,
        *,
        create: bool = True,
        password: str | None = None,
    ) -> Self:
        """Opens (creating or migrating) the database at `path` (a file, or a server's URL);
        UserError when it cannot.

        `create=False`: a path where no database is is refused, and nothing is created.
        """
        clock = clock or SystemClock()
        database = open_database(path, backup_dir, create=create, clock=clock, password=password)
        return cls(database, clock)

    @property
    def read_only(self) -> Fault | None:
        """Why the database opened for reading only (look and print), or None."""
        return self.database.read_only

    @property
    def path(self) -> Path | None:
        """The database file; None for a server database (see `where`)."""
        return self.database.path

    @property
    def where(self) -> str:
        """Where the data is, to show: the file's path or the server and database."""
        return self.database.where

    @property
    def is_server(self) -> bool:
        return self.database.is_server

    @property
    def changes(self) -> ChangeFeed:
        """What each committed unit of work changed, for the screens to refresh."""
        return self.database.changes

    def close(self) -> None:
        self.database.close()
