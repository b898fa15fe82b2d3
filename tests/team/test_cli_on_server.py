"""The command line's contract on a server database: the same commands, fields and statuses."""

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop.cli.command_line import main

PROGRAMMES = {"autodelen", "klimaatdoeners", "intergemeentelijk", "buurtpunt"}


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def server_url(server_database: Callable[..., str], capsys: pytest.CaptureFixture[str]) -> str:
    """A server database the command line filled with the demo."""
    url = server_database()
    assert main(["--database", url, "demo-data"]) == 0
    assert re.search(r"\d demotrajecten toegevoegd aan trajectwijzer@", capsys.readouterr().out)
    return url


def test_list_and_export_on_a_server(
    server_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """list --json gives the contract's fields; export writes the PDF from the server."""
    trajectories = _json(capsys, "--database", server_url, "list", "trajectories", "--json")
    assert {t["programme"] for t in trajectories} == PROGRAMMES
    assert all({"uid", "name", "programme", "clients"} <= set(t) for t in trajectories)
    sessions = _json(capsys, "--database", server_url, "list", "sessions", "--json")
    assert all({"uid", "name", "trajectory", "date", "title"} <= set(s) for s in sessions)
    people = _json(capsys, "--database", server_url, "list", "people", "--json")
    projects = _json(capsys, "--database", server_url, "list", "projects", "--json")
    assert people and all("trajectory" in p for p in projects)
    uid = next(t["uid"] for t in trajectories if t["programme"] == "klimaatdoeners")
    target = tmp_path / "actieplan.pdf"
    assert main(["--database", server_url, "export", "action-plan", uid, "-o", str(target)]) == 0
    assert "Klimaatdoeners Herent" in PdfReader(target).pages[0].extract_text()


def test_import_people_on_a_server(
    server_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """import-people --json stores the list on the server and says what it did."""
    sheet = tmp_path / "lijst.csv"
    sheet.write_text(
        "Voornaam;Naam;E-mail\nLien;Claes;lien@voorbeeld.be\nTom;Wouters;tom@voorbeeld.be\n",
        encoding="utf-8",
    )
    result = _json(capsys, "--database", server_url, "import-people", str(sheet), "--json")
    assert result["rows_read"] == 2 and result["created"] == 2
    names = {p["name"] for p in _json(capsys, "--database", server_url, "list", "people", "--json")}
    assert {"Lien Claes", "Tom Wouters"} <= names


def test_a_wrong_password_or_a_backup_of_a_server_exits_1(
    server_database: Callable[..., str], capsys: pytest.CaptureFixture[str], dutch: None
) -> None:
    """A refused password, or a backup the server makes itself: a Dutch message, status 1."""
    from sqlalchemy.engine import make_url

    url = server_database()
    wrong = make_url(url).set(password="fout").render_as_string(hide_password=False)
    assert main(["--database", wrong, "list", "people"]) == 1
    assert "weigerde de gebruikersnaam of het wachtwoord" in capsys.readouterr().err
    assert main(["--database", url, "backup"]) == 1
    assert "pg_dump" in capsys.readouterr().err
