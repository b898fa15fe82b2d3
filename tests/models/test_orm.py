"""The data model: keys, timestamps, and cascades that never delete people behind a trajectory."""

from datetime import date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from models.core.enums import OrganisationKind, RegistrationStatus, SessionKind
from models.orm import (
    AgendaBlock,
    Organisation,
    Person,
    Registration,
    Trajectory,
    TrajectoryClient,
    TrajectorySession,
)


def _trajectory_with_attendee(session) -> tuple[Trajectory, Person]:
    municipality = Organisation(
        name="Izegem",
        kind=OrganisationKind.MUNICIPALITY,
        nis_code="36008",
        province="West-Vlaanderen",
    )
    trajectory = Trajectory(
        name="Autodelen Izegem",
        programme_key="autodelen",
        programme_version=1,
        start_date=date(2026, 5, 1),
    )
    trajectory.clients = [TrajectoryClient(organisation=municipality, is_lead=True)]
    person = Person(first_name="Ilse", last_name="Van den Broeck", email="ilse@example.org")
    planned = TrajectorySession(
        kind=SessionKind.INFO_SESSION, title="Infosessie", starts_at=datetime(2026, 11, 24, 19, 30)
    )
    planned.agenda = [AgendaBlock(title="Welkom", minutes=15)]
    session.add_all([trajectory, person])
    session.flush()
    planned.trajectory_uid = trajectory.uid
    session.add(planned)
    session.flush()
    session.add(
        Registration(
            session_uid=planned.uid, person_uid=person.uid, status=RegistrationStatus.PRESENT
        )
    )
    session.flush()
    return trajectory, person


def test_rows_get_a_uuid_and_aware_timestamps(database) -> None:
    """A new row has a UUID and UTC created/updated times that come back timezone-aware."""
    with database.session_factory.begin() as session:
        trajectory, _person = _trajectory_with_attendee(session)
        uid = trajectory.uid
    with database.session_factory() as session:
        stored = session.get(Trajectory, uid)
        assert stored is not None
        assert stored.created_at.tzinfo is not None
        assert stored.updated_at >= stored.created_at


def test_updated_at_moves_on_change(database) -> None:
    """Changing a row moves its updated_at forward and keeps created_at."""
    with database.session_factory.begin() as session:
        trajectory, _ = _trajectory_with_attendee(session)
        uid, created, updated = trajectory.uid, trajectory.created_at, trajectory.updated_at
    with database.session_factory.begin() as session:
        session.get(Trajectory, uid).notes = "Wijk Kachtem gekozen"
    with database.session_factory() as session:
        stored = session.get(Trajectory, uid)
        assert stored.created_at == created
        assert stored.updated_at > updated


def test_deleting_a_trajectory_keeps_its_people(database) -> None:
    """Removing a trajectory removes its sessions and registrations, never the people."""
    with database.session_factory.begin() as session:
        trajectory, person = _trajectory_with_attendee(session)
        person_uid = person.uid
    with database.session_factory.begin() as session:
        session.delete(session.get(Trajectory, trajectory.uid))
    with database.session_factory() as session:
        assert session.get(Person, person_uid) is not None
        assert session.scalar(select(func.count()).select_from(TrajectorySession)) == 0
        assert session.scalar(select(func.count()).select_from(Registration)) == 0
        assert session.scalar(select(func.count()).select_from(AgendaBlock)) == 0


def test_a_person_who_took_part_cannot_be_deleted(database) -> None:
    """Deleting someone registered for a session is refused by the database itself."""
    with database.session_factory.begin() as session:
        _trajectory, person = _trajectory_with_attendee(session)
        person_uid = person.uid
    with pytest.raises(IntegrityError), database.session_factory.begin() as session:
        session.delete(session.get(Person, person_uid))
    with database.session_factory() as session:
        assert session.get(Person, person_uid) is not None


def test_a_client_municipality_cannot_be_deleted_under_a_trajectory(database) -> None:
    """A municipality that is a client of a trajectory is protected from deletion."""
    with database.session_factory.begin() as session:
        trajectory, _ = _trajectory_with_attendee(session)
        org_uid = trajectory.clients[0].organisation_uid
    with pytest.raises(IntegrityError), database.session_factory.begin() as session:
        session.delete(session.get(Organisation, org_uid))


def test_one_registration_per_person_per_session(database) -> None:
    """The same person cannot be registered twice for one session."""
    with database.session_factory.begin() as session:
        _trajectory, person = _trajectory_with_attendee(session)
        planned_uid = session.scalars(select(TrajectorySession.uid)).one()
        person_uid = person.uid
    with pytest.raises(IntegrityError), database.session_factory.begin() as session:
        session.add(Registration(session_uid=planned_uid, person_uid=person_uid))


def test_enums_are_stored_as_readable_values(database) -> None:
    """Enums are stored by their value, so the file stays readable and stable."""
    from sqlalchemy import text

    with database.session_factory.begin() as session:
        _trajectory_with_attendee(session)
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT kind FROM sessions")).scalar() == "infosessie"
        assert conn.execute(text("SELECT status FROM registrations")).scalar() == "present"
