"""The print preview: the document as it will print, with Print…, Save as…, the PDF viewer."""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.printing import dialogs
from desktop.printing.raster import open_pdf


class PdfPreview(QDialog):
    """Shows the PDF; Print… asks for `print_requested`, the owner prints (and may close it)."""

    print_requested = Signal()
    saved = Signal(str)  # where a copy went

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtPdfWidgets import QPdfView

        self.path = path
        self.setWindowTitle(self.tr("Print preview: %1").replace("%1", path.name))
        self.document = open_pdf(path)
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
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setToolTip(self.tr("A copy elsewhere, on a USB stick for instance"))
        self.viewer_button = QPushButton(self.tr("Open in PDF viewer"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.where, 1)
        for button in (self.save_button, self.viewer_button, self.close_button, self.print_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self.save_copy)
        self.viewer_button.clicked.connect(lambda: dialogs.open_in_viewer(self, self.path))
        self.close_button.clicked.connect(self.reject)
        self.resize(860, 700)
        self.fit_screen()
        self.print_button.setFocus()

    def fit_screen(self) -> None:
        """Never taller or wider than the screen (a laptop with a taskbar)."""
        screen = self.screen().availableGeometry()
        self.resize(
            min(self.width(), screen.width() - 40), min(self.height(), screen.height() - 60)
        )

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount())

    @property
    def landscape(self) -> bool:
        size = self.document.pagePointSize(0)
        return bool(size.width() > size.height())

    def save_copy(self) -> Path | None:
        copy = dialogs.save_copy(self, self.path)
        if copy is not None:
            self.where.setText(self.tr("Copy saved as %1").replace("%1", str(copy)))
            self.saved.emit(str(copy))
        return copy

    def busy(self, sending: bool) -> None:
        """While the document goes to the printer: no second Print…, and it says so."""
        self.print_button.setEnabled(not sending)
        if sending:
            self.where.setText(self.tr("Sending to the printer…"))
