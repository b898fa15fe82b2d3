"""A tour of the window for tests that look at every screen: the main window on the demo,
each page and tab shown in turn, and every dialog and window of its own built as the screens
build them."""

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.people.import_dialog import ImportDialog
from desktop.sessions.live_mode import LiveModeWindow
from desktop.shell.main_window import MainWindow
from desktop.shell.theme import apply_theme
from desktop.trajectories.new_trajectory import NewTrajectoryWizard
from models.workspace import Workspace

TODAY = date(2026, 11, 23)
EVENING = datetime(2027, 1, 4, 19, 20)


@pytest.fixture
def window(qtbot, demo_copy) -> Iterator[MainWindow]:
    """The main window on the demo, styled as the app styles it (the keyboard style too)."""
    apply_theme(QApplication.instance(), "light")
    workspace: Workspace = demo_copy(TODAY)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    window.set_workspace(workspace)
    qtbot.waitExposed(window)
    yield window
    window.close()


def screens(window: MainWindow) -> Iterator[str]:
    """Shows each page, each settings tab and each tab of an opened trajectory in turn."""
    for number, title in enumerate(window.page_titles()):
        window.show_page(number)
        if number == 4:
            settings = window.settings_page
            for index in range(settings.tabs.count()):
                settings.tabs.setCurrentIndex(index)
                yield f"{title} / {settings.tabs.tabText(index)}"
        else:
            yield title
    window.show_page(1)
    first = window.trajectories.model.row_at(0).uid
    window.trajectories.select_trajectory(first)
    detail = window.trajectories.detail
    for index in range(detail.tabs.count()):
        detail.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield f"trajectory / {detail.tabs.tabText(index)}"


def _buurtpunt(window: MainWindow) -> str:
    workspace = window.workspace
    return next(t.uid for t in workspace.trajectories.trajectories() if t.programme == "buurtpunt")


def _session(window: MainWindow) -> str:
    workspace = window.workspace
    return next(r.uid for r in workspace.sessions.all_sessions() if r.starts_at is not None)


def dialogs(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Every dialog and window of its own a coach opens, built as the screens build them."""
    from desktop.evaluation.kiosk import KioskWindow
    from desktop.people.new_person_dialog import NewPersonDialog
    from desktop.people.organisation_dialog import OrganisationDialog
    from desktop.people.person_detail import ConsentDialog
    from desktop.people.role_dialog import RoleDialog
    from desktop.planning.timeline_stop import StopDialog
    from desktop.shell.help import AboutDialog, HelpDialog, ShortcutsDialog, shortcut_rows
    from desktop.storage.handover_dialogs import HandoverExportDialog, HandoverImportDialog
    from desktop.trajectories.contacts_view import AddContactDialog
    from models.programmes.loader import load_programmes

    workspace = window.workspace
    programmes = sorted(load_programmes().values(), key=lambda p: p.name)
    wizard = NewTrajectoryWizard(workspace, programmes, window)
    wizard.show()
    yield "new trajectory: programme", wizard
    wizard.next()
    yield "new trajectory: clients", wizard
    wizard.close()
    yield "new person", NewPersonDialog(workspace, window)
    yield "organisation", OrganisationDialog(workspace, "", window)
    yield "contact person", AddContactDialog(workspace, window)
    yield "role", RoleDialog(workspace.people.organisations(), window)
    yield "consent", ConsentDialog(TODAY, window)
    yield (
        "stop after a phase",
        StopDialog((("a", "Fase 1 Voorbereiding"), ("b", "Fase 2 Uitwerking")), "", window),
    )
    yield "hand over", HandoverExportDialog(workspace, window)
    yield "take over", HandoverImportDialog(workspace, window)
    yield "about", AboutDialog(window)
    yield "shortcuts", ShortcutsDialog(shortcut_rows(window.menus.all_actions()), window)
    yield "manual", HelpDialog("", window)
    yield from _import_dialog(window)
    window.show_trajectory(_buurtpunt(window))
    detail = window.trajectories.detail
    detail.tabs.setCurrentWidget(detail.partners_view)
    yield "partner", detail.partners_view.partner_dialog()
    detail.tabs.setCurrentWidget(detail.participants_view)
    yield "project", detail.participants_view.project_dialog()
    live = LiveModeWindow(workspace, _session(window), clock=lambda: EVENING)
    for index in range(3):
        live.show_tab(index)
        yield f"live mode, tab {index + 1}", live
    live.close()
    form = workspace.evaluation.evaluation_overview(_buurtpunt(window)).forms[0]
    kiosk = KioskWindow(workspace, workspace.evaluation.evaluation_form(form.uid), "1234")
    yield "kiosk", kiosk
    kiosk.force_close()


IMPORT_FILE = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "import"
    / "inschrijvingen_titels_samengevoegd.xlsx"
)


def _until(ready: Callable[[], bool]) -> None:
    timer = QElapsedTimer()
    timer.start()
    while not ready() and timer.elapsed() < 30_000:
        QTest.qWait(20)
    assert ready(), "the import dialog did not get there"


def _import_dialog(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """The import of people: its columns page, then its preview with problems."""
    from desktop.people.import_dialog import MAPPING, PREVIEW

    dialog = ImportDialog(window.workspace, IMPORT_FILE, None, window)
    dialog.open()
    dialog.start()
    _until(lambda: dialog.pages.currentIndex() == MAPPING and dialog._task is None)
    yield "import: columns", dialog
    dialog.next_button.click()
    _until(lambda: dialog.pages.currentIndex() == PREVIEW and dialog._task is None)
    yield "import: preview", dialog
    dialog.reject()


def each_dialog(window: MainWindow, probe: Callable[[QWidget], list[str]]) -> dict[str, list[str]]:
    found = {}
    for name, dialog in dialogs(window):
        dialog.show()
        QApplication.processEvents()
        found[name] = probe(dialog)
        if not isinstance(dialog, NewTrajectoryWizard | LiveModeWindow | ImportDialog):
            dialog.close()
    return {name: problems for name, problems in found.items() if problems}
