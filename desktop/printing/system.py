"""The computer's print system, one way for the window and the command line.

Where CUPS runs (Linux, macOS) a PDF goes to the queue as a PDF, through CUPS' own API, with
copies, duplex, page ranges and paper as job options. Elsewhere (Windows) the pages are drawn
for the printer by Qt (`desktop.printing.raster`). Either way no printer, or no print system,
is NoPrinting, which the window and the command line each put in the coach's words; any
other refusal is a UserError.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from desktop.printing import cups
from desktop.printing.job import PrintJob, cups_options, paper_named
from desktop.printing.printers import NoPrinting, Printer, Sent
from models.core.errors import UserError

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class PrintSystem(Protocol):
    """What printing needs from the computer."""

    sends_pdf: bool  # True: the PDF itself goes to the printer; False: drawn pages

    def printers(self) -> list[Printer]:
        """Every printer; NoPrinting when no print system runs."""
        ...

    def send(self, path: Path, job: PrintJob, title: str, qprinter: "QPrinter | None") -> Sent:
        """Prints the PDF as the job says; `qprinter` is the print dialog's, when there was one."""
        ...


class CupsPrintSystem:
    """CUPS: the PDF goes to the queue as a PDF; the job options do the rest."""

    sends_pdf = True

    def printers(self) -> list[Printer]:
        try:
            found = cups.printers()
        except cups.CupsError as error:
            if error.unreachable:
                raise NoPrinting(system_running=False) from error
            raise UserError(
                "The print system did not answer as expected ({reason}). "
                "Try again in a moment, or restart the computer.",
                reason=error.reason,
                field="printer",
            ) from error
        return [
            Printer(
                name=p.name,
                description=p.description,
                is_default=p.is_default,
                accepting=p.accepting,
                stopped=p.stopped,
                paper=paper_named(p.paper),
                reasons=p.reasons,
            )
            for p in found
        ]

    def send(self, path: Path, job: PrintJob, title: str, qprinter: "QPrinter | None") -> Sent:
        queue = job.printer.split("/")[0]  # an instance ("Zaal/dubbelzijdig") prints on its queue
        try:
            number = cups.print_file(queue, path, title, cups_options(job))
        except cups.CupsError as error:
            if error.unreachable:
                raise NoPrinting(system_running=False) from error
            raise UserError(
                "The printer {printer} did not take the document ({reason}). "
                "Check that it is switched on and connected, or choose another printer.",
                printer=job.printer,
                reason=error.reason,
                field="printer",
            ) from error
        return Sent(job.printer, f"{queue}-{number}")


def print_system() -> PrintSystem:
    """CUPS where it is installed; Qt's own printing (pages drawn) elsewhere."""
    if cups.libcups() is not None:
        return CupsPrintSystem()
    from desktop.printing.raster import RasterPrintSystem

    return RasterPrintSystem()


def find_printer(printers: list[Printer], name: str | None) -> Printer:
    """The printer by name, or the default one without a name; a UserError saying which
    printers there are when it does not exist or none is the default; NoPrinting without any."""
    if not printers:
        raise NoPrinting(system_running=True)
    names = ", ".join(p.name for p in printers)
    if name is None:
        default = next((p for p in printers if p.is_default), None)
        if default is None:
            raise UserError(
                "No default printer is set on this computer. "
                "Choose one with --printer NAME; printers here: {names}.",
                names=names,
                field="printer",
            )
        return default
    wanted = name.strip().casefold()
    found = next((p for p in printers if p.name.casefold() == wanted), None)
    if found is None:
        raise UserError(
            "There is no printer named {name} on this computer. Printers here: {names}.",
            name=name,
            names=names,
            field="printer",
        )
    return found


def check_ready(printer: Printer) -> None:
    """A printer that refuses jobs is said before anything is sent."""
    if not printer.accepting:
        raise UserError(
            "The printer {printer} does not accept documents at the moment (it was paused "
            "in the print settings). Switch it back on there, or choose another printer.",
            printer=printer.name,
            field="printer",
        )
