"""Several coaches on one server at once: no waiting for each other, no lost edit, no lost row."""

import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.core.clock import FixedClock
from models.core.errors import EditConflict
from models.orm import Person, Registration, Trajectory
from models.people.editing import PersonInput
from models.workspace import Workspace
from tests.demo import DEMO_DAY, trajectory_uid

WAIT_SECONDS = 20  # a writer blocked by the other fails the test instead of hanging it


@pytest.fixture
def coaches(server: Workspace) -> Iterator[Callable[[], Workspace]]:
    """More coaches on the same server database, each with their own connection."""
    opened: list[Workspace] = []
    url = server.database.engine.url.render_as_string(hide_password=False)

    def another() -> Workspace:
        opened.append(Workspace.open(url, clock=FixedClock(DEMO_DAY), create=False))
        return opened[-1]

    yield another
    for workspace in opened:
        workspace.close()


def test_two_coaches_edit_different_trajectories_without_waiting(
    server: Workspace, coaches: Callable[[], Workspace]
) -> None:
    """While one coach's change is still being stored, another's is stored at once."""
    other = coaches()
    first, second = trajectory_uid(server, "autodelen"), trajectory_uid(server, "klimaatdoeners")
    holding, stored = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def slow_coach() -> None:
        try:
            with server.database.session_factory.begin() as session:
                trajectory = session.get(Trajectory, uuid.UUID(first))
                assert trajectory is not None
                trajectory.notes = "Coach 1 schrijft nog"
                session.flush()  # the row is locked until this transaction ends
                holding.set()
                assert stored.wait(WAIT_SECONDS), "the other coach had to wait"
        except BaseException as error:
            errors.append(error)

    thread = threading.Thread(target=slow_coach)
    thread.start()
    assert holding.wait(WAIT_SECONDS)
    with other.database.session_factory.begin() as session:
        trajectory = session.get(Trajectory, uuid.UUID(second))
        assert trajectory is not None
        trajectory.notes = "Coach 2 is al klaar"
    stored.set()
    thread.join(WAIT_SECONDS)
    assert errors == []
    with server.database.session_factory() as session:
        notes = {
            str(t.uid): t.notes
            for t in session.scalars(
                select(Trajectory).where(Trajectory.uid.in_([uuid.UUID(first), uuid.UUID(second)]))
            )
        }
    assert notes == {first: "Coach 1 schrijft nog", second: "Coach 2 is al klaar"}


def test_the_second_coach_to_store_the_same_person_is_told_and_overwrites_nothing(
    server: Workspace, coaches: Callable[[], Workspace], dutch: None
) -> None:
    """Both opened the person; the first stores; the second gets the Dutch conflict message
    and the first coach's change stays."""
    from desktop.shell.messages import user_message

    other = coaches()
    uid = server.people.people_list()[0].uid
    mine, theirs = server.people.person_detail(uid), other.people.person_detail(uid)
    assert mine.row_version == theirs.row_version

    def edited(detail: object, **changes: str) -> PersonInput:
        from dataclasses import replace

        from desktop.people.person_detail import person_input

        return replace(person_input(detail), **changes)

    server.people.update_person(uid, edited(mine, phone="0470 11 22 33"), mine.row_version)
    with pytest.raises(EditConflict) as conflict:
        other.people.update_person(
            uid, edited(theirs, notes="Belt liever 's avonds"), theirs.row_version
        )
    assert "intussen" in user_message(conflict.value)
    now = other.people.person_detail(uid)
    assert now.phone == "+32 470 11 22 33" and now.notes != "Belt liever 's avonds"
    # Stored again from what is stored now, the second coach's text goes in.
    other.people.update_person(uid, edited(now, notes="Belt liever 's avonds"), now.row_version)
    final = server.people.person_detail(uid)
    assert final.phone == "+32 470 11 22 33" and final.notes == "Belt liever 's avonds"


def test_two_transactions_on_the_same_record_the_later_one_is_refused(
    server: Workspace, coaches: Callable[[], Workspace]
) -> None:
    """Even between reading and storing inside one unit of work, a change stored by another
    coach in the meantime is never overwritten."""
    other = coaches()
    uid = uuid.UUID(server.people.people_list()[0].uid)
    with pytest.raises(EditConflict), other.database.session_factory.begin() as late:
        person = late.get(Person, uid)
        assert person is not None
        with server.database.session_factory.begin() as early:
            first = early.get(Person, uid)
            assert first is not None
            first.notes = "Eerst opgeslagen"
        person.notes = "Te laat"
    assert server.people.person_detail(str(uid)).notes == "Eerst opgeslagen"


def _letters(number: int) -> str:
    """A name part without digits (a digit makes a row a problem row)."""
    text = ""
    while True:
        number, rest = divmod(number, 26)
        text = "abcdefghijklmnopqrstuvwxyz"[rest] + text
        if number == 0:
            return text


def _attendees(path: Path, prefix: str, count: int) -> Path:
    lines = ["Voornaam;Naam;E-mail"]
    lines += [
        f"{prefix};Peeters-{_letters(i)};{prefix.lower()}{i}@voorbeeld.be" for i in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_imports_at_once_lose_nothing(
    server: Workspace, coaches: Callable[[], Workspace], tmp_path: Path
) -> None:
    """Two coaches import their lists for the same session at the same moment: every person
    and every registration of both lists is stored."""
    other = coaches()
    session_uid = server.sessions.all_sessions()[0].uid
    with server.database.session_factory() as session:
        before = session.scalar(select(func.count()).select_from(Person))
    previews = []
    for workspace, prefix in ((server, "Anna"), (other, "Bert")):
        draft = workspace.people.read_people_file(
            _attendees(tmp_path / f"{prefix}.csv", prefix, 300)
        )
        preview = workspace.people.preview_people_import(draft)
        assert preview.created == 300
        previews.append((workspace, preview))
    start = threading.Barrier(2)
    results: list[object] = []
    errors: list[BaseException] = []

    def commit(workspace: Workspace, preview: object) -> None:
        try:
            start.wait(WAIT_SECONDS)
            results.append(workspace.people.commit_people_import(preview, session_uid))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=commit, args=pair) for pair in previews]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT_SECONDS * 3)
    assert errors == [] and len(results) == 2
    with server.database.session_factory() as session:
        after = session.scalar(select(func.count()).select_from(Person))
        registered = session.scalar(
            select(func.count())
            .select_from(Registration)
            .join(Person)
            .where(
                Registration.session_uid == uuid.UUID(session_uid),
                Person.last_name.like("Peeters-%"),
                Person.email.like("%@voorbeeld.be"),
            )
        )
    assert after == before + 600
    assert registered == 600
