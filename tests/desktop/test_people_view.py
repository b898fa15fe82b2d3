"""Personen & organisaties: search as you type, details, consent, organisations, imports."""

from datetime import date
from pathlib import Path

import pytest

from desktop.people.people_page import PeoplePage
from models.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
DATA = Path(__file__).resolve().parents[1] / "data" / "import"


@pytest.fixture
def workspace(demo_workspace: Workspace) -> Workspace:
    return demo_workspace


@pytest.fixture
def page(qtbot, workspace) -> PeoplePage:
    widget = PeoplePage()
    qtbot.addWidget(widget)
    widget.set_workspace(workspace)
    return widget


def _names(page: PeoplePage) -> list[str]:
    return [page.model.row_at(i).name for i in range(page.model.rowCount())]


def test_search_over_name_email_phone_and_municipality(qtbot, page: PeoplePage) -> None:
    everyone = page.model.rowCount()
    qtbot.keyClicks(page.search, "van den broeck")
    assert _names(page) == ["Ilse Van den Broeck"]
    page.search.clear()
    person = page.model.row_at(0)
    digits = "0" + "".join(c for c in person.phone if c.isdigit())[2:]
    page.search.setText(digits[:4] + " " + digits[4:6])  # "0470 12", as a coach types it
    assert person.name in _names(page)
    page.search.setText(person.email.upper())
    assert _names(page) == [person.name]
    page.search.clear()
    assert page.model.rowCount() == everyone


def test_detail_shows_contact_sessions_and_consent(qtbot, page: PeoplePage, workspace) -> None:
    """A person's detail shows how to reach her, her trajectory, her sessions and consent."""
    page.search.setText("van den broeck")
    page.view.selectRow(0)
    detail = page.detail
    assert detail.name.text() == "Ilse Van den Broeck"
    assert "@" in detail.form.lines["email"].text()
    assert detail.consents.count() >= 1
    assert detail.trajectories.text() == "Bottom-up autodelen Izegem – wijk Kachtem"
    sessions = [detail.sessions.item(n).text() for n in range(detail.sessions.count())]
    assert any("Infosessie 'Autodelen in je wijk'" in line for line in sessions)
    assert any("Werksessie communicatieplan" in line for line in sessions)


def test_consent_added_and_withdrawn(qtbot, page: PeoplePage, workspace) -> None:
    page.view.selectRow(0)
    uid = page.model.row_at(0).uid
    workspace.people.add_consent(uid, date(2026, 11, 1), "aanwezigheidslijst", ("nieuwsbrief",))
    page.detail.changed.emit()
    consents = workspace.people.person_detail(uid).consents
    newest = next(c for c in consents if c.source == "aanwezigheidslijst")
    assert newest.purposes == ("nieuwsbrief",)
    workspace.people.update_consent(newest.uid, withdraw=True, withdrawn_on=date(2026, 11, 20))
    again = next(c for c in workspace.people.person_detail(uid).consents if c.uid == newest.uid)
    assert again.withdrawn_on == date(2026, 11, 20)


def test_bad_consent_input_is_refused(workspace) -> None:
    from models.core.errors import UserError

    uid = workspace.people.people_list()[0].uid
    with pytest.raises(UserError):
        workspace.people.add_consent(uid, date(2026, 11, 1), "x", ())
    with pytest.raises(UserError):
        workspace.people.add_consent(uid, date(2999, 1, 1), "x", ("nieuwsbrief",))


def test_organisations_tab_lists_municipalities(qtbot, page: PeoplePage) -> None:
    names = [page.organisations.row_at(i).name for i in range(page.organisations.rowCount())]
    assert "Izegem" in names
    row = names.index("Izegem")
    page.tabs.setCurrentIndex(1)
    page.organisation_view.selectRow(row)
    assert page.organisation_detail.name.text() == "Izegem"
    assert "autodelen" in page.organisation_detail.trajectories.text().lower()


def test_import_from_the_page_and_undo_from_the_imports_tab(qtbot, page: PeoplePage) -> None:
    before = page.model.rowCount()
    dialog = page.import_file(DATA / "aanwezigen_oud.xls")
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1 and dialog._task is None)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2 and dialog._task is None)
    with qtbot.waitSignal(page.people_changed):
        dialog.next_button.click()
    assert page.model.rowCount() == before + 2
    assert page.imports.rowCount() == 1
    page.import_view.selectRow(0)
    with qtbot.waitSignal(page.people_changed):
        page.undo_button.click()
    assert page.model.rowCount() == before
    dialog.close()


def test_export_neutralises_formulas(tmp_path: Path, page: PeoplePage, workspace) -> None:
    from openpyxl import load_workbook

    from exports.people.people_xlsx import write_attendees

    path = page.export_people(tmp_path / "personen.xlsx")
    sheet = load_workbook(path).active
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    assert sheet.max_row == page.model.rowCount() + 1
    from models.trajectories.rows import PersonRow

    evil = PersonRow("u", '=HYPERLINK("x")', "@x", "+32 470", "-1", "Org")
    attendees = write_attendees(tmp_path / "a.xlsx", "Kickoff: werksessie", [evil])
    cells = [c.value for c in load_workbook(attendees).active[2]]
    assert cells[0].startswith("'=") and cells[1] == "'@x" and cells[2] == "'+32 470"


def test_a_merge_is_undone_later_from_the_persons_detail(
    qtbot, page: PeoplePage, workspace, monkeypatch
) -> None:
    """A merge found wrong after the window was closed (no Edit → Undo any more) is undone
    from the kept person's detail: both people are back, each with their own details."""
    from PySide6.QtWidgets import QMessageBox

    from models.people.editing import PersonInput

    people = workspace.people
    kept = people.create_person(PersonInput(first_name="Lies", last_name="Wouters", email="l@a.be"))
    other = people.create_person(PersonInput(first_name="Lies", last_name="Wout", email="l@b.be"))
    people.merge_people(kept, other, frozenset())
    page.reload()
    assert page.select_person(kept) and "Lies Wout" not in _names(page)
    history = page.detail.merges
    assert history.isVisibleTo(page.detail) and history.list.count() == 1
    assert "Lies Wout merged in" in history.list.item(0).text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    history.list.setCurrentRow(0)
    history.undo_button.click()
    qtbot.waitUntil(lambda: "Lies Wout" in _names(page), timeout=10_000)
    assert people.person_detail(other).email == "l@b.be"
    assert "(undone)" in page.detail.merges.list.item(0).text()
    assert not page.detail.merges.undo_button.isEnabled()
