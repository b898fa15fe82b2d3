"""The session editor's rules: templates, derived times, reordering, registrations."""

from datetime import date, datetime, timedelta

import pytest

from desktop.shell.messages import user_message
from models.core.errors import UserError
from models.workspace import Workspace
from tests.demo import demo_name
from tests.dutch import raises_dutch

DAY = date(2026, 11, 22)


@pytest.fixture
def workspace(demo_copy) -> Workspace:
    workspace = demo_copy(DAY)
    return workspace


def _trajectory(workspace: Workspace, programme: str) -> str:
    return next(
        t.uid for t in workspace.trajectories.trajectories() if t.name == demo_name(programme)
    )


def test_templates_of_klimaatdoeners_are_the_four_work_sessions_with_purpose(workspace) -> None:
    """Kickoff, Pick'n Choose, Hands on and Wrap up are offered with the seed's purposes."""
    choices = {
        c.key: c
        for c in workspace.sessions.session_templates(_trajectory(workspace, "klimaatdoeners"))
    }
    assert {"kickoff", "pick_n_choose", "hands_on", "wrap_up"} <= set(choices)
    assert choices["pick_n_choose"].purpose == "Kiezen van acties en vormen van groepen."


def test_a_session_from_a_template_gets_agenda_purpose_and_the_last_room(workspace) -> None:
    """A new buurtpunt session has the theme's agenda, starts when asked, in the known hall."""
    trajectory = _trajectory(workspace, "buurtpunt")
    uid = workspace.sessions.create_session(
        trajectory, "werksessie_2", datetime(2027, 1, 12, 19, 30)
    )
    detail = workspace.sessions.session_detail(uid)
    assert detail.title == "Werksessie 2: juridische aspecten"
    assert "juridische aspecten" in detail.purpose
    assert detail.agenda[0].starts_at == datetime(2027, 1, 12, 19, 30)
    assert detail.ends_at == datetime(2027, 1, 12, 22, 30)
    assert detail.location_name == "Dorpshuis Kieldrecht"


def test_unknown_template_and_empty_title_are_refused(workspace) -> None:
    """A template the programme lacks, or an empty session without a title, stores nothing."""
    trajectory = _trajectory(workspace, "autodelen")
    before = len(workspace.sessions.trajectory_sessions(trajectory))
    with raises_dutch("^Het programma van dit traject kent geen bijeenkomst 'kickoff'.$"):
        workspace.sessions.create_session(trajectory, "kickoff")
    with raises_dutch("^Vul de titel in.$"):
        workspace.sessions.create_session(trajectory, None, title="   ")
    assert len(workspace.sessions.trajectory_sessions(trajectory)) == before


def _infosessie(workspace: Workspace) -> str:
    return next(
        r.uid
        for r in workspace.sessions.all_sessions()
        if r.title.startswith("Infosessie 'Autodelen")
    )


def test_start_times_follow_the_minutes_and_the_order(workspace) -> None:
    """Longer first block: every later block starts later, the running end moves with it."""
    uid = _infosessie(workspace)
    before = workspace.sessions.session_detail(uid)
    workspace.sessions.update_agenda_block(before.agenda[0].uid, minutes="25")
    after = workspace.sessions.session_detail(uid)
    assert (after.agenda[1].starts_at - before.agenda[1].starts_at).seconds == 15 * 60
    assert after.duration_minutes == before.duration_minutes + 15
    assert after.ends_at is not None and before.ends_at is not None
    assert (after.ends_at - before.ends_at).seconds == 15 * 60


def test_moving_a_block_reorders_and_retimes(workspace) -> None:
    """The last block moved to the top starts at the session start."""
    uid = _infosessie(workspace)
    detail = workspace.sessions.session_detail(uid)
    last = detail.agenda[-1]
    workspace.sessions.move_agenda_block(last.uid, 0)
    moved = workspace.sessions.session_detail(uid)
    assert moved.agenda[0].uid == last.uid
    assert moved.agenda[0].starts_at == detail.starts_at
    assert [row.position for row in moved.agenda] == list(range(len(detail.agenda)))


def test_add_and_remove_blocks(workspace) -> None:
    """A block inserted after the first shifts the rest; removing it restores the times."""
    uid = _infosessie(workspace)
    detail = workspace.sessions.session_detail(uid)
    block = workspace.sessions.add_agenda_block(uid, "Koffie", 10, position=1)
    added = workspace.sessions.session_detail(uid)
    assert added.agenda[1].title == "Koffie"
    assert added.agenda[2].uid == detail.agenda[1].uid
    assert added.agenda[2].starts_at == detail.agenda[1].starts_at + timedelta(minutes=10)
    workspace.sessions.remove_agenda_block(block)
    assert [r.uid for r in workspace.sessions.session_detail(uid).agenda] == [
        r.uid for r in detail.agenda
    ]


@pytest.mark.parametrize("minutes", ["twintig", "0", "-5", "601", ""])
def test_bad_minutes_are_refused_with_a_dutch_message(workspace, minutes: str) -> None:
    """Minutes must be a whole number from 1 to 600; nothing changes otherwise."""
    uid = _infosessie(workspace)
    block = workspace.sessions.session_detail(uid).agenda[0]
    with pytest.raises(UserError) as caught:
        workspace.sessions.update_agenda_block(block.uid, minutes=minutes)
    assert caught.value.field == "minutes"
    assert workspace.sessions.session_detail(uid).agenda[0].minutes == block.minutes


def test_empty_block_title_is_refused(workspace) -> None:
    """An agenda item needs a title."""
    uid = _infosessie(workspace)
    with pytest.raises(UserError):
        workspace.sessions.add_agenda_block(uid, " ", 10)


def test_session_details_are_edited_field_by_field(workspace) -> None:
    """Room, address, facilitators and start change; an empty title is refused."""
    uid = _infosessie(workspace)
    detail = workspace.sessions.update_session(
        uid,
        location_name="Zaal Kachtem",
        address="Kerkstraat 2, 8870 Izegem",
        facilitators="An (Autodelen.net), Sarah (stad)",
        starts_at=datetime(2026, 12, 3, 20, 0),
    )
    assert detail.location_name == "Zaal Kachtem"
    assert detail.agenda[0].starts_at == datetime(2026, 12, 3, 20, 0)
    with raises_dutch("^Vul de titel in.$"):
        workspace.sessions.update_session(uid, title="")
    with raises_dutch("^'feestje' is geen soort bijeenkomst.$"):
        workspace.sessions.update_session(uid, kind="feestje")
    assert workspace.sessions.session_detail(uid).title.startswith("Infosessie")


def test_registration_statuses(workspace) -> None:
    """Invited, registered, present (with a check-in time), excused: counted apart, and the
    registered (excused ones included) add up to present + excused + absent + waiting."""
    uid = _infosessie(workspace)
    detail = workspace.sessions.session_detail(uid)
    first, second, third = detail.registrations[:3]
    workspace.sessions.set_registration_status(first.uid, "present", datetime(2026, 12, 2, 19, 25))
    workspace.sessions.set_registration_status(second.uid, "excused")
    workspace.sessions.set_registration_status(third.uid, "invited")
    after = workspace.sessions.session_detail(uid)
    by_uid = {r.uid: r for r in after.registrations}
    assert by_uid[first.uid].checked_in_at == datetime(2026, 12, 2, 19, 25)
    assert after.counts.present == 1 and after.counts.excused == 1 and after.counts.invited == 1
    counts = after.counts
    assert counts.registered == len(detail.registrations) - 1  # the invited one is not
    assert counts.registered == (
        counts.registered_present + counts.excused + counts.absent + counts.waiting
    )
    with raises_dutch("^'misschien' is geen status van een inschrijving.$"):
        workspace.sessions.set_registration_status(first.uid, "misschien")


def test_register_a_known_person_and_remove_them(workspace) -> None:
    """Someone from another trajectory is registered, then removed again."""
    uid = _infosessie(workspace)
    person = next(p for p in workspace.people.all_people() if p.name == "Evelien Peeters")
    workspace.sessions.register_person(uid, person.uid)
    names = [r.name for r in workspace.sessions.session_detail(uid).registrations]
    assert "Evelien Peeters" in names
    registration = next(
        r
        for r in workspace.sessions.session_detail(uid).registrations
        if r.name == "Evelien Peeters"
    )
    workspace.sessions.remove_registration(registration.uid)
    assert "Evelien Peeters" not in [
        r.name for r in workspace.sessions.session_detail(uid).registrations
    ]


def test_unknown_session_uid_says_what_to_do(workspace) -> None:
    """A wrong code or a deleted session gives a message pointing to 'list sessions'."""
    with raises_dutch("geen geldige code"):
        workspace.sessions.session_detail("nonsense")
    uid = _infosessie(workspace)
    workspace.sessions.delete_session(uid)
    with pytest.raises(UserError, match="list sessions"):
        workspace.sessions.session_detail(uid)


def test_agenda_messages_read_dutch_on_the_command_line_and_english_in_an_english_window(
    workspace, qapp
) -> None:
    """The coach reads the same Dutch as before; an English window reads English."""
    uid = _infosessie(workspace)
    block = workspace.sessions.session_detail(uid).agenda[0]
    with raises_dutch("^'twintig' is geen aantal minuten. Typ een getal, bv. 20.$") as caught:
        workspace.sessions.update_agenda_block(block.uid, minutes="twintig")
    assert (
        user_message(caught.value)
        == "'twintig' is not a number of minutes. Type a number, e.g. 20."
    )
    with raises_dutch("^Een agendapunt duurt 1 tot 600 minuten, niet 601.$"):
        workspace.sessions.update_agenda_block(block.uid, minutes="601")
    with raises_dutch("^Vul de titel van het agendapunt in.$") as caught:
        workspace.sessions.add_agenda_block(uid, " ", 10)
    assert user_message(caught.value) == "Fill in the title of the agenda item."
    with raises_dutch("^De werkvorm is hoogstens 200 tekens lang.$") as caught:
        workspace.sessions.update_agenda_block(block.uid, method="x" * 201)
    assert user_message(caught.value) == "The working method is at most 200 characters long."
    with raises_dutch("^'x' is geen geldige code van een agendapunt.") as caught:
        workspace.sessions.remove_agenda_block("x")
    assert user_message(caught.value).startswith("'x' is not a valid code for an agenda item.")
