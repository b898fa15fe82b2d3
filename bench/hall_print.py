"""From "close session" to the printed action plan, in the window, on the demo data.

Drives live mode as the coach does (offscreen): Close session, Close and print the action
plan, Print on <the printer chosen last time>; times each step until the pages are drawn for
the printer (a printer that writes what it prints to a PDF file stands in for the hall's).
Also times the same path up to the moment the print dialog would be asked (no printer
chosen yet).

Target: the printed action plan ≤ 10 s after the first click, in ≤ 3 clicks.
Baseline: building the same action plan PDF alone (exports, no window).
Prints figures only. Run: python bench/hall_print.py [runs]
"""

import os
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_DAY = date(2026, 11, 22)
EVENING = datetime(2027, 1, 4, 21, 50)  # the buurtpunt's second work session, near its end
TARGET_S = 10.0
TARGET_CLICKS = 3


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    folder = Path(tempfile.mkdtemp(prefix="hall-print-"))
    os.environ["TRAJECTWIJZER_DATA_DIR"] = str(folder / "data")
    from PySide6.QtCore import Qt
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.sessions import hall_print
    from desktop.sessions.session_list import SessionsTab
    from models.core.clock import FixedClock
    from models.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    template = folder / "demo.sqlite"
    workspace = Workspace.open(template, clock=FixedClock(DEMO_DAY))
    workspace.demo.fill_demo_data(DEMO_DAY)
    workspace.close()

    printed: list[Path] = []

    def pdf_printer(name: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(folder / f"printed-{len(printed)}.pdf"))
        printer.setFullPage(True)
        printed.append(Path(printer.outputFileName()))
        return printer

    hall_print.printer_for = pdf_printer  # the hall's printer, as a file
    asked: list[float] = []
    QPrintDialog.exec = lambda _dialog: asked.append(time.perf_counter()) or 0  # type: ignore[method-assign]

    def wait(condition, timeout: float = 60.0) -> None:
        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the step did not finish")
            app.processEvents()

    def one_run(index: int, printer: str) -> tuple[float, float, int]:
        """(seconds to the preview, seconds to the pages drawn or the dialog asked, clicks)."""
        copy = folder / f"run-{index}.sqlite"
        copy.write_bytes(template.read_bytes())
        workspace = Workspace.open(copy, clock=FixedClock(EVENING))
        hall_print.last_printer = lambda: printer  # type: ignore[assignment]
        trajectory = next(
            t.uid for t in workspace.trajectories.trajectories() if t.programme == "buurtpunt"
        )
        session = next(
            r.uid
            for r in workspace.sessions.all_sessions()
            if r.title.startswith("Werksessie 2: jur")
        )
        tab = SessionsTab()
        tab.set_workspace(workspace)
        tab.show_trajectory(trajectory)
        tab.show()
        live = tab.open_live(session)
        app.processEvents()
        clicks = 0
        before = len(printed), len(asked)
        start = time.perf_counter()
        QTest.mouseClick(live.close_button, Qt.MouseButton.LeftButton)
        clicks += 1
        QTest.mouseClick(live.closing_dialog.print_button, Qt.MouseButton.LeftButton)
        clicks += 1
        wait(lambda: tab.hall_printing is not None and tab.hall_printing.preview is not None)
        shown = time.perf_counter() - start
        preview = tab.hall_printing.preview
        button = getattr(preview, "print_here", None) or preview.print_button
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        clicks += 1
        wait(lambda: len(printed) > before[0] or len(asked) > before[1])
        done = time.perf_counter() - start
        tab.close()
        workspace.close()
        return shown, done, clicks

    from exports.actions.action_plan_pdf import build_action_plan_pdf

    baseline: list[float] = []
    printed_runs: list[tuple[float, float, int]] = []
    dialog_runs: list[tuple[float, float, int]] = []
    for index in range(runs):
        printed_runs.append(one_run(2 * index, "Zaalprinter"))
        dialog_runs.append(one_run(2 * index + 1, ""))
        workspace = Workspace.open(folder / f"run-{2 * index}.sqlite", clock=FixedClock(EVENING))
        trajectory = next(
            t.uid for t in workspace.trajectories.trajectories() if t.programme == "buurtpunt"
        )
        started = time.perf_counter()
        build_action_plan_pdf(
            workspace.actions.action_plan_document(trajectory), folder / f"plain-{index}.pdf"
        )
        baseline.append(time.perf_counter() - started)
        workspace.close()
    to_paper = statistics.median(run[1] for run in printed_runs)
    to_preview = statistics.median(run[0] for run in printed_runs)
    to_dialog = statistics.median(run[1] for run in dialog_runs)
    plain = statistics.median(baseline)
    print(f"runs: {runs}")
    print(f"clicks to the printed action plan: {printed_runs[0][2]} (target <= {TARGET_CLICKS})")
    print(f"clicks to the print dialog (no printer chosen yet): {dialog_runs[0][2]}")
    print(f"close session -> preview shown: {to_preview:.2f} s")
    print(
        f"close session -> pages drawn for the printer: {to_paper:.2f} s (target <= {TARGET_S} s)"
    )
    print(f"close session -> print dialog asked: {to_dialog:.2f} s")
    print(f"baseline, the action plan PDF alone: {plain:.2f} s")
    print(f"ratio to the baseline (printed): {to_paper / plain:.1f}")


if __name__ == "__main__":
    main()
