"""Small records built straight in the database for tests that need no demo."""

from datetime import datetime

from models.core.enums import RegistrationStatus, SessionKind
from models.orm import Person, Registration, Trajectory, TrajectorySession
from models.workspace import Workspace


def herent_kickoff(
    workspace: Workspace, *, person: bool = False, present: bool = False
) -> tuple[str, str]:
    """A Klimaatdoeners trajectory 'Herent' with its Kickoff on 10 March 2026 at 19:30.

    person adds An Peeters (present: registered and there); returns the session's uid and
    hers ('' without a person).
    """
    with workspace.database.session_factory.begin() as session:
        trajectory = Trajectory(name="Herent", programme_key="klimaatdoeners", programme_version=1)
        session.add(trajectory)
        someone = Person(first_name="An", last_name="Peeters") if person or present else None
        if someone is not None:
            session.add(someone)
        session.flush()
        planned = TrajectorySession(
            trajectory_uid=trajectory.uid,
            template_key="kickoff",
            kind=SessionKind.WORK_SESSION,
            title="Kickoff",
            starts_at=datetime(2026, 3, 10, 19, 30),
        )
        session.add(planned)
        session.flush()
        if present and someone is not None:
            session.add(
                Registration(
                    session_uid=planned.uid,
                    person_uid=someone.uid,
                    status=RegistrationStatus.PRESENT,
                )
            )
        return str(planned.uid), str(someone.uid) if someone is not None else ""
