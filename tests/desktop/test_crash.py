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


def test_a_line_with_a_long_token_is_logged_at_once(log_folder) -> None:
    """A log line holding a long run of letters (a base64 blob, a hash) is scrubbed in one
    pass: the e-mail mask never tries every start of the run (that took minutes and froze the
    window for a 100 kB token)."""
    token = "A" * 1_000_000
    logging.getLogger("trajectwijzer.test").info("blob %s mail an@example.be", token)
    text = (log_folder / "trajectwijzer.log").read_text(encoding="utf-8")
    assert token in text and "<e-mail>" in text and "an@example.be" not in text


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


class _RaisingHandler(logging.Handler):
    """A log handler that fails itself (a plug-in, a broken stream)."""

    def emit(self, record: logging.LogRecord) -> None:
        raise RuntimeError("the log handler broke")


def _fail_while_saving_a_person() -> None:
    try:
        _raise_with_personal_data()
    except ValueError as error:
        handler = CrashHandler(show=lambda report: None)
        handler.handle(type(error), error, error.__traceback__)


def test_a_log_handler_that_raises_never_reaches_the_coach(capsys) -> None:
    """The crash handler survives a raising log handler: no traceback, no personal data."""
    broken = _RaisingHandler()
    logging.getLogger().addHandler(broken)
    shown: list[str] = []
    try:
        try:
            _raise_with_personal_data()
        except ValueError as error:
            CrashHandler(show=shown.append).handle(type(error), error, error.__traceback__)
    finally:
        logging.getLogger().removeHandler(broken)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    for secret in (NAME, EMAIL, PHONE):
        assert secret not in err
    assert shown and "ValueError" in shown[0]  # the dialog still came


class _FullDisk:
    def write(self, _text: str) -> int:
        raise OSError(28, "No space left on device")

    def flush(self) -> None:
        raise OSError(28, "No space left on device")

    def close(self) -> None:
        pass


def test_a_log_that_cannot_be_written_says_nothing_on_stderr(tmp_path, capsys) -> None:
    """Simulated full log disk: logging's own "--- Logging error ---" (which prints the
    exception being handled, names and all) never appears."""
    handler = install_log(tmp_path / "logs")
    real, handler.stream = handler.stream, _FullDisk()
    try:
        _fail_while_saving_a_person()
        try:
            _raise_with_personal_data()
        except ValueError:
            logging.getLogger("trajectwijzer.test").exception("saving failed for %s", EMAIL)
        handler.flush()
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
        real.close()
    err = capsys.readouterr().err
    assert err == ""
    assert handler.failures >= 2


def test_a_full_log_disk_for_real_says_nothing_on_stderr(tmp_path, capsys) -> None:
    """A real full disk under the log folder: nothing on stderr, nothing raised."""
    from tests.storage_media import fill, small_disk

    with small_disk(tmp_path / "disk", 256) as disk:
        handler = install_log(disk / "logs")
        fill(disk)
        try:
            for _ in range(50):  # past the page cache: the writes reach the full disk
                _fail_while_saving_a_person()
            handler.flush()
        finally:
            logging.getLogger().removeHandler(handler)
            handler.close()
    err = capsys.readouterr().err
    assert err == "" and handler.failures > 0


def test_a_message_the_log_cannot_encode_is_kept_not_crashed_on(tmp_path) -> None:
    """A lone surrogate (a file name from a broken USB stick) is written escaped."""
    handler = install_log(tmp_path / "logs")
    logging.getLogger().removeHandler(handler)
    # A logger of its own: the test runner's capture never sees the unencodable text.
    logger = logging.getLogger("trajectwijzer.test.surrogate")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        logger.warning("file %s", "inschrijving\udcff.csv")
        handler.flush()
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = (tmp_path / "logs" / "trajectwijzer.log").read_text(encoding="utf-8")
    assert "inschrijving\\udcff.csv" in text and handler.failures == 0


def test_a_problem_the_coach_can_fix_is_told_not_crashed_on() -> None:
    """A full disk or a UserError no screen caught: its message, not the crash dialog."""
    import errno

    from models.core.errors import UserError
    from models.storage.faults import Fault, StorageFault

    told: list[UserError] = []
    shown: list[str] = []
    handler = CrashHandler(show=shown.append, tell=told.append)
    full = OSError(errno.ENOSPC, "No space left on device", "/tmp/plan.pdf")
    handler.handle(OSError, full, None)
    handler.handle(UserError, UserError("Deze persoon is al gewist."), None)
    assert shown == []
    assert isinstance(told[0], StorageFault) and told[0].kind is Fault.DISK_FULL
    assert told[1].text == "Deze persoon is al gewist."


def test_a_crash_on_a_worker_thread_shows_its_dialog_on_the_gui_thread(
    qtbot, monkeypatch, tmp_path
) -> None:
    """An unexpected error in a background thread is logged and shown like any other, with the
    dialog built on the GUI thread (widgets made elsewhere would take the app down)."""
    import threading

    from PySide6.QtCore import QThread

    import desktop.shell.crash
    import desktop.shell.crash_handling

    monkeypatch.setattr("models.storage.paths.log_dir", lambda: tmp_path)
    shown: list[tuple[str, bool]] = []
    gui = QThread.currentThread()
    monkeypatch.setattr(
        desktop.shell.crash,
        "show_crash_dialog",
        lambda report, _folder: shown.append((report, QThread.currentThread() is gui)),
    )
    handler = desktop.shell.crash_handling.install_crash_handling()
    try:
        worker = threading.Thread(target=lambda: 1 / 0, name="worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    finally:
        handler.uninstall()
        for log_handler in logging.getLogger().handlers[:]:
            if isinstance(log_handler, desktop.shell.crash.SafeLogHandler):
                logging.getLogger().removeHandler(log_handler)
                log_handler.close()
    assert len(shown) == 1 and "ZeroDivisionError" in shown[0][0] and shown[0][1]
