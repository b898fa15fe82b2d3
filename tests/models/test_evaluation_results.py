"""Results of a form checked against hand-computed values: empty answers, multiple choice totals."""

from datetime import datetime

import pytest

from models.core.enums import ComparisonKind, SessionKind
from models.evaluation.dto import OptionDTO, QuestionDTO
from models.evaluation.results import question_result
from models.orm import Trajectory, TrajectorySession
from models.workspace import Workspace


def _trajectory(workspace: Workspace, name: str, sessions: int) -> tuple[str, list[str]]:
    with workspace.database.session_factory.begin() as session:
        trajectory = Trajectory(name=name, programme_key="klimaatdoeners", programme_version=1)
        session.add(trajectory)
        session.flush()
        planned = []
        for index, key in enumerate(("kickoff", "pick_n_choose", "hands_on")[:sessions]):
            row = TrajectorySession(
                trajectory_uid=trajectory.uid,
                template_key=key,
                kind=SessionKind.WORK_SESSION,
                title=key.replace("_", " ").title(),
                starts_at=datetime(2026, 3 + index, 10, 19, 30),
            )
            session.add(row)
            planned.append(row)
        session.flush()
        return str(trajectory.uid), [str(p.uid) for p in planned]


@pytest.fixture
def workspace(database) -> Workspace:
    return Workspace(database)


def _fill(workspace: Workspace, form_uid: str, rows: list[dict[str, object]]) -> None:
    """rows by question key; the keys are looked up on the form."""
    form = workspace.evaluation.evaluation_form(form_uid)
    uids = {q.key: q.uid for q in form.questions}
    for row in rows:
        workspace.evaluation.add_evaluation_response(form_uid, {uids[k]: v for k, v in row.items()})


# The Klimaatdoeners work-session form: tevredenheid (scale), actiegroep (yes/no),
# samenwerkingstool (single choice), positief (long text). Five respondents:
FIVE = [
    {"tevredenheid": 5, "actiegroep": True, "samenwerkingstool": "vaak", "positief": "Top"},
    {"tevredenheid": 4, "actiegroep": True, "samenwerkingstool": "soms"},
    {"tevredenheid": 2, "actiegroep": False, "positief": "  "},
    {"doel_bereikt": 3},  # left everything else empty
    {"tevredenheid": 4, "samenwerkingstool": "soms", "positief": "Goede sfeer"},
]


def test_scale_counts_mean_and_median_leave_empty_answers_out(workspace: Workspace) -> None:
    """Tevredenheid 5, 4, 2, -, 4: answered 4, empty 1, mean 15/4 = 3.75, median 4."""
    _, sessions = _trajectory(workspace, "Herent", 1)
    form_uid = workspace.evaluation.create_session_form(sessions[0])
    _fill(workspace, form_uid, FIVE)
    results = workspace.evaluation.evaluation_results(form_uid)
    assert results.responses == 5
    scale = next(q for q in results.questions if q.key == "tevredenheid")
    assert (scale.answered, scale.empty) == (4, 1)
    assert scale.mean == pytest.approx(3.75)
    assert scale.median == 4.0
    assert [(b.label, b.count) for b in scale.bars] == [
        ("1", 0),
        ("2", 1),
        ("3", 0),
        ("4", 2),
        ("5", 1),
    ]
    assert [b.share for b in scale.bars] == [0.0, 0.25, 0.0, 0.5, 0.25]


def test_an_even_number_of_answers_has_the_middle_two_as_median(workspace: Workspace) -> None:
    """Doel bereikt 3 alone: mean = median = 3; an unanswered scale has no mean at all."""
    _, sessions = _trajectory(workspace, "Herent", 1)
    form_uid = workspace.evaluation.create_session_form(sessions[0])
    _fill(workspace, form_uid, FIVE)
    results = {q.key: q for q in workspace.evaluation.evaluation_results(form_uid).questions}
    assert (results["doel_bereikt"].mean, results["doel_bereikt"].median) == (3.0, 3.0)
    assert results["begeleiding"].answered == 0 and results["begeleiding"].mean is None
    question = QuestionDTO("q", 1, "", "s", "Schaal", "scale", scale_min=1, scale_max=5)
    even = question_result(question, [1, 2, 4, 5], 6)
    assert (even.mean, even.median, even.empty) == (3.0, 3.0, 2)


def test_yes_no_and_single_choice_distributions(workspace: Workspace) -> None:
    """Actiegroep: ja 2, nee 1 of 3 answered; samenwerkingstool: vaak 1, soms 2 of 3."""
    _, sessions = _trajectory(workspace, "Herent", 1)
    form_uid = workspace.evaluation.create_session_form(sessions[0])
    _fill(workspace, form_uid, FIVE)
    results = {q.key: q for q in workspace.evaluation.evaluation_results(form_uid).questions}
    yes_no = results["actiegroep"]
    assert [(b.label, b.count) for b in yes_no.bars] == [("ja", 2), ("nee", 1)]
    assert yes_no.empty == 2
    choice = results["samenwerkingstool"]
    assert [(b.label, b.count) for b in choice.bars] == [
        ("Ja, vaak", 1),
        ("Soms", 2),
        ("Nog niet", 0),
        ("Ik ken hem niet", 0),
    ]
    assert choice.bars[1].share == pytest.approx(2 / 3)


def test_open_answers_are_listed_and_blank_ones_are_empty(workspace: Workspace) -> None:
    """Positief: 'Top' and 'Goede sfeer'; the answer of only spaces counts as empty."""
    _, sessions = _trajectory(workspace, "Herent", 1)
    form_uid = workspace.evaluation.create_session_form(sessions[0])
    _fill(workspace, form_uid, FIVE)
    positief = next(
        q
        for q in workspace.evaluation.evaluation_results(form_uid).questions
        if q.key == "positief"
    )
    assert positief.open_answers == ("Top", "Goede sfeer")
    assert (positief.answered, positief.empty) == (2, 3)


def test_multiple_choice_counts_respondents_per_option_and_all_ticks() -> None:
    """Ticks {a,b}, {b}, {a,b,c}, none: a 2, b 3, c 1 of 3 answered; 6 ticks; 1 empty."""
    options = (OptionDTO("a", "Budget"), OptionDTO("b", "Logistiek"), OptionDTO("c", "Leden"))
    question = QuestionDTO("q", 3, "", "nodig", "Wat heb je nodig?", "multiple_choice", options)
    result = question_result(question, [["a", "b"], ["b"], ["a", "b", "c"]], 4)
    assert [(b.label, b.count) for b in result.bars] == [
        ("Budget", 2),
        ("Logistiek", 3),
        ("Leden", 1),
    ]
    assert result.ticks == 6
    assert (result.answered, result.empty) == (3, 1)
    assert [round(b.share, 4) for b in result.bars] == [0.6667, 1.0, 0.3333]


def test_multiple_choice_through_the_service(workspace: Workspace) -> None:
    """The end form's 'nodig': typed as option numbers '13', '3', '135' -> totals 2, 0, 3, 0, 1."""
    trajectory, _ = _trajectory(workspace, "Herent", 0)
    form_uid = workspace.evaluation.create_end_form(trajectory)
    form = workspace.evaluation.evaluation_form(form_uid)
    nodig = next(q for q in form.questions if q.key == "nodig")
    for typed in ("13", "3", "1 3 5"):
        workspace.evaluation.add_evaluation_response(form_uid, {nodig.uid: typed})
    workspace.evaluation.add_evaluation_response(form_uid, {form.questions[0].uid: "1"})
    result = next(
        q for q in workspace.evaluation.evaluation_results(form_uid).questions if q.key == "nodig"
    )
    assert [b.count for b in result.bars] == [2, 0, 3, 0, 1]
    assert (result.ticks, result.answered, result.empty) == (6, 3, 1)


def test_sessions_of_a_trajectory_are_compared_by_question(workspace: Workspace) -> None:
    """Kickoff (4, 2) against Pick'n Choose (5): means 3.0 and 5.0; % yes 50 and 100."""
    trajectory, sessions = _trajectory(workspace, "Herent", 3)
    first, second = (workspace.evaluation.create_session_form(uid) for uid in sessions[:2])
    _fill(
        workspace,
        first,
        [{"tevredenheid": 4, "actiegroep": True}, {"tevredenheid": 2, "actiegroep": False}],
    )
    _fill(workspace, second, [{"tevredenheid": 5, "actiegroep": True}])
    workspace.evaluation.create_session_form(sessions[2])  # no responses yet: no column
    [sessions_compared] = workspace.evaluation.evaluation_comparisons(trajectory)
    assert [c.label for c in sessions_compared.columns] == ["Kickoff", "Pick N Choose"]
    rows = {r.key: r for r in sessions_compared.rows}
    assert rows["tevredenheid"].values == (3.0, 5.0)
    assert rows["tevredenheid"].counts == (2, 1)
    assert rows["actiegroep"].values == (50.0, 100.0)
    assert "doel_bereikt" not in rows  # nobody answered it anywhere


def test_trajectories_of_the_same_programme_are_compared(workspace: Workspace) -> None:
    """The work-session form pooled per trajectory: Herent (4, 2) = 3.0, Kortenberg (5) = 5.0."""
    herent, herent_sessions = _trajectory(workspace, "Herent", 2)
    _, other_sessions = _trajectory(workspace, "Kortenberg", 1)
    _fill(
        workspace,
        workspace.evaluation.create_session_form(herent_sessions[0]),
        [{"tevredenheid": 4}],
    )
    _fill(
        workspace,
        workspace.evaluation.create_session_form(herent_sessions[1]),
        [{"tevredenheid": 2}],
    )
    _fill(
        workspace,
        workspace.evaluation.create_session_form(other_sessions[0]),
        [{"tevredenheid": 5}],
    )
    comparisons = workspace.evaluation.evaluation_comparisons(herent)
    across = next(c for c in comparisons if c.kind == ComparisonKind.TRAJECTORIES)
    assert [c.label for c in across.columns] == ["Herent", "Kortenberg"]
    assert next(r for r in across.rows if r.key == "tevredenheid").values == (3.0, 5.0)
