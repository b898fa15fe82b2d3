"""The import dialog as a coach uses it: read, map, preview with problems, fix, import, undo."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.people.import_dialog import MAPPING, PREVIEW, RESULT, ImportDialog, start_import
from desktop.people.import_models import ProblemTableModel
from models.people.importing.headers import Field
from models.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
DATA = Path(__file__).resolve().parents[1] / "data" / "import"
XLSX = DATA / "inschrijvingen_titels_samengevoegd.xlsx"


class Workspace(Workspace):
    pass


@pytest.fixture
def workspace(db_path: Path):
    opened = Workspace.open(db_path)
    yield opened
    opened.close()


def _wait_page(qtbot, dialog: ImportDialog, page: int) -> None:
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == page and dialog._task is None)


def _open(qtbot, workspace, path: Path = XLSX, session_uid: str | None = None) -> ImportDialog:
    dialog = start_import(None, workspace, path, session_uid)
    qtbot.addWidget(dialog)
    _wait_page(qtbot, dialog, MAPPING)
    return dialog


def test_mapping_preview_fix_import_and_undo(qtbot, workspace) -> None:
    """The whole path; the result can be undone from the last page."""
    dialog = _open(qtbot, workspace)
    assert dialog.mapping.tabs.count() == 2
    assert dialog.mapping.box(0, "GSM").currentData() == Field.PHONE.value
    dialog.next_button.click()
    _wait_page(qtbot, dialog, PREVIEW)
    problems = dialog.preview.problems
    rows = {(problems.line(r).row, problems.line(r).field): r for r in range(problems.rowCount())}
    assert (13, "name") in rows and (12, "email") in rows
    assert "Problems (5)" in dialog.preview.tabs.tabText(0)
    # Fix the row without a name in place, skip Karel's row.
    name_index = problems.index(rows[(13, "name")], ProblemTableModel.VALUE)
    problems.setData(name_index, "Nina Naamloos", Qt.ItemDataRole.EditRole)
    _wait_page(qtbot, dialog, PREVIEW)
    rows = {(problems.line(r).row, problems.line(r).field): r for r in range(problems.rowCount())}
    assert (13, "name") not in rows
    skip_index = problems.index(rows[(12, "email")], ProblemTableModel.SKIP)
    problems.setData(skip_index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    _wait_page(qtbot, dialog, PREVIEW)
    assert dialog._preview.skipped == 1
    # Véronique / Veronique Maes is offered as one person, not merged.
    suggestions = dialog.preview.suggestions
    assert suggestions.rowCount() == 1
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        dialog.next_button.click()
    _wait_page(qtbot, dialog, RESULT)
    assert "8 new people added." in dialog.result.summary.text()
    names = {p.name for p in workspace.people.people_list()}
    assert "Nina Naamloos" in names and "Karel Janssens" not in names
    with qtbot.waitSignal(dialog.undone):
        dialog.result.undo.click()
    assert workspace.people.people_list() == []
    assert "8 people removed." in dialog.result.summary.text()


def test_accepting_a_suggestion_merges_the_rows(qtbot, workspace) -> None:
    dialog = _open(qtbot, workspace)
    dialog.next_button.click()
    _wait_page(qtbot, dialog, PREVIEW)
    before = len(dialog._preview.people)
    suggestions = dialog.preview.suggestions
    suggestions.setData(
        suggestions.index(0, 3), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    _wait_page(qtbot, dialog, PREVIEW)
    assert len(dialog._preview.people) == before - 1


def test_changed_mapping_is_used(qtbot, workspace) -> None:
    dialog = _open(qtbot, workspace)
    box = dialog.mapping.box(0, "Vereniging")
    box.setCurrentIndex(box.findData(Field.IGNORE.value))
    dialog.next_button.click()
    _wait_page(qtbot, dialog, PREVIEW)
    assert all(p.values.organisation != "Fietsersbond" for p in dialog._preview.people)


def test_bad_file_shows_the_reason_and_writes_nothing(qtbot, workspace, tmp_path: Path) -> None:
    bad = tmp_path / "kapot.xlsx"
    bad.write_bytes(b"PK\x03\x04 niet echt")
    dialog = start_import(None, workspace, bad)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog._task is None and dialog.busy.message.text() != "")
    assert "incomplete" in dialog.busy.message.text() and "kapot.xlsx" in dialog.busy.message.text()
    assert dialog.cancel_button.text() == "Close"
    assert workspace.people.people_list() == []


def test_import_for_a_session_registers(qtbot, workspace) -> None:
    workspace.demo.fill_demo_data(date(2026, 11, 22))
    session = workspace.sessions.all_sessions()[0]
    dialog = _open(qtbot, workspace, DATA / "aanwezigen_oud.xls", session.uid)
    dialog.next_button.click()
    _wait_page(qtbot, dialog, PREVIEW)
    dialog.next_button.click()
    _wait_page(qtbot, dialog, RESULT)
    assert "2 people registered for the session." in dialog.result.summary.text()


def test_cancel_while_reading_closes_without_writing(qtbot, workspace) -> None:
    dialog = ImportDialog(workspace, XLSX)
    qtbot.addWidget(dialog)
    dialog.open()
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        dialog.start()
        dialog.cancel_button.click()
    assert workspace.people.people_list() == []


def test_problem_model_passes_the_model_tester(qtmodeltester) -> None:
    from desktop.people.import_models import ProblemLine, SuggestionLine, SuggestionTableModel

    model = ProblemTableModel()
    model.set_rows([ProblemLine((0, 3), "", 3, "email", "x", "y", False, False)])
    qtmodeltester.check(model)
    suggestions = SuggestionTableModel()
    suggestions.set_rows([SuggestionLine((0, 3), "3 Jan", "person:u", "Jan", "why", False)])
    qtmodeltester.check(suggestions)
