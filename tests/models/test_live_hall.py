"""Live mode in the hall, second pass: near names, consent, drafts, the open session, the day."""

import uuid
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from models.core.errors import UserError
from models.orm import Consent, Person
from models.people.near_names import near_word, spelling_key
from models.sessions.live_search import CheckInSearch, make_candidate, rank
from models.workspace import Workspace

DAY = date(2026, 11, 22)
START = datetime(2026, 12, 2, 19, 30)


@pytest.fixture
def workspace(demo_copy) -> Workspace:
    return demo_copy(DAY)


@pytest.fixture
def uid(workspace: Workspace) -> str:
    return next(
        r.uid
        for r in workspace.sessions.all_sessions()
        if r.title.startswith("Infosessie 'Autodelen")
    )


def _person(workspace: Workspace, person_uid: str) -> Person:
    with workspace.database.session_factory() as session:
        person = session.get(Person, uuid.UUID(person_uid))
        assert person is not None
        session.expunge(person)
        return person


# ---------------------------------------------------------------- near names


def test_spelling_variants_are_one_word() -> None:
    """Wuijts is Wuyts, Claes is Klaes, D'hondt is Dhont, once the spelling key is taken."""
    assert spelling_key("wuijts") == spelling_key("wuyts")
    assert spelling_key("claes") == spelling_key("klaes")
    assert spelling_key("dhondt") == spelling_key("dhont")


@pytest.mark.parametrize(
    ("typed", "word", "near"),
    [
        ("saelans", "saelens", True),  # one letter changed
        ("salens", "saelens", True),  # one left out
        ("saelan", "saelens", True),  # still typing, the typo in what is typed so far
        ("saleens", "saelens", True),  # two neighbours swapped
        ("sae", "saelens", True),  # the start
        ("sal", "saelens", True),  # the start, as it sounds (ae is a)
        ("sel", "saelens", False),  # three letters: no typo forgiven yet
        ("peters", "saelens", False),
        ("maes", "mertens", False),
    ],
)
def test_a_typed_word_near_a_name_word(typed: str, word: str, near: bool) -> None:
    """A typo is forgiven from four letters on: changed, left out, added or swapped."""
    assert near_word(spelling_key(typed), spelling_key(word)) is near


def test_typos_and_spelling_variants_find_the_person_after_the_exact_matches() -> None:
    """'Saelans' finds Saelens and 'Wuijts' Wuyts, marked near; an exact name still wins."""
    candidates = [
        make_candidate("1", "Mieke", "Saelens", "Beveren", 0),
        make_candidate("2", "Luc", "Wuyts", "Tienen", 3),
        make_candidate("3", "Véronique", "Lefèvre", "", 4),
        make_candidate("4", "Mieke", "Saelans", "Gent", 4),
    ]
    search = CheckInSearch(candidates)
    assert [(h.candidate.person_uid, h.near) for h in search.search("wuijts")] == [("2", True)]
    assert [(h.candidate.person_uid, h.near) for h in search.search("mieke saelans")] == [
        ("1", True),  # expected tonight: first, though near
        ("4", False),
    ]
    assert [c.person_uid for c in rank(candidates, "lefevre")] == ["3"]  # accents ignored
    assert [c.person_uid for c in rank(candidates, "veroniqeu")] == ["3"]  # swapped letters
    assert rank(candidates, "xyzzy") == []


def test_two_typed_words_need_two_name_words() -> None:
    """'jan jan' does not find Jan Peeters: each name word answers one typed word."""
    candidates = [make_candidate("1", "Jan", "Peeters", "", 0)]
    assert rank(candidates, "jan jan") == []
    assert rank(candidates, "jan peters")[0].person_uid == "1"


def test_the_search_over_the_demo_finds_both_typos(workspace) -> None:
    """In the buurtpunt session, 'Saelans' and 'Wuijts' find Mieke Saelens and Luc Wuyts."""
    session = next(
        r.uid for r in workspace.sessions.all_sessions() if r.title.startswith("Werksessie 2: jur")
    )
    search = CheckInSearch(workspace.live.check_in_candidates(session))
    assert search.search("Saelans")[0].candidate.name == "Mieke Saelens"
    assert search.search("Wuijts")[0].candidate.name == "Luc Wuyts"


# ---------------------------------------------------------------- walk-ins and consent


def test_without_consent_only_the_name_is_kept(workspace, uid) -> None:
    """No tick: the person has a name, no e-mail, no phone and no consent; still counted."""
    person_uid = workspace.live.walk_in(uid, "Hanne Lemmens", "0476 55 12 34", False, START, DAY)
    person = _person(workspace, person_uid)
    assert (person.first_name, person.last_name) == ("Hanne", "Lemmens")
    assert person.email is None and person.phone is None
    with workspace.database.session_factory() as session:
        assert not session.scalars(
            select(Consent).where(Consent.person_uid == uuid.UUID(person_uid))
        ).all()
    assert workspace.sessions.session_detail(uid).counts.walk_ins == 1


def test_without_consent_a_broken_contact_is_no_error(workspace, uid) -> None:
    """What will not be kept is not checked: 'jo@' without the tick still checks Jo in."""
    person_uid = workspace.live.walk_in(uid, "Jo Peeters", "jo@", False, START, DAY)
    assert _person(workspace, person_uid).email is None


def test_picking_a_known_person_checks_them_in_and_makes_nobody_new(workspace, uid) -> None:
    """The coach picks Evelien Peeters from the suggestions: no second Evelien is made."""
    known = next(p for p in workspace.people.all_people() if p.name == "Evelien Peeters")
    before = len(workspace.people.all_people())
    done = workspace.live.walk_in(
        uid, "Evelien Peters", "", False, START, DAY, person_uid=known.uid
    )
    assert done == known.uid and len(workspace.people.all_people()) == before
    row = next(
        r for r in workspace.sessions.session_detail(uid).registrations if r.person_uid == done
    )
    assert row.status == "present" and row.walk_in


def test_a_picked_person_keeps_their_contact_and_gets_only_what_was_missing(workspace, uid) -> None:
    """With consent a known e-mail is never overwritten; a missing phone is added."""
    known = next(p for p in workspace.people.all_people() if p.name == "Evelien Peeters")
    stored = _person(workspace, known.uid)
    workspace.live.walk_in(
        uid, "Evelien", "andere@example.org", True, START, DAY, person_uid=known.uid
    )
    after = _person(workspace, known.uid)
    assert after.email == stored.email


def test_picking_an_erased_person_is_refused(workspace, uid) -> None:
    """A person erased meanwhile cannot be checked in: a message, nothing stored."""
    with pytest.raises(UserError):
        workspace.live.walk_in(uid, "X", "", False, START, DAY, person_uid=str(uuid.uuid4()))


# ---------------------------------------------------------------- drafts and the open session


def test_every_live_field_is_kept_as_a_draft(workspace, uid) -> None:
    """Decision, action with owner, due, project, and a half-typed walk-in: all kept."""
    fields = {
        "decision": "Tweede infosessie in",
        "action": "Flyers bij de bakker",
        "action_owner": "Koen Vermeersch",
        "action_due": "09/12/2026",
        "action_project": "",
        "walk_in_name": "Wannes Tuer",
        "walk_in_contact": "0476 55",
        "walk_in_consent": "1",
    }
    for field, text in fields.items():
        workspace.live.save_live_draft(uid, field, text)
    assert workspace.live.live_drafts(uid) == {k: v for k, v in fields.items() if v}
    with pytest.raises(ValueError):
        workspace.live.save_live_draft(uid, "something_else", "x")


def test_adding_the_action_or_the_walk_in_clears_its_drafts_only(workspace, uid) -> None:
    """Enter on the action clears the action's four fields; the walk-in's stay, and back."""
    for field, text in (
        ("action", "Flyers"),
        ("action_owner", "Koen"),
        ("action_due", "09/12/2026"),
        ("walk_in_name", "Wannes"),
    ):
        workspace.live.save_live_draft(uid, field, text)
    workspace.live.add_session_action(uid, "Flyers", owner_text="Koen")
    assert workspace.live.live_drafts(uid) == {"walk_in_name": "Wannes"}
    workspace.live.walk_in(uid, "Wannes Tuerlinckx", "", False, START, DAY)
    assert workspace.live.live_drafts(uid) == {}


def test_the_open_session_is_known_until_live_mode_is_left(workspace, uid) -> None:
    """Marked open: found again (with how many lines were typed); left normally: nothing."""
    assert workspace.live.open_live_session() is None
    workspace.live.mark_live_open(uid)
    workspace.live.save_live_draft(uid, "decision", "Tweede")
    found = workspace.live.open_live_session()
    assert found is not None and found.session_uid == uid and found.drafts == 1
    assert found.title.startswith("Infosessie")
    workspace.live.mark_live_closed(uid)
    assert workspace.live.open_live_session() is None


def test_closing_the_session_leaves_live_mode(workspace, uid) -> None:
    """After closing as held there is nothing to go back to, and no draft is left."""
    workspace.live.mark_live_open(uid)
    workspace.live.save_live_draft(uid, "walk_in_name", "Wannes")
    workspace.live.close_session(uid)
    assert workspace.live.open_live_session() is None
    assert workspace.live.live_drafts(uid) == {}


def test_an_open_mark_for_a_deleted_session_is_dropped(workspace, uid) -> None:
    """The session was deleted since: nothing is offered and the mark is gone."""
    workspace.live.mark_live_open(uid)
    workspace.sessions.delete_session(uid)
    assert workspace.live.open_live_session() is None


# ---------------------------------------------------------------- the day


def test_the_session_day_beside_today(workspace, uid) -> None:
    """On 22/11 the infosessie of 02/12 is 10 days away; on 02/12 it is today."""
    early = workspace.live.session_day(uid, DAY)
    assert not early.is_today and early.days_away == 10
    assert workspace.live.session_day(uid, START.date()).is_today


def test_closing_on_another_day_can_leave_everyone_unmarked(workspace, uid) -> None:
    """Closed without marking absent: held, nobody absent, the registered still registered."""
    check = workspace.live.session_closing_check(uid, DAY)
    assert not check.day.is_today and check.not_checked_in > 0
    assert workspace.live.close_session(uid, mark_absent=False) == 0
    detail = workspace.sessions.session_detail(uid)
    assert detail.status == "held" and detail.counts.absent == 0
    assert detail.counts.waiting == check.not_checked_in


def test_the_demo_walk_in_keeps_its_contact_with_consent(workspace) -> None:
    """The demo's walk-ins ticked consent: their phone or e-mail is stored."""
    roos = next(p for p in workspace.people.all_people() if p.name == "Roos Vercruysse")
    assert roos.phone


def test_a_walk_in_at_a_later_time_is_checked_in_then(workspace, uid) -> None:
    """The check-in time is the moment given (the live clock), not the service's clock."""
    later = START + timedelta(minutes=40)
    person_uid = workspace.live.walk_in(uid, "Wannes Tuerlinckx", "", False, later, DAY)
    row = next(
        r
        for r in workspace.sessions.session_detail(uid).registrations
        if r.person_uid == person_uid
    )
    assert row.checked_in_at == later
