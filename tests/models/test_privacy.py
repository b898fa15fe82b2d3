"""GDPR: erasing a person keeps counts but no personal data; dossier; who to review."""

import json
import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from models.actions.editing import ActionInput, add_action, update_action
from models.core.enums import TrajectoryStatus
from models.orm import Consent, Person, ProjectMember, Registration, Trajectory
from models.workspace import Workspace
from tests.dutch import dutch_phrase, raises_dutch

TODAY = date(2026, 11, 23)


@pytest.fixture
def workspace(demo_copy):
    return demo_copy(TODAY)


def _busy_person(workspace: Workspace) -> Person:
    """A person with registrations who also owns an action (a RESTRICT link)."""
    with workspace.database.session_factory.begin() as session:
        person_uid = session.scalars(
            select(Registration.person_uid)
            .group_by(Registration.person_uid)
            .order_by(func.count().desc())
        ).first()
        person = session.get(Person, person_uid)
        assert person is not None
        trajectory = session.scalars(select(Trajectory)).first()
        assert trajectory is not None
        action = add_action(
            session, trajectory.uid, ActionInput(title="Flyers", owner_text="Iemand")
        )
        session.flush()
        update_action(session, action.uid, owner_person_uid=person.uid, by="coach", today=TODAY)
        session.expunge(person)
        return person


def test_erasing_wipes_personal_fields_and_keeps_attendance(workspace) -> None:
    """Name, e-mail, phone, notes go; registrations, action ownership and counts stay."""
    person = _busy_person(workspace)
    with workspace.database.session_factory() as session:
        registrations_before = session.scalar(select(func.count()).select_from(Registration))
    result = workspace.privacy.erase_person(str(person.uid))
    assert result.registrations_kept > 0 and result.links_kept >= 1
    with workspace.database.session_factory() as session:
        erased = session.get(Person, person.uid)
        assert erased is not None and erased.erased_at is not None
        assert (erased.first_name, erased.email, erased.phone, erased.notes) == ("", None, None, "")
        assert (
            session.scalar(select(func.count()).select_from(Registration)) == registrations_before
        )
        assert session.scalar(select(func.count()).where(Consent.person_uid == person.uid)) == 0
    # Nowhere in the database is the name or the e-mail address left (history included).
    dump = _dump(workspace)
    assert person.email not in dump
    assert person.full_name not in dump


def _dump(workspace: Workspace) -> str:
    """Every row of every table as text: the SQLite file's dump, or each server row's text."""
    if workspace.path is not None:
        with sqlite3.connect(workspace.path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return "\n".join(conn.iterdump())
    from models.orm import Base

    with workspace.database.engine.connect() as connection:
        return "\n".join(
            str(row[0])
            for table in Base.metadata.sorted_tables
            for row in connection.exec_driver_sql(f"SELECT t::text FROM {table.name} AS t")
        )


def test_erasing_twice_or_an_unknown_person_is_refused(workspace) -> None:
    """A clear message, nothing changed."""
    person = _busy_person(workspace)
    workspace.privacy.erase_person(str(person.uid))
    with raises_dutch("al gewist"):
        workspace.privacy.erase_person(str(person.uid))
    with raises_dutch("bestaat niet"):
        workspace.privacy.erase_person(str(uuid.uuid4()))


def test_erasing_a_project_member_keeps_the_project_whole(workspace) -> None:
    """A trekker erased: the project still counts its members (RESTRICT link kept, anonymous)."""
    with workspace.database.session_factory() as session:
        member = session.scalars(select(ProjectMember)).first()
        assert member is not None
        project, person = member.project_uid, member.person_uid
        before = session.scalar(select(func.count()).where(ProjectMember.project_uid == project))
    workspace.privacy.erase_person(str(person))
    with workspace.database.session_factory() as session:
        after = session.scalar(select(func.count()).where(ProjectMember.project_uid == project))
    assert after == before


def test_dossier_holds_everything_and_is_json(workspace) -> None:
    """The export lists the person's fields, consents and sessions; it serialises to JSON."""
    person = _busy_person(workspace)
    dossier = workspace.privacy.person_dossier(str(person.uid))
    sections = {line.section for line in dossier.lines}
    assert {"persoon", "toestemming", "bijeenkomst", "actie"} <= sections
    text = json.dumps(dossier.as_json(), ensure_ascii=False)
    assert person.email in text


def test_review_lists_expired_consent_and_ended_trajectories(workspace) -> None:
    """Consent older than the chosen period, withdrawn consent, and long-ended trajectories."""
    with workspace.database.session_factory.begin() as session:
        people = session.scalars(select(Person).order_by(Person.last_name)).all()
        old, withdrawn = people[0], people[1]
        for consent in old.consents:
            consent.given_on = TODAY - timedelta(days=3 * 365)
        for consent in withdrawn.consents:
            consent.withdrawn_on = TODAY - timedelta(days=2)
        old_uid, withdrawn_uid = str(old.uid), str(withdrawn.uid)
    rows = {row.uid: row for row in workspace.privacy.people_to_review(TODAY, consent_months=24)}
    assert rows[old_uid].reason == "toestemming verlopen"
    assert rows[withdrawn_uid].reason == "toestemming ingetrokken"
    assert all(row.reason != "trajecten afgelopen" for row in rows.values())
    with workspace.database.session_factory.begin() as session:
        for trajectory in session.scalars(select(Trajectory)):
            trajectory.status = TrajectoryStatus.COMPLETED
            trajectory.stopped_on = TODAY - timedelta(days=500)
    ended = workspace.privacy.people_to_review(TODAY, consent_months=120, ended_months=12)
    assert ended and all(
        row.reason in ("trajecten afgelopen", "toestemming ingetrokken") for row in ended
    )
    assert workspace.privacy.people_to_review(TODAY, consent_months=120, ended_months=24) == [
        row for row in ended if row.reason == "toestemming ingetrokken"
    ]


def test_erased_people_are_not_listed_for_review(workspace) -> None:
    """Once erased, a person leaves the review list."""
    with workspace.database.session_factory.begin() as session:
        person = session.scalars(select(Person)).first()
        assert person is not None
        for consent in person.consents:
            consent.withdrawn_on = TODAY - timedelta(days=1)
        uid = str(person.uid)
    assert uid in {row.uid for row in workspace.privacy.people_to_review(TODAY)}
    workspace.privacy.erase_person(uid, datetime(2026, 11, 23, tzinfo=UTC))
    assert uid not in {row.uid for row in workspace.privacy.people_to_review(TODAY)}


def test_erasure_names_the_notes_that_still_mention_the_person(workspace) -> None:
    """A name typed into a session note or an action title is the coach's text: the erasure
    lists where it stands so the coach can edit it; text naming someone else is not listed."""
    from models.orm import SessionNote, TrajectorySession

    person = _busy_person(workspace)
    with workspace.database.session_factory.begin() as session:
        meeting = session.scalars(select(TrajectorySession)).first()
        assert meeting is not None
        session.add(
            SessionNote(session_uid=meeting.uid, text=f"{person.full_name} trekt de werkgroep")
        )
        trajectory = session.scalars(select(Trajectory)).first()
        assert trajectory is not None
        add_action(session, trajectory.uid, ActionInput(title=f"Bel {person.email or ''}"))
        add_action(session, trajectory.uid, ActionInput(title="Bel Zoë Vandenbroucke"))
        meeting_title = meeting.title
    result = workspace.privacy.erase_person(str(person.uid))
    places = [dutch_phrase(place) for place in result.mentions]
    assert f"Notitie bij bijeenkomst '{meeting_title}'" in places
    assert f"Actie 'Bel {person.email}'" in places
    assert not any("Zoë" in place for place in places)
    assert f"Action 'Bel {person.email}'" in [str(place) for place in result.mentions]  # English


def test_the_dossier_names_merges_and_the_record_merged_in(workspace) -> None:
    """Right of access covers merges: the kept person's dossier shows when another record
    was merged in and what that record held (the merge keeps it to be undone); after an
    undo the other person's dossier shows it too."""
    from models.people.editing import PersonInput

    people = workspace.people
    kept = people.create_person(
        PersonInput(first_name="Lies", last_name="Wouters", email="lies@a.be")
    )
    other = people.create_person(
        PersonInput(
            first_name="Lies", last_name="Wouters", email="lies.w@b.be", phone="0470 12 34 56"
        )
    )
    merge = people.merge_people(kept, other, frozenset())
    lines = workspace.privacy.person_dossier(kept).lines
    merged = {line.field: line.value for line in lines if line.section == "samenvoeging"}
    assert merged["samengevoegde fiche: e-mail"] == "lies.w@b.be"
    assert merged["soort"] == "een andere fiche samengevoegd in deze"
    assert "lies.w@b.be" in json.dumps(workspace.privacy.person_dossier(kept).as_json())
    people.undo_merge(merge)
    theirs = workspace.privacy.person_dossier(other).lines
    assert any(
        line.section == "samenvoeging" and line.value == "deze fiche samengevoegd"
        for line in theirs
    )
