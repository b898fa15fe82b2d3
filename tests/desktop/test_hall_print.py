"""Printing in the hall: closing to the printed action plan in three clicks, the sign-in sheet
before the start in one, the print dialog only when no printer was chosen before."""

from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.sessions import hall_print
from desktop.sessions.session_list import SessionsTab
from models.core.clock import FixedClock
from models.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

EVENING = datetime(2027, 1, 4, 21, 50)  # the buurtpunt's second work session, near its end
BEFORE = datetime(2027, 1, 4, 19, 10)  # the same evening, before the start
PRINTER = "Zaalprinter"


class Clicks:
    """Counts what the coach clicks on the way to the printer."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.count = qtbot, 0

    def __call__(self, widget: QWidget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget
        self.count += 1
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def printed(monkeypatch, tmp_path: Path) -> list[tuple[str, Path]]:
    """What went to which printer: the printer stands in for the hall's by writing what it
    prints into a PDF file, so the pages really are drawn."""
    from PySide6.QtPrintSupport import QPrinter

    sent: list[tuple[str, Path]] = []

    def printer_for(name: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        output = tmp_path / f"printed-{len(sent)}.pdf"
        printer.setOutputFileName(str(output))
        printer.setFullPage(True)
        sent.append((name, output))
        return printer

    monkeypatch.setattr(hall_print, "printer_for", printer_for)
    return sent


@pytest.fixture
def chosen_before(monkeypatch) -> str:
    """The coach printed on the hall's printer before: it is the last printer."""
    monkeypatch.setattr(hall_print, "last_printer", lambda: PRINTER)
    return PRINTER


def _open(qtbot, demo_copy, moment: datetime) -> tuple[Workspace, SessionsTab, str]:
    workspace = demo_copy(date(2026, 11, 22))
    assert isinstance(workspace.clock, FixedClock)
    workspace.clock.set(moment)
    trajectory = next(
        t.uid for t in workspace.trajectories.trajectories() if t.programme == "buurtpunt"
    )
    session = next(
        r.uid for r in workspace.sessions.all_sessions() if r.title.startswith("Werksessie 2: jur")
    )
    tab = SessionsTab()
    qtbot.addWidget(tab)
    tab.set_workspace(workspace)
    tab.show_trajectory(trajectory)
    tab.select_session(session)
    tab.show()
    return workspace, tab, session


def _preview(qtbot, tab: SessionsTab):
    printing = tab.hall_printing
    assert printing is not None
    qtbot.waitUntil(lambda: printing.preview is not None)
    return printing.preview


def test_from_closing_to_the_printed_action_plan_takes_three_clicks(
    qtbot, demo_copy, printed, chosen_before
) -> None:
    """Close session · Close and print the action plan · Print on Zaalprinter: printed, with
    the action agreed tonight on it."""
    workspace, tab, session = _open(qtbot, demo_copy, EVENING)
    live = tab.open_live(session)
    qtbot.addWidget(live)
    workspace.live.add_session_action(session, "Vzw-statuten opvragen", owner_text="Mieke")
    click = Clicks(qtbot)
    click(live.close_button)
    dialog = live.closing_dialog
    assert dialog is not None and dialog.defaultButton() is dialog.print_button
    click(dialog.print_button)
    preview = _preview(qtbot, tab)
    assert isinstance(preview, hall_print.HallPreview)
    assert preview.print_here.text() == f"Print on {PRINTER}" and preview.print_here.isDefault()
    click(preview.print_here)
    assert click.count == 3
    assert [printer for printer, _ in printed] == [PRINTER]
    assert len(PdfReader(printed[0][1]).pages) >= 1  # the pages were drawn for the printer
    path = Path(tab.hall_printing.path)
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Vzw-statuten opvragen" in text
    assert workspace.sessions.session_detail(session).status == "held"


def test_the_first_time_the_third_click_opens_the_print_dialog(
    qtbot, demo_copy, printed, monkeypatch
) -> None:
    """No printer chosen yet: the preview's Print… (click three) asks the print dialog."""
    from PySide6.QtPrintSupport import QPrintDialog

    monkeypatch.setattr(hall_print, "last_printer", lambda: "")
    asked: list[int] = []
    click = Clicks(qtbot)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: asked.append(click.count) or 0)
    _workspace, tab, session = _open(qtbot, demo_copy, EVENING)
    live = tab.open_live(session)
    qtbot.addWidget(live)
    click(live.close_button)
    click(live.closing_dialog.print_button)
    preview = _preview(qtbot, tab)
    click(preview.print_button)
    assert asked == [3] and printed == []  # the dialog was cancelled: nothing printed


def test_with_the_setting_two_clicks_print_it(
    qtbot, demo_copy, printed, chosen_before, monkeypatch
) -> None:
    """'Straight to this printer' ticked: Close session · Close and print: printed, no preview."""
    hall_print.PRINT_STRAIGHT.set(True)  # the settings live in this test's own folder
    _workspace, tab, session = _open(qtbot, demo_copy, EVENING)
    live = tab.open_live(session)
    qtbot.addWidget(live)
    click = Clicks(qtbot)
    click(live.close_button)
    with qtbot.waitSignal(live.closed_session):
        click(live.closing_dialog.print_button)
    printing = tab.hall_printing
    qtbot.waitUntil(lambda: printed != [])
    assert click.count == 2 and printing.preview is None and printed[0][0] == PRINTER


def test_the_sign_in_sheet_is_offered_before_the_start(
    qtbot, demo_copy, printed, chosen_before
) -> None:
    """Live mode before 19:30 shows Print sign-in sheet: one click, then Print on …"""
    _workspace, tab, session = _open(qtbot, demo_copy, BEFORE)
    live = tab.open_live(session)
    qtbot.addWidget(live)
    assert live.sheet_button.isVisible()
    click = Clicks(qtbot)
    click(live.sheet_button)
    preview = _preview(qtbot, tab)
    assert "Aanwezigheidslijst" in preview.path.name
    click(preview.print_here)
    assert click.count == 2 and printed[0][0] == PRINTER
    live.step_block(1)  # the agenda starts: the sheet is no longer offered
    assert not live.sheet_button.isVisible()


def test_the_session_screen_prints_the_sign_in_sheet_in_one_click(
    qtbot, demo_copy, printed, chosen_before
) -> None:
    """In the session's editor 'Print sign-in sheet…' shows it ready for the hall's printer."""
    _workspace, tab, _session = _open(qtbot, demo_copy, BEFORE)
    Clicks(qtbot)(tab.editor.sheet_button)
    preview = _preview(qtbot, tab)
    assert isinstance(preview, hall_print.HallPreview) and "Aanwezigheidslijst" in preview.path.name


def test_the_preview_fits_the_screen(qtbot, demo_copy, chosen_before) -> None:
    """The preview is never taller than the screen it opens on."""
    _workspace, tab, _session = _open(qtbot, demo_copy, BEFORE)
    tab.print_for_hall(hall_print.DocumentKind.SIGN_IN_SHEET, _session)
    preview = _preview(qtbot, tab)
    screen = preview.screen().availableGeometry()
    assert preview.height() <= screen.height() and preview.width() <= screen.width()
