"""`trajectwijzer export KIND UID [-o FILE]`: the quote PDF and the exit statuses."""

import json
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli.command_line import main


@pytest.fixture
def demo_db(tmp_path: Path, capsys) -> str:
    path = str(tmp_path / "demo.sqlite")
    assert main(["--database", path, "demo-data"]) == 0
    capsys.readouterr()
    return path


def _trajectories(demo_db: str, capsys) -> dict[str, str]:
    assert main(["--database", demo_db, "list", "trajectories", "--json"]) == 0
    return {r["programme"]: r["uid"] for r in json.loads(capsys.readouterr().out)}


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages).replace("\xa0", " ")


def test_export_quote_of_each_demo_trajectory(demo_db: str, capsys, tmp_path: Path) -> None:
    """Each demo trajectory's quote is written to -o FILE, the path printed, status 0."""
    expected = {
        "autodelen": "€ 3.250,00",
        "klimaatdoeners": "€ 9.075,00",
        "intergemeentelijk": "€ 4.033,34",
        "buurtpunt": "gratis",
    }
    for programme, uid in _trajectories(demo_db, capsys).items():
        target = tmp_path / f"{programme}.pdf"
        assert main(["--database", demo_db, "export", "quote", uid, "-o", str(target)]) == 0
        assert capsys.readouterr().out.strip() == str(target)
        assert expected[programme] in _text(target)


def test_export_quote_without_o_goes_to_the_documents_folder(
    demo_db: str, capsys, tmp_path: Path
) -> None:
    """Without -o the PDF lands in the documents folder; a second export never overwrites it."""
    uid = _trajectories(demo_db, capsys)["autodelen"]
    assert main(["--database", demo_db, "export", "quote", uid]) == 0
    first = Path(capsys.readouterr().out.strip())
    assert main(["--database", demo_db, "export", "quote", uid]) == 0
    second = Path(capsys.readouterr().out.strip())
    assert first.parent.parent == tmp_path / "data" / "documents"
    # dated and numbered by the year the demo is made in (the real clock of the command)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d Offerte \d{4}-001 v1 Izegem\.pdf", first.name)
    assert first.exists()
    assert second != first and second.name.endswith("Izegem (2).pdf")


def test_export_makes_a_first_quote_when_there_is_none(tmp_path: Path, capsys) -> None:
    """A trajectory without a quote gets version 1 with the proposed choices, then its PDF."""
    path = tmp_path / "leeg.sqlite"
    assert main(["--database", str(path), "demo-data"]) == 0
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("DELETE FROM quote_lines")
        connection.execute("DELETE FROM quotes")
    capsys.readouterr()
    uid = _trajectories(str(path), capsys)["klimaatdoeners"]
    assert (
        main(["--database", str(path), "export", "quote", uid, "-o", str(tmp_path / "k.pdf")]) == 0
    )
    assert "Offerte" in _text(tmp_path / "k.pdf")


def test_unknown_trajectory_exits_one_in_dutch(demo_db: str, capsys) -> None:
    """An unknown or malformed uid: status 1 and a Dutch message on stderr, no traceback."""
    for uid in ("00000000-0000-0000-0000-000000000000", "izegem"):
        assert main(["--database", demo_db, "export", "quote", uid]) == 1
        err = capsys.readouterr().err
        assert "traject" in err and "trajectwijzer list" in err
        assert "Traceback" not in err


def test_unknown_kind_or_missing_uid_is_a_wrong_command_line(demo_db: str) -> None:
    """An unknown KIND or no UID: argparse exits with status 2."""
    for argv in (["export", "poster", "x"], ["export", "quote"], ["export"]):
        with pytest.raises(SystemExit) as exit_info:
            main(["--database", demo_db, *argv])
        assert exit_info.value.code == 2


def test_missing_output_folder_exits_one(demo_db: str, capsys, tmp_path: Path) -> None:
    """-o into a folder that does not exist: status 1 and a message naming the folder."""
    uid = _trajectories(demo_db, capsys)["autodelen"]
    target = tmp_path / "bestaat-niet" / "offerte.pdf"
    assert main(["--database", demo_db, "export", "quote", uid, "-o", str(target)]) == 1
    assert "bestaat niet" in capsys.readouterr().err
