"""Responses: bad input refused with a Dutch message and nothing stored; names only with consent."""

from datetime import date

import pytest
from sqlalchemy import select

from models.core.errors import UserError
from models.evaluation.dto import QuestionDTO
from models.evaluation.values import entry_text, parse_answer
from models.orm import Consent
from models.workspace import Workspace
from tests.dutch import dutch, raises_dutch
from tests.factories import herent_kickoff


@pytest.fixture
def workspace(database) -> Workspace:
    return Workspace(database)


@pytest.fixture
def form(workspace: Workspace) -> tuple[str, dict[str, str], str]:
    """A Kickoff form; returns its uid, question uids by key, and a person's uid."""
    planned_uid, person_uid = herent_kickoff(workspace, person=True)
    form_uid = workspace.evaluation.create_session_form(planned_uid)
    uids = {q.key: q.uid for q in workspace.evaluation.evaluation_form(form_uid).questions}
    return form_uid, uids, person_uid


def test_a_scale_answer_out_of_range_stores_nothing(workspace: Workspace, form) -> None:
    """Tevredenheid 7 on a 1-5 scale: the message names question 1 and the range; no response."""
    form_uid, uids, _ = form
    with pytest.raises(UserError) as caught:
        workspace.evaluation.add_evaluation_response(
            form_uid, {uids["tevredenheid"]: "7", uids["positief"]: "Top"}
        )
    assert caught.value.field == uids["tevredenheid"]
    assert "Vraag 1" in dutch(caught.value) and "van 1 tot 5" in dutch(caught.value)
    assert workspace.evaluation.evaluation_responses(form_uid) == []


@pytest.mark.parametrize(
    ("key", "typed", "says"),
    [
        ("tevredenheid", "0", "buiten de schaal"),
        ("tevredenheid", "vier", "geen getal"),
        ("actiegroep", "misschien", "geen ja of nee"),
        ("samenwerkingstool", "7", "geen optie 7"),
        ("samenwerkingstool", "dikwijls", "geen van de opties"),
        ("positief", "x" * 4001, "korter dan 4000"),
    ],
)
def test_each_bad_answer_says_what_to_type(workspace: Workspace, form, key, typed, says) -> None:
    """Words for numbers, unknown options and overlong text are refused at their question."""
    form_uid, uids, _ = form
    with raises_dutch(says) as caught:
        workspace.evaluation.add_evaluation_response(form_uid, {uids[key]: typed})
    assert caught.value.field == uids[key]
    assert workspace.evaluation.evaluation_responses(form_uid) == []


def test_an_empty_kiosk_submission_is_refused(workspace: Workspace, form) -> None:
    """Nothing answered (or only spaces) in kiosk mode: asked to answer a question first."""
    form_uid, uids, _ = form
    with raises_dutch("nog geen enkele vraag beantwoord"):
        workspace.evaluation.add_evaluation_response(form_uid, {uids["positief"]: "   "}, "kiosk")
    with raises_dutch("formulier is leeg"):
        workspace.evaluation.add_evaluation_response(form_uid, {}, "paper")
    assert workspace.evaluation.evaluation_responses(form_uid) == []


def test_a_name_needs_consent_which_is_then_recorded(workspace: Workspace, form) -> None:
    """A person without consent is refused; with consent the response and a Consent are kept."""
    form_uid, uids, person_uid = form
    answers = {uids["tevredenheid"]: 5}
    with raises_dutch("akkoord") as caught:
        workspace.evaluation.add_evaluation_response(
            form_uid, answers, "kiosk", person_uid=person_uid
        )
    assert caught.value.field == "person"
    assert workspace.evaluation.evaluation_responses(form_uid) == []
    workspace.evaluation.add_evaluation_response(
        form_uid, answers, "kiosk", person_uid=person_uid, consent=True, today=date(2026, 3, 10)
    )
    [row] = workspace.evaluation.evaluation_responses(form_uid)
    assert (row.person, row.channel, row.session_title) == ("An Peeters", "kiosk", "Kickoff")
    with workspace.database.session_factory() as session:
        [consent] = session.scalars(select(Consent)).all()
        assert consent.purposes == ["evaluatie"] and consent.given_on == date(2026, 3, 10)


def test_anonymous_by_default(workspace: Workspace, form) -> None:
    """A response without a person has no name and creates no consent."""
    form_uid, uids, _ = form
    workspace.evaluation.add_evaluation_response(form_uid, {uids["actiegroep"]: "j"}, "kiosk")
    [row] = workspace.evaluation.evaluation_responses(form_uid)
    assert row.person == "" and row.values[4] == "ja"
    with workspace.database.session_factory() as session:
        assert session.scalars(select(Consent)).all() == []


def test_an_answer_to_a_question_no_longer_on_the_form_stores_nothing(
    workspace: Workspace, form
) -> None:
    """The kiosk showed a question the coach removed meanwhile: refused, nothing stored."""
    form_uid, uids, _ = form
    workspace.evaluation.remove_evaluation_question(uids["expertise"])
    with raises_dutch("intussen gewijzigd"):
        workspace.evaluation.add_evaluation_response(
            form_uid, {uids["expertise"]: 3, uids["tevredenheid"]: 4}
        )
    assert workspace.evaluation.evaluation_responses(form_uid) == []


def test_deleting_a_response(workspace: Workspace, form) -> None:
    """A response typed in by mistake can be deleted with its answers."""
    form_uid, uids, _ = form
    uid = workspace.evaluation.add_evaluation_response(form_uid, {uids["tevredenheid"]: 3})
    workspace.evaluation.delete_evaluation_response(uid)
    assert workspace.evaluation.evaluation_results(form_uid).responses == 0
    with pytest.raises(UserError):
        workspace.evaluation.delete_evaluation_response(uid)


def test_keyboard_codes_and_typed_values_mean_the_same() -> None:
    """'1'/'j'/True are yes, '2'/'n'/False no; option numbers and keys pick the same option."""
    from models.evaluation.dto import OptionDTO

    yes_no = QuestionDTO("y", 1, "", "k", "Ja?", "yes_no")
    assert [parse_answer(yes_no, v) for v in ("1", "j", "Ja", True)] == [True] * 4
    assert [parse_answer(yes_no, v) for v in ("2", "n", "nee", False)] == [False] * 4
    options = (OptionDTO("a", "A"), OptionDTO("b", "B"), OptionDTO("c", "C"))
    multi = QuestionDTO("m", 2, "", "m", "Welke?", "multiple_choice", options)
    assert parse_answer(multi, "31") == parse_answer(multi, ["c", "a"]) == ["a", "c"]
    assert entry_text(multi, ["a", "c"]) == "13"
    single = QuestionDTO("s", 3, "", "s", "Eén?", "single_choice", options)
    assert parse_answer(single, "2") == parse_answer(single, 2) == parse_answer(single, "b") == "b"
    assert parse_answer(single, "") is None and parse_answer(multi, []) is None
