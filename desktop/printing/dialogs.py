"""The small dialogs of printing: the print dialog as we set it up, no printer, other paper,
a copy saved elsewhere (a USB stick), the PDF opened in the system's viewer."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop.printing.job import Paper, scale_percent
from desktop.shell.settings import Setting
from exports.pdf.atomic import write_atomically
from models.core.errors import UserError

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

LAST_PRINTER = Setting[str]("printing/last_printer", "")
# Printers and papers the coach was told about ("printer|Letter" joined by newlines).
TOLD_PAPER = Setting[str]("printing/told_paper", "")


def new_printer(title: str, landscape: bool) -> "QPrinter":
    """A printer for the dialog: the last one chosen (if it is still there), A4, full page."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    last = LAST_PRINTER.get()
    if last and last in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(last)
    printer.setDocName(title)
    printer.setFullPage(True)  # the PDF has its own margins
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return printer


def ask_print_settings(parent: QWidget | None, printer: "QPrinter", pages: int) -> bool:
    """Qt's print dialog (Dutch, no 'print to file': saving is its own button); True on OK."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

    dialog = QPrintDialog(printer, parent)
    option = QAbstractPrintDialog.PrintDialogOption
    dialog.setOption(option.PrintToFile, False)
    dialog.setOption(option.PrintPageRange, True)
    dialog.setOption(option.PrintCollateCopies, True)
    dialog.setOption(option.PrintShowPageSize, True)
    dialog.setMinMax(1, max(pages, 1))
    dialog.setWindowTitle(
        QCoreApplication.translate("Printing", "Print %1").replace("%1", printer.docName())
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if printer.printerName():
        LAST_PRINTER.set(printer.printerName())
    return True


def warn(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Printing"), text)


def tell_other_paper(parent: QWidget | None, printer: str, paper: Paper, landscape: bool) -> bool:
    """Once per printer and paper: the A4 pages are made smaller to fit. False: cancelled."""
    key = f"{printer}|{paper.name}"
    told = [line for line in TOLD_PAPER.get().splitlines() if line]
    if key in told:
        return True
    text = (
        QCoreApplication.translate(
            "Printing",
            "The printer %1 uses %2 paper. The A4 pages are printed at %3 % of their size, "
            "centred on the sheet. To print them at full size, choose A4 under Properties "
            "in the print dialog.",
        )
        .replace("%1", printer)
        .replace("%2", paper.name)
        .replace("%3", str(scale_percent(paper, landscape)))
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Printing", "Other paper size"),
        text,
        parent=parent,
    )
    go = box.addButton(
        QCoreApplication.translate("Printing", "Print"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(go)
    box.exec()
    if box.clickedButton() is not go:
        return False
    TOLD_PAPER.set("\n".join([*told, key]))
    return True


def open_in_viewer(parent: QWidget | None, path: Path) -> bool:
    """The PDF in the system's viewer; where there is none, says so and where the file is."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    warn(
        parent,
        QCoreApplication.translate(
            "Printing",
            "No program to show PDF files is set up on this computer. The document is saved "
            "as %1: save a copy on a USB stick to print it elsewhere.",
        ).replace("%1", str(path)),
    )
    return False


def save_copy(parent: QWidget | None, path: Path, folder: str = "") -> Path | None:
    """Save as…: a copy of the PDF where the coach chooses (a USB stick); None if cancelled."""
    suggested = str(Path(folder) / path.name) if folder else str(path)
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Printing", "Save PDF as"),
        suggested,
        QCoreApplication.translate("Printing", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    target = Path(name)
    if target.suffix.casefold() != ".pdf":
        target = target.with_name(f"{target.name}.pdf")
    if target.resolve() == path.resolve():
        return target
    try:
        copy_file(path, target)
    except UserError as error:
        from desktop.shell.messages import user_message

        warn(parent, user_message(error))
        return None
    return target


def copy_file(source: Path, target: Path) -> Path:
    """The PDF copied whole or not at all (a full or pulled stick leaves no half file)."""
    try:
        data = source.read_bytes()
    except OSError as error:
        raise UserError(
            "The PDF {name} can no longer be read ({reason}). Make the document again.",
            name=source.name,
            reason=error.strerror or str(error),
        ) from error
    return write_atomically(target, data)
