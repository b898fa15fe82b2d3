"""Printing where no print system takes a PDF (Windows): Qt draws each page for the printer.

Each page asked for (and only those) is rendered at the printer's resolution, at most 600 dpi,
onto an opaque white page (no transparency for the driver to flatten) and placed as large as
fits, centred: on A4 at its own size and margins, on other paper scaled.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter

from desktop.printing.job import PrintJob, Sides, paper_named, place_page
from desktop.printing.page_ranges import PageRanges
from desktop.printing.printers import NoPrinting, Printer, Sent
from desktop.printing.qt_job import QT_CUPS_OPTIONS
from models.core.errors import UserError

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 600  # sharper than paper shows; more only makes the spool bigger


def _application() -> None:
    """QPrinter needs an application object; the command line has none of its own."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        QApplication([])


def open_pdf(path: Path) -> "QPdfDocument":
    """The PDF loaded for drawing; a UserError when it cannot be read."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    status = document.load(str(path))
    if status != QPdfDocument.Error.None_ or document.pageCount() < 1:
        raise UserError(
            "The PDF {name} could not be read ({reason}). Make the document again.",
            name=path.name,
            reason=status.name,
        )
    return document


def opaque(image: QImage) -> QImage:
    """The rendered page on white, without an alpha channel."""
    white = QImage(image.size(), QImage.Format.Format_RGB32)
    white.fill(Qt.GlobalColor.white)
    painter = QPainter(white)
    painter.drawImage(0, 0, image)
    painter.end()
    return white


def _forget_qt_page_ranges(printer: "QPrinter") -> None:
    """Only the pages asked for are drawn, so the printer must not pick pages again."""
    from PySide6.QtPrintSupport import QPrintEngine, QPrinter

    printer.setPrintRange(QPrinter.PrintRange.AllPages)
    engine = printer.printEngine()
    key = QPrintEngine.PrintEnginePropertyKey(QT_CUPS_OPTIONS)
    options = engine.property(key)
    if isinstance(options, list) and "page-ranges" in options[::2]:
        pairs = [(n, v) for n, v in zip(options[::2], options[1::2], strict=False)]
        kept = [text for n, v in pairs if n != "page-ranges" for text in (n, v)]
        engine.setProperty(key, kept)


def draw_pages(path: Path, printer: "QPrinter", pages: PageRanges) -> int:
    """Draws the pages asked for onto the printer; returns how many."""
    document = open_pdf(path)
    count = document.pageCount()
    numbers = pages.checked(count).pages(count)
    first = document.pagePointSize(numbers[0] - 1)
    landscape = first.width() > first.height()
    printer.setFullPage(True)  # the PDF has its own margins
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    _forget_qt_page_ranges(printer)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(
            "The printer {printer} cannot be reached. Check that it is switched on and "
            "connected, or choose another printer.",
            printer=printer.printerName(),
            field="printer",
        )
    try:
        device_dpi = printer.resolution()
        dpi = min(device_dpi, MAX_DPI)
        paper = printer.paperRect(printer.Unit.DevicePixel)
        for index, number in enumerate(numbers):
            if index:
                printer.newPage()
            points = document.pagePointSize(number - 1)
            place = place_page(
                points.width() * device_dpi / 72,
                points.height() * device_dpi / 72,
                paper.width(),
                paper.height(),
            )
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = opaque(document.render(number - 1, pixels))
            target = QRectF(place.x, place.y, place.width, place.height)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(numbers)


def printer_for(job: PrintJob) -> "QPrinter":
    """A QPrinter set up as the job says (the command line has no print dialog)."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(job.printer)
    printer.setCopyCount(job.copies)
    printer.setCollateCopies(job.collate)
    duplex = {
        Sides.ONE_SIDED: QPrinter.DuplexMode.DuplexNone,
        Sides.LONG_EDGE: QPrinter.DuplexMode.DuplexLongSide,
        Sides.SHORT_EDGE: QPrinter.DuplexMode.DuplexShortSide,
    }
    if job.sides is not None:
        printer.setDuplex(duplex[job.sides])
    size = QSizeF(job.paper.width_mm, job.paper.height_mm)
    printer.setPageSize(
        QPageSize(
            size, QPageSize.Unit.Millimeter, job.paper.name, QPageSize.SizeMatchPolicy.FuzzyMatch
        )
    )
    if job.monochrome is not None:
        mode = QPrinter.ColorMode.GrayScale if job.monochrome else QPrinter.ColorMode.Color
        printer.setColorMode(mode)
    return printer


class RasterPrintSystem:
    """Qt's printers; the pages drawn at the printer's resolution."""

    sends_pdf = False

    def printers(self) -> list[Printer]:
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        _application()
        default = QPrinterInfo.defaultPrinterName()
        found = []
        for info in QPrinterInfo.availablePrinters():
            size = info.defaultPageSize()
            paper = paper_named(size.key()) if size.isValid() else None
            found.append(
                Printer(
                    name=info.printerName(),
                    description=info.description(),
                    is_default=info.printerName() == default,
                    stopped=info.state() == QPrinter.PrinterState.Error,
                    paper=paper,
                )
            )
        return found

    def send(self, path: Path, job: PrintJob, title: str, qprinter: "QPrinter | None") -> Sent:
        _application()
        printer = qprinter if qprinter is not None else printer_for(job)
        if not printer.isValid():
            raise NoPrinting(system_running=True)
        printer.setDocName(title)
        pages = draw_pages(path, printer, job.pages)
        return Sent(job.printer, "", pages)
