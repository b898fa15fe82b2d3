"""`trajectwijzer import-people`: the JSON contract, --dry-run, --session, bad files."""

import json
from pathlib import Path

import pytest

from desktop.cli.command_line import main

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
# The contract (DESIGN.md): these fields stay, none renamed; fields are only added.
FIELDS = {
    "rows_read",
    "mapping",
    "people",
    "problems",
    "duplicates",
    "possible_duplicates",
    "created",
    "updated",
    "skipped",
}
ADDED_FIELDS = {"merges", "rows", "already_known"}
PERSON_FIELDS = {
    "first_name",
    "last_name",
    "email",
    "phone",
    "postcode",
    "municipality",
    "organisation",
    "row",
}
OUTCOMES = {"added", "completed", "already_known", "merged", "possible_duplicate", "skipped"}


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_has_the_contract_fields(tmp_path: Path, capsys) -> None:
    """Every field of the contract, the merges with their reasons, every row accounted for."""
    db = str(tmp_path / "t.sqlite")
    file = str(DATA / "inschrijvingen_titels_samengevoegd.xlsx")
    code, out, _ = _run(capsys, "--database", db, "import-people", file, "--dry-run", "--json")
    assert code == 0
    record = json.loads(out)
    assert set(record) == FIELDS | ADDED_FIELDS
    assert record["rows_read"] == 10
    assert all(set(person) >= PERSON_FIELDS for person in record["people"])
    assert set(record["rows"]) == OUTCOMES and sum(record["rows"].values()) == 10
    assert record["merges"] == [
        {
            "row": 11,
            "sheet": "Inschrijvingen",
            "into": {"row": 6, "sheet": "Inschrijvingen", "name": "Anneleen Van den Broeck"},
            "reason": "zelfde e-mailadres",
            "confirmed": False,
        }
    ]
    assert record["possible_duplicates"] == [
        {
            "row": 4,
            "sheet": "Extra",
            "resembles": {"row": 14, "sheet": "Inschrijvingen", "name": "Véronique Maes"},
            "reason": "zelfde naam op een accent of leesteken na",
            "kind": "near",
        }
    ]
    assert {"row", "field", "message"} == set(record["problems"][0])
    assert record["duplicates"] == [[6, 11]]
    assert record["mapping"]["Inschrijvingen: GSM"] == "phone"
    anneleen = record["people"][0]
    assert anneleen["rows"] == [6, 11] and anneleen["action"] == "create"
    assert {key: anneleen[key] for key in PERSON_FIELDS} == {
        "first_name": "Anneleen",
        "last_name": "Van den Broeck",
        "email": "anneleen.vandenbroeck@telenet.be",
        "phone": "+32 470 12 34 56",
        "postcode": "8500",
        "municipality": "Kortrijk",
        "organisation": "Fietsersbond",
        "row": 6,
    }
    assert (record["created"], record["updated"], record["skipped"]) == (8, 0, 1)
    # --dry-run wrote nothing
    code, out, _ = _run(capsys, "--database", db, "list", "people", "--json")
    assert json.loads(out) == []


def test_import_then_again_updates_nobody_twice(tmp_path: Path, capsys) -> None:
    """The second import of the same list adds nobody. The first made the database, and said
    so (a typing error in --database never passes unnoticed); the second says nothing of it."""
    db = str(tmp_path / "t.sqlite")
    file = str(DATA / "deelnemers_excel_be_cp1252.csv")
    code, out, err = _run(capsys, "--database", db, "import-people", file)
    assert code == 0 and "4 personen toegevoegd" in out
    assert f"Er was nog geen database op {db}: er is een nieuwe gemaakt." in err
    code, out, err = _run(capsys, "--database", db, "import-people", file, "--json")
    assert json.loads(out)["created"] == 0 and "nieuwe gemaakt" not in err
    code, out, _ = _run(capsys, "--database", db, "list", "people", "--json")
    assert len(json.loads(out)) == 4


def test_session_registrations(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "t.sqlite")
    assert main(["--database", db, "demo-data"]) == 0
    capsys.readouterr()
    _, out, _ = _run(capsys, "--database", db, "list", "sessions", "--json")
    session = json.loads(out)[0]
    file = str(DATA / "aanwezigen_oud.xls")
    code, out, _ = _run(
        capsys, "--database", db, "import-people", file, "--session", session["uid"]
    )
    assert code == 0 and "ingeschreven" in out
    _, out, _ = _run(capsys, "--database", db, "list", "sessions", "--json")
    again = next(s for s in json.loads(out) if s["uid"] == session["uid"])
    assert again["registered"] == session["registered"] + 2


@pytest.mark.parametrize(
    ("content", "word"),
    [
        (b"", "leeg"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "geen rekenblad"),
        (b"PK\x03\x04" + b"\0" * 50, "onvolledig"),
    ],
)
def test_bad_files_exit_one_with_a_message_and_write_nothing(
    tmp_path: Path, capsys, content: bytes, word: str
) -> None:
    db = str(tmp_path / "t.sqlite")
    bad = tmp_path / "lijst.xlsx"
    bad.write_bytes(content)
    code, out, err = _run(capsys, "--database", db, "import-people", str(bad), "--json")
    assert code == 1 and out == "" and word in err
    if Path(db).exists():  # a file refused by the reading child: the database stays empty
        _, out, _ = _run(capsys, "--database", db, "list", "people", "--json")
        assert json.loads(out) == []


def test_unknown_session_exits_one(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "t.sqlite")
    file = str(DATA / "aanwezigen_oud.xls")
    code, _, err = _run(capsys, "--database", db, "import-people", file, "--session", "nope")
    assert code == 1 and "geen geldige code" in err
    code, _, err = _run(
        capsys,
        "--database",
        db,
        "import-people",
        file,
        "--session",
        "00000000-0000-0000-0000-000000000000",
    )
    assert code == 1 and "bestaat niet" in err


def test_listing_never_sends_escape_sequences_to_the_terminal(tmp_path: Path, capsys) -> None:
    """A name stored by an older version with ESC and a bidi override prints cleaned."""
    from models.storage.lifecycle import open_database

    db = tmp_path / "t.sqlite"
    database = open_database(db)
    with database.session_factory.begin() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO people (uid, first_name, last_name, notes, created_at, updated_at) "
            "VALUES ('00000000000000000000000000000001', ?, 'Peeters', '', "
            "'2026-11-22 10:00:00', '2026-11-22 10:00:00')",
            ("\x1b[2J\x1b]0;pwned\x07Jan\u202e",),
        )
    database.close()
    code, out, _ = _run(capsys, "--database", str(db), "list", "people")
    assert code == 0 and "Peeters" in out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out


def _write(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_nothing_is_merged_on_a_guess_and_every_row_is_accounted_for(
    tmp_path: Path, capsys
) -> None:
    """Same name and postcode with another e-mail and phone: two people, listed; 9 rows read
    add up to 9 in the summary."""
    db = str(tmp_path / "t.sqlite")
    file = _write(
        tmp_path / "lijst.csv",
        [
            "Voornaam;Naam;E-mail;GSM;Postcode",
            "Jan;Peeters;jan@telenet.be;0470112233;8500",
            "Jan;Peeters;jan.peeters@gmail.com;0486998877;8500",
            "Els;Smet;els@x.be;;8500",
            "Els;Smet;;0470556677;8500",
            "Lien;Maes;lien@x.be;;2000",
            "Lien;Maes;LIEN@x.be;;2000",
            "Tom;Claes;tom@x.be;;3000",
            ";;niemand@x.be;;",
            "Bart;Goossens;bart@x.be;;9000",
        ],
    )
    code, out, _ = _run(capsys, "--database", db, "import-people", file, "--json")
    record = json.loads(out)
    assert code == 0 and record["rows_read"] == 9 and record["created"] == 7
    assert record["rows"] == {
        "added": 5,
        "completed": 0,
        "already_known": 0,
        "merged": 1,
        "possible_duplicate": 2,
        "skipped": 1,
    }
    resembles = {
        (d["row"], d["resembles"]["row"]): d["reason"] for d in record["possible_duplicates"]
    }
    assert resembles == {
        (3, 2): "zelfde naam en woonplaats, maar een ander e-mailadres",
        (5, 4): "zelfde naam en woonplaats, niets dat elkaar tegenspreekt",
    }
    emails = {p["email"] for p in record["people"]}
    assert {"jan@telenet.be", "jan.peeters@gmail.com"} <= emails
    _, out, _ = _run(capsys, "--database", db, "list", "people", "--json")
    assert len(json.loads(out)) == 7


def test_importing_the_same_list_again_adds_nothing(tmp_path: Path, capsys) -> None:
    """A list read twice (names repeat, some without e-mail): the second time everybody is
    already known and the summary says so, counts adding up."""
    db = str(tmp_path / "t.sqlite")
    lines = ["Voornaam;Naam;E-mail;Postcode"]
    for i in range(2_000):
        email = f"p{i}@x.be" if i % 3 else ""
        family = "".join("abcdefghij"[int(digit)] for digit in str(i // 4))
        first = ("Jan", "Els", "An", "Tom")[i % 4]
        lines.append(f"{first};Van {family};{email};8500")
    file = _write(tmp_path / "lijst.csv", lines)
    code, out, _ = _run(capsys, "--database", db, "import-people", file)
    assert code == 0 and "2000 personen toegevoegd" in out
    code, out, _ = _run(capsys, "--database", db, "import-people", file)
    assert code == 0
    assert "0 personen toegevoegd, 0 aangevuld, 0 rijen overgeslagen." in out
    assert (
        "Alle 2000 rijen: 0 nieuw, 0 nieuw maar mogelijk dubbel, 0 aangevuld, 2000 al gekend" in out
    )


def test_the_summary_names_each_merge_and_possible_duplicate(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    """Without --json the coach reads which row was taken as whom and why, and which rows
    only look alike and were added apart; a long list is cut with a count of the rest."""
    import desktop.cli.import_people

    path = tmp_path / "lijst.csv"
    path.write_text(
        "Voornaam;Naam;E-mail;GSM;Postcode\n"
        "Jan;Peeters;jan@telenet.be;0470112233;8500\n"
        "Jan;Peeters;jan.peeters@gmail.com;0486998877;8500\n"
        "Piet;Maes;piet@x.be;;8500\n"
        "Piet;Maes;;0470556677;8500\n"
        "An;Claes;an@x.be;;9000\n"
        "An;Claes;an@x.be;;9000\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "t.sqlite")
    code, out, _ = _run(capsys, "--database", db, "import-people", str(path))
    assert code == 0
    assert "rij 3 lijkt op rij 2, Jan Peeters" in out and "apart toegevoegd" in out
    assert "rij 7 is dezelfde persoon als rij 6" in out
    monkeypatch.setattr(desktop.cli.import_people, "SHOWN", 0)
    code, out, _ = _run(capsys, "--database", db, "import-people", str(path))
    assert "… en nog" in out and "(zie --json)" in out and "lijkt op" not in out
