"""From "close session" to the printed action plan, in the window, on the demo data.

Drives live mode as the coach does (offscreen): Close session, Close and print the action
plan, Print on <the printer chosen last time>; times each step until the print system has
the job. Without --printer a stand-in print system takes the PDF (as CUPS does: the PDF
itself is the job); with --printer NAME the computer's own print system prints on NAME.
Also times the same path up to the print dialog (no printer chosen yet).

Target: the printed action plan ≤ 10 s after the first click, in ≤ 3 clicks.
Baseline: building the same action plan PDF alone (exports, no window).
Prints figures only. Run: python bench/hall_print.py [runs] [--printer NAME]
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


class StandIn:
    """The hall's print system: one printer; the PDF is the job, as with CUPS."""

    sends_pdf = True

    def __init__(self, name: str) -> None:
        self.name = name
        self.sent: list[float] = []

    def printers(self) -> list:
        from desktop.printing.printers import Printer

        return [Printer(self.name, is_default=True)]

    def send(self, path: Path, job, title: str, qprinter) -> object:  # type: ignore[no-untyped-def]
        from desktop.printing.printers import Sent

        self.sent.append(time.perf_counter())
        return Sent(job.printer, f"{self.name}-{len(self.sent)}")


def main() -> None:
    args = sys.argv[1:]
    real = ""
    if "--printer" in args:
        at = args.index("--printer")
        real = args[at + 1]
        del args[at : at + 2]
    runs = int(args[0]) if args else 3
    folder = Path(tempfile.mkdtemp(prefix="hall-print-"))
    os.environ["TRAJECTWIJZER_DATA_DIR"] = str(folder / "data")
    from PySide6.QtCore import Qt
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.printing import dialogs
    from desktop.sessions.session_list import SessionsTab
    from exports.actions.action_plan_pdf import build_action_plan_pdf
    from models.core.clock import FixedClock
    from models.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    template = folder / "demo.sqlite"
    workspace = Workspace.open(template, clock=FixedClock(DEMO_DAY))
    workspace.demo.fill_demo_data(DEMO_DAY)
    workspace.close()
    asked: list[float] = []
    QPrintDialog.exec = lambda _dialog: asked.append(time.perf_counter()) or 0  # type: ignore[method-assign]

    def wait(condition, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the step did not finish")
            app.processEvents()

    def one_run(index: int, printer: str) -> tuple[float, float, int]:
        """(seconds to the preview, to the job taken or the dialog asked, clicks)."""
        copy = folder / f"run-{index}.sqlite"
        copy.write_bytes(template.read_bytes())
        workspace = Workspace.open(copy, clock=FixedClock(EVENING))
        dialogs.LAST_PRINTER.set(printer)
        trajectory = next(
            t.uid for t in workspace.trajectories.trajectories() if t.programme == "buurtpunt"
        )
        session = next(
            r.uid
            for r in workspace.sessions.all_sessions()
            if r.title.startswith("Werksessie 2: jur")
        )
        tab = SessionsTab()
        system = None if real else StandIn(printer or "Zaalprinter")
        tab.print_system = system  # type: ignore[assignment]
        tab.set_workspace(workspace)
        tab.show_trajectory(trajectory)
        tab.show()
        live = tab.open_live(session)
        app.processEvents()
        before = len(asked)
        clicks = 0

        def click(widget) -> None:  # type: ignore[no-untyped-def]
            nonlocal clicks
            clicks += 1
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

        start = time.perf_counter()
        click(live.close_button)
        click(live.closing_dialog.print_button)
        wait(lambda: tab.printing is not None and tab.printing.preview is not None)
        shown = time.perf_counter() - start
        printing = tab.printing
        preview = printing.preview
        button = getattr(preview, "print_here", None) or preview.print_button
        printed: list[float] = []
        printing.printed.connect(lambda _text: printed.append(time.perf_counter()))
        click(button)
        wait(lambda: bool(printed) or len(asked) > before)
        done = (printed[0] if printed else asked[-1]) - start
        preview.close()
        tab.close()
        workspace.close()
        return shown, done, clicks

    baseline: list[float] = []
    printed_runs: list[tuple[float, float, int]] = []
    dialog_runs: list[tuple[float, float, int]] = []
    for index in range(runs):
        printed_runs.append(one_run(2 * index, real or "Zaalprinter"))
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
    where = f"the printer {real}" if real else "a stand-in print system (the PDF is the job)"
    print(f"runs: {runs}; printing on {where}")
    print(f"clicks to the printed action plan: {printed_runs[0][2]} (target <= {TARGET_CLICKS})")
    print(f"clicks to the print dialog (no printer chosen yet): {dialog_runs[0][2]}")
    print(f"close session -> preview shown: {to_preview:.2f} s")
    print(f"close session -> job taken by the printer: {to_paper:.2f} s (target <= {TARGET_S} s)")
    print(f"close session -> print dialog asked: {to_dialog:.2f} s")
    print(f"baseline, the action plan PDF alone: {plain:.2f} s")
    print(f"ratio to the baseline (printed): {to_paper / plain:.1f}")


if __name__ == "__main__":
    main()
