"""Unhandled exceptions: logged to a rotating file without personal data, dialog offered."""

import logging
import sqlite3
from pathlib import Path

import pytest

from desktop.shell.crash import CrashHandler, install_log, safe_report, scrub

NAME, EMAIL, PHONE = "Marieke Vandenbroucke", "marieke.vdb@telenet.be", "0470 12 34 56"


@pytest.fixture
def log_folder(tmp_path: Path):
    folder = tmp_path / "logs"
    handler = install_log(folder)
    yield folder
    logging.getLogger().removeHandler(handler)
    handler.close()


def _raise_with_personal_data() -> None:
    person = {"name": NAME, "email": EMAIL, "phone": PHONE}  # a local the log must not show
    try:
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE p (email TEXT UNIQUE)")
        conn.execute("INSERT INTO p VALUES (?)", (person["email"],))
        conn.execute("INSERT INTO p VALUES (?)", (person["email"],))
    except sqlite3.IntegrityError as error:
        raise ValueError(f"could not save {person['name']} <{person['email']}> {PHONE}") from error


def test_unhandled_exception_is_logged_without_personal_data(log_folder) -> None:
    """The log has the code path and the error's type; no name, e-mail or phone number."""
    shown: list[str] = []
    handler = CrashHandler(show=shown.append)
    try:
        _raise_with_personal_data()
    except ValueError as error:
        handler.handle(type(error), error, error.__traceback__)
    for each in logging.getLogger().handlers:
        each.flush()
    text = (log_folder / "trajectwijzer.log").read_text(encoding="utf-8")
    assert "_raise_with_personal_data" in text and "ValueError" in text
    assert "IntegrityError" in text  # the cause is there too
    for secret in (NAME, EMAIL, PHONE, "Vandenbroucke", "telenet"):
        assert secret not in text
        assert secret not in shown[0]  # "copy details" copies the same safe report


def test_ordinary_log_lines_are_scrubbed(log_folder) -> None:
    """An e-mail address or phone number logged by mistake is masked."""
    logging.getLogger("trajectwijzer.test").warning("import skipped %s (%s)", EMAIL, PHONE)
    logging.getLogger("trajectwijzer.test").exception("no exception here")
    for each in logging.getLogger().handlers:
        each.flush()
    text = (log_folder / "trajectwijzer.log").read_text(encoding="utf-8")
    assert EMAIL not in text and PHONE not in text and "<e-mail>" in text


def test_log_rotates(log_folder) -> None:
    """The log never grows past its limit: older parts are rotated away."""
    line = "x" * 1000
    for _ in range(3000):
        logging.getLogger("trajectwijzer.test").info(line)
    files = sorted(p.name for p in log_folder.iterdir())
    assert "trajectwijzer.log.1" in files and len(files) <= 6
    assert all((log_folder / name).stat().st_size <= 1_100_000 for name in files)


def test_report_paths_do_not_show_the_home_folder() -> None:
    """File paths in the report start at the package, not at /home/<user>."""
    try:
        raise RuntimeError("x")
    except RuntimeError as error:
        report = safe_report(type(error), error, error.__traceback__)
    assert str(Path.home()) not in report
    assert scrub("mail jan@x.be of bel +32 470 11 22 33") == "mail <e-mail> of bel <nummer>"


def test_crash_dialog_offers_copy_details(qtbot, monkeypatch) -> None:
    """The dialog shows what happened and copies the safe report to the clipboard."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.shell.crash import show_crash_dialog

    seen: dict[str, object] = {}

    def fake_exec(box: QMessageBox) -> int:
        copy = next(b for b in box.buttons() if b.text() == "Copy details")
        copy.click()
        seen["detail"] = box.detailedText()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    show_crash_dialog("REPORT", Path("/tmp/logs"))
    assert seen["detail"] == "REPORT"
    assert QApplication.clipboard().text() == "REPORT"
