"""The participant projects' calls (Deelnemers tab): projects, members, progress."""

from datetime import date
from typing import TYPE_CHECKING

from models.actions.editing import ActionInput
from models.core.lookup import trajectory_or_fail
from models.core.nouns import ACTION, PERSON, PROJECT, SESSION, TRAJECTORY
from models.core.service_base import ServiceBase
from models.projects import editing as projects
from models.projects import progress as projects_progress
from models.projects.dto import (
    ProgressGrid,
    ProjectInput,
    ProjectsOverview,
    ProjectSummary,
    SessionProgress,
)
from models.trajectories import listing
from models.trajectories.listing import parse_uid
from models.trajectories.rows import ProjectRow

if TYPE_CHECKING:
    pass


class ProjectsService(ServiceBase):
    """Participant projects, their trekkers and their progress; needs `self.database`."""

    def projects_overview(self, trajectory_uid: str) -> ProjectsOverview:
        """The programme's options, the trajectory's people, its projects and budget."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory() as session:
            return projects.projects_overview(session, uid)

    def project(self, project_uid: str) -> ProjectSummary:
        uid = parse_uid(project_uid, PROJECT)
        with self.database.session_factory() as session:
            project = projects.get_project(session, uid)
            trajectory = trajectory_or_fail(session, project.trajectory_uid)
            options = projects.project_options(session, trajectory)
            return next(
                p for p in projects.list_projects(session, trajectory, options) if p.uid == str(uid)
            )

    def create_project(self, trajectory_uid: str, data: ProjectInput) -> str:
        """A new project in one transaction; a UserError (with its field) stores nothing."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory.begin() as session:
            return str(projects.create_project(session, uid, data))

    def update_project(
        self, project_uid: str, data: ProjectInput, version: int | None = None
    ) -> None:
        """Stores the form; `version` (the summary's row_version) refuses a project another
        coach stored in the meantime with an EditConflict, storing nothing."""
        uid = parse_uid(project_uid, PROJECT)
        with self.database.session_factory.begin() as session:
            projects.update_project(session, uid, data, version)

    def delete_project(self, project_uid: str) -> None:
        uid = parse_uid(project_uid, PROJECT)
        with self.database.session_factory.begin() as session:
            projects.delete_project(session, uid)

    def progress_grid(self, trajectory_uid: str) -> ProgressGrid:
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory() as session:
            return projects_progress.progress_grid(session, uid)

    def session_progress(self, project_uid: str, session_uid: str | None) -> SessionProgress:
        """One project in one session; session None: its actions outside the work sessions."""
        uid = parse_uid(project_uid, PROJECT)
        meeting = parse_uid(session_uid, SESSION) if session_uid else None
        with self.database.session_factory() as session:
            return projects_progress.session_progress(session, uid, meeting)

    def save_progress_note(self, project_uid: str, session_uid: str, text: str) -> None:
        """Stores the project's progress note for this session (empty text removes it)."""
        uid = parse_uid(project_uid, PROJECT)
        meeting = parse_uid(session_uid, SESSION)
        with self.database.session_factory.begin() as session:
            projects_progress.set_progress_note(session, uid, meeting, text)

    def add_project_action(
        self,
        project_uid: str,
        session_uid: str | None,
        title: str,
        owner_person_uid: str | None = None,
        owner_text: str = "",
        due_on: date | None = None,
    ) -> str:
        """A new action of the project, taken on in the session; returns its uid."""
        uid = parse_uid(project_uid, PROJECT)
        meeting = parse_uid(session_uid, SESSION) if session_uid else None
        owner = parse_uid(owner_person_uid, PERSON) if owner_person_uid else None
        data = ActionInput(title, owner_person_uid=owner, owner_text=owner_text, due_on=due_on)
        with self.database.session_factory.begin() as session:
            return str(projects_progress.add_project_action(session, uid, meeting, data))

    def set_project_action_done(
        self, action_uid: str, done: bool, today: date | None = None
    ) -> None:
        uid = parse_uid(action_uid, ACTION)
        with self.database.session_factory.begin() as session:
            projects_progress.set_action_done(session, uid, done, today or self.clock.today())

    def all_projects(self) -> list[ProjectRow]:
        """Every participant project of every trajectory (`trajectwijzer list projects`)."""
        with self.database.session_factory() as session:
            return listing.project_rows(session)
