"""Printing in the hall, one click from where the coach is: the action plan when the session
closes, the sign-in sheet before it starts, the report after.

The one print path (`desktop.printing.flow`) makes the document off the GUI thread and shows
the preview; here the preview's first button prints on the printer chosen last time at once
("Print on Zaalprinter"), "Print…" still asks the print dialog. With the setting "straight to
this printer" there is no preview: the document goes to that printer as soon as it is made.
The first time (no printer chosen yet) the print dialog asks which one and remembers it.
From closing the session to a printed action plan: Close session, Close and print the action
plan, Print on … (three clicks; two with the setting).
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.printing import dialogs
from desktop.printing.flow import DocumentPrinting, PdfPrinting
from desktop.printing.preview import PdfPreview
from desktop.printing.printers import NoPrinting
from desktop.printing.system import PrintSystem, print_system
from desktop.shell.messages import user_message
from desktop.shell.settings import Setting
from exports.documents import DocumentKind, DocumentRequest
from models.core.errors import UserError

if TYPE_CHECKING:
    from models.workspace import Workspace

PRINT_STRAIGHT = Setting[bool]("printing/hall_straight_to_printer", False)


def last_printer(system: PrintSystem) -> str:
    """The printer chosen last time, if the print system still has it ("" otherwise)."""
    name = dialogs.LAST_PRINTER.get()
    if not name:
        return ""
    try:
        names = {printer.name.casefold() for printer in system.printers()}
    except (NoPrinting, UserError):
        return ""
    return name if name.split("/")[0].casefold() in names else ""


class HallPreview(PdfPreview):
    """The preview with the printer chosen last time as its first button."""

    def __init__(self, path: Path, printer: str, parent: QWidget | None = None) -> None:
        super().__init__(path, parent)
        self.printer = printer
        self.print_here = QPushButton(self.tr("Print on %1").replace("%1", printer))
        self.print_here.setProperty("role", "primary")
        self.straight = QCheckBox(self.tr("Next time straight to this printer, without preview"))
        self.straight.setChecked(PRINT_STRAIGHT.get())
        self.straight.toggled.connect(lambda on: PRINT_STRAIGHT.set(on))
        self.print_button.setProperty("role", "")
        self.print_button.setDefault(False)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        row = layout.itemAt(1)  # the preview's row of buttons, under the pages
        buttons = row.layout() if row is not None else None
        assert isinstance(buttons, QHBoxLayout)
        buttons.addWidget(self.print_here)
        # Where it was saved on a line of its own: the row has one button more.
        buttons.removeWidget(self.where)
        buttons.insertStretch(0, 1)
        layout.insertWidget(1, self.where)
        layout.addWidget(self.straight)
        self.print_here.setDefault(True)
        self.print_here.setFocus()
        self.fit_screen()

    def busy(self, sending: bool) -> None:
        super().busy(sending)
        self.print_here.setEnabled(not sending)


class HallPrinting(DocumentPrinting):
    """One document printed from the hall (see the module): `made(preview)`, `printed(text)`."""

    def __init__(
        self,
        parent: QWidget,
        workspace: "Workspace",
        request: DocumentRequest,
        system: PrintSystem | None = None,
    ) -> None:
        super().__init__(parent, workspace, request, system)
        self.system = system or print_system()
        self.path: Path | None = None

    def _made(self, path: Path) -> None:
        self.path = path
        system = self.system or print_system()
        printer = last_printer(system)
        if printer and PRINT_STRAIGHT.get():
            self._straight(path)
            return
        try:
            preview = HallPreview(path, printer, self.widget) if printer else None
            preview_or_plain = preview or PdfPreview(path, self.widget)
        except UserError as error:
            self._report(user_message(error))
            return
        preview_or_plain.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview_or_plain.print_requested.connect(self.print_now)
        if preview is not None:
            preview.print_here.clicked.connect(lambda: self.print_now(ask=False))
        self.preview = preview_or_plain
        preview_or_plain.open()
        self.made.emit(preview_or_plain)

    def _straight(self, path: Path) -> None:
        """No preview: to the printer chosen last time as soon as the document is made."""
        from desktop.printing.raster import open_pdf

        try:
            document = open_pdf(path)
        except UserError as error:
            self._report(user_message(error))
            return
        size = document.pagePointSize(0)
        self.printing = PdfPrinting(path, self.widget, self.system, owner=self)
        self.printing.sent.connect(self._printed)
        self.printing.start(document.pageCount(), size.width() > size.height(), ask=False)


def print_in_hall(
    parent: QWidget,
    workspace: "Workspace",
    kind: DocumentKind,
    uid: str,
    *,
    after_session: str | None = None,
    system: PrintSystem | None = None,
) -> HallPrinting:
    """Makes the document and shows it ready for the hall's printer (see the module)."""
    request = DocumentRequest(kind, uid, after_session=after_session)
    printing = HallPrinting(parent, workspace, request, system)
    printing.start()
    return printing
