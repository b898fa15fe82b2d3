"""Typing paper forms in: only the answer keys plus one Enter per form, errors at their question."""

import pytest
from PySide6.QtCore import Qt

from desktop.evaluation.entry import EvaluationEntry
from models.evaluation.dto import QuestionDraft
from models.workspace import Workspace
from tests.factories import herent_kickoff


@pytest.fixture
def workspace(database) -> Workspace:
    return Workspace(database)


def _form(workspace: Workspace) -> str:
    """The Klimaatdoeners work-session form made into 10 questions, the text one last:
    4 scales, yes/no, single choice, 3 more scales, 'Wat kan beter?'."""
    session_uid, _ = herent_kickoff(workspace)
    form_uid = workspace.evaluation.create_session_form(session_uid)
    questions = {q.key: q.uid for q in workspace.evaluation.evaluation_form(form_uid).questions}
    workspace.evaluation.remove_evaluation_question(questions["positief"])
    after = questions["samenwerkingstool"]
    for text in ("Hoe was de zaal?", "Hoe was het eten?", "Kom je terug?"):
        draft = QuestionDraft("Praktisch", text, "scale", (), 1, 5, "Slecht", "Goed")
        after = workspace.evaluation.add_evaluation_question(form_uid, draft, after)
    kinds = [q.kind for q in workspace.evaluation.evaluation_form(form_uid).questions]
    assert kinds == ["scale"] * 4 + ["yes_no", "single_choice"] + ["scale"] * 3 + ["long_text"]
    return form_uid


@pytest.fixture
def entry(qtbot, workspace: Workspace) -> tuple[EvaluationEntry, str]:
    form_uid = _form(workspace)
    view = EvaluationEntry()
    qtbot.addWidget(view)
    view.set_workspace(workspace)
    view.resize(1200, 500)
    view.show_form(workspace.evaluation.evaluation_form(form_uid))
    return view, form_uid


def test_the_entry_model_passes_the_qt_model_tester(qtmodeltester, entry) -> None:
    """The grid's model (saved rows plus the new row) behaves as Qt's views expect."""
    view, _ = entry
    qtmodeltester.check(view.model)


def test_twenty_forms_of_ten_questions_take_the_answer_keys_plus_one_per_form(
    qtbot, entry, workspace: Workspace
) -> None:
    """20 paper forms: every key is an answer, except exactly one Enter per form."""
    view, form_uid = entry
    grid = view.grid
    presses = 0
    answer_keys = 0

    def type_text(text: str) -> None:
        nonlocal presses
        for char in text:
            qtbot.keyClicks(grid, char)
            presses += 1

    expected = []
    for number in range(20):
        digits = [str((number + q) % 5 + 1) for q in range(4)]
        digits += ["1" if number % 3 else "2", str(number % 4 + 1)]
        digits += [str((number * 2 + q) % 5 + 1) for q in range(3)]
        remark = "" if number % 4 == 0 else f"Opmerking {number}"
        for digit in digits:
            type_text(digit)
        type_text(remark)
        answer_keys += len(digits) + len(remark)
        qtbot.keyClick(grid, Qt.Key.Key_Return)
        presses += 1
        expected.append((digits, remark))
    assert presses == answer_keys + 20
    rows = workspace.evaluation.evaluation_responses(form_uid)
    assert len(rows) == 20
    results = workspace.evaluation.evaluation_results(form_uid)
    first_scale = results.questions[0]
    assert first_scale.answered == 20
    assert first_scale.mean == pytest.approx(sum(int(d[0][0]) for d in expected) / 20)
    yes_no = results.questions[4]
    assert [b.count for b in yes_no.bars] == [
        sum(1 for n in range(20) if n % 3),
        sum(1 for n in range(20) if not n % 3),
    ]
    last = results.questions[9]
    assert last.open_answers == tuple(r for _, r in expected if r)
    assert view.grid.currentIndex().row() == 20 and view.grid.currentIndex().column() == 0


def test_a_digit_outside_the_scale_is_refused_in_place(
    qtbot, entry, workspace: Workspace, dutch_ui
) -> None:
    """A 7 on a 1-5 scale shows why, fills nothing and stays on the question."""
    view, _ = entry
    qtbot.keyClicks(view.grid, "7")
    assert view.model.draft[0] == ""
    assert view.grid.currentIndex().column() == 0
    assert "buiten de schaal van 1 tot 5" in view.message.text()
    qtbot.keyClicks(view.grid, "4")
    assert view.model.draft[0] == "4" and view.message.text() == ""
    assert view.grid.currentIndex().column() == 1


def test_enter_on_an_empty_form_stores_nothing(
    qtbot, entry, workspace: Workspace, dutch_ui
) -> None:
    """An empty row: a message to type an answer or skip, and no response."""
    view, form_uid = entry
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    assert "leeg" in view.message.text()
    assert workspace.evaluation.evaluation_responses(form_uid) == []


def test_tab_skips_shift_tab_goes_back_and_backspace_clears(qtbot, entry, workspace) -> None:
    """Tab leaves a question empty, Shift+Tab returns, Backspace removes the answer."""
    view, form_uid = entry
    grid = view.grid
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    qtbot.keyClicks(grid, "3")
    assert view.model.draft[:2] == ["", "3"] and grid.currentIndex().column() == 2
    qtbot.keyClick(grid, Qt.Key.Key_Backtab)
    qtbot.keyClick(grid, Qt.Key.Key_Backspace)
    assert view.model.draft[1] == ""
    qtbot.keyClicks(grid, "5")
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    [row] = workspace.evaluation.evaluation_responses(form_uid)
    assert row.values[:2] == ("", "5")


def test_multiple_choice_digits_toggle_until_tab(qtbot, workspace: Workspace) -> None:
    """In a multiple choice '1', '3', '1' leaves only option 3; Tab moves on."""
    form_uid = _form(workspace)
    draft = QuestionDraft("", "Wat heb je nodig?", "multiple_choice", ("Budget", "Zaal", "Hulp"))
    workspace.evaluation.add_evaluation_question(form_uid, draft, None)
    view = EvaluationEntry()
    qtbot.addWidget(view)
    view.set_workspace(workspace)
    view.show_form(workspace.evaluation.evaluation_form(form_uid))
    view.grid.go_to_draft(10)
    for digit in "131":
        qtbot.keyClicks(view.grid, digit)
    assert view.model.draft[10] == "3" and view.grid.currentIndex().column() == 10
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    assert workspace.evaluation.evaluation_responses(form_uid)[0].values[10] == "Hulp"


def test_the_question_being_typed_is_shown_in_full_with_its_keys(qtbot, entry) -> None:
    """The header is cut short; the line above the grid says the whole question and its keys."""
    view, _ = entry
    first = view.model.questions[0]
    assert view.question.text().startswith(f"1. {first.text}")
    qtbot.keyClick(view.grid, Qt.Key.Key_4)  # a scale answered: on to the next question
    qtbot.keyClick(view.grid, Qt.Key.Key_4)
    qtbot.keyClick(view.grid, Qt.Key.Key_4)
    qtbot.keyClick(view.grid, Qt.Key.Key_4)
    yes_no = view.model.questions[4]
    assert view.question.text() == f"5. {yes_no.text}   (1 = yes, 2 = no)"
    qtbot.keyClick(view.grid, Qt.Key.Key_1)
    choice = view.model.questions[5]
    assert f"1 = {choice.options[0].label}" in view.question.text()
    view.grid.go_to_draft(6)
    assert "(1 = Slecht … 5 = Goed)" in view.question.text()
