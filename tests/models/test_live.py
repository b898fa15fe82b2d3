"""Live mode's rules: the agenda clock, check-in search, walk-ins, notes, decisions, actions."""

import random
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from models.core.errors import UserError
from models.orm import ActionEvent, Consent, Person
from models.sessions.dto import AgendaRow
from models.sessions.live_clock import live_state, minutes_text
from models.sessions.live_search import keystrokes_to_check_in, make_candidate, rank
from models.workspace import Workspace

DAY = date(2026, 11, 22)
START = datetime(2026, 12, 2, 19, 30)


@pytest.fixture
def workspace(demo_copy) -> Workspace:
    workspace = demo_copy(DAY)
    return workspace


@pytest.fixture
def uid(workspace: Workspace) -> str:
    return next(
        r.uid
        for r in workspace.sessions.all_sessions()
        if r.title.startswith("Infosessie 'Autodelen")
    )


def _agenda(*minutes: int, started: dict[int, datetime] | None = None) -> list[AgendaRow]:
    started = started or {}
    rows, moment = [], START
    for index, length in enumerate(minutes):
        end = moment + timedelta(minutes=length)
        rows.append(
            AgendaRow(
                str(index), index, f"blok {index}", length, "", "", moment, end, started.get(index)
            )
        )
        moment = end
    return rows


def test_clock_before_during_and_after_the_planned_agenda() -> None:
    """Before the start: time to go; during: the block of the clock; after: the last one."""
    agenda = _agenda(10, 20, 30)
    before = live_state(agenda, START, START - timedelta(minutes=5))
    assert before.before_start and before.current_index is None and before.seconds_left == 300
    during = live_state(agenda, START, START + timedelta(minutes=15))
    assert during.current_index == 1 and during.seconds_left == 15 * 60
    after = live_state(agenda, START, START + timedelta(minutes=70))
    assert after.finished and after.current_index == 2 and after.seconds_left < 0


def test_a_started_block_counts_from_its_real_start_and_shows_over_time() -> None:
    """Block 1 started at 19:50: at 20:15 it is 5 minutes over, the end moves on."""
    agenda = _agenda(10, 20, 30, started={1: START + timedelta(minutes=20)})
    state = live_state(agenda, START, START + timedelta(minutes=45))
    assert state.started and state.current_index == 1
    assert state.seconds_left == -5 * 60 and minutes_text(state.seconds_left) == "5 min"
    assert state.expected_end == START + timedelta(minutes=45 + 30)


def test_no_agenda_and_no_start_do_not_break_the_clock() -> None:
    """A session without agenda or without a date still gives a state."""
    assert live_state([], START, START).current_index is None
    assert live_state(_agenda(10), None, START).before_start


def test_expected_people_rank_before_everyone_else() -> None:
    """'jan' finds the registered Jan before the Jan who only exists in the address book."""
    candidates = [
        make_candidate("a", "Jan", "Peeters", "", 4),
        make_candidate("b", "Jan", "Van Puyvelde", "", 0),
        make_candidate("c", "Janne", "Maes", "", 1),
    ]
    assert [c.person_uid for c in rank(candidates, "jan")] == ["b", "c", "a"]
    assert [c.person_uid for c in rank(candidates, "van p")] == ["b"]
    assert rank(candidates, "puy")[0].person_uid == "b"
    assert rank(candidates, "zzz") == []


def test_accents_and_apostrophes_do_not_get_in_the_way() -> None:
    """'dho' finds D'hondt, 'vero' finds Véronique, 'vandenb' finds Van den Broeck."""
    candidates = [
        make_candidate("1", "Marc", "D'hondt", "", 0),
        make_candidate("2", "Véronique", "Lefèvre", "", 0),
        make_candidate("3", "Ilse", "Van den Broeck", "", 0),
    ]
    assert rank(candidates, "dho")[0].person_uid == "1"
    assert rank(candidates, "vero")[0].person_uid == "2"
    assert rank(candidates, "vandenb")[0].person_uid == "3"
    assert rank(candidates, "broe")[0].person_uid == "3"


def test_a_registered_person_takes_at_most_four_keystrokes(workspace, uid) -> None:
    """With 400 more people in the address book, every registered person: ≤ 3 letters + Enter."""
    rng = random.Random(7)
    firsts = ["Koen", "Lies", "Marc", "Ilse", "Thomas", "Nathalie", "Jef", "Griet", "Elke", "Bart"]
    lasts = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens"]
    with workspace.database.session_factory.begin() as session:
        for _ in range(400):
            session.add(Person(first_name=rng.choice(firsts), last_name=rng.choice(lasts)))
    candidates = workspace.live.check_in_candidates(uid)
    registered = [
        r for r in workspace.sessions.session_detail(uid).registrations if r.status == "registered"
    ]
    counts = [keystrokes_to_check_in(candidates, r.person_uid) for r in registered]
    assert all(count is not None and count <= 4 for count in counts), counts


def test_check_in_marks_present_once(workspace, uid) -> None:
    """The first check-in counts; a second Enter on the same person changes nothing."""
    person = workspace.sessions.session_detail(uid).registrations[0]
    assert workspace.live.check_in(uid, person.person_uid, START) is True
    assert workspace.live.check_in(uid, person.person_uid, START + timedelta(minutes=5)) is False
    detail = workspace.sessions.session_detail(uid)
    row = next(r for r in detail.registrations if r.person_uid == person.person_uid)
    assert row.status == "present" and row.checked_in_at == START
    assert detail.counts.present == 1
    workspace.live.undo_check_in(uid, person.person_uid)
    assert workspace.sessions.session_detail(uid).counts.present == 0


def test_someone_known_but_not_registered_is_checked_in_as_walk_in(workspace, uid) -> None:
    """Checking in a person from the address book registers them as a walk-in."""
    other = next(p for p in workspace.people.all_people() if p.name == "Evelien Peeters")
    workspace.live.check_in(uid, other.uid, START)
    counts = workspace.sessions.session_detail(uid).counts
    assert counts.walk_ins == 1 and counts.present == 1


def test_walk_in_with_consent_makes_a_person_a_consent_and_a_check_in(workspace, uid) -> None:
    """Name, phone without its leading zero, consent ticked: all stored at once."""
    person_uid = workspace.live.walk_in(
        uid, "  Roos  Vercruysse ", "476 55 12 34", True, START, DAY
    )
    with workspace.database.session_factory() as session:
        person = session.get(Person, __import__("uuid").UUID(person_uid))
        assert person is not None
        assert (person.first_name, person.last_name) == ("Roos", "Vercruysse")
        assert person.phone == "+32 476 55 12 34"
        consents = session.scalars(select(Consent).where(Consent.person_uid == person.uid)).all()
        assert [c.source for c in consents] == ["aanwezigheidslijst"]
    row = next(
        r
        for r in workspace.sessions.session_detail(uid).registrations
        if r.name == "Roos Vercruysse"
    )
    assert row.walk_in and row.status == "present" and row.has_consent


def test_walk_in_without_consent_stores_no_consent(workspace, uid) -> None:
    """No tick, no consent row; the person is still checked in."""
    workspace.live.walk_in(uid, "Hanne Lemmens", "hanne@example.org", False, START, DAY)
    row = next(
        r for r in workspace.sessions.session_detail(uid).registrations if r.name == "Hanne Lemmens"
    )
    assert row.status == "present" and not row.has_consent


def test_walk_in_with_a_known_email_reuses_the_person(workspace, uid) -> None:
    """An e-mail already known is the same person: no duplicate is made."""
    known = next(p for p in workspace.people.all_people() if p.name == "Evelien Peeters")
    people_before = len(workspace.people.all_people())
    assert (
        workspace.live.walk_in(uid, "Evelien P.", known.email.upper(), True, START, DAY)
        == known.uid
    )
    assert len(workspace.people.all_people()) == people_before


@pytest.mark.parametrize(
    ("name", "contact", "field"),
    [("", "0470 12 34 56", "name"), ("Jo", "jo@", "contact"), ("Jo", "12", "contact")],
)
def test_bad_walk_in_input_is_refused_and_nothing_stored(
    workspace, uid, name, contact, field
) -> None:
    """An empty name, a broken e-mail, a too short number: a message at the field."""
    before = workspace.sessions.session_detail(uid).counts
    with pytest.raises(UserError) as caught:
        workspace.live.walk_in(uid, name, contact, True, START, DAY)
    assert caught.value.field == field
    assert workspace.sessions.session_detail(uid).counts == before


def test_block_note_is_replaced_as_typed_and_decisions_add_up(workspace, uid) -> None:
    """Each keystroke rewrites the block's one note; decisions are separate lines."""
    block = workspace.sessions.session_detail(uid).agenda[2].uid
    for length in range(1, 6):
        workspace.live.save_block_note(uid, block, "Vragen"[:length])
    workspace.live.add_decision(uid, "Tweede infosessie in maart.", block)
    notes = workspace.sessions.session_detail(uid).notes
    assert [(n.kind, n.text) for n in notes] == [
        ("note", "Vrage"),
        ("decision", "Tweede infosessie in maart."),
    ]
    with pytest.raises(UserError):
        workspace.live.add_decision(uid, "   ")
    with pytest.raises(UserError):
        workspace.live.save_block_note(uid, block, "x" * 20_001)


def test_drafts_survive_until_enter(workspace, uid) -> None:
    """A half-typed action is kept as a draft; adding the action clears it."""
    workspace.live.save_live_draft(uid, "action", "Flyers bij de bak")
    assert workspace.live.live_drafts(uid) == {"action": "Flyers bij de bak"}
    workspace.live.add_session_action(uid, "Flyers bij de bakker leggen")
    assert workspace.live.live_drafts(uid) == {}


def test_actions_with_quick_due_picks_owner_and_history(workspace, uid) -> None:
    """Next week and next session are offered; the action gets a 'created' history line."""
    choices = {c.key: c.due_on for c in workspace.live.due_choices(uid, date(2026, 12, 2))}
    assert choices["next_week"] == date(2026, 12, 9)
    assert choices["next_session"] == date(2027, 1, 4)
    owner = workspace.sessions.session_detail(uid).registrations[0]
    action = workspace.live.add_session_action(
        uid,
        "Zaal voor de vervolgbijeenkomst vastleggen",
        owner_person_uid=owner.person_uid,
        due_on=choices["next_session"],
    )
    workspace.live.add_session_action(uid, "Persbericht", owner_text="Sarah (stad)")
    rows = workspace.sessions.session_detail(uid).actions
    assert [(a.owner, a.due_on) for a in rows] == [
        (owner.name, date(2027, 1, 4)),
        ("Sarah (stad)", None),
    ]
    with workspace.database.session_factory() as session:
        events = session.scalars(
            select(ActionEvent.field).where(
                ActionEvent.action_uid == __import__("uuid").UUID(action)
            )
        ).all()
    assert events == ["created"]
    with pytest.raises(UserError):
        workspace.live.add_session_action(uid, "  ")


def test_starting_blocks_moves_the_clock(workspace, uid) -> None:
    """Starting block 2 at 19:45 makes it current; going back to None restores the plan."""
    agenda = workspace.sessions.session_detail(uid).agenda
    workspace.live.start_block(uid, agenda[1].uid, START + timedelta(minutes=15))
    detail = workspace.sessions.session_detail(uid)
    assert detail.agenda[1].started_at == START + timedelta(minutes=15)
    state = live_state(detail.agenda, detail.starts_at, START + timedelta(minutes=40))
    assert state.current_index == 1 and state.seconds_left == -5 * 60
    workspace.live.start_block(uid, None, START)
    assert all(r.started_at is None for r in workspace.sessions.session_detail(uid).agenda)


def test_closing_marks_the_missing_absent_and_the_session_held(workspace, uid) -> None:
    """Registered but not present becomes absent; present and excused stay."""
    detail = workspace.sessions.session_detail(uid)
    workspace.live.check_in(uid, detail.registrations[0].person_uid, START)
    workspace.sessions.set_registration_status(detail.registrations[1].uid, "excused")
    absent = workspace.live.close_session(uid)
    after = workspace.sessions.session_detail(uid)
    assert absent == len(detail.registrations) - 2
    assert after.status == "held" and after.counts.absent == absent


def test_the_closing_check_says_who_is_marked_absent_and_what_typed_text_is_lost(
    workspace, uid
) -> None:
    """The check counts who would be marked absent and names a typed line that would be lost."""
    detail = workspace.sessions.session_detail(uid)
    workspace.live.check_in(uid, detail.registrations[0].person_uid, START)
    check = workspace.live.session_closing_check(uid)
    assert check.not_checked_in == len(detail.registrations) - 1 and check.unsaved == ()
    workspace.live.save_live_draft(uid, "action", "Flyers bij de")
    assert workspace.live.session_closing_check(uid).unsaved == ("action",)
    absent = workspace.live.close_session(uid)
    assert absent == check.not_checked_in
    assert workspace.live.session_closing_check(uid) == type(check)(0, (), check.day)
