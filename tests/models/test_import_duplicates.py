"""Honest duplicates: nobody is merged away on a guess, every merge has a reason, every row
read is accounted for once."""

from datetime import date
from pathlib import Path

import pytest

from models.people.importing.duplicates import Kind
from models.people.importing.headers import Field, SheetTable
from models.people.importing.matching import ExistingPerson, PeopleIndex
from models.people.importing.plan import Decisions, Outcome, build_preview, with_accepted

TODAY = date(2026, 11, 22)
HEADERS = ("Voornaam", "Naam", "E-mail", "GSM", "Postcode")
MAPPING = {
    0: {
        "Voornaam": Field.FIRST_NAME,
        "Naam": Field.LAST_NAME,
        "E-mail": Field.EMAIL,
        "GSM": Field.PHONE,
        "Postcode": Field.POSTCODE,
    }
}


def _preview(rows, known=(), decisions=None, merge_likely=True):
    table = SheetTable(0, "Blad1", 1, HEADERS, tuple((i + 2, row) for i, row in enumerate(rows)))
    return build_preview(
        "lijst.xlsx",
        [table],
        MAPPING,
        PeopleIndex(known),
        TODAY,
        decisions,
        merge_likely=merge_likely,
    )


def _adds_up(preview) -> None:
    counts = preview.counts()
    assert sum(counts.values()) == preview.rows_read
    assert set(preview.outcomes) == {row.key for row in preview.rows}


def test_same_name_and_postcode_but_other_email_and_phone_are_two_people() -> None:
    """The case that lost people: the second person's e-mail and phone are kept."""
    preview = _preview(
        [
            ("Jan", "Peeters", "jan@telenet.be", "0470 11 22 33", 8500),
            ("Jan", "Peeters", "jan.peeters@gmail.com", "0486 99 88 77", 8500),
        ]
    )
    assert preview.created == 2 and preview.duplicates == ()
    emails = {person.values.email for person in preview.people}
    assert emails == {"jan@telenet.be", "jan.peeters@gmail.com"}
    (suggestion,) = preview.suggestions
    assert suggestion.kind is Kind.CONFLICT and not suggestion.same and not suggestion.proposed
    assert "another e-mail address" in suggestion.reason
    assert suggestion.mine.phone == "+32 486 99 88 77"  # both sides, for the side-by-side view
    assert suggestion.theirs.phone == "+32 470 11 22 33"
    assert preview.outcomes[(0, 3)] is Outcome.POSSIBLE_DUPLICATE
    _adds_up(preview)


def test_the_coach_can_still_say_they_are_one() -> None:
    rows = [
        ("Jan", "Peeters", "jan@telenet.be", None, 8500),
        ("Jan", "Peeters", "jan.peeters@gmail.com", None, 8500),
    ]
    decisions = with_accepted(Decisions(), (0, 3), "row:0:2", True)
    preview = _preview(rows, decisions=decisions)
    assert preview.created == 1 and preview.people[0].values.email == "jan@telenet.be"
    (merge,) = preview.merges
    assert merge.key == (0, 3) and merge.confirmed and merge.target == "row:0:2"


def test_same_email_is_the_same_person_and_the_merge_says_why() -> None:
    preview = _preview(
        [("Jan", "Peeters", "jan@x.be", None, None), ("Jan", "Peeters", "JAN@X.BE", None, 8500)]
    )
    assert preview.created == 1 and preview.people[0].values.postcode == "8500"
    (merge,) = preview.merges
    assert (merge.key, merge.target, merge.confirmed) == ((0, 3), "row:0:2", False)
    assert merge.reason == "same e-mail address"
    assert preview.outcomes == {(0, 2): Outcome.ADDED, (0, 3): Outcome.MERGED}


def test_same_email_but_another_phone_or_another_name_is_kept_apart() -> None:
    """A family sharing one address, or a number that changed: shown, never merged alone."""
    preview = _preview(
        [
            ("Jan", "Peeters", "fam.peeters@x.be", "0470 11 22 33", None),
            ("An", "Peeters", "fam.peeters@x.be", None, None),
            ("Jan", "Peeters", "fam.peeters@x.be", "0486 99 88 77", None),
        ]
    )
    assert preview.created == 3
    reasons = {(s.key, s.target): s.reason for s in preview.suggestions}
    assert reasons[((0, 3), "row:0:2")] == "same e-mail address, but another name"
    assert reasons[((0, 4), "row:0:2")] == "same e-mail address, but another phone number"
    assert all(s.kind is Kind.CONFLICT and not s.same for s in preview.suggestions)


def test_same_name_and_place_without_conflict_is_proposed_not_forced() -> None:
    """The window proposes the merge (ticked); the command line keeps both and lists them."""
    rows = [("Els", "Smet", "els@x.be", None, 8500), ("Els", "Smet", None, "0470112233", 8500)]
    window = _preview(rows)
    (suggestion,) = window.suggestions
    assert suggestion.kind is Kind.LIKELY and suggestion.proposed and suggestion.same
    assert window.created == 1 and window.people[0].values.phone == "+32 470 11 22 33"
    assert window.outcomes[(0, 3)] is Outcome.MERGED
    unticked = _preview(rows, decisions=with_accepted(Decisions(), (0, 3), "row:0:2", False))
    assert unticked.created == 2
    command = _preview(rows, merge_likely=False)
    assert command.created == 2 and command.merges == ()
    assert [s.key for s in command.possible_duplicates] == [(0, 3)]
    assert command.outcomes[(0, 3)] is Outcome.POSSIBLE_DUPLICATE
    _adds_up(command)


def test_identical_rows_are_one_person_everywhere() -> None:
    rows = [("Els", "Smet", None, None, 8500), ("els", "SMET", None, None, 8500)]
    for merge_likely in (True, False):
        preview = _preview(rows, merge_likely=merge_likely)
        assert preview.created == 1 and preview.merges[0].reason == "same name and the same details"


def test_known_people_are_matched_by_email_and_never_by_a_guess_on_the_command_line() -> None:
    known = [
        ExistingPerson("u1", "Jan", "Peeters", "jan@x.be", None, "8500", "Kortrijk", None),
        ExistingPerson("u2", "Els", "Smet", None, "+32 470 11 22 33", "8500", "Kortrijk", None),
    ]
    rows = [
        ("Jan", "Peeters", "jan@x.be", "0470 55 55 55", 8500),  # same email: completed
        ("Els", "Smet", None, None, 8500),  # same name and place: likely
        ("Els", "Smet", "els@x.be", "0486 00 00 00", 8500),  # another phone: possibly
    ]
    command = _preview(rows, known, merge_likely=False)
    assert [p.action for p in command.people] == ["update", "create", "create"]
    assert command.merges[0].target == "person:u1" and command.merges[0].key == (0, 2)
    kinds = {s.key: s.kind for s in command.possible_duplicates}
    assert kinds == {(0, 3): Kind.LIKELY, (0, 4): Kind.CONFLICT}
    counts = command.counts()
    assert counts[Outcome.COMPLETED] == 1 and counts[Outcome.POSSIBLE_DUPLICATE] == 2
    window = _preview(rows, known)
    assert [p.action for p in window.people] == ["update", "unchanged", "create"]


def test_two_known_people_are_never_joined_through_the_file() -> None:
    """Rows ticked as two different known people stay apart."""
    known = [
        ExistingPerson("u1", "Jan", "Peeters", "a@x.be", None, "8500", None, None),
        ExistingPerson("u2", "Jan", "Peeters", "b@x.be", None, "8500", None, None),
    ]
    rows = [("Jan", "Peeters", "a@x.be", None, 8500), ("Jan", "Peeters", "b@x.be", None, 8500)]
    decisions = with_accepted(Decisions(), (0, 3), "row:0:2", True)
    preview = _preview(rows, known, decisions)
    assert {p.existing_uid for p in preview.people} == {"u1", "u2"}


def test_every_row_read_has_one_outcome_and_the_counts_add_up() -> None:
    known = [ExistingPerson("u1", "Jan", "Peeters", "jan@x.be", None, None, None, None)]
    rows = [
        ("Jan", "Peeters", "jan@x.be", None, None),  # already known
        ("", "", "niemand@x.be", None, None),  # skipped: no name
        ("Els", "Smet", "els@x.be", None, None),  # added
        ("Els", "Smet", "ELS@x.be", None, 8500),  # merged
        ("Jan", "Peeters", None, None, 3000),  # possible duplicate (a namesake elsewhere)
        ("Lien", "Maes", None, None, 2000),  # added
    ]
    preview = _preview(rows, known)
    assert [preview.outcomes[(0, n)] for n in range(2, 8)] == [
        Outcome.ALREADY_KNOWN,
        Outcome.SKIPPED,
        Outcome.ADDED,
        Outcome.MERGED,
        Outcome.POSSIBLE_DUPLICATE,
        Outcome.ADDED,
    ]
    _adds_up(preview)


@pytest.mark.slow
def test_ten_thousand_people_with_unique_emails_and_repeating_names_stay_ten_thousand(
    db_path: Path, tmp_path: Path
) -> None:
    """Names repeat as in real lists (80 names, 8 postcodes); e-mails and phones differ."""
    from models.workspace import Workspace

    first = (
        "Anneleen",
        "Dirk",
        "Els",
        "Jan",
        "Véronique",
        "Tom",
        "Lien",
        "Pieter",
        "Marie",
        "Bart",
    )
    last = (
        "Van den Broeck",
        "D'hondt",
        "de Smet",
        "Peeters",
        "Maes",
        "Claes",
        "Wouters",
        "Goossens",
    )
    lines = ["Voornaam;Naam;E-mail;GSM;Postcode"]
    for i in range(10_000):
        lines.append(
            f"{first[i % 10]};{last[i // 10 % 8]};p{i}@voorbeeld.be;04{70000000 + i * 7};"
            f"{(8500, 8530, 3020, 2000, 9000, 1050, 8870, 2260)[i % 8]}"
        )
    path = tmp_path / "lijst.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    workspace = Workspace.open(db_path)
    try:
        for merge_likely in (True, False):
            draft = workspace.people.read_people_file(path)
            preview = workspace.people.preview_people_import(
                draft, today=TODAY, merge_likely=merge_likely
            )
            assert preview.created == 10_000 and preview.merges == ()
            assert sum(preview.counts().values()) == 10_000
        workspace.people.commit_people_import(preview, today=TODAY)
        assert len(workspace.people.people_list()) == 10_000
    finally:
        workspace.close()
