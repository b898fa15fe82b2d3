"""The Bijeenkomsten tab: list, editor, agenda reordering, registrations, PDFs, live mode."""

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.sessions.session_agenda import AgendaModel
from desktop.sessions.session_list import SessionsTab
from exports.documents import DocumentKind
from models.workspace import Workspace
from tests.demo import demo_name

DAY = date(2026, 11, 22)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def workspace(demo_copy) -> Workspace:
    workspace = demo_copy(DAY)
    return workspace


@pytest.fixture
def tab(qtbot, workspace) -> SessionsTab:
    tab = SessionsTab()
    qtbot.addWidget(tab)
    tab.set_workspace(workspace)
    trajectory = next(
        t.uid for t in workspace.trajectories.trajectories() if t.name == demo_name("autodelen")
    )
    tab.show_trajectory(trajectory)
    return tab


def _select(tab: SessionsTab, prefix: str) -> str:
    for row in range(tab.model.rowCount()):
        if tab.model.row_at(row).title.startswith(prefix):
            tab.table.selectRow(row)
            return tab.model.row_at(row).uid
    raise AssertionError(prefix)


def test_models_pass_the_qt_model_tester(qtmodeltester, tab) -> None:
    """The session list and the agenda behave as Qt's views expect."""
    _select(tab, "Infosessie")
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.editor.agenda_model)


def test_the_tab_lists_the_trajectorys_sessions_and_opens_one(tab) -> None:
    """Nine autodelen sessions; choosing the infosessie fills the editor and its agenda."""
    assert tab.model.rowCount() == 9
    _select(tab, "Infosessie")
    assert tab.editor.title.text() == "Infosessie 'Autodelen in je wijk'"
    assert tab.editor.agenda_model.rowCount() == 6
    assert tab.editor.agenda_model.index(0, 0).data() == "19:30"
    assert "21:30" in tab.editor.ends.text()


def test_editing_minutes_moves_the_later_start_times(dutch_ui, tab, workspace) -> None:
    """20 instead of 10 minutes for the first item: the second starts at 19:50."""
    _select(tab, "Infosessie")
    model = tab.editor.agenda_model
    assert model.setData(model.index(0, 2), "20")
    assert model.index(1, 0).data() == "19:50"
    assert not model.setData(model.index(0, 2), "veel")
    assert tab.editor.message.text() == "'veel' is geen aantal minuten. Typ een getal, bv. 20."


def test_dragging_the_last_item_to_the_top(tab) -> None:
    """A drop of row 5 before row 0 makes it the first item, starting at 19:30."""
    _select(tab, "Infosessie")
    model: AgendaModel = tab.editor.agenda_model
    title = model.index(5, 1).data()
    data = model.mimeData([model.index(5, 0)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex()) is False
    assert model.index(0, 1).data() == title
    assert model.index(0, 0).data() == "19:30"


def test_move_buttons_and_keyboard(qtbot, tab) -> None:
    """Move down takes the selected item one place later."""
    _select(tab, "Infosessie")
    model = tab.editor.agenda_model
    first = model.index(0, 1).data()
    tab.editor.agenda.selectRow(0)
    tab.editor.move_selected(1)
    assert model.index(1, 1).data() == first


def test_add_and_remove_an_item(tab) -> None:
    """Add item inserts after the selection; remove takes it away again."""
    _select(tab, "Infosessie")
    tab.editor.agenda.selectRow(0)
    tab.editor.add_block()
    assert tab.editor.agenda_model.rowCount() == 7
    assert tab.editor.agenda_model.index(1, 1).data() == "New item"
    tab.editor.agenda.selectRow(1)
    tab.editor.remove_block()
    assert tab.editor.agenda_model.rowCount() == 6


def test_details_are_saved_when_a_field_is_left(qtbot, dutch_ui, tab, workspace) -> None:
    """A new room is stored on Enter; an empty title is refused with a message."""
    uid = _select(tab, "Infosessie")
    tab.editor.location.setText("Parochiezaal Kachtem")
    tab.editor.location.editingFinished.emit()
    assert workspace.sessions.session_detail(uid).location_name == "Parochiezaal Kachtem"
    tab.editor.title.setText("")
    tab.editor.title.editingFinished.emit()
    assert tab.editor.message.text() == "Vul de titel in."


def test_new_session_from_a_template(tab, workspace) -> None:
    """Choosing a programme session and New session adds it with its agenda."""
    before = tab.model.rowCount()
    tab.template.setCurrentIndex(tab.template.findData("persmoment"))
    tab.new_session()
    assert tab.model.rowCount() == before + 1
    assert tab.editor.agenda_model.rowCount() == 5


def test_registering_by_name_and_changing_status(qtbot, tab, workspace) -> None:
    """Typing a name and Enter registers the top match; the status combo then applies."""
    uid = _select(tab, "Infosessie")
    panel = tab.editor.registrations
    qtbot.keyClicks(panel.person, "evelien")
    assert panel.suggestion.text() == "Evelien Peeters"
    qtbot.keyClick(panel.person, Qt.Key.Key_Return)
    names = {r.name: r for r in workspace.sessions.session_detail(uid).registrations}
    assert names["Evelien Peeters"].status == "registered"
    row = next(
        i for i in range(panel.model.rowCount()) if panel.model.row_at(i).name == "Evelien Peeters"
    )
    panel.table.selectRow(row)
    panel.status.setCurrentIndex(panel.status.findData("excused"))
    panel.apply_status()
    assert {r.name: r.status for r in workspace.sessions.session_detail(uid).registrations}[
        "Evelien Peeters"
    ] == "excused"


def test_a_dropped_file_goes_to_the_import_for_this_session(tab, monkeypatch, tmp_path) -> None:
    """A list dropped on the registrations opens the import with the file and the session."""
    from desktop.people import import_dialog

    uid = _select(tab, "Infosessie")
    panel = tab.editor.registrations
    calls = []

    def start_import(parent, workspace, path, session_uid=None):  # type: ignore[no-untyped-def]
        calls.append((path, session_uid))

    monkeypatch.setattr(import_dialog, "start_import", start_import)
    panel.import_file(tmp_path / "lijst.xlsx")
    assert calls == [(Path(tmp_path / "lijst.xlsx"), uid)]


def _made(qtbot, printing) -> Path:  # type: ignore[no-untyped-def]
    assert printing is not None
    with qtbot.waitSignal(printing.made, timeout=30_000) as made:
        pass
    return Path(made.args[0].path)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_print_buttons_show_the_sheet_and_the_report(qtbot, tab) -> None:
    """Both documents are saved in the documents folder and shown ready to print; Ctrl+P
    gives the report of a session that was held."""
    uid = _select(tab, "Werksessie communicatieplan")
    sheet = _made(qtbot, tab.print_pdf(DocumentKind.SIGN_IN_SHEET, uid))
    report = _made(qtbot, tab.print_pdf(DocumentKind.SESSION_REPORT, uid))
    assert sheet.exists() and "Aanwezigheidslijst" in sheet.name
    assert report.exists() and "Verslag" in report.name
    assert tab.message.text() == f"Saved as {report}"
    with qtbot.waitSignal(tab.editor.report_requested) as asked:
        tab.editor.print_document()
    assert asked.args == [uid]
    assert "Verslag" in _made(qtbot, tab.printing).name


def test_start_live_mode_from_the_editor(qtbot, tab, monkeypatch) -> None:
    """The Start button opens live mode on the chosen session (on its day: no question)."""
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    tab.workspace.clock.set(datetime(2026, 12, 2, 19, 0))
    uid = _select(tab, "Infosessie")
    window = tab.open_live(uid)
    qtbot.addWidget(window)
    assert window.title.text() == "Infosessie 'Autodelen in je wijk'"
    assert asked == []
    window.close()


def test_live_mode_on_another_day_asks_first_and_cancel_opens_nothing(
    qtbot, tab, monkeypatch
) -> None:
    """On 22/11 the infosessie of 02/12 is not today: the coach is asked; No opens nothing."""
    from desktop.sessions import live_questions

    days: list[object] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: days.append(box.text()) or 0)
    uid = _select(tab, "Infosessie")
    assert tab.open_live(uid) is None
    assert days and "02/12/2026" in str(days[0]) and "22/11/2026" in str(days[0])
    assert live_questions.day_sentence(tab.workspace.live.session_day(uid)) == days[0]
    assert tab.workspace.live.open_live_session() is None  # nothing was opened


def test_live_mode_on_a_session_that_is_gone_says_so(qtbot, tab, monkeypatch) -> None:
    """The session was deleted meanwhile: a message, no live window, nothing marked open."""
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    uid = _select(tab, "Infosessie")
    tab.workspace.sessions.delete_session(uid)
    assert tab.open_live(uid, ask_day=False) is None
    assert warned and tab.workspace.live.open_live_session() is None


def test_sessions_of_phases_not_booked_are_greyed_and_named(qtbot, workspace) -> None:
    """Leiestreek booked Fase 1 only: the sessions of the later phases are listed as planned
    but 'not booked', in the quiet colour, and the booked ones as usual."""
    tab = SessionsTab()
    qtbot.addWidget(tab)
    tab.set_workspace(workspace)
    uid = next(t.uid for t in workspace.trajectories.trajectories() if t.name.startswith("Gez"))
    tab.show_trajectory(uid)
    rows = [tab.model.row_at(n) for n in range(tab.model.rowCount())]
    assert {r.booked for r in rows} == {True, False}
    for number, row in enumerate(rows):
        title = tab.model.data(tab.model.index(number, 1))
        colour = tab.model.data(tab.model.index(number, 0), Qt.ItemDataRole.ForegroundRole)
        if row.booked:
            assert title == row.title and colour is None
        else:
            assert title == f"{row.title} (not booked)" and colour is not None
