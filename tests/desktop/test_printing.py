"""Printing from the window, with Qt's real print dialog and a real CUPS: Print… on a screen,
the preview, the dialog (pages typed as '1,3'), the printer remembered, other paper told once;
and the drawn pages of Windows (Qt's own printing) opaque, at the printer's paper."""

import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.printing import dialogs
from desktop.printing.flow import DocumentPrinting, print_document
from desktop.printing.job import PrintJob
from desktop.printing.page_ranges import parse_page_ranges
from desktop.printing.preview import PdfPreview
from desktop.printing.raster import RasterPrintSystem, printer_for
from desktop.printing.shortcut import print_current_view
from exports.documents import DocumentKind, write_document
from tests.demo import trajectory_uid
from tests.desktop.print_dialogs import CANCEL, PRINT, Answers, choose, click

# Showing a window offscreen makes Qt say its plugin cannot propagate size hints: harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _start(qtbot, workspace, kind: DocumentKind, uid: str) -> tuple[DocumentPrinting, PdfPreview]:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    printing = print_document(parent, workspace, kind, uid)
    with qtbot.waitSignal(printing.made, timeout=30_000) as made:
        pass
    preview = made.args[0]
    assert isinstance(preview, PdfPreview) and preview.isVisible()
    return printing, preview


def test_print_from_the_preview_sends_the_pages_typed(
    qtbot, cups_queues, printed, shared_demo
) -> None:
    """Preview, Print…, the A4 printer, pages '1,3': two pages reach the printer, with text,
    and the printer is proposed again next time."""
    a4, _letter = cups_queues
    uid = trajectory_uid(shared_demo, "klimaatdoeners")
    printing, preview = _start(qtbot, shared_demo, DocumentKind.EVALUATION_REPORT, uid)
    assert preview.page_count >= 3 and preview.path.exists()
    answers = Answers(qtbot, QPrintDialog=choose(a4, "1,3"))
    with qtbot.waitSignal(printing.printed, timeout=30_000):
        preview.print_button.click()
    answers.stop()
    assert answers.seen == ["QPrintDialog"]
    assert dialogs.LAST_PRINTER.get() == a4
    assert dialogs.new_printer("x", False).printerName() == a4
    assert printing.printing is not None and printing.printing.operation is not None
    assert not printing.printing.operation.running
    output = PdfReader(printed(_sent_job(printing)))
    assert len(output.pages) == 2
    assert "Evaluatie" in (output.pages[0].extract_text() or "")


def test_a_printer_that_is_off_is_said_before_anything_waits_in_its_queue(
    qtbot, stopped_queue: str, shared_demo
) -> None:
    """A stopped printer: the coach is told the document would wait in its queue and is
    offered Print anyway, the PDF viewer or Save as…; Close sends nothing."""
    printing, preview = _start(qtbot, shared_demo, DocumentKind.SIGN_IN_SHEET, _next(shared_demo))
    offered: list[bool] = []

    def close(box: QWidget) -> None:
        offered.append(getattr(box, "print_button", None) is not None)
        click(CANCEL)(box)

    answers = Answers(qtbot, QPrintDialog=choose(stopped_queue), NoPrinterDialog=close)
    assert not printing.print_now()
    answers.stop()
    assert answers.seen == ["QPrintDialog", "NoPrinterDialog"] and offered == [True]
    assert stopped_queue in answers.texts[0] and "wait in its queue" in answers.texts[0]
    assert printing.printing is not None and printing.printing.operation is None
    assert preview.print_button.isEnabled()


def _next(workspace) -> str:  # type: ignore[no-untyped-def]
    return next(r.uid for r in workspace.sessions.all_sessions() if r.title == "Hands on")


def _sent_job(printing: DocumentPrinting) -> str:
    assert printing.printing is not None and printing.printing.last_sent is not None
    return printing.printing.last_sent.job


def test_other_paper_is_told_once_and_cancel_prints_nothing(
    qtbot, cups_queues, printed, shared_demo
) -> None:
    """A Letter printer: the coach is told the A4 pages print at 94 %, centred; Cancel sends
    nothing; after Print once, the next print to it asks no more."""
    _a4, letter = cups_queues
    uid = trajectory_uid(shared_demo, "klimaatdoeners")
    printing, preview = _start(qtbot, shared_demo, DocumentKind.QUOTE, uid)
    answers = Answers(qtbot, QPrintDialog=choose(letter), QMessageBox=click(CANCEL))
    assert not printing.print_now()
    answers.stop()
    assert answers.seen == ["QPrintDialog", "QMessageBox"]
    assert "94 %" in answers.texts[0] and "Letter" in answers.texts[0]
    assert printing.printing is not None and printing.printing.operation is None
    assert preview.print_button.isEnabled()

    answers = Answers(qtbot, QPrintDialog=choose(letter), QMessageBox=click(PRINT))
    with qtbot.waitSignal(printing.printed, timeout=30_000):
        assert printing.print_now()
    answers.stop()
    assert answers.seen == ["QPrintDialog", "QMessageBox"]
    first = printed(_sent_job(printing))
    width = float(PdfReader(first).pages[0].mediabox.width)
    assert round(width) == 612  # Letter

    printing, preview = _start(qtbot, shared_demo, DocumentKind.QUOTE, uid)
    answers = Answers(qtbot, QPrintDialog=choose(letter))
    with qtbot.waitSignal(printing.printed, timeout=30_000):
        preview.print_button.click()
    answers.stop()
    assert answers.seen == ["QPrintDialog"]  # told once: not again


def test_the_preview_fits_a_small_screen(qtbot, shared_demo) -> None:
    """On a laptop whose screen is smaller than the preview would like, the preview and its
    buttons stay on the screen."""
    uid = trajectory_uid(shared_demo, "klimaatdoeners")
    _printing, preview = _start(qtbot, shared_demo, DocumentKind.PLAN, uid)
    screen = preview.screen().availableGeometry()
    assert screen.width() < 860  # the offscreen screen: narrower than the preview's wish
    assert preview.height() <= screen.height() and preview.width() <= screen.width()
    preview.close()


@pytest.mark.usefixtures("cups_queues")
def test_a_cancelled_print_dialog_sends_nothing(qtbot, shared_demo) -> None:
    """Cancel in the print dialog: no job, the preview stays open to print later."""
    uid = trajectory_uid(shared_demo, "klimaatdoeners")
    printing, preview = _start(qtbot, shared_demo, DocumentKind.PLAN, uid)
    answers = Answers(qtbot, QPrintDialog=lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    assert not printing.print_now()
    answers.stop()
    assert answers.seen == ["QPrintDialog"]
    assert printing.printing is not None and printing.printing.operation is None
    assert preview.isVisible() and preview.print_button.isEnabled()


def test_windows_printing_draws_only_the_pages_asked_opaque_on_a4(
    qtbot, cups_queues, printed_titled, shared_demo, tmp_path: Path
) -> None:
    """Without a PDF path to the printer (Windows) Qt draws the pages: only page 2 of 3, on
    A4 at full size, as one opaque image (no transparency for the driver to flatten)."""
    a4, _letter = cups_queues
    uid = trajectory_uid(shared_demo, "klimaatdoeners")
    path = write_document(shared_demo, DocumentKind.ACTION_PLAN, uid, tmp_path / "a.pdf")
    system = RasterPrintSystem()
    assert a4 in {p.name for p in system.printers()}
    job = PrintJob(a4, pages=parse_page_ranges("2", 3))
    printer = printer_for(job)  # as the print dialog hands it over, at 300 dpi
    printer.setResolution(300)
    title = f"Drawn{uuid.uuid4().hex[:12]}"  # Qt gives no job number: find it by its title
    sent = system.send(path, job, title, printer)
    assert sent.pages == 1
    output = PdfReader(printed_titled(title))
    assert len(output.pages) == 1
    page = output.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    images = list(page.images)
    assert len(images) == 1
    assert "/SMask" not in images[0].indirect_reference.get_object()
    assert images[0].image.size == (2480, 3508)  # A4 at the printer's 300 dpi


class _PrintableView(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.printed = 0

    def print_document(self) -> None:
        self.printed += 1


def test_ctrl_p_finds_the_view_in_front(qtbot) -> None:
    """Ctrl+P prints the visible view that has a document; a page without one does nothing."""
    page = QWidget()
    layout = QVBoxLayout(page)
    view = _PrintableView()
    layout.addWidget(QLabel("Acties"))
    layout.addWidget(view)
    qtbot.addWidget(page)
    page.show()
    assert print_current_view(page) and view.printed == 1
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    assert not print_current_view(other)
