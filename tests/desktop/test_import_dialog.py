"""The import dialog as a coach uses it: read, map, preview with problems, fix, import, undo."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.people.import_dialog import MAPPING, PREVIEW, RESULT, ImportDialog, start_import
from desktop.people.import_models import ProblemTableModel, SuggestionTableModel
from models.people.importing.headers import Field
from models.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
DATA = Path(__file__).resolve().parents[1] / "data" / "import"
XLSX = DATA / "inschrijvingen_titels_samengevoegd.xlsx"


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
    assert "8 new people added." in dialog.result_page.summary.text()
    names = {p.name for p in workspace.people.people_list()}
    assert "Nina Naamloos" in names and "Karel Janssens" not in names
    with qtbot.waitSignal(dialog.undone):
        dialog.result_page.undo.click()
    assert workspace.people.people_list() == []
    assert "8 people removed." in dialog.result_page.summary.text()


def test_accepting_a_suggestion_merges_the_rows(qtbot, workspace) -> None:
    dialog = _open(qtbot, workspace)
    dialog.next_button.click()
    _wait_page(qtbot, dialog, PREVIEW)
    before = len(dialog._preview.people)
    suggestions = dialog.preview.suggestions
    suggestions.setData(
        suggestions.index(0, SuggestionTableModel.SAME),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
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
    assert dialog.cancel_button.text().replace("&", "") == "Close"
    assert workspace.people.people_list() == []


def test_import_for_a_session_registers(qtbot, workspace) -> None:
    workspace.demo.fill_demo_data(date(2026, 11, 22))
    session = workspace.sessions.all_sessions()[0]
    dialog = _open(qtbot, workspace, DATA / "aanwezigen_oud.xls", session.uid)
    dialog.next_button.click()
    _wait_page(qtbot, dialog, PREVIEW)
    dialog.next_button.click()
    _wait_page(qtbot, dialog, RESULT)
    assert "2 people registered for the session." in dialog.result_page.summary.text()


def test_cancel_while_reading_closes_without_writing(qtbot, workspace) -> None:
    dialog = ImportDialog(workspace, XLSX)
    qtbot.addWidget(dialog)
    dialog.open()
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        dialog.start()
        dialog.cancel_button.click()
    assert workspace.people.people_list() == []


def test_problem_model_passes_the_model_tester(qtmodeltester) -> None:
    from desktop.people.import_models import ProblemLine, SuggestionLine

    model = ProblemTableModel()
    model.set_rows([ProblemLine((0, 3), "", 3, "email", "x", "y", False, False)])
    qtmodeltester.check(model)
    suggestions = SuggestionTableModel()
    suggestions.set_rows(
        [SuggestionLine((0, 3), "3", "Jan\nj@x.be", "person:u", "Jan\nk@x.be", "why", True, False)]
    )
    qtmodeltester.check(suggestions)


def test_a_reader_that_aborts_leaves_the_window_open_with_a_message(
    qtbot, workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reading child dies of SIGABRT (as calamine does): the dialog says what to do."""
    import sys

    from models.people.importing import sandbox

    monkeypatch.setattr(
        sandbox, "child_command", lambda: [sys.executable, "-c", "import os; os.abort()"]
    )
    dialog = start_import(None, workspace, XLSX)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog._task is None and dialog.busy.message.text() != "")
    message = dialog.busy.message.text()
    assert XLSX.name in message and "could not be read" in message and "CSV" in message
    assert dialog.isVisible() and dialog.cancel_button.text().replace("&", "") == "Close"
    assert workspace.people.people_list() == []


def test_a_hostile_file_gives_its_reason(qtbot, workspace, tmp_path: Path) -> None:
    from tests import hostile_files

    path = tmp_path / "bom.ods"
    path.write_bytes(hostile_files.ods_repeat_bomb())
    dialog = start_import(None, workspace, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog._task is None and dialog.busy.message.text() != "")
    assert "too big" in dialog.busy.message.text() and dialog.isVisible()


def test_near_duplicates_side_by_side_and_only_the_likely_one_ticked(
    qtbot, workspace, tmp_path: Path
) -> None:
    """Same name and place but another e-mail: both kept, shown side by side; same name and
    place with nothing in conflict: ticked, and unticking keeps both."""
    path = tmp_path / "lijst.csv"
    path.write_text(
        "Voornaam;Naam;E-mail;GSM;Postcode\n"
        "Jan;Peeters;jan@telenet.be;0470112233;8500\n"
        "Jan;Peeters;jan.peeters@gmail.com;0486998877;8500\n"
        "Els;Smet;els@x.be;;8500\n"
        "Els;Smet;;0470556677;8500\n",
        encoding="utf-8",
    )
    dialog = _open(qtbot, workspace, path)
    dialog.next_button.click()
    _wait_page(qtbot, dialog, PREVIEW)
    model = dialog.preview.suggestions
    lines = {model.line(r).key: model.line(r) for r in range(model.rowCount())}
    jan, els = lines[(0, 3)], lines[(0, 5)]
    assert jan.conflict and not jan.accepted and "Possibly the same person" in jan.reason
    assert "jan.peeters@gmail.com" in jan.mine and "jan@telenet.be" in jan.theirs
    assert not els.conflict and els.accepted
    assert len(dialog._preview.people) == 3
    assert dialog.preview.tabs.currentIndex() == 1  # the possible duplicates are shown first
    row = next(r for r in range(model.rowCount()) if model.line(r).key == (0, 5))
    model.setData(
        model.index(row, SuggestionTableModel.SAME),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    _wait_page(qtbot, dialog, PREVIEW)
    assert len(dialog._preview.people) == 4
    assert "4 rows read" in dialog.preview.summary.text()


def test_the_mapping_step_says_which_column_was_chosen_by_its_values(
    qtbot, workspace, tmp_path: Path
) -> None:
    path = tmp_path / "formulier.csv"
    path.write_text(
        "E-mail;Voornaam;Naam;E-mailadres\nanonymous;Jan;Peeters;jan@x.be\n", encoding="utf-8"
    )
    dialog = _open(qtbot, workspace, path)
    assert dialog.mapping.box(0, "E-mail").currentData() == Field.IGNORE.value
    assert dialog.mapping.box(0, "E-mailadres").currentData() == Field.EMAIL.value
    assert "Left out" in dialog.mapping.note("E-mail")
    assert "Chosen by its values: 1 of 1" in dialog.mapping.note("E-mailadres")


def test_after_a_refused_file_another_one_can_be_chosen(qtbot, workspace, tmp_path: Path) -> None:
    """The coach picked a PDF by mistake: the same dialog reads the right file next."""
    wrong = tmp_path / "deelnemers.xlsx"
    wrong.write_bytes(b"%PDF-1.4\n%%EOF\n")
    dialog = start_import(None, workspace, wrong)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog._task is None and dialog.busy.message.text() != "")
    assert "looks like a PDF" in dialog.busy.message.text()
    assert dialog.busy.another.isVisibleTo(dialog)
    dialog.open_file(XLSX)
    _wait_page(qtbot, dialog, MAPPING)
    assert dialog.mapping.tabs.count() == 2 and not dialog.busy.another.isVisibleTo(dialog)
