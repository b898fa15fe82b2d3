"""`trajectwijzer print KIND UID [--printer NAME] [--copies N]`: a document to a printer.

Without --printer the system's default printer. The printer is checked before the document is
made, so a wrong name costs nothing; the PDF is made in a temporary folder, sent as it is
(CUPS) or drawn for the printer (Windows), and removed. Exit status 1 with a Dutch message
when the printer does not exist, refuses jobs or no print system runs.
"""

import argparse
import sys
import tempfile
from pathlib import Path

from desktop.printing.job import A4, PrintJob, scale_percent
from desktop.printing.printers import NoPrinting
from desktop.printing.system import check_ready, find_printer, print_system
from exports.documents import DocumentKind, DocumentRequest, write_requested
from models.core.errors import UserError

MAX_COPIES = 99


def copies(text: str) -> int:
    """--copies: a whole number from 1 to 99 (argparse turns a ValueError into status 2)."""
    number = int(text)
    if not 1 <= number <= MAX_COPIES:
        raise argparse.ArgumentTypeError(f"kies 1 tot {MAX_COPIES} exemplaren, niet {number}")
    return number


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    kinds = [kind.value for kind in DocumentKind]
    printing = commands.add_parser("print", help="druk een document af op een printer")
    printing.add_argument("kind", metavar="KIND", choices=kinds, help=", ".join(kinds))
    printing.add_argument(
        "uid", metavar="UID", help="de code (uid) van het traject of de bijeenkomst"
    )
    printing.add_argument(
        "--printer", metavar="NAME", help="de printer (anders de standaardprinter)"
    )
    printing.add_argument(
        "--copies", metavar="N", type=copies, default=1, help="aantal exemplaren (1 tot 99)"
    )
    printing.add_argument(
        "--with-unbooked",
        action="store_true",
        help="plan: ook de fasen die (nog) niet geboekt zijn",
    )


def run(args: argparse.Namespace) -> int:
    from desktop.cli.opening import open_workspace

    system = print_system()
    try:
        printer = find_printer(system.printers(), args.printer)
    except NoPrinting as missing:
        raise _nothing_prints(missing, args) from missing
    check_ready(printer)
    paper = printer.paper or A4
    job = PrintJob(printer=printer.name, copies=args.copies, paper=paper)
    with tempfile.TemporaryDirectory(prefix="trajectwijzer-print-") as folder:
        workspace = open_workspace(args.database)
        try:
            request = DocumentRequest(
                DocumentKind(args.kind), args.uid, with_unbooked=args.with_unbooked
            )
            path = write_requested(workspace, request, folder=Path(folder))
        finally:
            workspace.close()
        try:
            sent = system.send(path, job, path.stem, None)
        except NoPrinting as missing:
            raise _nothing_prints(missing, args) from missing
    number = f" (opdracht {sent.job})" if sent.job else ""
    copies_text = f", {job.copies} exemplaren" if job.copies > 1 else ""
    print(f"{path.stem}: naar printer {sent.printer} gestuurd{number}{copies_text}.")
    if job.fits_to_other_paper:
        print(
            f"Let op: {printer.name} gebruikt {paper.name}-papier. De A4-pagina's worden op "
            f"{scale_percent(paper)} % afgedrukt, gecentreerd op het blad.",
            file=sys.stderr,
        )
    if printer.stopped or printer.away:
        print(
            f"Let op: {printer.name} staat stil of is niet bereikbaar. Het document wacht in "
            "de wachtrij tot de printer weer werkt.",
            file=sys.stderr,
        )
    return 0


def _nothing_prints(missing: NoPrinting, args: argparse.Namespace) -> UserError:
    """What to do instead: the same document as a file, with `export`."""
    if missing.system_running:
        return UserError(
            "No printer is installed on this computer. Save the document with "
            "'trajectwijzer export {kind} {uid} -o FILE' and print it elsewhere.",
            kind=args.kind,
            uid=args.uid,
            field="printer",
        )
    return UserError(
        "No print system is running on this computer, so nothing can be printed. Save the "
        "document with 'trajectwijzer export {kind} {uid} -o FILE' and print it elsewhere.",
        kind=args.kind,
        uid=args.uid,
        field="printer",
    )
