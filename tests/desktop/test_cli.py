"""The command line contract: names, options, JSON fields and exit statuses."""

import hashlib
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop.cli.command_line import main
from tests.demo import demo_name

ROOT = Path(__file__).resolve().parents[2]
PROGRAMMES = {"autodelen", "klimaatdoeners", "intergemeentelijk", "buurtpunt"}


def _json(capsys, *argv: str) -> list[dict]:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def demo_db(tmp_path: Path, capsys) -> str:
    path = str(tmp_path / "demo.sqlite")
    assert main(["--database", path, "demo-data"]) == 0
    assert "5 demotrajecten" in capsys.readouterr().out
    return path


def test_version_and_help_exit_zero(capsys) -> None:
    """--version prints the version and --help the commands, both with status 0."""
    outputs = []
    for flag in ("--version", "--help"):
        with pytest.raises(SystemExit) as exit_info:
            main([flag])
        assert exit_info.value.code == 0
        outputs.append(capsys.readouterr().out)
    version, help_text = outputs
    assert re.fullmatch(r"trajectwijzer \d+\.\d+\.\d+\n", version)
    assert "demo-data" in help_text and "list" in help_text


def test_wrong_command_line_exits_two(capsys) -> None:
    """An unknown command or list kind is a wrong command line: status 2."""
    for argv in (["frobnicate"], ["list", "cars"], ["list"]):
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert exit_info.value.code == 2


def test_list_trajectories_json_has_the_contract_fields(demo_db: str, capsys) -> None:
    """Trajectories carry uid, name, programme (file key) and clients."""
    records = _json(capsys, "--database", demo_db, "list", "trajectories", "--json")
    assert len(records) == 5
    assert {r["programme"] for r in records} == PROGRAMMES
    for record in records:
        assert {"uid", "name", "programme", "clients"} <= record.keys()
        assert isinstance(record["clients"], list)
        assert record["accepted_quote"]  # every demo quote went through its life
    cluster = next(r for r in records if r["programme"] == "intergemeentelijk")
    assert sorted(cluster["clients"]) == sorted(
        ["Herselt", "Hulshout", "Westerlo", "Grobbendonk", "Vorselaar", "Herenthout"]
    )
    autodelen = next(r for r in records if r["name"] == demo_name("autodelen"))
    assert autodelen["clients"] == ["Izegem"]


def test_list_sessions_json_has_trajectory_date_and_title(demo_db: str, capsys) -> None:
    """Sessions carry uid, name, trajectory uid, ISO date and title."""
    trajectories = _json(capsys, "--database", demo_db, "list", "trajectories", "--json")
    sessions = _json(capsys, "--database", demo_db, "list", "sessions", "--json")
    assert sessions
    uids = {t["uid"] for t in trajectories}
    for record in sessions:
        assert {"uid", "name", "trajectory", "date", "title"} <= record.keys()
        assert record["trajectory"] in uids
        assert len(record["date"]) == 10 and record["date"][4] == "-"
    titles = {s["title"] for s in sessions}
    assert {"Kickoff", "Pick'n Choose", "Hands on", "Wrap up"} <= titles


def test_no_demo_session_falls_on_a_belgian_public_holiday(demo_db: str, capsys) -> None:
    """Every session of `list sessions --json` is on a working day that is no public holiday;
    the joint trajectory's sessions outside its booked Fase 1 say booked: false."""
    import holidays

    belgium = holidays.country_holidays("BE", years=range(2025, 2029))
    sessions = _json(capsys, "--database", demo_db, "list", "sessions", "--json")
    for record in sessions:
        day = date.fromisoformat(record["date"])
        assert day not in belgium and day.weekday() < 5, (record["title"], day)
    joint = [s for s in sessions if s["trajectory_name"] == "Gezamenlijk autodelen Leiestreek"]
    assert {s["booked"] for s in joint} == {True, False}
    assert all(s["booked"] for s in sessions if s["trajectory_name"] != joint[0]["trajectory_name"])


def test_list_projects_and_people_json(demo_db: str, capsys) -> None:
    """Projects name their trajectory; people have a uid and a human name."""
    trajectories = _json(capsys, "--database", demo_db, "list", "trajectories", "--json")
    network = next(t for t in trajectories if t["programme"] == "buurtpunt")
    projects = _json(capsys, "--database", demo_db, "list", "projects", "--json")
    buurtpunten = [p for p in projects if p["trajectory"] == network["uid"]]
    assert len(buurtpunten) == 4
    assert all(p["leads"] for p in buurtpunten)
    people = _json(capsys, "--database", demo_db, "list", "people", "--json")
    assert people and all(p["uid"] and p["name"] for p in people)


def test_demo_data_twice_adds_nothing_the_second_time(demo_db: str, capsys) -> None:
    """Running demo-data again does not duplicate the demo trajectories."""
    assert main(["--database", demo_db, "demo-data"]) == 0
    assert "0 demotrajecten" in capsys.readouterr().out


def test_foreign_database_exits_one_with_dutch_message(tmp_path: Path, capsys) -> None:
    """A file that is not a Trajectwijzer database: status 1, a Dutch message, file untouched."""
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database" * 10)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert main(["--database", str(path), "list", "trajectories"]) == 1
    assert "geen Trajectwijzer-database" in capsys.readouterr().err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_demo_refuses_to_replace_an_existing_database(tmp_path: Path, capsys) -> None:
    """--demo with an existing --database file refuses instead of overwriting it."""
    path = tmp_path / "echt.sqlite"
    assert main(["--database", str(path), "demo-data"]) == 0
    capsys.readouterr()
    assert main(["--database", str(path), "--demo"]) == 1
    assert "bestaat al" in capsys.readouterr().err


def test_environment_variable_chooses_the_database(tmp_path: Path, capsys, monkeypatch) -> None:
    """TRAJECTWIJZER_DB is used when --database is not given."""
    path = tmp_path / "env.sqlite"
    monkeypatch.setenv("TRAJECTWIJZER_DB", str(path))
    assert main(["demo-data"]) == 0
    assert path.exists()


@pytest.mark.slow
def test_installed_entry_point_and_self_test(tmp_path: Path) -> None:
    """`python -m desktop --self-test` passes in a fresh process and exits 0."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRAJECTWIJZER_DATA_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--self-test"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Zelftest geslaagd" in result.stdout
    for check in ("programma's", "database", "PDF", "Qt"):
        assert f"ok    {check}" in result.stdout


def test_an_unexpected_error_gives_a_dutch_message_and_a_log_without_personal_data(
    tmp_path, capsys, monkeypatch
) -> None:
    """A failure nobody foresaw: status 1, what to do on stderr, the code-only report in the log."""
    import desktop.cli.command_line

    def broken(_args):
        raise RuntimeError("Jan Peeters, jan.peeters@voorbeeld.be")

    monkeypatch.setattr(desktop.cli.command_line, "_run_command", broken)
    assert main(["--database", str(tmp_path / "x.sqlite"), "list", "trajectories"]) == 1
    err = capsys.readouterr().err
    assert "onverwachts" in err and "RuntimeError" in err
    assert "Jan" not in err and "voorbeeld" not in err
    log = (tmp_path / "data" / "logs" / "trajectwijzer.log").read_text(encoding="utf-8")
    assert "RuntimeError (message left out)" in log and "broken" in log
    assert "Jan" not in log and "voorbeeld" not in log


def test_reporting_that_fails_too_still_gives_one_dutch_sentence(
    tmp_path, capsys, monkeypatch
) -> None:
    """The log cannot be written and the report fails: still no traceback, no personal data."""
    import desktop.cli.command_line
    import desktop.shell.crash

    def broken(_args):
        raise RuntimeError("Jan Peeters, jan.peeters@voorbeeld.be")

    def no_log(_error):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(desktop.cli.command_line, "_run_command", broken)
    monkeypatch.setattr(desktop.shell.crash, "log_safely", no_log)
    assert main(["--database", str(tmp_path / "x.sqlite"), "list", "trajectories"]) == 1
    err = capsys.readouterr().err
    assert "onverwachts" in err and "Traceback" not in err
    assert "Jan" not in err and "voorbeeld" not in err


def test_messages_reach_a_console_that_cannot_show_every_letter(tmp_path, monkeypatch) -> None:
    """A console in ASCII (or cp1252) gets the Dutch message with a replacement character,
    never an encoding error."""
    import io
    import sys

    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(raw, encoding="ascii", errors="strict"))
    path = tmp_path / "Zoë" / "trajectwijzer.sqlite"
    assert main(["--database", str(path), "list", "people"]) == 1
    sys.stderr.flush()
    text = raw.getvalue().decode("ascii")
    assert "niet te vinden" in text and "Zo?" in text


def test_reading_commands_on_a_path_without_database_create_nothing(tmp_path, capsys) -> None:
    """`list` and `export` on a mistyped path: exit 1, "no database here", nothing created;
    only `demo-data` makes one."""
    path = tmp_path / "trajectwijzr.sqlite"
    assert main(["--database", str(path), "list", "people"]) == 1
    assert "Er is geen database" in capsys.readouterr().err
    assert main(["--database", str(path), "export", "plan", "0" * 32]) == 1
    assert main(["--database", str(tmp_path / "nieuw" / "t.sqlite"), "list", "people"]) == 1
    assert list(tmp_path.iterdir()) == []
    assert main(["--database", str(path), "demo-data"]) == 0
    assert path.exists()


def test_reading_commands_work_on_a_read_only_stick(tmp_path, capsys) -> None:
    """A database on a locked USB stick can still be listed (real read-only mount)."""
    from tests.storage_media import read_only_view

    source = tmp_path / "stick"
    source.mkdir()
    assert main(["--database", str(source / "t.sqlite"), "demo-data"]) == 0
    capsys.readouterr()
    with read_only_view(source, tmp_path / "mounted") as mounted:
        assert main(["--database", str(mounted / "t.sqlite"), "list", "trajectories"]) == 0
    assert capsys.readouterr().out.count("\n") >= 4


@pytest.fixture(autouse=True)
def dutch_cli(monkeypatch):
    """The command line as it runs for real: no Qt application object, so its messages come
    from the Dutch catalogue (an earlier test in this process may have made one)."""
    import desktop.shell.messages

    monkeypatch.setattr(desktop.shell.messages.QCoreApplication, "instance", lambda: None)
