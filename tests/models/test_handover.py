"""Hand-over between coaches: one encrypted file, merged by UUID, bad files refused."""

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from models.core.clock import FixedClock
from models.core.errors import UserError
from models.orm import (
    Action,
    ActionEvent,
    Organisation,
    Person,
    Quote,
    Registration,
    Trajectory,
    TrajectorySession,
)
from models.storage.handover_crypto import MAGIC
from models.storage.handover_merge import Policy
from models.workspace import Workspace
from tests.dutch import raises_dutch

TODAY = date(2026, 11, 23)
SECRET = "lange-zin-voor-de-usb"


def _workspace(path: Path) -> Workspace:
    return Workspace.open(path, clock=FixedClock(TODAY))


def _uid_of(workspace: Workspace, fragment: str) -> str:
    return next(
        row.uid for row in workspace.trajectories.trajectories(TODAY) if fragment in row.name
    )


def _count(workspace: Workspace, model: type) -> int:
    with workspace.database.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture(autouse=True)
def quick_keys(monkeypatch) -> None:
    """These tests are about merging: the key is derived at the lowest cost a file may ask
    (test_handover_crypto.py tests the real cost)."""
    import models.storage.handover_crypto as crypto

    monkeypatch.setattr(crypto, "SCRYPT_N", crypto.MIN_SCRYPT_N)


@pytest.fixture
def laptops(tmp_path: Path, demo_copy):
    """Laptop a holds the demo, laptop b is empty."""
    b = _workspace(tmp_path / "b.sqlite")
    yield demo_copy(TODAY, "a.sqlite"), b
    b.close()


def test_export_then_import_on_an_empty_laptop_brings_everything(laptops, tmp_path) -> None:
    """The trajectory, its sessions, registrations, actions with history and people arrive."""
    a, b = laptops
    uid = _uid_of(a, "Izegem")
    path = a.handover.export_handover(uid, str(tmp_path / "izegem"), SECRET)
    assert path.endswith(".twoverdracht") and Path(path).read_bytes().startswith(MAGIC)
    preview = b.handover.preview_handover(path, SECRET)
    assert preview.conflicts == [] and preview.new_total > 0
    assert _count(b, Trajectory) == 0  # a preview changes nothing
    done = b.handover.import_handover(path, SECRET)
    assert done.new == preview.new
    assert [row.uid for row in b.trajectories.trajectories(TODAY)] == [uid]
    with a.database.session_factory() as sa, b.database.session_factory() as sb:
        for model in (TrajectorySession, Registration, Action, ActionEvent, Quote):
            if model in (TrajectorySession, Action, Quote):
                where = model.trajectory_uid == uuid_of(uid)
                assert sa.scalar(select(func.count()).where(where)) == sb.scalar(
                    select(func.count()).where(where)
                )
        assert sb.scalar(select(func.count()).select_from(Person)) > 0


def uuid_of(text: str):
    import uuid

    return uuid.UUID(text)


def test_importing_twice_duplicates_nothing(laptops, tmp_path) -> None:
    """A second import of the same file finds every row known: no new people, no conflicts."""
    a, b = laptops
    path = a.handover.export_handover(_uid_of(a, "Izegem"), str(tmp_path / "x"), SECRET)
    b.handover.import_handover(path, SECRET)
    people = _count(b, Person)
    again = b.handover.preview_handover(path, SECRET)
    assert again.new_total == 0 and again.conflicts == [] and again.updated == 0
    b.handover.import_handover(path, SECRET)
    assert _count(b, Person) == people


def test_people_shared_by_two_trajectories_are_not_duplicated(laptops, tmp_path) -> None:
    """Two hand-overs naming the same person and municipality merge into one of each."""
    a, b = laptops
    for fragment in ("Izegem", "Herent"):
        b.handover.import_handover(
            a.handover.export_handover(_uid_of(a, fragment), str(tmp_path / fragment), SECRET),
            SECRET,
        )
    with b.database.session_factory() as session:
        names = session.scalars(
            select(Organisation.nis_code).where(Organisation.nis_code.is_not(None))
        ).all()
    assert len(names) == len(set(names))


def test_conflicts_are_shown_and_the_newer_side_wins(laptops, tmp_path) -> None:
    """A person changed on both laptops is a conflict; by default the later change is kept."""
    a, b = laptops
    uid = _uid_of(a, "Izegem")
    b.handover.import_handover(
        a.handover.export_handover(uid, str(tmp_path / "first"), SECRET), SECRET
    )
    with b.database.session_factory.begin() as session:
        action = session.scalars(
            select(Action).where(Action.trajectory_uid == uuid_of(uid))
        ).first()
        assert action is not None
        action.title = "Titel op laptop B"
        action_uid = action.uid
    with a.database.session_factory.begin() as session:  # A changes it later
        session.get(Action, action_uid).title = "Titel op laptop A"
    path = a.handover.export_handover(uid, str(tmp_path / "second"), SECRET)
    preview = b.handover.preview_handover(path, SECRET)
    assert [(c.kind, c.name, c.keep_file) for c in preview.conflicts] == [
        ("actie", "Titel op laptop A", True)
    ]
    kept_here = b.handover.preview_handover(path, SECRET, Policy.HERE)
    assert kept_here.conflicts[0].keep_file is False
    b.handover.import_handover(path, SECRET)
    with b.database.session_factory() as session:
        assert session.get(Action, action_uid).title == "Titel op laptop A"


def test_an_erased_person_is_never_brought_back(laptops, tmp_path) -> None:
    """A person erased here stays erased whatever the hand-over says about them."""
    a, b = laptops
    uid = _uid_of(a, "Izegem")
    path = a.handover.export_handover(uid, str(tmp_path / "x"), SECRET)
    b.handover.import_handover(path, SECRET)
    with b.database.session_factory.begin() as session:
        person = session.scalars(select(Person)).first()
        assert person is not None
        person.first_name, person.last_name, person.email = "", "[gewist]", None
        from datetime import UTC, datetime

        person.erased_at = datetime(2020, 1, 1, tzinfo=UTC)  # long ago: older than the file
        erased = person.uid
    b.handover.import_handover(path, SECRET)
    with b.database.session_factory() as session:
        assert session.get(Person, erased).erased_at is not None
        assert session.get(Person, erased).last_name == "[gewist]"


def test_a_taken_quote_number_is_renumbered(laptops, tmp_path) -> None:
    """A quote number used here for another trajectory gets the next free number, not an error."""
    a, _b = laptops
    c = _workspace(tmp_path / "c.sqlite")  # another coach with their own demo (own uids)
    c.demo.fill_demo_data(TODAY)
    try:
        uid = _uid_of(a, "Izegem")
        a.quotes.ensure_quote(uid, TODAY)
        with c.database.session_factory.begin() as session:  # make the numbers collide
            session.execute(update(Trajectory).values(name=Trajectory.name + " (C)"))
        c_uid = _uid_of(c, "Izegem")
        c.quotes.ensure_quote(c_uid, TODAY)
        path = a.handover.export_handover(uid, str(tmp_path / "q"), SECRET)
        preview = c.handover.import_handover(path, SECRET)
        assert any("krijgt hier nummer" in note for note in preview.notes)
    finally:
        c.close()


def test_wrong_passphrase_is_refused_cleanly(laptops, tmp_path) -> None:
    """A wrong passphrase says so, in Dutch, and nothing is written."""
    a, b = laptops
    path = a.handover.export_handover(_uid_of(a, "Izegem"), str(tmp_path / "x"), SECRET)
    with pytest.raises(UserError, match="passphrase is not right"):
        b.handover.import_handover(path, "verkeerd-wachtwoord")
    assert _count(b, Trajectory) == 0


@pytest.mark.parametrize("where", ["header", "middle", "end"])
def test_a_tampered_file_is_refused_cleanly(laptops, tmp_path, where) -> None:
    """One changed byte anywhere (header or content) is detected; nothing is written."""
    a, b = laptops
    path = Path(a.handover.export_handover(_uid_of(a, "Izegem"), str(tmp_path / "x"), SECRET))
    data = bytearray(path.read_bytes())
    position = {"header": 30, "middle": len(data) // 2, "end": len(data) - 1}[where]
    data[position] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(UserError, match=r"damaged or was changed"):
        b.handover.import_handover(str(path), SECRET)
    assert _count(b, Trajectory) == 0


def test_a_foreign_or_truncated_file_is_refused(laptops, tmp_path) -> None:
    """A photo, an empty file or half a hand-over is refused with a message."""
    a, b = laptops
    path = Path(a.handover.export_handover(_uid_of(a, "Izegem"), str(tmp_path / "x"), SECRET))
    half = tmp_path / "half.twoverdracht"
    half.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"0" * 100)
    empty = tmp_path / "leeg.twoverdracht"
    empty.write_bytes(b"")
    for bad in (half, photo, empty):
        with pytest.raises(UserError):
            b.handover.import_handover(str(bad), SECRET)
    with pytest.raises(UserError, match="There is no file"):
        b.handover.import_handover(str(tmp_path / "bestaat-niet"), SECRET)
    assert _count(b, Trajectory) == 0


def test_short_passphrase_refused_on_export(laptops, tmp_path) -> None:
    """The passphrase protects personal data on a USB stick: at least 8 characters."""
    a, _b = laptops
    with pytest.raises(UserError, match="at least 8"):
        a.handover.export_handover(_uid_of(a, "Izegem"), str(tmp_path / "x"), "kort")
    assert not list(tmp_path.glob("x*"))


def test_import_is_one_transaction(laptops, tmp_path, monkeypatch) -> None:
    """When the database refuses a row half-way, nothing of the import stays."""
    a, b = laptops
    path = a.handover.export_handover(_uid_of(a, "Izegem"), str(tmp_path / "x"), SECRET)
    import models.storage.handover_merge as merge

    original = merge.apply_plan

    def failing(session, plan, now):
        plan.inserts.append((plan.inserts[-1][0], dict(plan.inserts[-1][1])))  # a duplicate uid
        original(session, plan, now)

    monkeypatch.setattr(merge, "apply_plan", failing)
    with raises_dutch(
        "^Het overdrachtsbestand past niet in deze database (.+). Er is niets ingelezen.$"
    ):
        b.handover.import_handover(path, SECRET)
    assert _count(b, Trajectory) == 0 and _count(b, Person) == 0
    with sqlite3.connect(b.path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def _person_with_history(workspace: Workspace, trajectory_uid: str) -> tuple[Person, str]:
    """A person of the trajectory with a consent, a named evaluation response and an action
    entry that names them in full; returns the person and their full name."""
    from models.orm import Consent, EvaluationForm, EvaluationResponse

    with workspace.database.session_factory.begin() as session:
        uid = uuid_of(trajectory_uid)
        person_uid = session.scalars(
            select(Registration.person_uid)
            .join(TrajectorySession, TrajectorySession.uid == Registration.session_uid)
            .where(TrajectorySession.trajectory_uid == uid)
        ).first()
        person = session.get(Person, person_uid)
        assert person is not None
        if not person.consents:
            session.add(Consent(person_uid=person.uid, given_on=TODAY, source="papier"))
        form = session.scalars(
            select(EvaluationForm).where(EvaluationForm.trajectory_uid == uid)
        ).first()
        assert form is not None
        session.add(EvaluationResponse(form_uid=form.uid, person_uid=person.uid))
        action = session.scalars(select(Action).where(Action.trajectory_uid == uid)).first()
        assert action is not None
        session.add(
            ActionEvent(
                action_uid=action.uid, field="owner", old_value=person.full_name, new_value="x"
            )
        )
        session.flush()
        session.expunge(person)
        return person, person.full_name


def _traces_of(workspace: Workspace, person_uid, name: str) -> dict[str, int]:
    from models.orm import Consent, EvaluationResponse, Role

    with workspace.database.session_factory() as session:
        return {
            "consents": len(
                session.scalars(select(Consent).where(Consent.person_uid == person_uid)).all()
            ),
            "roles": len(session.scalars(select(Role).where(Role.person_uid == person_uid)).all()),
            "responses": len(
                session.scalars(
                    select(EvaluationResponse).where(EvaluationResponse.person_uid == person_uid)
                ).all()
            ),
            "history": len(
                session.scalars(
                    select(ActionEvent).where(
                        (ActionEvent.old_value == name)
                        | (ActionEvent.new_value == name)
                        | (ActionEvent.changed_by == name)
                    )
                ).all()
            ),
        }


def test_an_older_hand_over_never_brings_an_erased_persons_data_back(laptops, tmp_path):
    """Erased here after the file was made: the file's consents, named evaluation response
    and action entry with the full name are dropped or made anonymous, and reported."""
    a, b = laptops
    uid = _uid_of(a, "Izegem")
    person, name = _person_with_history(a, uid)
    path = a.handover.export_handover(uid, str(tmp_path / "oud"), SECRET)
    b.handover.import_handover(path, SECRET)
    assert _traces_of(b, person.uid, name)["responses"] >= 1
    b.privacy.erase_person(str(person.uid))
    preview = b.handover.preview_handover(path, SECRET)
    assert preview.erased_dropped >= 3
    done = b.handover.import_handover(path, SECRET)
    assert done.erased_dropped == preview.erased_dropped
    assert _traces_of(b, person.uid, name) == {
        "consents": 0,
        "roles": 0,
        "responses": 0,
        "history": 0,
    }
    with b.database.session_factory() as session:
        erased = session.get(Person, person.uid)
        assert erased is not None and erased.erased_at is not None
        assert person.last_name not in erased.full_name


def test_someone_erased_on_the_other_laptop_is_erased_here_too(laptops, tmp_path) -> None:
    """The file says a person was erased: here they are erased the same way, with tombstone."""
    from models.orm import ErasedPerson

    a, b = laptops
    uid = _uid_of(a, "Izegem")
    person, name = _person_with_history(a, uid)
    b.handover.import_handover(
        a.handover.export_handover(uid, str(tmp_path / "eerst"), SECRET), SECRET
    )
    a.privacy.erase_person(str(person.uid))
    done = b.handover.import_handover(
        a.handover.export_handover(uid, str(tmp_path / "daarna"), SECRET), SECRET
    )
    assert done.erased_here == 1
    assert _traces_of(b, person.uid, name)["consents"] == 0
    with b.database.session_factory() as session:
        assert session.get(ErasedPerson, person.uid) is not None
        assert session.get(Person, person.uid).erased_at is not None
