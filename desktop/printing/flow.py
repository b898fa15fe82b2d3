"""Printing from the window, one call for every document:

    print_document(parent, workspace, DocumentKind.SIGN_IN_SHEET, session_uid)

makes the PDF off the GUI thread (saved in the trajectory's documents folder), shows the
preview, and on Print… asks the print dialog and sends the job off the GUI thread. With no
printer or no print system the coach is told so and offered the PDF viewer or Save as….
"""

import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QWidget
from shiboken6 import isValid

from desktop.printing import dialogs
from desktop.printing.no_printer import NoPrinterDialog, nothing_prints, would_wait
from desktop.printing.preview import PdfPreview
from desktop.printing.printers import NoPrinting, Sent
from desktop.printing.qt_job import job_from_printer
from desktop.printing.system import PrintSystem, check_ready, find_printer, print_system
from desktop.shell.messages import user_message
from desktop.shell.operations import Operation, run_operation
from exports.documents import DocumentKind, DocumentRequest, write_requested
from models.core.errors import UserError

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from desktop.printing.job import PrintJob
    from models.workspace import Workspace


def show_status(widget: QWidget | None, text: str) -> None:
    """A line in the main window's status bar, whichever dialog asked."""
    while widget is not None:
        window = widget.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15000)
            return
        widget = window.parentWidget()


class PdfPrinting(QObject):
    """Printing one PDF: printers, the print dialog, the paper notice, the job sent."""

    sent = Signal(str)  # what the status bar says
    failed = Signal(str)

    def __init__(
        self, path: Path, widget: QWidget, system: PrintSystem | None = None, owner: Any = None
    ) -> None:
        super().__init__(owner if isinstance(owner, QObject) else widget)
        self.path, self.widget = path, widget
        self.system = system or print_system()
        self.operation: Operation[Sent] | None = None
        self.last_sent: Sent | None = None

    def start(self, page_count: int, landscape: bool, ask: bool = True) -> bool:
        """Asks, then sends in the background; False when nothing goes to a printer.

        `ask` False: to the printer chosen last time, without the print dialog (as the hall's
        "Print on …" does); the dialog still comes when no printer was chosen before."""
        try:
            printers = self.system.printers()
            if not printers:
                raise NoPrinting(system_running=True)
        except NoPrinting as missing:
            NoPrinterDialog(self.widget, self.path, nothing_prints(missing)).run()
            return False
        except UserError as error:
            dialogs.warn(self.widget, user_message(error))
            return False
        qprinter = dialogs.new_printer(self.path.stem, landscape)
        last = "" if ask else dialogs.LAST_PRINTER.get()
        if not last and not dialogs.ask_print_settings(self.widget, qprinter, page_count):
            return False
        try:
            job = job_from_printer(qprinter, landscape)
            job = replace(job, pages=job.pages.checked(page_count), printer=last or job.printer)
            chosen = find_printer(printers, job.printer.split("/")[0])
            check_ready(chosen)
        except UserError as error:
            dialogs.warn(self.widget, user_message(error))
            return False
        waiting = would_wait(chosen)
        if waiting and not NoPrinterDialog(self.widget, self.path, waiting, True).run():
            return False
        if job.fits_to_other_paper and not dialogs.tell_other_paper(
            self.widget, job.printer, job.paper, landscape
        ):
            return False
        self.send(job, None if self.system.sends_pdf else qprinter)
        return True

    def send(self, job: "PrintJob", qprinter: "QPrinter | None" = None) -> Operation[Sent]:
        """The job goes out off the GUI thread; `sent` or `failed` follows."""
        system, path = self.system, self.path
        self.operation = run_operation(
            self.widget,
            lambda _progress: system.send(path, job, path.stem, qprinter),
            self._sent,
            title=QCoreApplication.translate("Printing", "Sending to the printer…"),
            on_error=self._failed,
        )
        return self.operation

    def _parent(self) -> QWidget | None:
        """Where messages show: the preview, or its screen once the preview was closed."""
        return self.widget if isValid(self.widget) else None

    def _sent(self, sent: Sent) -> None:
        self.last_sent = sent
        text = QCoreApplication.translate("Printing", "%1 sent to the printer %2.").replace(
            "%1", self.path.name
        )
        text = text.replace("%2", sent.printer)
        show_status(self._parent(), text)
        self.sent.emit(text)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, NoPrinting):  # the print system went away after the dialog
            NoPrinterDialog(self._parent(), self.path, nothing_prints(error)).run()
            self.failed.emit("")
            return
        if not isinstance(error, UserError):
            self.failed.emit("")
            sys.excepthook(type(error), error, error.__traceback__)  # the crash dialog
            return
        text = user_message(error)
        dialogs.warn(self._parent(), text)
        self.failed.emit(text)


class DocumentPrinting(QObject):
    """One Print… click on a screen: the document made, its preview, printing it."""

    made = Signal(object)  # the PdfPreview shown
    printed = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        workspace: "Workspace",
        request: DocumentRequest,
        system: PrintSystem | None = None,
    ) -> None:
        super().__init__(parent)
        self.widget, self.workspace, self.request = parent, workspace, request
        self.system = system
        self.preview: PdfPreview | None = None
        self.printing: PdfPrinting | None = None
        self.operation: Operation[Path] | None = None

    def start(self) -> "DocumentPrinting":
        """Makes the PDF off the GUI thread; a UserError (a trajectory that is gone, a full
        disk) is shown as a message, anything else goes to the crash dialog."""
        workspace, request = self.workspace, self.request
        self.operation = run_operation(
            self.widget,
            lambda _progress: write_requested(workspace, request),
            self._made,
            title=QCoreApplication.translate("Printing", "Making the document…"),
            on_error=self._not_made,
        )
        return self

    def _not_made(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            self.failed.emit("")
            sys.excepthook(type(error), error, error.__traceback__)  # the crash dialog
            return
        self._report(user_message(error))

    def _made(self, path: Path) -> None:
        try:
            preview = PdfPreview(path, self.widget)
        except UserError as error:
            self._report(user_message(error))
            return
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.print_requested.connect(self.print_now)
        self.preview = preview
        preview.open()
        self.made.emit(preview)

    def print_now(self, ask: bool = True) -> bool:
        """The preview's Print…: the dialog, then the job; the preview closes once sent.
        `ask` False: on the printer chosen last time, without the dialog."""
        preview = self.preview
        if preview is None:
            return False
        self.printing = PdfPrinting(preview.path, preview, self.system, owner=self)
        self.printing.sent.connect(self._printed)
        self.printing.failed.connect(lambda _text: self._ready_again(preview))
        started = self.printing.start(preview.page_count, preview.landscape, ask)
        preview.busy(started)
        return started

    @staticmethod
    def _ready_again(preview: PdfPreview) -> None:
        if isValid(preview):
            preview.busy(False)

    def _printed(self, text: str) -> None:
        if self.preview is not None and isValid(self.preview):
            self.preview.accept()
        self.preview = None
        show_status(self.widget if isValid(self.widget) else None, text)
        self.printed.emit(text)

    def _report(self, text: str) -> None:
        dialogs.warn(self.widget, text)
        self.failed.emit(text)


def print_document(
    parent: QWidget,
    workspace: "Workspace",
    kind: DocumentKind,
    uid: str,
    *,
    after_session: str | None = None,
    per_project: bool = False,
    with_unbooked: bool = False,
    system: PrintSystem | None = None,
) -> DocumentPrinting:
    """Makes the document and shows it ready to print (see the module's docstring)."""
    request = DocumentRequest(
        kind,
        uid,
        after_session=after_session,
        per_project=per_project,
        with_unbooked=with_unbooked,
    )
    return DocumentPrinting(parent, workspace, request, system).start()
