"""Forms copied from the programme and edited in the app; answers survive every edit."""

from datetime import datetime

import pytest

from models.core.enums import SessionKind
from models.core.errors import UserError
from models.evaluation.dto import QuestionDraft
from models.orm import Trajectory, TrajectorySession
from models.workspace import Workspace
from tests.dutch import dutch_phrase, raises_dutch


@pytest.fixture
def workspace(database) -> Workspace:
    return Workspace(database)


def _setup(
    workspace: Workspace,
    kind: SessionKind = SessionKind.WORK_SESSION,
    template: str | None = "kickoff",
) -> tuple[str, str]:
    with workspace.database.session_factory.begin() as session:
        trajectory = Trajectory(name="Herent", programme_key="klimaatdoeners", programme_version=1)
        session.add(trajectory)
        session.flush()
        planned = TrajectorySession(
            trajectory_uid=trajectory.uid,
            template_key=template,
            kind=kind,
            title="Kickoff",
            starts_at=datetime(2026, 3, 10, 19, 30),
        )
        session.add(planned)
        session.flush()
        return str(trajectory.uid), str(planned.uid)


def test_a_session_form_is_copied_from_the_programme_once(workspace: Workspace) -> None:
    """The Kickoff gets the work-session form, numbered 1..8; asking again gives the same form."""
    trajectory, session_uid = _setup(workspace)
    overview = workspace.evaluation.evaluation_overview(trajectory)
    assert [c.title for c in overview.sessions_without_form] == ["Kickoff"]
    assert overview.end_form_title.startswith("Evaluatie en verankering")
    form_uid = workspace.evaluation.create_session_form(session_uid)
    assert workspace.evaluation.create_session_form(session_uid) == form_uid
    form = workspace.evaluation.evaluation_form(form_uid)
    assert form.title == "Evaluatie werksessie Klimaatdoeners"
    assert [q.number for q in form.questions] == list(range(1, 9))
    assert [s for s, _ in form.sections()] == ["De werksessie", "Jouw actie"]
    overview = workspace.evaluation.evaluation_overview(trajectory)
    assert overview.sessions_without_form == ()
    assert overview.forms[0].target == "Kickoff" and overview.forms[0].question_count == 8


def test_the_end_form_is_made_once_per_trajectory(workspace: Workspace) -> None:
    """The end-of-trajectory form is listed after the sessions and offered no more."""
    trajectory, session_uid = _setup(workspace)
    workspace.evaluation.create_session_form(session_uid)
    end = workspace.evaluation.create_end_form(trajectory)
    assert workspace.evaluation.create_end_form(trajectory) == end
    overview = workspace.evaluation.evaluation_overview(trajectory)
    assert [(f.target, f.session_uid is None) for f in overview.forms] == [
        ("Kickoff", False),
        ("", True),  # the screen names it "End of the trajectory" in its own language
    ]
    assert overview.end_form_title == ""


def test_a_session_without_a_matching_form_is_explained(workspace: Workspace) -> None:
    """A press moment has no form in Klimaatdoeners: a Dutch message lists what exists."""
    _, session_uid = _setup(workspace, SessionKind.PRESS_MOMENT, None)
    with raises_dutch("Er is geen evaluatieformulier voor de bijeenkomst"):
        workspace.evaluation.create_session_form(session_uid)
    # The coach may still pick a form of the programme by hand.
    form_uid = workspace.evaluation.create_session_form(session_uid, "werksessie")
    assert workspace.evaluation.evaluation_form(form_uid).template_key == "werksessie"


def _answered_form(workspace: Workspace) -> tuple[str, dict[str, str]]:
    _, session_uid = _setup(workspace)
    form_uid = workspace.evaluation.create_session_form(session_uid)
    uids = {q.key: q.uid for q in workspace.evaluation.evaluation_form(form_uid).questions}
    workspace.evaluation.add_evaluation_response(
        form_uid, {uids["tevredenheid"]: 4, uids["samenwerkingstool"]: "soms", uids["beter"]: "Ok"}
    )
    return form_uid, uids


def test_rewording_an_answered_question_changes_it_in_place(workspace: Workspace) -> None:
    """New wording and an extra option: same question, answers still count under it."""
    form_uid, uids = _answered_form(workspace)
    draft = QuestionDraft(
        "Jouw actie",
        "Gebruik je de samenwerkingstool?",
        "single_choice",
        ("Ja, vaak", "Soms", "Nog niet", "Ik ken hem niet", "Liever op papier"),
    )
    change = workspace.evaluation.update_evaluation_question(uids["samenwerkingstool"], draft)
    assert (change.outcome, change.question_uid) == ("changed", uids["samenwerkingstool"])
    result = next(
        q
        for q in workspace.evaluation.evaluation_results(form_uid).questions
        if q.key == "samenwerkingstool"
    )
    assert result.text == "Gebruik je de samenwerkingstool?"
    assert [b.count for b in result.bars] == [0, 1, 0, 0, 0]


def test_retyping_an_answered_question_retires_it_and_keeps_its_answers(
    workspace: Workspace,
) -> None:
    """A scale turned into yes/no: a new question; the old answers stay with the old one."""
    form_uid, uids = _answered_form(workspace)
    draft = QuestionDraft("De werksessie", "Was je tevreden?", "yes_no")
    change = workspace.evaluation.update_evaluation_question(uids["tevredenheid"], draft)
    assert change.outcome == "replaced" and change.question_uid != uids["tevredenheid"]
    assert "De vraag had al 1 antwoorden." in dutch_phrase(change.message)
    form = workspace.evaluation.evaluation_form(form_uid)
    assert form.questions[0].text == "Was je tevreden?" and form.questions[0].answer_count == 0
    assert [q.uid for q in form.retired] == [uids["tevredenheid"]]
    results = workspace.evaluation.evaluation_results(form_uid)
    assert results.questions[0].answered == 0  # never silently reassigned
    [earlier] = [q for q in results.earlier if q.retired]
    assert (earlier.text, earlier.mean) == ("Hoe tevreden ben je over deze werksessie?", 4.0)
    assert workspace.evaluation.evaluation_responses(form_uid)[0].values[0] == ""


def test_removing_answered_and_unanswered_questions(workspace: Workspace) -> None:
    """An answered question is retired (answers kept), an unanswered one deleted."""
    form_uid, uids = _answered_form(workspace)
    assert workspace.evaluation.remove_evaluation_question(uids["beter"]).outcome == "retired"
    assert workspace.evaluation.remove_evaluation_question(uids["expertise"]).outcome == "deleted"
    form = workspace.evaluation.evaluation_form(form_uid)
    assert [q.key for q in form.questions][-1] == "positief"
    assert [q.number for q in form.questions] == list(range(1, 7))
    table = workspace.evaluation.evaluation_raw_table(form_uid)
    assert table.header[-1] == "(vervallen) Wat kan beter?"
    assert table.rows[0][-1] == "Ok"
    earlier = workspace.evaluation.evaluation_results(form_uid).earlier
    assert [q.open_answers for q in earlier] == [("Ok",)]


def test_adding_and_moving_questions(workspace: Workspace) -> None:
    """A new question after question 1 becomes number 2; moving it up makes it number 1."""
    _, session_uid = _setup(workspace)
    form_uid = workspace.evaluation.create_session_form(session_uid)
    first = workspace.evaluation.evaluation_form(form_uid).questions[0]
    draft = QuestionDraft(
        "De werksessie", "Hoe vond je de zaal?", "scale", (), 1, 5, "Slecht", "Goed"
    )
    new_uid = workspace.evaluation.add_evaluation_question(form_uid, draft, first.uid)
    form = workspace.evaluation.evaluation_form(form_uid)
    assert form.questions[1].uid == new_uid and form.questions[1].key == "hoe_vond_je_de_zaal"
    workspace.evaluation.move_evaluation_question(new_uid, -1)
    assert workspace.evaluation.evaluation_form(form_uid).questions[0].uid == new_uid
    workspace.evaluation.move_evaluation_question(new_uid, -5)  # already first: stays
    assert workspace.evaluation.evaluation_form(form_uid).questions[0].uid == new_uid


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (QuestionDraft("", "  ", "scale"), "text"),
        (QuestionDraft("", "Kies", "single_choice", ("Enige optie",)), "options"),
        (QuestionDraft("", "Kies", "single_choice", ("A", "a")), "options"),
        (QuestionDraft("", "Schaal", "scale", (), 1, 10), "scale"),
        (QuestionDraft("", "Schaal", "scale", (), 5, 5), "scale"),
        (QuestionDraft("", "Vraag", "slider"), "kind"),
    ],
)
def test_a_bad_question_is_refused_with_its_field(
    workspace: Workspace, draft: QuestionDraft, field: str
) -> None:
    """Empty text, one option, twice the same option, a 1-10 scale, an unknown kind."""
    _, session_uid = _setup(workspace)
    form_uid = workspace.evaluation.create_session_form(session_uid)
    before = workspace.evaluation.evaluation_form(form_uid)
    with pytest.raises(UserError) as caught:
        workspace.evaluation.add_evaluation_question(form_uid, draft)
    assert caught.value.field == field
    assert workspace.evaluation.evaluation_form(form_uid) == before
