"""Printing a made PDF: preview, print dialog (mocked at its boundary), last printer, Ctrl+P."""

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from desktop.printing import pdf_printing as printing
from exports.actions.action_plan_pdf import build_action_plan_pdf
from tests.exports.test_action_plan_pdf import _document, _section

# Showing a window offscreen makes Qt say its plugin cannot propagate size hints: harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class FakePrintDialog:
    """Stands in for QPrintDialog: the coach picks 'print to file' and presses OK (or not)."""

    accept = True
    output: Path | None = None
    shown: list["FakePrintDialog"] = []

    def __init__(self, printer, parent=None) -> None:
        self.printer = printer
        self.minmax: tuple[int, int] | None = None
        FakePrintDialog.shown.append(self)

    def setMinMax(self, low: int, high: int) -> None:
        self.minmax = (low, high)

    def setWindowTitle(self, title: str) -> None:
        self.title = title

    def exec(self) -> QDialog.DialogCode:
        if not FakePrintDialog.accept:
            return QDialog.DialogCode.Rejected
        if FakePrintDialog.output is not None:
            self.printer.setOutputFileName(str(FakePrintDialog.output))
        return QDialog.DialogCode.Accepted


@pytest.fixture
def fake_dialog(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> type[FakePrintDialog]:
    import PySide6.QtPrintSupport

    FakePrintDialog.accept = True
    FakePrintDialog.output = tmp_path / "printed.pdf"
    FakePrintDialog.shown = []
    monkeypatch.setattr(PySide6.QtPrintSupport, "QPrintDialog", FakePrintDialog)
    return FakePrintDialog


@pytest.fixture
def plan_pdf(tmp_path: Path) -> Path:
    doc = _document(sections=(_section("Buurtpunt Beveren", actions=60),))
    return build_action_plan_pdf(doc, tmp_path / "plan.pdf")


def test_printing_sends_every_page(qtbot, fake_dialog, plan_pdf: Path) -> None:
    """OK in the print dialog prints all pages of the plan, A4, at most 300 dpi."""
    assert printing.print_pdf(plan_pdf)
    (dialog,) = fake_dialog.shown
    pages = len(PdfReader(plan_pdf).pages)
    assert dialog.minmax == (1, pages) and "plan.pdf" in dialog.title
    assert fake_dialog.output is not None
    assert len(PdfReader(fake_dialog.output).pages) == pages


def test_a_cancelled_dialog_prints_nothing(qtbot, fake_dialog, plan_pdf: Path) -> None:
    fake_dialog.accept = False
    assert not printing.print_pdf(plan_pdf)
    assert fake_dialog.output is not None and not fake_dialog.output.exists()


def test_the_last_printer_is_proposed_next_time(
    qtbot, fake_dialog, plan_pdf: Path, monkeypatch
) -> None:
    """The printer chosen is remembered in the settings and chosen again if it still exists."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    chosen: list[str] = []
    monkeypatch.setattr(QPrinter, "printerName", lambda self: "Zaal Kieldrecht")
    monkeypatch.setattr(QPrinter, "setPrinterName", lambda self, name: chosen.append(name))
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", lambda: ["Zaal Kieldrecht"])
    assert printing.print_pdf(plan_pdf)
    assert printing.LAST_PRINTER.get() == "Zaal Kieldrecht"
    assert printing.print_pdf(plan_pdf)
    assert chosen == ["Zaal Kieldrecht"]


def test_a_missing_file_is_a_message_not_a_crash(qtbot, fake_dialog, tmp_path, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(printing, "_warn", lambda parent, message: warnings.append(message))
    assert not printing.print_pdf(tmp_path / "weg.pdf")
    assert warnings and "weg.pdf" in warnings[0] and not fake_dialog.shown


def test_the_preview_shows_the_pdf_and_prints_it(qtbot, fake_dialog, plan_pdf: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    preview = printing.show_preview(plan_pdf, parent)
    assert isinstance(preview, printing.PdfPreview)
    assert preview.isVisible() and preview.document.pageCount() == len(PdfReader(plan_pdf).pages)
    with qtbot.waitSignal(preview.printed):
        preview.print_button.click()
    assert fake_dialog.output is not None and fake_dialog.output.exists()


def test_without_qtpdf_the_system_viewer_opens(qtbot, plan_pdf: Path, monkeypatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(printing, "pdf_preview_available", lambda: False)
    monkeypatch.setattr(printing, "open_in_viewer", lambda path: opened.append(path) or True)
    assert printing.show_preview(plan_pdf) is None
    assert opened == [plan_pdf]


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
    assert printing.print_current_view(page) and view.printed == 1
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    assert not printing.print_current_view(other)
