"""What goes to the printer for the demo's 3-page action plan, against the PDF itself.

With CUPS the PDF is the job (ratio 1.0 by construction; the send is timed when a printer is
named). Where there is no CUPS (Windows) Qt draws the pages: its spool is measured here at
300 and 600 dpi as Qt's own PDF output of the same drawing. The old way (pages as 300 dpi
pictures with transparency) sent 2.8 MB for a 51 KB plan: ratio 55.

Targets: the CUPS job is the PDF (ratio 1.0); drawing at 600 dpi stays under 3 s per page.
Prints figures only. Run: python bench/print_job.py [--printer QUEUE]
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _plan(folder: Path) -> Path:
    from exports.documents import DocumentKind, write_document
    from models.storage.lifecycle import open_database
    from models.workspace import Workspace

    os.environ["TRAJECTWIJZER_DATA_DIR"] = str(folder / "data")
    database = open_database(folder / "demo.sqlite")
    try:
        workspace = Workspace(database)
        workspace.demo.fill_demo_data()
        uid = next(
            r.uid for r in workspace.trajectories.trajectories() if r.programme == "buurtpunt"
        )
        return write_document(workspace, DocumentKind.ACTION_PLAN, uid, folder / "plan.pdf")
    finally:
        database.close()


def _drawn(pdf: Path, dpi: int, target: Path) -> tuple[int, float, int]:
    """Qt's drawing of every page at `dpi` into a PDF file: bytes, seconds, pages."""
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from desktop.printing.page_ranges import PageRanges
    from desktop.printing.raster import draw_pages

    _app = QApplication.instance() or QApplication([])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setResolution(dpi)
    start = time.perf_counter()
    pages = draw_pages(pdf, printer, PageRanges())
    return target.stat().st_size, time.perf_counter() - start, pages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--printer", help="a CUPS queue to time the send to")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pdf = _plan(folder)
        size = pdf.stat().st_size
        print(f"action plan PDF: {size / 1024:.0f} KB")
        print(f"CUPS job: {size / 1024:.0f} KB, ratio 1.00 (the PDF itself, text and fonts)")
        if args.printer:
            from desktop.printing.job import PrintJob
            from desktop.printing.system import CupsPrintSystem

            start = time.perf_counter()
            sent = CupsPrintSystem().send(pdf, PrintJob(args.printer), "bench", None)
            print(f"  sent to {sent.job} in {time.perf_counter() - start:.3f} s")
        for dpi in (300, 600):
            drawn, seconds, pages = _drawn(pdf, dpi, folder / f"drawn-{dpi}.pdf")
            print(
                f"drawn at {dpi} dpi (Windows): {drawn / 1024:.0f} KB, ratio {drawn / size:.1f}, "
                f"{seconds:.2f} s for {pages} pages ({seconds / pages:.2f} s a page)"
            )


if __name__ == "__main__":
    main()
