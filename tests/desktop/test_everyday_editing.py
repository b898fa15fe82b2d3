"""Everyday editing as a coach does it in the window: people, merges, contacts, providers,
undo from the Edit menu."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.people.merge_dialog import MergeDialog
from desktop.people.new_person_dialog import NewPersonDialog
from desktop.shell.i18n import install_translators
from desktop.shell.main_window import MainWindow
from desktop.shell.undo import edit_stack
from desktop.trajectories.contacts_view import AddContactDialog
from models.workspace import Workspace
from tests.demo import trajectory_uid


@pytest.fixture
def dutch() -> Iterator[None]:
    translators = install_translators(QApplication.instance(), "nl")
    yield
    for translator in translators:
        QApplication.instance().removeTranslator(translator)


@pytest.fixture
def window(qtbot, demo_workspace: Workspace, dutch: None) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.set_workspace(demo_workspace)
    return window


def _names(workspace: Workspace) -> list[str]:
    return [row.name for row in workspace.people.people_list()]


def _select(window: MainWindow, name: str) -> None:
    page = window.people
    page.search.setText(name)
    page.view.selectRow(0)
    assert page.detail.name.text() == name


def test_a_coach_adds_a_person_and_can_undo_it(qtbot, window: MainWindow) -> None:
    """Nieuwe persoon: typed in the dialog, stored clean, shown selected; Ctrl+Z removes it."""
    workspace = window.workspace
    dialog = NewPersonDialog(workspace, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.form.lines["first_name"], "Lien")
    qtbot.keyClicks(dialog.form.lines["last_name"], "Claes")
    qtbot.keyClicks(dialog.form.lines["phone"], "0470 99 88 77")
    qtbot.keyClicks(dialog.form.lines["municipality"], "3020")
    dialog.accept()
    assert dialog.result() == 1
    detail = workspace.people.person_detail(dialog.created_uid)
    assert (detail.phone, detail.municipality) == ("+32 470 99 88 77", "Herent")
    assert window.menus.undo.text() == "&Ongedaan maken: persoon toevoegen"
    window.menus.undo.trigger()
    assert "Lien Claes" not in _names(workspace)
    window.menus.redo.trigger()
    assert "Lien Claes" in _names(workspace)


def test_a_wrong_phone_keeps_the_dialog_open_with_the_reason(qtbot, window: MainWindow) -> None:
    """A phone that is no number is refused under its field; nothing is stored."""
    dialog = NewPersonDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.form.lines["last_name"], "Zebedeus")
    qtbot.keyClicks(dialog.form.lines["phone"], "12")
    dialog.accept()
    assert not dialog.created_uid
    assert "geen geldig telefoonnummer" in dialog.form.errors["phone"].text()
    assert "Zebedeus" not in " ".join(_names(window.workspace))


@pytest.mark.qt_log_ignore("does not support")  # the completer's popup, offscreen
def test_a_municipality_typo_gets_suggestions_to_click(qtbot, window: MainWindow) -> None:
    """'Hertn' is not stored: the coach clicks the suggested Herent and it is stored."""
    window.show_page(2)
    _select(window, "Koen Vermeersch")
    panel = window.people.detail
    field = panel.form.lines["municipality"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Hertn")
    panel.flush()
    error = panel.form.errors["municipality"]
    assert "Herent" in error.text() and error.isVisibleTo(panel)
    uid = panel._detail.uid
    assert window.workspace.people.person_detail(uid).municipality != "Hertn"
    panel.form._take_suggestion("Herent")
    assert window.workspace.people.person_detail(uid).municipality == "Herent"


def test_a_typo_in_a_name_is_corrected_as_typed_and_undone(qtbot, window: MainWindow) -> None:
    """Typing in the family name stores it after a pause; Edit says what Ctrl+Z undoes."""
    window.show_page(2)
    _select(window, "Koen Vermeersch")
    panel = window.people.detail
    uid = panel._detail.uid
    field = panel.form.lines["last_name"]
    field.setFocus()
    field.end(False)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, "k")
    qtbot.waitUntil(
        lambda: window.workspace.people.person_detail(uid).last_name == "Vermeersck", timeout=3000
    )
    assert window.menus.undo.text() == "&Ongedaan maken: naam wijzigen"
    window.menus.undo.trigger()
    assert window.workspace.people.person_detail(uid).last_name == "Vermeersch"


def test_two_records_of_one_person_merge_and_the_merge_is_undone(qtbot, window: MainWindow) -> None:
    """Select two records, see the preview, merge; Ctrl+Z brings both records back."""
    workspace = window.workspace
    kept = next(r.uid for r in workspace.people.people_list() if r.name == "Koen Vermeersch")
    session = workspace.sessions.all_sessions()[0].uid
    from models.people.editing import PersonInput

    other = workspace.people.create_person(PersonInput("Koen", "Vermeersch", "koen@thuis.be"))
    workspace.sessions.register_person(session, other)
    window.show_page(2)
    page = window.people
    qtbot.waitUntil(lambda: other in {r.uid for r in page._search.rows})
    page.search.setText("Koen Vermeersch")
    page.view.selectAll()
    assert page.merge_button.isEnabled()
    dialog = MergeDialog(workspace, kept, other, window)
    qtbot.addWidget(dialog)
    assert "1 inschrijving" in dialog.moves.text()
    assert "email" in dialog._groups
    dialog._groups["email"].button(1).setChecked(True)
    dialog.accept()
    assert other not in {r.uid for r in workspace.people.people_list()}
    assert workspace.people.person_detail(kept).email == "koen@thuis.be"
    assert window.menus.undo.text() == "&Ongedaan maken: personen samenvoegen"
    window.menus.undo.trigger()
    assert other in {r.uid for r in workspace.people.people_list()}
    assert workspace.people.person_detail(kept).email != "koen@thuis.be"
    assert any(p.session_uid == session for p in workspace.people.person_detail(other).sessions)


def test_a_contact_is_added_to_an_existing_trajectory(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Contactpersonen: a known person added with a role, then made the addressee."""
    workspace = window.workspace
    uid = trajectory_uid(workspace, "autodelen")
    window.show_trajectory(uid)
    detail = window.trajectories.detail
    detail.tabs.setCurrentWidget(detail.contacts)
    view = detail.contacts
    before = view.model.rowCount()

    def choose(dialog: AddContactDialog) -> int:
        dialog.search.setText("Koen Vermeersch")
        dialog.role.setCurrentText("Schepen")
        return 1

    monkeypatch.setattr(AddContactDialog, "exec", choose)
    view.add_contact()
    assert view.model.rowCount() == before + 1
    row = next(r for r in workspace.trajectories.contacts(uid) if r.role == "Schepen")
    assert row.name == "Koen Vermeersch"
    view.table.selectRow(view.model.row_of(row.uid))
    view.mark_addressee()
    rows = workspace.trajectories.contacts(uid)
    assert [r.uid for r in rows if r.is_addressee] == [row.uid]
    document = workspace.quotes.quote_document(workspace.quotes.ensure_quote(uid).uid)
    assert document.attention.startswith("t.a.v. Koen Vermeersch")


def test_the_coach_fills_in_the_providers_details(qtbot, window: MainWindow) -> None:
    """Instellingen → Organisatie: a wrong enterprise number is refused; a right one is kept."""
    window.show_page(4)
    settings = window.settings_page
    settings.tabs.setCurrentWidget(settings.organisation)
    page = settings.organisation
    page.new_provider()
    number = page.lines["enterprise_number"]
    number.setFocus()
    qtbot.keyClicks(number, "0123.456.789")
    page.flush()
    assert "geen geldig ondernemingsnummer" in page.errors["enterprise_number"].text()
    number.clear()
    qtbot.keyClicks(number, "0123.456.749")
    qtbot.keyClicks(page.lines["iban"], "BE68 5390 0754 7034")
    page.flush()
    form = window.workspace.organisations.provider_form(page._uid)
    assert form.data.enterprise_number == "0123.456.749"
    assert page.errors["iban"].isVisibleTo(page)  # a made-up account: its bank is not known
    page.lines["iban"].clear()
    qtbot.keyClicks(page.lines["iban"], "BE77 0014 5678 9042")
    page.flush()
    form = window.workspace.organisations.provider_form(page._uid)
    assert form.data.iban == "BE77 0014 5678 9042" and form.data.bic == "GEBABEBB"


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_menu_bar_offers_what_people_expect(qtbot, window: MainWindow) -> None:
    """Bestand, Bewerken, Beeld, Help with their shortcuts; F1 opens the manual at the screen."""
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Bestand", "Be&werken", "Bee&ld", "&Help"]
    assert window.menus.new_trajectory.shortcut().toString() == "Ctrl+N"
    assert window.menus.manual.shortcut().toString() == "F1"
    assert not window.windowIcon().isNull()
    window.show_page(2)
    assert window.help_anchor() == "personen"
    window.show_help()
    assert "Samenvoegen" in window._help.browser.toPlainText()
    assert window.menus.undo.isEnabled() is False
    assert edit_stack(window.workspace).count() == 0


def test_about_lists_the_shipped_libraries_with_their_licences() -> None:
    """The licences come from the installed distributions, so the list stays true."""
    from desktop.shell.help import shipped_libraries

    names = {n.lower().replace("_", "-"): lic for n, _version, lic in shipped_libraries()}
    assert "reportlab" in names and "pyside6-essentials" in names
    assert names["python-stdnum"] not in ("", "—")
