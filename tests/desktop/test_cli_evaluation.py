"""`trajectwijzer export evaluation-report UID`: a trajectory or a session, exit statuses."""

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import command_line as cli


@pytest.fixture
def demo_db(demo_file) -> str:
    return str(demo_file())


def _uid(demo_db: str, capsys, kind: str, key: str, value: str) -> str:
    assert cli.main(["--database", demo_db, "list", kind, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    return next(r["uid"] for r in rows if value in str(r[key]))


def test_report_of_a_trajectory_and_of_a_session(demo_db: str, capsys, tmp_path: Path) -> None:
    """Both uids give a PDF at -o FILE, the path printed, status 0."""
    trajectory = _uid(demo_db, capsys, "trajectories", "programme", "klimaatdoeners")
    session = _uid(demo_db, capsys, "sessions", "title", "Kickoff")
    for uid, name in ((trajectory, "traject.pdf"), (session, "kickoff.pdf")):
        target = tmp_path / name
        argv = ["--database", demo_db, "export", "evaluation-report", uid, "-o", str(target)]
        assert cli.main(argv) == 0
        assert capsys.readouterr().out.strip() == str(target)
        text = PdfReader(target).pages[0].extract_text()
        assert "Evaluatie" in text and "Hoe tevreden ben je" in text


def test_a_session_without_a_form_or_an_unknown_uid_exits_one(demo_db: str, capsys) -> None:
    """A session with no form yet, or a uid of nothing: status 1 and a Dutch message."""
    session = _uid(demo_db, capsys, "sessions", "title", "Wrap up")
    assert cli.main(["--database", demo_db, "export", "evaluation-report", session]) == 1
    assert "nog geen evaluatieformulier" in capsys.readouterr().err
    unknown = "00000000-0000-0000-0000-000000000000"
    assert cli.main(["--database", demo_db, "export", "evaluation-report", unknown]) == 1
    assert "geen traject en geen bijeenkomst" in capsys.readouterr().err
