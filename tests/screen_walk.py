"""Walks the main screens, live mode and the kiosk on a screen of a given size; measures what
a coach sees (window sizes, table rows, texts cut off) and saves a screenshot of each.

Run in its own process, so that the screen and the scaling are those of the laptop:
    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json [QT_SCALE_FACTOR=1.25] \
        python tests/screen_walk.py DEMO.sqlite OUTPUT_FOLDER [light|dark]
It prints one JSON object; tests/desktop/test_screens_fit.py judges it.
"""

import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QTreeView, QWidget

EVENING = datetime(2027, 1, 4, 19, 20)  # the buurtpunt's second work session is about to start


def rows_shown(view: QTableView | QTreeView) -> int:
    """How many rows of the default height the table has room for."""
    if isinstance(view, QTableView):
        height = view.verticalHeader().defaultSectionSize()
    else:
        height = max(view.sizeHintForRow(0), 1)
    return int(view.viewport().height() // max(height, 1))


def cut_cells(view: QTableView, column: int) -> list[str]:
    """The texts of a column that do not fit their cell (what the coach cannot read)."""
    model = view.model()
    metrics = view.fontMetrics()
    width = view.columnWidth(column) - 12  # the cell's padding
    cut = []
    for row in range(model.rowCount()):
        text = str(model.index(row, column).data() or "")
        if metrics.horizontalAdvance(text) > width:
            cut.append(text)
    return cut


def beyond_view(view: QTableView, column: int) -> bool:
    """Whether a column lies (partly) outside the visible part of its table."""
    header = view.horizontalHeader()
    return header.sectionViewportPosition(column) + header.sectionSize(column) > (
        view.viewport().width() + 1
    )


def label_read_in_full(label: QLabel, window: QWidget) -> bool:
    """The label shows, has all its lines, and lies inside its window."""
    if not label.isVisible() or not label.text():
        return False
    bottom = label.mapTo(window, label.rect().bottomLeft()).y()
    return label.heightForWidth(label.width()) <= label.height() + 1 and bottom <= window.height()


def window_fits(widget: QWidget, screen: QRect) -> bool:
    frame = widget.frameGeometry()
    return frame.width() <= screen.width() + 1 and frame.height() <= screen.height() + 1


def main() -> None:
    from desktop.evaluation.kiosk import KioskWindow
    from desktop.sessions.live_mode import LiveModeWindow
    from desktop.shell.app import create_application
    from desktop.shell.main_window import MainWindow
    from models.core.clock import FixedClock
    from models.workspace import Workspace

    database, output = Path(sys.argv[1]), Path(sys.argv[2])
    output.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    if len(sys.argv) > 3:
        from desktop.shell.theme import apply_theme

        apply_theme(app, sys.argv[3])
    screen = app.primaryScreen().availableGeometry()
    workspace = Workspace.open(database, clock=FixedClock(date(2026, 11, 22)))
    report: dict[str, Any] = {
        "screen": [screen.width(), screen.height()],
        "scale": app.primaryScreen().devicePixelRatio(),
        "rows": {},
        "windows": {},
        "cut": {},
        "images": [],
    }

    def shot(widget: QWidget, name: str) -> None:
        app.processEvents()
        path = output / f"{name}.png"
        widget.grab().save(str(path))
        report["images"].append(str(path))

    window = MainWindow()
    window.set_workspace(workspace)
    window.showMaximized()
    app.processEvents()
    report["windows"]["main"] = window_fits(window, screen)
    rows = report["rows"]
    window.navigation.setCurrentRow(0)
    shot(window, "overzicht")
    overview = window.overview
    rows["overzicht: binnenkort"] = rows_shown(overview.sessions_view)
    rows["overzicht: achterstallig"] = rows_shown(overview.overdue_view)
    status = overview.sessions_model.columnCount() - 1
    report["cut"]["overzicht: status buiten beeld"] = beyond_view(overview.sessions_view, status)
    window.navigation.setCurrentRow(2)
    shot(window, "personen")
    rows["personen"] = rows_shown(window.people.view)
    window.navigation.setCurrentRow(1)
    shot(window, "trajecten")
    rows["trajecten"] = rows_shown(window.trajectories.list_view)
    status = window.trajectories.model.columnCount() - 1
    report["cut"]["trajecten: status buiten beeld"] = beyond_view(
        window.trajectories.list_view, status
    )

    buurtpunt = next(
        t.uid for t in workspace.trajectories.trajectories() if t.programme == "buurtpunt"
    )
    session = next(
        r.uid for r in workspace.sessions.all_sessions() if r.title.startswith("Werksessie 2: jur")
    )
    sessions = window.trajectories.show_session(buurtpunt, session)
    detail = window.trajectories.detail
    editor = sessions.editor
    shot(window, "bijeenkomst-agenda")
    rows["bijeenkomsten"] = rows_shown(sessions.table)
    rows["agenda"] = rows_shown(editor.agenda)
    editor.sections.setCurrentIndex(1)
    shot(window, "bijeenkomst-inschrijvingen")
    rows["inschrijvingen"] = rows_shown(editor.registrations.table)
    detail.tabs.setCurrentWidget(detail.planning)
    shot(window, "planning-tijdlijn")
    rows["planning"] = rows_shown(detail.planning.table)
    detail.planning.inner.setCurrentIndex(1)
    shot(window, "planning-taken")
    rows["taken"] = rows_shown(detail.planning.tasks)
    report["cut"]["taken"] = cut_cells(detail.planning.tasks, 1)
    report["cut"]["verantwoordelijkheden"] = cut_cells(detail.planning.checklist, 1)
    status = detail.planning.tasks.model().columnCount() - 1
    report["cut"]["taken: status buiten beeld"] = beyond_view(detail.planning.tasks, status)
    detail.tabs.setCurrentWidget(detail.participants_view)
    shot(window, "deelnemers")
    rows["deelnemers"] = rows_shown(detail.participants_view.people)
    detail.tabs.setCurrentWidget(detail.partners_view)
    shot(window, "partners")
    rows["partners"] = rows_shown(detail.partners_view.table)
    detail.tabs.setCurrentWidget(detail.action_plan)
    shot(window, "acties")
    rows["acties"] = rows_shown(detail.action_plan.tree)
    detail.tabs.setCurrentWidget(detail.evaluation)
    shot(window, "evaluatie")
    entry = detail.evaluation.entry
    rows["evaluatie"] = rows_shown(entry.grid)
    report["cut"]["evaluatievraag"] = not label_read_in_full(entry.question, window)

    live = LiveModeWindow(workspace, session, clock=lambda: EVENING)
    live.showMaximized()
    app.processEvents()
    form = live.checkin.walk_in
    form.start_with("Evelien Peters")  # a walk-in who is known: the people offered show
    shot(live, "live-aanmelden")
    report["windows"]["live"] = window_fits(live, screen)
    report["windows"]["live: suggesties zichtbaar"] = form.known.isVisible()
    report["windows"]["live: toestemming leesbaar"] = label_read_in_full(form.consent_note, live)
    for index, name in ((1, "live-notities"), (2, "live-acties")):
        live.show_tab(index)
        shot(live, name)
    live.close()

    trajectory_forms = workspace.evaluation.evaluation_overview(buurtpunt).forms
    kiosk = KioskWindow(
        workspace, workspace.evaluation.evaluation_form(trajectory_forms[0].uid), "1234"
    )
    kiosk.showMaximized()
    shot(kiosk, "kiosk")
    report["windows"]["kiosk"] = window_fits(kiosk, screen)
    kiosk.force_close()

    from desktop.trajectories.new_trajectory import NewTrajectoryWizard
    from models.programmes.loader import load_programmes

    programmes = sorted(load_programmes().values(), key=lambda p: p.name)
    wizard = NewTrajectoryWizard(workspace, programmes, window)
    wizard.show()
    app.processEvents()
    shot(wizard, "nieuw-traject")
    report["windows"]["nieuw traject"] = window_fits(wizard, screen)
    wizard.close()
    window.close()
    workspace.close()
    QApplication.processEvents()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
