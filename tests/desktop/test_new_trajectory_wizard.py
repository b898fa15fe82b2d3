"""The new-trajectory wizard, driven as a coach would: search, add, name, finish."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.trajectories.new_trajectory import NewTrajectoryWizard
from models.programmes import load_programmes
from models.workspace import Workspace

# The test screen (800×600) is narrower than the wizard: it is fitted to it, and offscreen Qt
# says it cannot pass the new size on.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path / "wizard.sqlite")
    yield workspace
    workspace.close()


@pytest.fixture
def wizard(qtbot, workspace: Workspace) -> NewTrajectoryWizard:
    from PySide6.QtWidgets import QApplication

    from desktop.shell.theme import apply_theme

    apply_theme(QApplication.instance(), "light")  # the app's style: Enter and Escape as there
    programmes = sorted(load_programmes().values(), key=lambda p: p.name)
    wizard = NewTrajectoryWizard(workspace, programmes)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _choose_programme(wizard: NewTrajectoryWizard, key: str) -> None:
    page = wizard.programme_page
    page.programme.setCurrentIndex(next(i for i, p in enumerate(page.programmes) if p.key == key))


def _add_municipality(qtbot, wizard: NewTrajectoryWizard, query: str, name: str) -> None:
    page = wizard.clients_page
    page.search.clear()
    qtbot.keyClicks(page.search, query)
    row = next(
        i for i in range(page.results.count()) if page.results.item(i).text().startswith(name + " ")
    )
    page.results.setCurrentRow(row)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)


def test_coach_creates_an_autodelen_trajectory_for_izegem(
    qtbot, wizard, workspace: Workspace
) -> None:
    """Programme, Izegem by postcode, one contact person, a start date: the trajectory exists."""
    _choose_programme(wizard, "autodelen")
    wizard.next()
    _add_municipality(qtbot, wizard, "8870", "Izegem")
    assert wizard.clients_page.chosen.item(0).text() == "Izegem · West-Vlaanderen"
    assert wizard.clients_page.isComplete()
    wizard.next()
    contacts = wizard.contacts_page
    contacts.add_row()
    first: QLineEdit = contacts.table.cellWidget(0, 0)
    qtbot.keyClicks(first, "Sarah")
    qtbot.keyClicks(contacts.table.cellWidget(0, 1), "Vandenbussche")
    contacts.table.cellWidget(0, 2).setCurrentText("Lokale trekker")
    wizard.next()
    assert "Izegem" in wizard.start_page.name.text()
    wizard.start_page.has_start.setChecked(True)
    wizard.accept()
    assert wizard.created_uid is not None
    detail = workspace.trajectories.trajectory(wizard.created_uid)
    assert detail.row.programme == "autodelen"
    assert detail.row.clients == ("Izegem",)
    assert detail.contacts == (("Sarah Vandenbussche", "Lokale trekker"),)
    assert [p.label for p in detail.phases] == ["Fase 1", "Fase 2", "Fase 3"]


def test_search_result_shows_province_and_discount(qtbot, wizard) -> None:
    """A municipality found by name shows its province and the provincial discount."""
    _choose_programme(wizard, "autodelen")
    wizard.next()
    qtbot.keyClicks(wizard.clients_page.search, "Kortrijk")
    first = wizard.clients_page.results.item(0).text()
    assert first.startswith("Kortrijk")
    assert "West-Vlaanderen" in first and "50 % korting" in first


def test_cluster_of_one_stays_in_the_wizard_with_a_message(
    qtbot, wizard, workspace, dutch_ui
) -> None:
    """Finishing a cluster with one municipality shows why on the clients page; nothing saved."""
    _choose_programme(wizard, "intergemeentelijk")
    wizard.next()
    _add_municipality(qtbot, wizard, "Herselt", "Herselt")
    wizard.next()
    wizard.next()
    wizard.accept()
    assert wizard.created_uid is None
    assert wizard.currentPage() is wizard.clients_page
    assert "minstens 2" in wizard.clients_page.error.text()
    assert workspace.trajectories.trajectories() == []


def test_coach_puts_municipalities_in_two_clusters(qtbot, wizard, workspace) -> None:
    """Intergemeentelijk: the cluster field shows; two clusters of two hold their own start."""
    _choose_programme(wizard, "intergemeentelijk")
    wizard.next()
    page = wizard.clients_page
    assert page.cluster.isVisible()
    for town, cluster in (
        ("Herselt", "Zuiderkempen"),
        ("Hulshout", "Zuiderkempen"),
        ("Grobbendonk", "Netevallei"),
        ("Vorselaar", "Netevallei"),
    ):
        page.cluster.setText(cluster)
        _add_municipality(qtbot, wizard, town, town)
    assert page.chosen.item(3).text() == "Vorselaar · Antwerpen · cluster Netevallei"
    wizard.next()
    wizard.next()
    wizard.start_page.has_start.setChecked(True)
    wizard.accept()
    assert wizard.created_uid is not None
    names = [r.name for r in workspace.planning.plan(wizard.created_uid).rows]
    assert sum(1 for n in names if n.startswith("Startoverleg")) == 2


def test_an_association_for_autodelen_is_refused_on_the_clients_page(
    qtbot, wizard, workspace
) -> None:
    """Autodelen is for a municipality: an association comes back with the reason."""
    _choose_programme(wizard, "autodelen")
    wizard.next()
    page = wizard.clients_page
    assert not page.cluster.isVisible()
    qtbot.keyClicks(page.local_name, "Velt Izegem")
    page.local_kind.setCurrentIndex(page.local_kind.findData("association"))
    qtbot.mouseClick(page.add_local, Qt.MouseButton.LeftButton)
    wizard.next()
    wizard.next()
    wizard.accept()
    assert wizard.created_uid is None and wizard.currentPage() is page
    assert "municipalities" in page.error.text() and "Velt Izegem" in page.error.text()
    assert workspace.trajectories.trajectories() == []


def test_enter_adds_a_municipality_and_stays_on_the_page(qtbot, wizard) -> None:
    """Enter in the search, the list or the cluster adds the municipality found; the wizard
    stays on the clients page, ready for the next one (a cluster of three is three Enters)."""
    _choose_programme(wizard, "intergemeentelijk")
    wizard.next()
    page = wizard.clients_page
    page.cluster.setText("Zuiderkempen")
    for town, where in (("Herselt", page.search), ("Hulshout", page.results), ("Westerlo", None)):
        qtbot.keyClicks(page.search, town)
        qtbot.keyClick(where or page.cluster, Qt.Key.Key_Return)
        assert wizard.currentPage() is page
    assert page.chosen.count() == 3
    assert page.search.text() == "" and page.search.hasFocus()


def test_escape_with_typed_text_asks_before_closing(qtbot, wizard, monkeypatch) -> None:
    """Escape on the wizard with a name typed asks first; 'go on typing' keeps it open, and
    without typed text Escape closes at once."""
    import desktop.widgets.keyboard as keyboard

    asked: list[str] = []
    monkeypatch.setattr(keyboard, "ask_discard", lambda dialog: asked.append("?") or False)
    wizard.next()
    qtbot.keyClicks(wizard.clients_page.search, "Izeg")
    qtbot.keyClick(wizard.clients_page.search, Qt.Key.Key_Escape)
    assert asked == ["?"] and wizard.isVisible()
    wizard.clients_page.search.clear()
    wizard.clients_page.search.setModified(False)
    qtbot.keyClick(wizard.clients_page.search, Qt.Key.Key_Escape)
    assert asked == ["?"] and not wizard.isVisible()
