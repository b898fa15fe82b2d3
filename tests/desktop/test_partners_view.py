"""The Partners tab: partners, ambassadors and which categories are covered."""

from datetime import date

import pytest

from desktop.partners.partner_dialog import NEW_CONTACT
from desktop.partners.partners_view import PartnersView
from models.workspace import Workspace
from tests.demo import trajectory_uid

DAY = date(2026, 11, 22)


@pytest.fixture
def workspace(demo_workspace: Workspace) -> Workspace:
    return demo_workspace


@pytest.fixture
def view(qtbot, workspace: Workspace) -> PartnersView:  # type: ignore[no-untyped-def]
    view = PartnersView()
    qtbot.addWidget(view)
    view.set_workspace(workspace)
    view.show_trajectory(trajectory_uid(workspace, "autodelen"))
    return view


def test_models_pass_the_qt_model_tester(qtmodeltester, view: PartnersView) -> None:
    assert view.model.rowCount() == 7 and view.coverage_model.rowCount() == 11
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.coverage_model)


def test_coverage_shows_what_is_covered_and_what_not_yet(view: PartnersView) -> None:
    """Izegem covers 7 of the 11 categories; youth movements are still open, in another colour."""
    assert view.coverage_heading.text() == "Categories covered: 7 of 11"
    rows = [view.coverage_model.row_at(i) for i in range(11)]
    youth = rows.index(next(r for r in rows if r.key == "jeugdbewegingen"))
    assert view.coverage_model.data(view.coverage_model.index(youth, 2)).startswith("not yet")
    from PySide6.QtCore import Qt

    assert view.coverage_model.data(
        view.coverage_model.index(youth, 1), Qt.ItemDataRole.ForegroundRole
    )
    assert view.ambassadors_heading.text() == "Ambassadors (3)"


def test_a_new_partner_with_a_new_contact_covers_a_category(qtbot, view: PartnersView) -> None:
    dialog = view.partner_dialog()
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.result() == 0 and "partner's name" in dialog.error.text()
    qtbot.keyClicks(dialog.name, "Chiro Kachtem")
    dialog.category.setCurrentIndex(dialog.category.findData("jeugdbewegingen"))
    dialog.engagement.buttons()[1].setChecked(True)
    dialog.contact.setCurrentIndex(dialog.contact.findData(NEW_CONTACT))
    assert dialog.new_contact.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.first_name, "Lien")
    qtbot.keyClicks(dialog.email, "lien at chiro")
    dialog.save()
    assert dialog.result() == 0 and "not an e-mail address" in dialog.error.text()
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "lien@chiro.example.be")
    dialog.save()
    assert dialog.result() == 1
    view.show_trajectory(view._uid, view._last_saved)
    assert view.coverage_heading.text() == "Categories covered: 8 of 11"
    chiro = next(
        view.model.row_at(i)
        for i in range(view.model.rowCount())
        if view.model.row_at(i).name == "Chiro Kachtem"
    )
    assert chiro.engagement == "communicates" and chiro.contact_name == "Lien"


def test_a_person_becomes_ambassador_and_stops(view: PartnersView) -> None:
    combo = view.ambassador_person
    index = next(i for i in range(1, combo.count()) if "★" not in combo.itemText(i))
    combo.setCurrentIndex(index)
    assert view.add_ambassador.isEnabled() and not view.remove_ambassador.isEnabled()
    view.add_ambassador.click()
    assert view.ambassadors_heading.text() == "Ambassadors (4)"
    assert view.remove_ambassador.isEnabled()
    view.remove_ambassador.click()
    assert view.ambassadors_heading.text() == "Ambassadors (3)"


def test_deleting_a_partner_uncovers_its_category(view: PartnersView) -> None:
    row = next(
        i for i in range(view.model.rowCount()) if view.model.row_at(i).name == "Bakkerij Vanneste"
    )
    view.table.selectRow(row)
    view.delete_partner(confirm=False)
    assert view.coverage_heading.text() == "Categories covered: 6 of 11"
