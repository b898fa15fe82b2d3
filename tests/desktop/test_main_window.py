"""The application shell: navigation, the trajectory list and detail, people, programmes."""

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.shell.i18n import install_translators
from desktop.shell.main_window import MainWindow
from models.workspace import Workspace
from tests.demo import demo_name

TODAY = date(2026, 11, 23)


@pytest.fixture
def workspace(demo_copy) -> Iterator[Workspace]:
    return demo_copy(TODAY)


@pytest.fixture
def dutch() -> Iterator[None]:
    translators = install_translators(QApplication.instance(), "nl")
    yield
    for translator in translators:
        QApplication.instance().removeTranslator(translator)


@pytest.fixture
def window(qtbot, workspace: Workspace, dutch: None) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.set_workspace(workspace)
    return window


def test_trajectory_list_shows_the_demo_trajectories(window: MainWindow) -> None:
    """The Trajecten page lists a demo trajectory of each programme, and the joint one."""
    model = window.trajectories.model
    assert model.rowCount() == 5
    names = {model.row_at(i).programme for i in range(5)}
    assert names == {"autodelen", "klimaatdoeners", "intergemeentelijk", "buurtpunt"}


def test_detail_has_the_tabs_of_a_trajectory_in_dutch(window: MainWindow) -> None:
    """A trajectory opens with the tabs Intake · Offerte · Planning · … · Evaluatie."""
    tabs = window.trajectories.detail.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == [
        "Intake",
        "Offerte",
        "Planning",
        "Bijeenkomsten",
        "Deelnemers",
        "Partners",
        "Acties",
        "Evaluatie",
        "Contactpersonen",
    ]


def test_selecting_the_autodelen_trajectory_shows_its_plan(window: MainWindow, qtbot) -> None:
    """Selecting autodelen shows its phases Fase 1–3, its sessions and its partners."""
    window.navigation.setCurrentRow(1)
    model = window.trajectories.model
    row = next(i for i in range(5) if model.row_at(i).name == demo_name("autodelen"))
    window.trajectories.select_trajectory(model.row_at(row).uid)
    detail = window.trajectories.detail
    assert "Izegem" in detail.facts.full_text()
    assert "offerte 2026-001 versie 1, aanvaard op" in detail.facts.full_text()
    detail.tabs.setCurrentWidget(detail.planning)
    plan = detail.planning.plan_model
    rows = [plan.row_at(i) for i in range(plan.rowCount())]
    assert [r.label for r in rows if r.kind == "phase"] == ["Fase 1", "Fase 2", "Fase 3"]
    detail.tabs.setCurrentWidget(detail.sessions_tab)
    assert detail.sessions_tab.model.rowCount() >= 2
    detail.tabs.setCurrentWidget(detail.partners_view)
    assert detail.partners_view.model.rowCount() >= 5  # the five of the demo, plus contacts
    assert "Fase 2" in model.row_at(row).current_phase


def test_a_tab_shows_the_selected_trajectory_when_it_is_opened(window: MainWindow) -> None:
    """Only the tab in view loads on selection (quick to go through the list); another tab
    shows the selected trajectory as soon as it is opened."""
    window.navigation.setCurrentRow(1)
    model = window.trajectories.model
    rows = {model.row_at(i).programme: i for i in range(model.rowCount())}
    detail = window.trajectories.detail

    def plan_rows() -> list[str]:
        plan = detail.planning.plan_model
        return [
            f"{plan.row_at(i).label} {plan.row_at(i).planned_start}" for i in range(plan.rowCount())
        ]

    window.trajectories.select_trajectory(model.row_at(rows["autodelen"]).uid)
    detail.tabs.setCurrentWidget(detail.planning)
    autodelen_plan = plan_rows()
    detail.tabs.setCurrentWidget(detail.partners_view)
    autodelen_partners = detail.partners_view.model.rowCount()
    window.trajectories.select_trajectory(model.row_at(rows["buurtpunt"]).uid)
    assert detail.partners_view.model.rowCount() != autodelen_partners  # the tab in view
    assert plan_rows() == autodelen_plan  # not opened since the selection: not reloaded
    detail.tabs.setCurrentWidget(detail.planning)
    assert plan_rows() and plan_rows() != autodelen_plan


def test_overview_shows_coming_sessions_and_overdue_actions(window: MainWindow) -> None:
    """The overview lists sessions of the coming weeks and open actions past their date."""
    overview = window.overview
    assert overview.sessions_model.rowCount() > 0
    overdue = [overview.overdue_model.row_at(i) for i in range(overview.overdue_model.rowCount())]
    assert overdue and all(row.due_on < TODAY for row in overdue)
    assert "Affiche in de bakkerij en het dorpscafé hangen" in {row.title for row in overdue}
    assert "Marktkramers uit de streek oplijsten" not in {row.title for row in overdue}  # done


def test_overview_opens_a_trajectory_on_double_click(window: MainWindow, qtbot) -> None:
    """Double-clicking an overdue action opens its trajectory on the Trajecten page."""
    overview = window.overview
    index = overview.overdue_model.index(0, 0)
    wanted = overview.overdue_model.row_at(0).trajectory
    overview.overdue_view.doubleClicked.emit(index)
    assert window.navigation.currentRow() == 1
    selected = window.trajectories.list_view.selectionModel().selectedRows()
    assert window.trajectories.model.row_at(selected[0].row()).uid == wanted


def test_people_search_filters_as_you_type(window: MainWindow, qtbot) -> None:
    """Typing part of a name narrows the people list, accents and case ignored."""
    page = window.people
    everyone = page.model.rowCount()
    assert everyone > 20
    qtbot.keyClicks(page.search, "van den broeck")
    assert [page.model.row_at(i).name for i in range(page.model.rowCount())] == [
        "Ilse Van den Broeck"
    ]
    page.search.clear()
    assert page.model.rowCount() == everyone


def test_programmes_page_lists_every_programme_file(window: MainWindow) -> None:
    """The Programma's page shows each programme with its phases and prices."""
    page = window.programmes
    names = [page.list.item(i).text() for i in range(page.list.count())]
    assert len(names) == 4
    autodelen = next(i for i, name in enumerate(names) if "autodelen" in name.lower())
    page.list.setCurrentRow(autodelen)
    text = page.text.toPlainText()
    assert "3.500,00" in text and "6.500,00" in text
    assert "Fase 1" in text


def test_keyboard_reaches_every_page(window: MainWindow, qtbot) -> None:
    """Ctrl+1 … Ctrl+5 switch between the five pages."""
    window.activateWindow()
    for number in range(5):
        qtbot.keyClick(window, Qt.Key.Key_1 + number, Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentIndex() == number


def test_window_geometry_is_remembered(qtbot, workspace: Workspace) -> None:
    """The size of the window is restored at the next start."""
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(1000, 700)  # the offscreen screen is narrow: keep within it
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (1000, 700)


def test_the_accepted_quote_reads_english_in_an_english_window(qapp) -> None:
    """An English window says 'quote … version …, accepted on …'."""
    from desktop.trajectories.trajectory_detail import accepted_line
    from models.trajectories.rows import AcceptedQuote

    accepted = AcceptedQuote("2026-004", 2, date(2026, 3, 12), free=False)
    assert accepted_line(accepted) == "quote 2026-004 version 2, accepted on 12/03/2026"
    assert accepted_line(None) == ""


def test_the_accepted_quote_reads_as_before_in_the_dutch_window(dutch_ui) -> None:
    """The Dutch window says 'offerte … versie …, aanvaard op …' (a free programme's agreement)."""
    from desktop.trajectories.trajectory_detail import accepted_line
    from models.trajectories.rows import AcceptedQuote

    accepted = AcceptedQuote("2026-004", 2, date(2026, 3, 12), free=False)
    assert accepted_line(accepted) == "offerte 2026-004 versie 2, aanvaard op 12/03/2026"
    free = AcceptedQuote("2026-005", 1, date(2026, 3, 12), free=True)
    assert accepted_line(free) == "deelnameovereenkomst 2026-005 versie 1, aanvaard op 12/03/2026"
