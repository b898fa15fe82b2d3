"""Printing a PDF the app made: a preview (QtPdf), the print dialog, or the system PDF viewer.

A view that has a document to print offers `print_document()`; Ctrl+P in the main window
calls `print_current_view(page)`, which finds the visible view that offers it.
The last printer chosen is remembered in QSettings and proposed next time.
"""

from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.settings import Setting

LAST_PRINTER = Setting[str]("printing/last_printer", "")
MAX_PRINT_DPI = 300  # sharp on paper; higher only makes the spool bigger
PRINT_SHORTCUT = QKeySequence.StandardKey.Print  # Ctrl+P


@runtime_checkable
class Printable(Protocol):
    """A view that can print the document it shows."""

    def print_document(self) -> None: ...


def pdf_preview_available() -> bool:
    """Whether the installed PySide6 has QtPdf (the PySide6-Pdf wheel) for preview and print."""
    try:
        from PySide6 import QtPdf, QtPdfWidgets  # noqa: F401
    except ImportError:
        return False
    return True


def open_in_viewer(path: Path) -> bool:
    """Opens the PDF in the system's PDF viewer (which can print it too)."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def _load(path: Path) -> Any:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_:
        raise OSError(f"{path.name} kon niet geopend worden ({error.name})")
    return document


def _choose_printer(path: Path, pages: int, parent: QWidget | None) -> Any:
    """The print dialog with the last printer proposed; the printer, or None when cancelled."""
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    last = LAST_PRINTER.get()
    if last and last in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(last)
    printer.setDocName(path.stem)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)  # the PDF has its own margins: print the page as it is
    printer.setFromTo(1, pages)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, pages)
    dialog.setWindowTitle(QApplication.translate("Printing", "Print %1").replace("%1", path.name))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if printer.printerName():
        LAST_PRINTER.set(printer.printerName())
    return printer


def _page_range(printer: Any, pages: int) -> range:
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return range(pages)
    return range(max(first, 1) - 1, min(last, pages))


def render_to_printer(document: Any, printer: Any) -> int:
    """Paints each page of the PDF onto the printer at up to 300 dpi; returns pages printed."""
    pages = _page_range(printer, document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("de printer is niet beschikbaar")
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        target = printer.paperRect(printer.Unit.DevicePixel)
        for count, index in enumerate(pages):
            if count:
                printer.newPage()
            points = document.pagePointSize(index)
            scale = min(target.width() / points.width(), target.height() / points.height())
            width, height = points.width() * scale, points.height() * scale
            image = document.render(
                index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            painter.drawImage(QRectF(QPointF(0, 0), QSize(round(width), round(height))), image)
    finally:
        painter.end()
    return len(pages)


def print_pdf(path: Path, parent: QWidget | None = None) -> bool:
    """The print dialog for this PDF, then printing it; False when cancelled or impossible."""
    if not pdf_preview_available():
        return open_in_viewer(path)
    try:
        document = _load(path)
    except OSError as error:
        _warn(parent, str(error))
        return False
    printer = _choose_printer(path, document.pageCount(), parent)
    if printer is None:
        return False
    try:
        render_to_printer(document, printer)
    except OSError as error:
        _warn(parent, str(error))
        return False
    return True


def _warn(parent: QWidget | None, message: str) -> None:
    title = QApplication.translate("Printing", "Printing")
    QMessageBox.warning(parent, title, message)


class PdfPreview(QDialog):
    """The document as it will print, with Print…, Open in PDF viewer and Close."""

    printed = Signal(str)  # the path of the printed PDF

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtPdfWidgets import QPdfView

        self.path = path
        self.setWindowTitle(self.tr("Print preview: %1").replace("%1", path.name))
        self.document = _load(path)
        self.document.setParent(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.where = QLabel(self.tr("Saved as %1").replace("%1", str(path)))
        self.where.setProperty("role", "subtitle")
        self.where.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setProperty("role", "primary")
        self.print_button.setDefault(True)
        self.viewer_button = QPushButton(self.tr("Open in PDF viewer"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.where, 1)
        for button in (self.viewer_button, self.close_button, self.print_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_now)
        self.viewer_button.clicked.connect(lambda: open_in_viewer(self.path))
        self.close_button.clicked.connect(self.reject)
        self.resize(860, 700)
        self.print_button.setFocus()

    def print_now(self) -> None:
        """The print dialog; when the coach prints, the preview closes."""
        printer = _choose_printer(self.path, self.document.pageCount(), self)
        if printer is None:
            return
        try:
            render_to_printer(self.document, printer)
        except OSError as error:
            _warn(self, str(error))
            return
        self.printed.emit(str(self.path))
        self.accept()


def show_preview(path: Path, parent: QWidget | None = None) -> QDialog | None:
    """Opens the preview window-modal (non-blocking) and returns it; without QtPdf the
    system PDF viewer opens instead and None is returned."""
    if not pdf_preview_available():
        open_in_viewer(path)
        return None
    try:
        preview = PdfPreview(path, parent)
    except OSError as error:
        _warn(parent, str(error))
        return None
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.open()
    return preview


def printable_in(root: QWidget | None) -> Printable | None:
    """The view to print for Ctrl+P: the focused widget or an ancestor that offers
    print_document, else the first visible one on the current page."""
    focus = QApplication.focusWidget()
    widget: QObject | None = focus
    while widget is not None:
        if isinstance(widget, Printable) and (root is None or _inside(widget, root)):
            return widget
        widget = widget.parent()
    if root is None:
        return None
    if isinstance(root, Printable):
        return root
    for child in root.findChildren(QWidget):
        if child.isVisible() and isinstance(child, Printable):
            return child
    return None


def _inside(widget: QObject, root: QWidget) -> bool:
    node: QObject | None = widget
    while node is not None:
        if node is root:
            return True
        node = node.parent()
    return False


def print_current_view(root: QWidget | None) -> bool:
    """Ctrl+P: prints the document of the view in front; False when it has none."""
    target = printable_in(root)
    if target is None:
        return False
    target.print_document()
    return True
