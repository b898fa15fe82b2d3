"""A person added and corrected by hand is checked as at import; two records merge and unmerge."""

import pytest

from models.core.errors import UserError
from models.people.editing import PersonInput
from models.workspace import Workspace
from tests.demo import trajectory_uid


def _person(workspace: Workspace, name: str) -> str:
    return next(r.uid for r in workspace.people.people_list() if r.name == name)


def test_a_person_typed_in_is_stored_clean(demo_workspace: Workspace) -> None:
    """Phone in international form, e-mail in lower case, the postcode understood as Herent."""
    uid = demo_workspace.people.create_person(
        PersonInput("Lien", "Claes", "Lien.Claes@Herent.be", "0470123456", "", "3020")
    )
    detail = demo_workspace.people.person_detail(uid)
    assert (detail.email, detail.phone) == ("lien.claes@herent.be", "+32 470 12 34 56")
    assert (detail.postcode, detail.municipality) == ("3020", "Herent")


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (PersonInput("Lien", "Claes", phone="12"), "phone"),
        (PersonInput("Lien", "Claes", email="lien@herent"), "email"),
        (PersonInput("Lien", "Claes", municipality="Hertn"), "municipality"),
        (PersonInput("Lien", "Claes", postcode="3000", municipality="Herent"), "postcode"),
        (PersonInput("", " "), "last_name"),
    ],
)
def test_bad_details_are_refused_with_the_field(
    demo_workspace: Workspace, data: PersonInput, field: str
) -> None:
    """A wrong phone, e-mail, municipality or postcode is refused, naming the field."""
    before = len(demo_workspace.people.people_list())
    with pytest.raises(UserError) as raised:
        demo_workspace.people.create_person(data)
    assert raised.value.field == field
    assert len(demo_workspace.people.people_list()) == before


def test_a_typo_in_a_municipality_gets_suggestions() -> None:
    """'Hertn' is not stored as a new municipality; the message proposes Herent."""
    from models.people.validation import check_place

    with pytest.raises(UserError) as raised:
        check_place("", "Hertn")
    assert "Herent" in raised.value.message


def test_correcting_a_name_and_undoing_it(demo_workspace: Workspace) -> None:
    """A typo in a family name is corrected; the recorded step puts the old name back."""
    uid = _person(demo_workspace, "Koen Vermeersch")
    detail = demo_workspace.people.person_detail(uid)
    data = PersonInput(
        detail.first_name,
        "Vermeersh",
        detail.email,
        detail.phone,
        detail.postcode,
        detail.municipality,
        detail.organisation,
        detail.notes,
    )
    _, journal = demo_workspace.undo.record(lambda: demo_workspace.people.update_person(uid, data))
    assert demo_workspace.people.person_detail(uid).last_name == "Vermeersh"
    demo_workspace.undo.undo(journal)
    assert demo_workspace.people.person_detail(uid).last_name == "Vermeersch"


def _rows(workspace: Workspace) -> dict[str, list[tuple[object, ...]]]:
    tables = (
        "people",
        "registrations",
        "actions",
        "roles",
        "consents",
        "project_members",
        "trajectory_contacts",
        "evaluation_responses",
        "partners",
        "import_changes",
    )
    with workspace.database.engine.connect() as connection:
        return {
            t: sorted(connection.exec_driver_sql(f"SELECT * FROM {t}").fetchall(), key=str)
            for t in tables
        }


def test_merge_moves_everything_and_undo_restores_exactly(demo_workspace: Workspace) -> None:
    """Merging moves every link to the kept record; undoing it restores each row exactly."""
    kept = _person(demo_workspace, "Koen Vermeersch")
    other = demo_workspace.people.create_person(PersonInput("Koen", "Vermeersch", "koen@thuis.be"))
    session = demo_workspace.sessions.all_sessions()[0].uid
    demo_workspace.sessions.register_person(session, other, "present")
    trajectory = trajectory_uid(demo_workspace, "autodelen")
    demo_workspace.trajectories.add_contact(trajectory, "Lokale trekker", person_uid=other)
    before = _rows(demo_workspace)

    preview = demo_workspace.people.merge_preview(kept, other)
    moves = {m.kind: m.moved for m in preview.moves}
    assert moves["registrations"] == 1 and moves["trajectory_contacts"] == 1
    assert [c.field for c in preview.choices] == ["email"]
    merge = demo_workspace.people.merge_people(kept, other, frozenset({"email"}))

    assert other not in {r.uid for r in demo_workspace.people.people_list()}
    merged = demo_workspace.people.person_detail(kept)
    assert merged.email == "koen@thuis.be"
    assert any(part.session_uid == session for part in merged.sessions)
    assert trajectory in {t[0] for t in merged.trajectories}

    demo_workspace.people.undo_merge(merge)
    assert _rows(demo_workspace) == before
    with pytest.raises(UserError):
        demo_workspace.people.undo_merge(merge)


def test_merging_a_person_with_themself_is_refused(demo_workspace: Workspace) -> None:
    """Two different records are needed."""
    uid = _person(demo_workspace, "Koen Vermeersch")
    with pytest.raises(UserError):
        demo_workspace.people.merge_people(uid, uid, frozenset())


def test_both_registered_for_one_session_keeps_the_better_status(
    demo_workspace: Workspace,
) -> None:
    """Registered twice for one session: one registration stays, 'present' wins."""
    kept = demo_workspace.people.create_person(PersonInput("An", "Peeters"))
    other = demo_workspace.people.create_person(PersonInput("An", "Peeters"))
    session = demo_workspace.sessions.all_sessions()[0].uid
    demo_workspace.sessions.register_person(session, kept, "registered")
    demo_workspace.sessions.register_person(session, other, "present")
    demo_workspace.people.merge_people(kept, other, frozenset())
    mine = [
        r
        for r in demo_workspace.sessions.session_detail(session).registrations
        if r.person_uid == kept
    ]
    assert [r.status for r in mine] == ["present"]
