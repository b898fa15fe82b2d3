"""Printing in the hall: closing to the printed action plan in three clicks, the sign-in sheet
before the start in one, the print dialog only when no printer was chosen before."""

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.printing import dialogs
from desktop.printing.job import PrintJob
from desktop.printing.printers import Printer, Sent
from desktop.sessions import hall_print
from desktop.sessions.session_list import SessionsTab
from exports.documents import DocumentKind
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


class HallSystem:
    """The hall's print system: one printer, Zaalprinter; what it is sent is kept."""

    sends_pdf = True

    def __init__(self) -> None:
        self.sent: list[tuple[str, Path]] = []

    def printers(self) -> list[Printer]:
        return [Printer(PRINTER, is_default=True)]

    def send(self, path: Path, job: PrintJob, title: str, qprinter: object) -> Sent:
        copy = path.with_name(f"sent-{len(self.sent)}.pdf")
        shutil.copyfile(path, copy)  # the PDF as it went to the printer
        self.sent.append((job.printer, copy))
        return Sent(job.printer, f"{PRINTER}-{len(self.sent)}")


@pytest.fixture
def hall() -> HallSystem:
    return HallSystem()


@pytest.fixture
def chosen_before() -> str:
    """The coach printed on the hall's printer before: it is the last printer."""
    dialogs.LAST_PRINTER.set(PRINTER)  # the settings live in this test's own folder
    return PRINTER


def _open(
    qtbot, demo_copy, moment: datetime, hall: HallSystem | None
) -> tuple[Workspace, SessionsTab, str]:
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
    tab.print_system = hall
    tab.set_workspace(workspace)
    tab.show_trajectory(trajectory)
    tab.select_session(session)
    tab.show()
    return workspace, tab, session


def _preview(qtbot, tab: SessionsTab):
    printing = tab.printing
    assert printing is not None
    qtbot.waitUntil(lambda: printing.preview is not None, timeout=30_000)
    return printing.preview


def test_from_closing_to_the_printed_action_plan_takes_three_clicks(
    qtbot, demo_copy, hall, chosen_before
) -> None:
    """Close session · Close and print the action plan · Print on Zaalprinter: sent to the
    printer, with the action agreed tonight on it."""
    workspace, tab, session = _open(qtbot, demo_copy, EVENING, hall)
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
    shown = preview.print_here.text().replace("&", "")  # the Alt letter aside
    assert shown == f"Print on {PRINTER}" and preview.print_here.isDefault()
    with qtbot.waitSignal(tab.printing.printed, timeout=30_000):
        click(preview.print_here)
    assert click.count == 3
    assert [printer for printer, _ in hall.sent] == [PRINTER]
    text = "\n".join(page.extract_text() for page in PdfReader(hall.sent[0][1]).pages)
    assert "Actieplan" in text and "Vzw-statuten opvragen" in text
    assert workspace.sessions.session_detail(session).status == "held"


def test_the_first_time_the_third_click_opens_the_print_dialog(
    qtbot, demo_copy, hall, monkeypatch
) -> None:
    """No printer chosen yet: the preview's Print… (click three) asks the print dialog."""
    from PySide6.QtPrintSupport import QPrintDialog

    asked: list[int] = []
    click = Clicks(qtbot)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: asked.append(click.count) or 0)
    _workspace, tab, session = _open(qtbot, demo_copy, EVENING, hall)
    live = tab.open_live(session)
    qtbot.addWidget(live)
    click(live.close_button)
    click(live.closing_dialog.print_button)
    preview = _preview(qtbot, tab)
    assert not isinstance(preview, hall_print.HallPreview)  # no printer to offer yet
    click(preview.print_button)
    assert asked == [3] and hall.sent == []  # the dialog was cancelled: nothing printed


def test_a_printer_that_is_gone_is_not_offered(qtbot, demo_copy, hall) -> None:
    """The printer chosen last time is not there tonight: the preview offers Print… only."""
    dialogs.LAST_PRINTER.set("Printer van het bureau")
    _workspace, tab, session = _open(qtbot, demo_copy, BEFORE, hall)
    tab.print_pdf(DocumentKind.SIGN_IN_SHEET, session)
    assert not isinstance(_preview(qtbot, tab), hall_print.HallPreview)


def test_with_the_setting_two_clicks_print_it(qtbot, demo_copy, hall, chosen_before) -> None:
    """'Straight to this printer' ticked: Close session · Close and print: printed, no preview."""
    hall_print.PRINT_STRAIGHT.set(True)  # the settings live in this test's own folder
    _workspace, tab, session = _open(qtbot, demo_copy, EVENING, hall)
    live = tab.open_live(session)
    qtbot.addWidget(live)
    click = Clicks(qtbot)
    click(live.close_button)
    click(live.closing_dialog.print_button)
    printing = tab.printing
    assert printing is not None
    qtbot.waitUntil(lambda: hall.sent != [], timeout=30_000)
    assert click.count == 2 and printing.preview is None and hall.sent[0][0] == PRINTER


def test_the_sign_in_sheet_is_offered_before_the_start(
    qtbot, demo_copy, hall, chosen_before
) -> None:
    """Live mode before 19:30 shows Print sign-in sheet: one click, then Print on …"""
    _workspace, tab, session = _open(qtbot, demo_copy, BEFORE, hall)
    live = tab.open_live(session)
    qtbot.addWidget(live)
    assert live.sheet_button.isVisible()
    click = Clicks(qtbot)
    click(live.sheet_button)
    preview = _preview(qtbot, tab)
    assert "Aanwezigheidslijst" in preview.path.name and preview.parent() is live
    with qtbot.waitSignal(tab.printing.printed, timeout=30_000):
        click(preview.print_here)
    assert click.count == 2 and hall.sent[0][0] == PRINTER
    live.step_block(1)  # the agenda starts: the sheet is no longer offered
    assert not live.sheet_button.isVisible()


def test_the_session_screen_prints_the_sign_in_sheet_in_one_click(
    qtbot, demo_copy, hall, chosen_before
) -> None:
    """In the session's editor 'Print sign-in sheet…' shows it ready for the hall's printer."""
    _workspace, tab, _session = _open(qtbot, demo_copy, BEFORE, hall)
    Clicks(qtbot)(tab.editor.sheet_button)
    preview = _preview(qtbot, tab)
    assert isinstance(preview, hall_print.HallPreview) and "Aanwezigheidslijst" in preview.path.name


def test_the_preview_fits_the_screen(qtbot, demo_copy, hall, chosen_before) -> None:
    """The preview is never taller or wider than the screen it opens on."""
    _workspace, tab, session = _open(qtbot, demo_copy, BEFORE, hall)
    tab.print_pdf(DocumentKind.SIGN_IN_SHEET, session)
    preview = _preview(qtbot, tab)
    screen = preview.screen().availableGeometry()
    assert preview.height() <= screen.height() and preview.width() <= screen.width()


def test_three_clicks_put_the_action_plan_on_a_real_printer(
    qtbot, demo_copy, cups_queues, printed
) -> None:
    """Through CUPS (the A4 test printer, chosen last time): three clicks after the session,
    and the printer's output holds the action plan."""
    a4, _letter = cups_queues
    dialogs.LAST_PRINTER.set(a4)
    workspace, tab, session = _open(qtbot, demo_copy, EVENING, None)
    tab.print_system = None  # the computer's own print system
    live = tab.open_live(session)
    qtbot.addWidget(live)
    workspace.live.add_session_action(session, "Zaal boeken voor maart", owner_text="Nele")
    click = Clicks(qtbot)
    click(live.close_button)
    click(live.closing_dialog.print_button)
    preview = _preview(qtbot, tab)
    printing = tab.printing
    with qtbot.waitSignal(printing.printed, timeout=30_000):
        click(preview.print_here)
    assert click.count == 3
    assert printing.printing is not None and printing.printing.last_sent is not None
    output = PdfReader(printed(printing.printing.last_sent.job))
    assert "Zaal boeken voor maart" in "\n".join(p.extract_text() or "" for p in output.pages)
