"""When several columns could fill one field, the values choose: the addresses people typed,
the column that holds names; the choice is there to be shown in the mapping step."""

from datetime import date
from pathlib import Path

import pytest

from models.people.importing.columns import choose_columns, looks_like_name
from models.people.importing.headers import Field, SheetTable, guess_mapping
from models.workspace import Workspace

TODAY = date(2026, 11, 22)


def _table(headers: tuple[str, ...], rows: list[tuple]) -> SheetTable:
    return SheetTable(0, "Blad1", 1, headers, tuple((i + 2, row) for i, row in enumerate(rows)))


def _choose(headers: tuple[str, ...], rows: list[tuple]):
    table = _table(headers, rows)
    return choose_columns(table, guess_mapping(headers))


def test_the_typed_address_wins_over_the_form_tools_account_column() -> None:
    """ "E-mail": anonymous in every row; "E-mailadres": what the person typed."""
    headers = ("Tijdstempel", "E-mail", "Naam", "E-mailadres")
    rows = [
        ("2026-11-01 10:00", "anonymous", f"Persoon {name}", f"{name.lower()}@x.be")
        for name in ("Jan", "Els", "Lien", "Tom")
    ]
    mapping, choices = _choose(headers, rows)
    assert mapping["E-mail"] is Field.IGNORE and mapping["E-mailadres"] is Field.EMAIL
    used = next(c for c in choices if c.used)
    left = next(c for c in choices if not c.used)
    assert (used.header, used.fitting, used.filled, used.other) == ("E-mailadres", 4, 4, "E-mail")
    assert (left.header, left.fitting, left.filled, left.other) == ("E-mail", 0, 4, "E-mailadres")


def test_an_empty_naam_beside_voor_en_achternaam_is_left_out() -> None:
    headers = ("Naam", "Voor- en achternaam", "GSM")
    rows = [(None, "Anneleen Van den Broeck", "0470123456"), (None, "Jan Peeters", None)]
    mapping, choices = _choose(headers, rows)
    assert mapping["Naam"] is Field.IGNORE
    assert mapping["Voor- en achternaam"] is Field.FULL_NAME
    assert {c.header: c.used for c in choices} == {"Naam": False, "Voor- en achternaam": True}


def test_a_naam_column_with_first_and_last_name_beside_an_empty_voornaam_is_split() -> None:
    headers = ("Voornaam", "Naam", "E-mail")
    rows = [
        (None, "Anneleen Van den Broeck", "a@x.be"),
        (None, "Jan Peeters", "j@x.be"),
        (None, "Els de Smet", "e@x.be"),
    ]
    mapping, choices = _choose(headers, rows)
    assert mapping == {"Voornaam": Field.IGNORE, "Naam": Field.FULL_NAME, "E-mail": Field.EMAIL}
    assert [(c.header, c.field, c.used) for c in choices] == [
        ("Naam", Field.FULL_NAME, True),
        ("Voornaam", Field.FIRST_NAME, False),
    ]


def test_first_and_last_name_columns_that_are_filled_stay() -> None:
    headers = ("Voornaam", "Naam", "Volledige naam")
    rows = [("Jan", "Peeters", None), ("Els", "Smet", None)]
    mapping, _ = _choose(headers, rows)
    assert mapping["Voornaam"] is Field.FIRST_NAME and mapping["Naam"] is Field.LAST_NAME
    assert mapping["Volledige naam"] is Field.IGNORE


def test_a_column_chosen_by_the_coach_before_is_not_second_guessed() -> None:
    headers = ("E-mail", "E-mailadres")
    table = _table(headers, [("anonymous", "jan@x.be")])
    mapping, choices = choose_columns(
        table, {"E-mail": Field.EMAIL, "E-mailadres": Field.IGNORE}, frozenset({"E-mail"})
    )
    assert mapping["E-mail"] is Field.EMAIL and choices == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anneleen", True),
        ("D'hondt", True),
        ("Zoë Vanden Bossche-Ñúñez", True),
        ("anonymous", False),
        ("Anoniem", False),
        ("jan@x.be", False),
        ("12345", False),
        ("-", False),
    ],
)
def test_what_looks_like_a_name(text: str, name: bool) -> None:
    assert looks_like_name(text) is name


def test_the_import_uses_the_choice(db_path: Path, tmp_path: Path) -> None:
    """Through the service: the people get the typed addresses; the draft says why."""
    path = tmp_path / "formulier.csv"
    path.write_text(
        "Tijdstempel;E-mail;Naam;Voor- en achternaam;E-mailadres\n"
        "01/11/2026;anonymous;;Jan Peeters;jan@x.be\n"
        "02/11/2026;anonymous;;Els Smet;els@x.be\n",
        encoding="utf-8",
    )
    workspace = Workspace.open(db_path)
    try:
        draft = workspace.people.read_people_file(path)
        assert {c.header for c in draft.choices[0]} == {
            "E-mail",
            "E-mailadres",
            "Naam",
            "Voor- en achternaam",
        }
        preview = workspace.people.preview_people_import(draft, today=TODAY)
        assert [
            (p.values.first_name, p.values.last_name, p.values.email) for p in preview.people
        ] == [
            ("Jan", "Peeters", "jan@x.be"),
            ("Els", "Smet", "els@x.be"),
        ]
        assert preview.problems == ()
    finally:
        workspace.close()
