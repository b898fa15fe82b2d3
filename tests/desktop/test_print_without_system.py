"""No print system, no printer, no PDF viewer: said plainly, with the PDF viewer or a copy on
a USB stick offered instead; never a silent print to a file. Runs on any machine: the print
system is made unreachable for the test (CUPS_SERVER names a socket nobody listens on)."""

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop.printing import cups, dialogs
from desktop.printing.flow import print_document
from desktop.printing.no_printer import NoPrinterDialog
from desktop.printing.preview import PdfPreview
from desktop.printing.printers import NoPrinting, Printer
from desktop.printing.raster import RasterPrintSystem
from desktop.printing.system import check_ready, find_printer, print_system
from desktop.shell.messages import user_message
from exports.documents import DocumentKind
from models.core.errors import UserError
from tests.demo import trajectory_uid

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_print_system(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, dutch: None) -> str:
    """CUPS (where installed) points at a socket nobody listens on; returns the expected
    Dutch opening of the message."""
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "nobody-listens.sock"))
    if cups.libcups() is not None:
        return "Er draait geen afdruksysteem op deze computer"
    return "Er is geen printer geïnstalleerd op deze computer"


def test_the_command_line_says_there_is_no_print_system(
    no_print_system: str, shared_demo, tmp_path: Path
) -> None:
    """`print` with no print system: status 1, a Dutch message saying how to save the
    document instead, and no document made."""
    uid = trajectory_uid(shared_demo, "autodelen")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "desktop", "--database", str(shared_demo.path)]
    result = subprocess.run(
        [*command, "print", "plan", uid, "--copies", "2"],
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert result.stderr.startswith(no_print_system), result.stderr
    assert f"'trajectwijzer export plan {uid} -o BESTAND'" in result.stderr
    assert result.stdout == ""
    assert not (tmp_path / "data" / "documents").exists()


@contextmanager
def _answer(dialog_class: type, action: Callable[[QWidget], None]) -> Iterator[list[str]]:
    """Answers modal dialogs of that class (others are closed); yields what they said."""
    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or isinstance(dialog, PdfPreview) or dialog.property("answered"):
            return
        dialog.setProperty("answered", True)
        seen.append(type(dialog).__name__)
        if isinstance(dialog, QMessageBox):
            seen.append(dialog.text())
            seen.append(dialog.informativeText())
        if isinstance(dialog, dialog_class):
            action(dialog)
        else:
            dialog.close()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(50)
    try:
        yield seen
    finally:
        timer.stop()


def _no_printer_preview(qtbot, workspace) -> tuple[object, PdfPreview]:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    uid = trajectory_uid(workspace, "autodelen")
    printing = print_document(parent, workspace, DocumentKind.ACTION_PLAN, uid)
    with qtbot.waitSignal(printing.made, timeout=30_000) as made:
        pass
    return printing, made.args[0]


def test_the_window_says_so_and_saves_a_copy_on_a_stick(
    qtbot, no_print_system: str, shared_demo, tmp_path: Path, monkeypatch
) -> None:
    """Print… with no print system: a Dutch message (no print dialog, no print to a file),
    and Save as… puts the whole PDF on the stick."""
    printing, preview = _no_printer_preview(qtbot, shared_demo)
    stick = tmp_path / "USB"
    stick.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(stick / "aanwezigheden"), "")
    )
    with _answer(NoPrinterDialog, lambda box: box.save_button.click()) as seen:  # type: ignore[attr-defined]
        assert not printing.print_now()  # type: ignore[attr-defined]
    assert seen[0] == "NoPrinterDialog" and "QPrintDialog" not in seen
    assert seen[1].startswith(no_print_system)
    assert str(preview.path) in seen[2] and "USB-stick" in seen[2]
    copy = stick / "aanwezigheden.pdf"
    assert copy.read_bytes() == preview.path.read_bytes()
    assert preview.print_button.isEnabled()


def test_the_pdf_viewer_is_offered_instead(
    qtbot, no_print_system: str, shared_demo, monkeypatch
) -> None:
    """Open in PDF viewer from the no-printer message opens the saved PDF."""
    printing, preview = _no_printer_preview(qtbot, shared_demo)
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    with _answer(NoPrinterDialog, lambda box: box.viewer_button.click()):  # type: ignore[attr-defined]
        assert not printing.print_now()  # type: ignore[attr-defined]
    assert opened == [str(preview.path)]


def test_without_a_pdf_viewer_the_coach_is_told_where_the_file_is(
    dutch: None, tmp_path: Path, monkeypatch
) -> None:
    """Where no program shows PDFs, opening says so and names the saved file."""
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    warnings: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, text: warnings.append(text))
    assert not dialogs.open_in_viewer(None, tmp_path / "plan.pdf")
    assert str(tmp_path / "plan.pdf") in warnings[0] and "USB-stick" in warnings[0]


def test_a_copy_to_a_folder_that_is_gone_says_so_and_writes_nothing(
    dutch: None, tmp_path: Path, monkeypatch
) -> None:
    """A stick pulled out before saving: a Dutch message, no half file anywhere."""
    source = tmp_path / "plan.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    gone = tmp_path / "USB" / "weg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(gone / "p.pdf"), ""))
    warnings: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, text: warnings.append(text))
    assert dialogs.save_copy(None, source) is None
    assert "bestaat niet" in warnings[0]
    assert not (tmp_path / "USB").exists()


def test_without_cups_the_pages_are_drawn_by_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where there is no CUPS library (Windows) printing goes through Qt's own printers."""
    monkeypatch.setattr(cups, "libcups", lambda: None)
    assert isinstance(print_system(), RasterPrintSystem)


def test_unknown_or_missing_printers_are_named(dutch: None) -> None:
    """A wrong --printer lists the printers there are; no default says how to choose one."""
    printers = [Printer("Zaal_Kieldrecht"), Printer("Bureau", is_default=True)]
    assert find_printer(printers, "zaal_kieldrecht").name == "Zaal_Kieldrecht"
    assert find_printer(printers, None).name == "Bureau"
    with pytest.raises(UserError) as unknown:
        find_printer(printers, "Gang")
    assert user_message(unknown.value) == (
        "Er is geen printer met de naam Gang op deze computer. "
        "Printers hier: Zaal_Kieldrecht, Bureau."
    )
    with pytest.raises(UserError) as no_default:
        find_printer([Printer("Zaal_Kieldrecht")], None)
    assert "--printer NAAM" in user_message(no_default.value)
    with pytest.raises(NoPrinting) as none:
        find_printer([], None)
    assert none.value.system_running


def test_a_paused_printer_is_said_before_anything_is_sent(dutch: None) -> None:
    with pytest.raises(UserError) as paused:
        check_ready(Printer("Zaal", accepting=False))
    assert "neemt op dit moment geen documenten aan" in user_message(paused.value)


def test_a_printer_out_of_reach_is_recognised_from_what_cups_reports(dutch: None) -> None:
    """Switched off, unplugged or paused: the job would wait, and the coach is told why."""
    from desktop.printing.no_printer import would_wait

    assert would_wait(Printer("Zaal")) == ""
    assert would_wait(Printer("Zaal", reasons=("toner-low-warning",))) == ""
    assert "uitgeschakeld of buiten bereik" in would_wait(
        Printer("Zaal", reasons=("offline-report",))
    )
    assert "buiten bereik" in would_wait(Printer("Zaal", reasons=("connecting-to-device",)))
    assert "staat stil" in would_wait(Printer("Zaal", stopped=True))
