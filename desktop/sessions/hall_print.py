"""Printing in the hall, one click from where the coach is: the action plan when the session
closes, the sign-in sheet before it starts.

The document is made off the GUI thread, then shown in the preview, whose first button
prints on the printer chosen last time at once ("Print on HP LaserJet"); "Other printer…"
asks the print dialog. With the setting "straight to the printer" there is no preview: the
document goes to that printer as soon as it is made. The first time (no printer chosen yet)
the print dialog asks which one. From closing the session to a printed action plan: Close
session, Close and print the action plan, Print on … (three clicks; two with the setting).
"""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.printing import pdf_printing as printing
from desktop.shell.operations import Operation, run_operation
from desktop.shell.settings import Setting
from exports.documents import DocumentKind

if TYPE_CHECKING:
    from models.workspace import Workspace

PRINT_STRAIGHT = Setting[bool]("printing/hall_straight_to_printer", False)


def last_printer() -> str:
    """The printer chosen last time, if it is still there ("" otherwise)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    name = printing.LAST_PRINTER.get()
    return name if name and name in QPrinterInfo.availablePrinterNames() else ""


def write_for_hall(
    workspace: "Workspace", kind: DocumentKind, uid: str, after_session: str | None
) -> Path:
    """The PDF in the documents folder; the action plan as it stands after the session."""
    if kind is DocumentKind.ACTION_PLAN:
        from exports.actions.action_plan_pdf import save_action_plan_pdf

        return save_action_plan_pdf(workspace.actions.action_plan_document(uid, after_session))
    from exports.documents import write_document

    return write_document(workspace, kind, uid)


class HallPreview(printing.PdfPreview):
    """The preview with the last printer as its first button."""

    def __init__(self, path: Path, printer: str, parent: QWidget | None = None) -> None:
        super().__init__(path, parent)
        self.printer = printer
        self.print_here = QPushButton(self.tr("Print on %1").replace("%1", printer))
        self.print_here.setProperty("role", "primary")
        self.straight = QCheckBox(self.tr("Next time straight to this printer, without preview"))
        self.straight.setChecked(PRINT_STRAIGHT.get())
        self.straight.toggled.connect(lambda on: PRINT_STRAIGHT.set(on))
        self.print_button.setText(self.tr("Other printer…"))
        self.print_button.setProperty("role", "")
        self.print_button.setDefault(False)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        row = layout.itemAt(1)  # the preview's row of buttons, under the pages
        buttons = row.layout() if row is not None else None
        assert isinstance(buttons, QHBoxLayout)
        buttons.addWidget(self.print_here)
        layout.addWidget(self.straight)
        self.print_here.setDefault(True)
        self.print_here.setFocus()
        self.print_here.clicked.connect(self.print_on_last)
        self.fit_screen()

    def print_on_last(self) -> None:
        """Straight to the printer chosen last time: no dialog."""
        if print_on(self.document, self.printer, self.path, self):
            self.printed.emit(str(self.path))
            self.accept()

    def fit_screen(self) -> None:
        """Never taller or wider than the screen (a laptop with a taskbar)."""
        screen = self.screen().availableGeometry()
        self.resize(
            min(self.width(), screen.width() - 40), min(self.height(), screen.height() - 60)
        )


def printer_for(name: str) -> Any:
    """A QPrinter on the named printer, A4, the page as the PDF lays it out; None when that
    printer is not there (any more): then nothing goes to another printer by surprise."""
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    if printer.printerName() != name:
        return None
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    return printer


def print_on(document: Any, printer_name: str, path: Path, parent: QWidget | None) -> bool:
    """Prints the PDF on this printer without asking; False (and a message) when it fails."""
    printer = printer_for(printer_name)
    if printer is None:
        printing._warn(
            parent,
            QCoreApplication.translate(
                "HallPrinting", "The printer %1 cannot be found. Choose another printer."
            ).replace("%1", printer_name),
        )
        return False
    printer.setDocName(path.stem)
    try:
        printing.render_to_printer(document, printer)
    except OSError as error:
        printing._warn(parent, str(error))
        return False
    return True


class HallPrinting(QObject):
    """One document printed from the hall; `shown(preview)`, then `printed(path)`."""

    shown = Signal(object)  # the preview, ready to print
    printed = Signal(str)

    def __init__(self, parent: QWidget, workspace: "Workspace") -> None:
        super().__init__(parent)
        self.widget, self.workspace = parent, workspace
        self.operation: Operation[Path] | None = None
        self.preview: printing.PdfPreview | None = None
        self.path: Path | None = None

    def start(
        self, kind: DocumentKind, uid: str, after_session: str | None = None
    ) -> "HallPrinting":
        workspace = self.workspace
        self.operation = run_operation(
            self.widget,
            lambda _progress: write_for_hall(workspace, kind, uid, after_session),
            self._made,
            title=QCoreApplication.translate("HallPrinting", "Preparing the document"),
        )
        return self

    def _made(self, path: Path) -> None:
        self.path, self.operation = path, None
        printer = last_printer()
        if not printing.pdf_preview_available():
            printing.open_in_viewer(path)
            return
        if printer and PRINT_STRAIGHT.get():
            document = printing._load(path)
            if print_on(document, printer, path, self.widget):
                self.printed.emit(str(path))
            return
        if printer:
            preview: printing.PdfPreview = HallPreview(path, printer, self.widget)
        else:  # nothing chosen yet: its Print… asks the print dialog, which remembers it
            preview = printing.PdfPreview(path, self.widget)
        preview.printed.connect(self.printed)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.open()
        self.shown.emit(preview)
