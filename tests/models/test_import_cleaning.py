"""Cleaning values and telling who is who, without a database."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.people.importing.cleaning import (
    clean_consent,
    clean_email,
    clean_phone,
    clean_place,
    excel_date,
    split_full_name,
)
from models.people.importing.headers import Field, SheetTable
from models.people.importing.matching import ExistingPerson, PeopleIndex, close_enough
from models.people.importing.plan import Decisions, build_preview

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (470123456, "+32 470 12 34 56"),  # the lost leading zero
        (470123456.0, "+32 470 12 34 56"),
        ("0470 12 34 56", "+32 470 12 34 56"),
        ("0470/12.34.56", "+32 470 12 34 56"),
        ("+32 (0)470 12 34 56", "+32 470 12 34 56"),
        ("0032470123456", "+32 470 12 34 56"),
        ("32470123456", "+32 470 12 34 56"),
        (51234567, "+32 51 23 45 67"),  # a landline that lost its zero
        ("02 223 45 67", "+32 2 223 45 67"),
        ("+49 30 1234567", "+49 30 1234567"),
    ],
)
def test_phone_numbers_restored_and_normalised(value: object, expected: str) -> None:
    assert clean_phone(value).value == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["12", "geen", "0470 12 34", "+32 999", "06-12345678"])
def test_bad_phone_numbers_are_problems(value: str) -> None:
    cleaned = clean_phone(value)
    assert cleaned.value is None and cleaned.problem and "telefoonnummer" in cleaned.problem


def test_emails_lower_cased_and_checked() -> None:
    assert clean_email(" Anneleen.VanDenBroeck@Telenet.BE ").value == (
        "anneleen.vandenbroeck@telenet.be"
    )
    assert clean_email("mailto:jan@x.be").value == "jan@x.be"
    for bad in ("karel@@voorbeeld", "jan.x.be", "jan@x", "a b@x.be", "jan@x..be"):
        cleaned = clean_email(bad)
        assert cleaned.value is None and cleaned.problem


def test_names_keep_their_particles_as_written() -> None:
    assert split_full_name("Van den Broeck, Anneleen", last_first=True) == (
        "Anneleen",
        "Van den Broeck",
    )
    assert split_full_name("  D'hondt ,  Dirk ", last_first=True) == ("Dirk", "D'hondt")
    assert split_full_name("de Smet Hélène", last_first=True) == ("Hélène", "de Smet")
    assert split_full_name("Els de Smet", last_first=False) == ("Els", "de Smet")


def test_postcode_to_municipality() -> None:
    assert clean_place(8500.0, "").municipality == "Kortrijk"
    assert clean_place("8500.0", "").postcode == "8500"
    assert clean_place(1050, "Elsene").municipality == "Elsene"
    unknown = clean_place("9999", "Nergenshuizen")
    assert unknown.postcode == "9999" and unknown.problem and "bestaat niet" in unknown.problem
    dutch = clean_place("1234 AB", "Amsterdam")
    assert dutch.problem and dutch.municipality == "Amsterdam"


def test_excel_serial_dates_and_consent() -> None:
    assert excel_date(46000) == date(2025, 12, 9)
    assert excel_date(46000.0) == date(2025, 12, 9)
    assert excel_date("22/11/2026") == date(2026, 11, 22)
    assert excel_date(12) is None
    assert clean_consent("ja", TODAY).value == TODAY
    assert clean_consent("X", TODAY).value == TODAY
    assert clean_consent("nee", TODAY).value is None
    assert clean_consent(46000, TODAY).value == date(2025, 12, 9)
    assert clean_consent("misschien", TODAY).problem


def test_close_enough() -> None:
    assert close_enough("jan peeters", "jan peters")
    assert close_enough("jan peeters", "jan peetres")  # two letters swapped
    assert not close_enough("jan peeters", "jan janssens")
    assert not close_enough("jan", "jon")  # too short to call a typo


def _one_edit_away(a: str) -> set[str]:
    """Every text one letter added, left out, changed or two neighbours swapped from `a`."""
    letters = set(a) | {"x", "é"}
    texts = {a[:i] + a[i + 1 :] for i in range(len(a))}
    texts |= {a[:i] + c + a[i:] for i in range(len(a) + 1) for c in letters}
    texts |= {a[:i] + c + a[i + 1 :] for i in range(len(a)) for c in letters}
    texts |= {a[:i] + a[i + 1] + a[i] + a[i + 2 :] for i in range(len(a) - 1)}
    return texts


@given(st.text("aeinrst é", min_size=4, max_size=9), st.text("aeinrst é", max_size=9))
def test_close_enough_is_one_edit(a: str, other: str) -> None:
    near = _one_edit_away(a) | {a}
    assert close_enough(a, other) == (other in near and (len(other) >= 4 or other == a))
    for b in list(near)[:40]:
        assert close_enough(a, b) == (len(b) >= 4 or b == a)


def _table(rows: list[tuple]) -> SheetTable:
    headers = ("Voornaam", "Naam", "E-mail", "GSM", "Postcode")
    return SheetTable(0, "Blad1", 1, headers, tuple((i + 2, row) for i, row in enumerate(rows)))


MAPPING = {
    0: {
        "Voornaam": Field.FIRST_NAME,
        "Naam": Field.LAST_NAME,
        "E-mail": Field.EMAIL,
        "GSM": Field.PHONE,
        "Postcode": Field.POSTCODE,
    }
}


def _preview(rows, known=(), decisions=None):
    return build_preview(
        "lijst.xlsx", [_table(rows)], MAPPING, PeopleIndex(known), TODAY, decisions
    )


def test_duplicates_within_the_file_by_email_and_by_name_plus_phone() -> None:
    """The same e-mail address is one person; the same name and phone number is a likely
    match the preview merges unless the coach unticks it; a namesake elsewhere is kept."""
    preview = _preview(
        [
            ("Jan", "Peeters", "jan@x.be", None, None),
            ("Jan", "Peeters", "JAN@X.BE", 470123456, 8500),  # same email
            ("Els", "Smet", None, "0470 11 22 33", None),
            ("els", "smet", None, 470112233, 8870),  # same name (case) and phone
            ("Els", "Smet", None, None, 3000),  # same name, nothing else shared
        ]
    )
    assert preview.duplicates == (((0, 2), (0, 3)), ((0, 4), (0, 5)))
    jan = preview.people[0]
    assert jan.values.phone == "+32 470 12 34 56" and jan.values.postcode == "8500"
    assert preview.created == 3
    found = {(s.key, s.target): s.same for s in preview.suggestions}
    assert found[((0, 5), "row:0:4")] is True  # likely, merged unless unticked
    assert found[((0, 6), "row:0:4")] is False  # a namesake elsewhere, kept


def test_near_match_with_the_database_is_a_suggestion_never_a_merge() -> None:
    known = [
        ExistingPerson("u1", "Véronique", "Maes", None, None, "8500", "Kortrijk", None),
        ExistingPerson("u2", "Jan", "Peeters", "jan@x.be", None, None, None, None),
    ]
    preview = _preview(
        [("Veronique", "Maes", None, None, 8500), ("Jan", "Peters", None, None, None)], known
    )
    assert [p.action for p in preview.people] == ["create", "create"]
    reasons = {s.target: s.reason for s in preview.suggestions}
    assert "accent" in reasons["person:u1"] and "letter" in reasons["person:u2"]
    accepted = Decisions(accepted=frozenset({((0, 2), "person:u1")}))
    merged = _preview([("Veronique", "Maes", "v@x.be", None, 8500)], known, accepted)
    assert merged.people[0].action == "update" and merged.people[0].existing_uid == "u1"
    assert merged.people[0].updates == ("email",)


def test_sure_match_with_the_database_fills_only_gaps() -> None:
    known = [ExistingPerson("u1", "Jan", "Peeters", "jan@x.be", None, None, None, None)]
    preview = _preview([("Jan", "Peeters", "jan@x.be", "0499 99 99 99", 8500)], known)
    person = preview.people[0]
    assert person.action == "update" and person.updates == ("phone", "postcode", "municipality")


def test_problem_rows_listed_with_row_number_and_fixed_in_place() -> None:
    rows = [("", "", "zonder@naam.be", None, None), ("Karel", "Janssens", "karel@@x", None, None)]
    preview = _preview(rows)
    problems = {(p.row, p.field): p for p in preview.problems}
    assert problems[(2, "name")].blocking and preview.skipped == 1
    assert not problems[(3, "email")].blocking
    fixed = _preview(
        rows,
        decisions=Decisions(
            overrides={
                (0, 2): {"first_name": "Zoë", "last_name": "Naamloos"},
                (0, 3): {"email": "karel@x.be"},
            }
        ),
    )
    assert fixed.problems == () and fixed.skipped == 0
    assert fixed.people[1].values.email == "karel@x.be"
    skipped = _preview(rows, decisions=Decisions(skipped=frozenset({(0, 3)})))
    assert skipped.skipped == 2 and skipped.people == ()
