"""Take a trajectory out of the server, work offline, bring it back: nothing lost or guessed."""

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from models.core.errors import UserError
from models.orm import Action, AgendaBlock, Person, SessionNote, TakeOut, TrajectorySession
from models.workspace import Workspace
from tests.demo import trajectory_uid


def _actions(workspace: Workspace, trajectory: str) -> dict[str, Action]:
    with workspace.database.session_factory() as session:
        rows = session.scalars(
            select(Action).where(Action.trajectory_uid == uuid.UUID(trajectory))
        ).all()
        return {str(a.uid): a for a in rows}


def _set(workspace: Workspace, model: type, uid: str, **values: object) -> None:
    with workspace.database.session_factory.begin() as session:
        row = session.get(model, uuid.UUID(uid))
        assert row is not None
        for name, value in values.items():
            setattr(row, name, value)


def _get(workspace: Workspace, model: type, uid: str) -> object:
    with workspace.database.session_factory() as session:
        return session.get(model, uuid.UUID(uid))


def test_a_trajectory_taken_out_holds_everything_on_the_laptop(
    server: Workspace, laptop: Workspace
) -> None:
    """People, sessions, actions, projects and evaluations of the trajectory come along."""
    trajectory = trajectory_uid(server, "klimaatdoeners")
    (done,) = laptop.team.take_out(server.database, [trajectory])
    assert done.rows > 50 and done.also_out == ()
    assert [t.uid for t in laptop.trajectories.trajectories()] == [trajectory]
    assert set(_actions(laptop, trajectory)) == set(_actions(server, trajectory))
    on_server = {s.uid for s in server.sessions.all_sessions() if s.trajectory == trajectory}
    assert {s.uid for s in laptop.sessions.all_sessions()} == on_server
    assert laptop.evaluation is not None
    (out,) = laptop.team.taken_out()
    assert out.trajectory_uid == trajectory and out.server == server.where
    with pytest.raises(UserError, match="already out"):
        laptop.team.take_out(server.database, [trajectory])


def test_round_trip_with_a_conflict_kept_from_each_side(
    server: Workspace, laptop: Workspace
) -> None:
    """Offline edits and deletions go back; the server's own edits stay; each record changed
    on both sides waits for a choice, and both choices are honoured."""
    trajectory = trajectory_uid(server, "klimaatdoeners")
    laptop.team.take_out(server.database, [trajectory])
    a, b, c, *_ = sorted(_actions(server, trajectory))
    owner = next(
        x.owner_person_uid for x in _actions(server, trajectory).values() if x.owner_person_uid
    )
    person = str(owner)
    with laptop.database.session_factory() as session:  # a block with notes under it
        block = session.scalars(
            select(AgendaBlock)
            .join(TrajectorySession)
            .join(SessionNote, SessionNote.agenda_block_uid == AgendaBlock.uid)
            .where(TrajectorySession.trajectory_uid == uuid.UUID(trajectory))
            .order_by(AgendaBlock.uid)
        ).first()
        assert block is not None
        block_uid = str(block.uid)

    # Offline, on the laptop.
    _set(laptop, Action, a, title="Laptop: flyers drukken")
    _set(laptop, Action, b, title="Laptop: zaal boeken")
    _set(laptop, Person, person, phone="+32470000001")
    with laptop.database.session_factory.begin() as session:
        session.delete(session.get(AgendaBlock, uuid.UUID(block_uid)))
        session.add(
            Action(trajectory_uid=uuid.UUID(trajectory), title="Nieuw op de laptop", position=99)
        )
    # Meanwhile, at the office.
    _set(server, Action, b, title="Server: zaal boeken")
    _set(server, Action, c, due_on=date(2027, 1, 15))
    _set(server, Person, person, phone="+32470000002")

    (out,) = laptop.team.taken_out()
    preview = laptop.team.bring_back_preview(server.database, out.uid)
    conflicts = {conflict.key: conflict for conflict in preview.conflicts}
    assert set(conflicts) == {f"actions:{b}", f"people:{person}"}
    titles = {(f.server, f.laptop) for f in conflicts[f"actions:{b}"].fields}
    assert ("Server: zaal boeken", "Laptop: zaal boeken") in titles
    assert not preview.ready
    with pytest.raises(UserError, match="Choose"):
        laptop.team.bring_back(server.database, out.uid)
    assert _get(server, Action, a).title != "Laptop: flyers drukken"  # nothing written

    choices = {f"actions:{b}": "server", f"people:{person}": "laptop"}
    laptop.team.bring_back(server.database, out.uid, choices)

    for side in (server, laptop):
        actions = _actions(side, trajectory)
        assert actions[a].title == "Laptop: flyers drukken"
        assert actions[b].title == "Server: zaal boeken"
        assert actions[c].due_on == date(2027, 1, 15)
        assert any(x.title == "Nieuw op de laptop" for x in actions.values())
        assert _get(side, AgendaBlock, block_uid) is None
        assert _get(side, Person, person).phone == "+32470000001"
    assert laptop.team.taken_out() == []
    with server.database.session_factory() as session:
        (mark,) = session.scalars(select(TakeOut)).all()
        assert mark.returned_at is not None


def test_a_person_erased_on_the_laptop_is_erased_on_the_server(
    server: Workspace, laptop: Workspace
) -> None:
    """The erasure travels as its tombstone: nothing of the person is left on the server."""
    trajectory = trajectory_uid(server, "klimaatdoeners")
    laptop.team.take_out(server.database, [trajectory])
    owner = next(
        x.owner_person_uid for x in _actions(server, trajectory).values() if x.owner_person_uid
    )
    laptop.privacy.erase_person(str(owner))
    (out,) = laptop.team.taken_out()
    preview = laptop.team.bring_back(server.database, out.uid)
    assert preview.erased_on_server == 1
    erased = _get(server, Person, str(owner))
    assert erased is not None and erased.erased_at is not None and erased.phone is None


def test_a_deletion_on_the_laptop_never_takes_new_server_data_with_it(
    server: Workspace, laptop: Workspace
) -> None:
    """A session deleted offline stays on the server when the office added to it meanwhile."""
    trajectory = trajectory_uid(server, "klimaatdoeners")
    laptop.team.take_out(server.database, [trajectory])
    session_uid = next(s.uid for s in server.sessions.all_sessions() if s.trajectory == trajectory)
    with laptop.database.session_factory.begin() as session:
        session.delete(session.get(TrajectorySession, uuid.UUID(session_uid)))
    with server.database.session_factory.begin() as session:
        meeting = session.get(TrajectorySession, uuid.UUID(session_uid))
        assert meeting is not None
        session.add(AgendaBlock(session_uid=meeting.uid, title="Nieuw op kantoor", position=9))
    (out,) = laptop.team.taken_out()
    preview = laptop.team.bring_back(server.database, out.uid, {})
    assert preview.kept and _get(server, TrajectorySession, session_uid) is not None
    assert _get(laptop, TrajectorySession, session_uid) is not None  # back as on the server


def test_a_person_erased_on_the_server_is_erased_on_the_laptop(
    server: Workspace, laptop: Workspace
) -> None:
    """An erasure at the office is final: the laptop's offline change to that person is no
    conflict to choose, nothing of them goes back, and the laptop erases them too."""
    trajectory = trajectory_uid(server, "klimaatdoeners")
    laptop.team.take_out(server.database, [trajectory])
    owner = next(
        x.owner_person_uid for x in _actions(server, trajectory).values() if x.owner_person_uid
    )
    person = str(owner)
    _set(laptop, Person, person, notes="Offline genoteerd", phone="+32470000009")
    server.privacy.erase_person(person)
    (out,) = laptop.team.taken_out()
    preview = laptop.team.bring_back_preview(server.database, out.uid)
    assert preview.conflicts == () and preview.erased_on_laptop == 1
    done = laptop.team.bring_back(server.database, out.uid, {f"people:{person}": "laptop"})
    assert done.erased_on_laptop == 1
    for side in (server, laptop):
        erased = _get(side, Person, person)
        assert isinstance(erased, Person) and erased.erased_at is not None
        assert erased.phone is None and erased.notes == ""
