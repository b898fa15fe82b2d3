"""What the coach chose in Qt's print dialog, read off the QPrinter as a plain PrintJob."""

from typing import TYPE_CHECKING

from desktop.printing.job import A4, Paper, PrintJob, Sides, paper_named
from desktop.printing.page_ranges import PageRanges, parse_page_ranges

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

# Qt keeps the CUPS options its dialog set (page ranges, pages per sheet, banners, …) as a
# name/value list under this print engine property (PPK_CupsOptions in Qt's sources).
QT_CUPS_OPTIONS = 0xFE00


def dialog_cups_options(printer: "QPrinter") -> dict[str, str]:
    """The CUPS options Qt's print dialog put on the printer (none on Windows)."""
    from PySide6.QtPrintSupport import QPrintEngine

    engine = printer.printEngine()
    values = engine.property(QPrintEngine.PrintEnginePropertyKey(QT_CUPS_OPTIONS))
    if not isinstance(values, list):
        return {}
    texts = [str(v) for v in values]
    return dict(zip(texts[::2], texts[1::2], strict=False))


def chosen_pages(printer: "QPrinter", options: dict[str, str]) -> PageRanges:
    """The pages as typed in the dialog ("1,3", "2-3"), wherever Qt put them."""
    from PySide6.QtPrintSupport import QPrinter

    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges().toRangeList()
        if ranges:
            return PageRanges(tuple((r.from_, r.to) for r in ranges))
        if printer.fromPage() > 0:
            return PageRanges(((printer.fromPage(), max(printer.toPage(), printer.fromPage())),))
    typed = options.get("page-ranges", "").strip()
    return parse_page_ranges(typed) if typed else PageRanges()


def chosen_paper(printer: "QPrinter") -> Paper:
    """The paper of the dialog: A4 unless the coach (or the printer's setting) chose other."""
    from PySide6.QtGui import QPageSize

    size = printer.pageLayout().pageSize()
    if not size.isValid():
        return A4
    named = paper_named(size.key())
    if named is not None:
        return named
    millimetres = size.size(QPageSize.Unit.Millimeter)
    return Paper(size.key() or size.name(), millimetres.width(), millimetres.height())


def chosen_sides(printer: "QPrinter", landscape: bool) -> Sides | None:
    from PySide6.QtPrintSupport import QPrinter

    mode = printer.duplex()
    if mode == QPrinter.DuplexMode.DuplexNone:
        return Sides.ONE_SIDED
    if mode == QPrinter.DuplexMode.DuplexLongSide:
        return Sides.LONG_EDGE
    if mode == QPrinter.DuplexMode.DuplexShortSide:
        return Sides.SHORT_EDGE
    return Sides.SHORT_EDGE if landscape else Sides.LONG_EDGE  # DuplexAuto


def job_from_printer(printer: "QPrinter", landscape: bool = False) -> PrintJob:
    """Everything the dialog says: printer, copies, duplex, pages, paper, colour, options."""
    from PySide6.QtPrintSupport import QPrinter

    options = dialog_cups_options(printer)
    return PrintJob(
        printer=printer.printerName(),
        copies=max(printer.copyCount(), 1),
        collate=printer.collateCopies(),
        sides=chosen_sides(printer, landscape),
        pages=chosen_pages(printer, options),
        paper=chosen_paper(printer),
        monochrome=printer.colorMode() == QPrinter.ColorMode.GrayScale,
        extra=options,
    )
