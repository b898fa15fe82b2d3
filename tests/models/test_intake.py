"""The intake service: answers per kind, the conditions check, first-meeting notes and areas."""

import shutil
import tomllib
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from models.core.clock import FixedClock
from models.core.errors import UserError
from models.intake import answers as intake
from models.intake.values import Area, typed_answer
from models.orm import IntakeAnswer, Trajectory
from models.programmes import Programme
from models.trajectories.setup import ClientInput, NewTrajectory
from models.workspace import Workspace
from tests.demo import demo_name
from tests.dutch import dutch, raises_dutch

TODAY = date(2026, 11, 23)
NEW = "Autodelen Menen"
FIFTH = Path(__file__).parent / "data" / "programmes" / "fietsstraten.toml"


@pytest.fixture(scope="module")
def intake_demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, made once: each test works on its own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    workspace = Workspace.open(path, clock=FixedClock(TODAY))
    workspace.demo.fill_demo_data(TODAY)
    # A trajectory whose intake has only just begun (the demo ones are filled in).
    workspace.trajectories.create_trajectory(
        NewTrajectory("autodelen", "gemeente", (ClientInput(nis_code="34027"),), name=NEW)
    )
    workspace.close()
    return path


@pytest.fixture
def workspace(tmp_path: Path, intake_demo_file: Path) -> Iterator[Workspace]:
    path = tmp_path / "intake.sqlite"
    shutil.copyfile(intake_demo_file, path)
    workspace = Workspace.open(path, clock=FixedClock(TODAY))
    yield workspace
    workspace.close()


def _uid(workspace: Workspace, programme: str) -> str:
    """The new trajectory for autodelen; the demo one for the other programmes."""
    rows = workspace.trajectories.trajectories(TODAY)
    if programme == "autodelen":
        return next(row.uid for row in rows if row.name == NEW)
    return next(row.uid for row in rows if row.name == demo_name(programme))


@pytest.fixture
def fifth() -> Programme:
    """The minimal fifth programme, with one question of every kind and no area selection."""
    data = tomllib.loads(FIFTH.read_text(encoding="utf-8"))
    data["intake"]["sections"].append(
        {
            "key": "details",
            "title": "Details",
            "questions": [
                {"key": "straat", "text": "Welke straat?", "kind": "text"},
                {"key": "uitleg", "text": "Waarom?", "kind": "long_text"},
                {"key": "aantal", "text": "Hoeveel straten?", "kind": "number"},
                {"key": "bedrag", "text": "Welk budget?", "kind": "money"},
                {"key": "start", "text": "Wanneer?", "kind": "date"},
                {
                    "key": "type",
                    "text": "Welk type?",
                    "kind": "choice",
                    "options": [{"key": "as", "label": "As"}, {"key": "lus", "label": "Lus"}],
                },
                {
                    "key": "doelen",
                    "text": "Welke doelen?",
                    "kind": "multi_choice",
                    "options": [
                        {"key": "veilig", "label": "Veiligheid"},
                        {"key": "rust", "label": "Rust"},
                        {"key": "school", "label": "Schoolroute"},
                    ],
                },
            ],
        }
    )
    return Programme.model_validate(data)


@pytest.fixture
def fifth_uid(workspace: Workspace) -> uuid.UUID:
    with workspace.database.session_factory.begin() as session:
        trajectory = Trajectory(name="Fietsstraten Zemst", programme_key="fietsstraten")
        trajectory.programme_version = 1
        session.add(trajectory)
        session.flush()
        return trajectory.uid


def _save(workspace: Workspace, programme: Programme, uid: uuid.UUID, key: str, raw: Any) -> None:
    with workspace.database.session_factory.begin() as session:
        intake.save_answer(session, uid, key, raw, {programme.key: programme})


def _answers(workspace: Workspace, programme: Programme, uid: uuid.UUID) -> dict[str, Any]:
    with workspace.database.session_factory() as session:
        return intake.intake_answers(session, uid, {programme.key: programme})


def _stored(workspace: Workspace, uid: uuid.UUID, key: str) -> Any:
    with workspace.database.session_factory() as session:
        return session.scalars(
            select(IntakeAnswer.value).filter_by(trajectory_uid=uid, key=key)
        ).one_or_none()


@pytest.mark.parametrize(
    ("key", "raw", "answer", "stored", "text"),
    [
        ("budget_beschikbaar", True, True, True, "Ja"),
        ("budget_beschikbaar", "nee", False, False, "Nee"),
        ("straat", "  Kerkstraat ", "Kerkstraat", "Kerkstraat", "Kerkstraat"),
        ("uitleg", "Veel fietsers\nnaar school.", "Veel fietsers\nnaar school.", None, None),
        ("aantal", "12", 12, "12", "12"),
        ("aantal", "12,5", Decimal("12.5"), "12.5", "12,5"),
        ("aantal", "1.200", 1200, "1200", "1.200"),
        ("bedrag", "3.500,00", 350000, 350000, "3.500,00"),
        ("bedrag", "€ 3500", 350000, 350000, "3.500,00"),
        ("start", "22/11/2026", date(2026, 11, 22), "2026-11-22", "22/11/2026"),
        ("type", "lus", "lus", "lus", "Lus"),
        ("doelen", ["school", "veilig"], ("veilig", "school"), ["veilig", "school"], None),
    ],
)
def test_an_answer_of_each_kind_is_saved_and_read_back(
    workspace: Workspace,
    fifth: Programme,
    fifth_uid: uuid.UUID,
    key: str,
    raw: Any,
    answer: Any,
    stored: Any,
    text: str | None,
) -> None:
    """Each kind is parsed the Belgian way, stored as JSON and read back typed and as text."""
    _save(workspace, fifth, fifth_uid, key, raw)
    assert _answers(workspace, fifth, fifth_uid)[key] == answer
    if stored is not None:
        assert _stored(workspace, fifth_uid, key) == stored
    with workspace.database.session_factory() as session:
        state = intake.intake_state(session, fifth_uid, {fifth.key: fifth})
    question = next(q for s in state.sections for q in s.questions if q.key == key)
    assert question.answer == answer
    if text is not None:
        assert question.text_value == text


@pytest.mark.parametrize(
    ("key", "good", "bad", "words"),
    [
        ("bedrag", "3.500,00", "drieduizend", "Typ een bedrag zoals 3.500,00"),
        ("bedrag", "3.500,00", "-20", "niet negatief"),
        ("aantal", "12", "twaalf", "Typ een getal zoals 12 of 12,5"),
        ("aantal", "12", "12.5", "met een komma voor de decimalen"),
        ("aantal", "12", "-3", "niet negatief"),
        ("start", "22/11/2026", "31/02/2027", "februari 2027 heeft 28 dagen"),
        ("start", "22/11/2026", "morgen", "dd/mm/jjjj"),
        ("type", "as", "ring", "Kies een van: 'As', 'Lus'"),
        ("doelen", ["rust"], ["rust", "snelheid"], "Kies een van"),
        ("budget_beschikbaar", True, "misschien", "kies ja of nee"),
    ],
)
def test_bad_input_is_refused_in_dutch_and_keeps_what_was_stored(
    workspace: Workspace,
    fifth: Programme,
    fifth_uid: uuid.UUID,
    key: str,
    good: Any,
    bad: Any,
    words: str,
) -> None:
    """A value that does not fit the kind raises a UserError at the question; nothing changes."""
    _save(workspace, fifth, fifth_uid, key, good)
    before = _stored(workspace, fifth_uid, key)
    with pytest.raises(UserError) as caught:
        _save(workspace, fifth, fifth_uid, key, bad)
    assert caught.value.field == key
    assert words in dutch(caught.value)
    assert _stored(workspace, fifth_uid, key) == before


def test_empty_input_clears_an_answer(
    workspace: Workspace, fifth: Programme, fifth_uid: uuid.UUID
) -> None:
    """Clearing a field (or choosing '—') removes the answer instead of refusing it."""
    _save(workspace, fifth, fifth_uid, "bedrag", "250")
    _save(workspace, fifth, fifth_uid, "bedrag", "  ")
    _save(workspace, fifth, fifth_uid, "budget_beschikbaar", None)
    assert _answers(workspace, fifth, fifth_uid) == {}


def test_autodelen_starts_only_with_three_facets_and_budget(workspace: Workspace) -> None:
    """Autodelen's conditions stay unmet until beleid, aanbod and vraag are committed and
    the budget is available; then every condition is met."""
    uid = _uid(workspace, "autodelen")
    for key, value in (
        ("engagement_beschikbaar", "ja"),
        ("lokale_trekker", "Els Claeys"),
        ("ambities", "Autodelen in elke deelgemeente."),
        ("gewenste_start", "01/02/2027"),
        ("beleid_engagement", "ja"),
        ("aanbod_engagement", "nee"),
    ):
        state = workspace.intake.save_intake_answer(uid, key, value)
    unmet = {c.key for c in state.report.unmet}
    assert unmet == {"facet_aanbod", "facet_vraag", "budget", "vragenlijst", "minimum_aanwezigen"}
    assert not state.report.ready
    state = workspace.intake.save_intake_answer(uid, "aanbod_engagement", "verleden")
    state = workspace.intake.save_intake_answer(uid, "vraag_engagement", "ja")
    state = workspace.intake.save_intake_answer(uid, "budget_beschikbaar", True)
    assert {c.key for c in state.report.unmet} == {"minimum_aanwezigen"}
    for index in range(3):
        state = workspace.intake.tick_attendee(uid, index, True)
    assert state.report.unmet == ()
    assert state.report.ready and state.report.questionnaire_complete
    texts = [c.text for c in state.report.conditions]
    assert "De gemeente kan de nodige budgetten vrijmaken." in texts


def test_intake_complete_condition_names_the_open_required_questions(workspace: Workspace) -> None:
    """Buurtpunt's 'intake volledig' is unmet while a required question is open, and the report
    names those questions."""
    uid = _uid(workspace, "buurtpunt")
    workspace.intake.save_intake_answer(uid, "stand", None)  # the demo's answer, cleared
    for key, value in (
        ("organisatie", "Dorpsraad Beveren"),
        ("locatie", "Beveren"),
        ("noden", "Geen winkel meer."),
        ("idee", "Een buurtwinkel met deelfietsen."),
        ("deelname_werksessies", True),
        ("lokale_actoren", True),
    ):
        state = workspace.intake.save_intake_answer(uid, key, value)
    assert [c.key for c in state.report.unmet] == ["intake_volledig"]
    assert [key for key, _ in state.report.open_questions] == ["stand"]
    state = workspace.intake.save_intake_answer(uid, "stand", "idee")
    assert state.report.ready and state.report.open_questions == ()


def test_area_selection_allows_at_most_choose_count_chosen(workspace: Workspace) -> None:
    """Kernen/wijken are added, renamed, rated and removed; a second chosen one is refused."""
    uid = _uid(workspace, "autodelen")
    state = workspace.intake.save_areas(
        uid, "potentieel", [Area("Kachtem", "Hoog", True), Area("Emelgem", "Gemiddeld")]
    )
    state = workspace.intake.save_areas(
        uid, "potentieel", [Area("Kachtem", "Hoog", True), Area("Emelgem-dorp", "Laag")]
    )
    with pytest.raises(UserError) as caught:
        workspace.intake.save_areas(
            uid, "potentieel", [Area("Kachtem", "Hoog", True), Area("Izegem", "", True)]
        )
    assert caught.value.field == "potentieel"
    assert "hoogstens één kern/wijk" in dutch(caught.value)
    state = workspace.intake.intake_state(uid)
    item = next(i for i in state.meeting_items if i.key == "potentieel")
    assert item.area_selection is not None
    assert item.area_selection.potential_levels == ("Laag", "Gemiddeld", "Hoog")
    assert item.area_selection.areas == (
        Area("Kachtem", "Hoog", True),
        Area("Emelgem-dorp", "Laag", False),
    )
    state = workspace.intake.save_areas(uid, "potentieel", [Area("Emelgem-dorp", "Laag", True)])
    item = next(i for i in state.meeting_items if i.key == "potentieel")
    assert item.area_selection and item.area_selection.areas == (
        Area("Emelgem-dorp", "Laag", True),
    )


@pytest.mark.parametrize(
    ("areas", "words"),
    [
        ([Area("Kachtem"), Area(" kachtem ")], "twee keer"),
        ([Area("   ", "Hoog")], "Geef elke kern/wijk een naam"),
        ([Area("Kachtem", "Enorm")], "kies uit Laag, Gemiddeld, Hoog"),
    ],
)
def test_a_bad_area_list_is_refused(workspace: Workspace, areas: list[Area], words: str) -> None:
    """Unnamed, duplicate or unknown-potential areas raise a UserError and keep the old list."""
    uid = _uid(workspace, "autodelen")
    workspace.intake.save_areas(uid, "potentieel", [Area("Centrum", "Hoog")])
    with raises_dutch(words):
        workspace.intake.save_areas(uid, "potentieel", areas)
    item = next(
        i for i in workspace.intake.intake_state(uid).meeting_items if i.key == "potentieel"
    )
    assert item.area_selection and item.area_selection.areas == (Area("Centrum", "Hoog"),)


def test_a_programme_without_areas_keeps_notes_and_ticks(workspace: Workspace) -> None:
    """Klimaatdoeners has no area selection: notes and attendees work, an area list is refused."""
    uid = _uid(workspace, "klimaatdoeners")
    state = workspace.intake.save_first_meeting_notes(uid, "werkplan", "  Werkplan per maand.  ")
    assert all(item.area_selection is None for item in state.meeting_items)
    assert (
        next(i for i in state.meeting_items if i.key == "werkplan").notes == "Werkplan per maand."
    )
    with raises_dutch("geen lijst van kernen of wijken"):
        workspace.intake.save_areas(uid, "werkplan", [Area("Centrum")])
    state = workspace.intake.tick_attendee(uid, "Duurzaamheidsambtenaar van de gemeente", False)
    assert [a.present for a in state.attendees] == [False, True]
    state = workspace.intake.tick_attendee(uid, 1, False)
    assert [a.present for a in state.attendees] == [False, False]
    state = workspace.intake.tick_attendee(uid, "Begeleider van Ecolife", True)
    assert [a.present for a in state.attendees] == [False, True]


def test_the_demo_is_not_ready_without_its_local_lead(workspace: Workspace) -> None:
    """Every demo trajectory met its conditions; untick the local lead of Izegem and the
    attendance condition is unmet, so the intake no longer says 'ready'."""
    rows = workspace.trajectories.trajectories(TODAY)
    izegem = next(row.uid for row in rows if row.name == demo_name("autodelen"))
    assert workspace.intake.intake_state(izegem).report.ready
    state = workspace.intake.tick_attendee(izegem, 0, False)
    assert not state.report.ready
    assert [c.key for c in state.report.unmet] == ["minimum_aanwezigen"]


def test_the_fifth_programme_intake_just_works(
    workspace: Workspace, fifth: Programme, fifth_uid: uuid.UUID
) -> None:
    """A new programme file gets its questionnaire, agenda and attendees without code."""
    with workspace.database.session_factory.begin() as session:
        intake.save_meeting_notes(
            session, fifth_uid, "straten", "Kerkstraat", {"fietsstraten": fifth}
        )
        state = intake.intake_state(session, fifth_uid, {"fietsstraten": fifth})
    assert [s.key for s in state.sections] == ["algemeen", "details"]
    assert state.meeting_title == "Startoverleg"
    assert state.meeting_items[0].notes == "Kerkstraat"
    assert state.meeting_items[0].area_selection is None
    assert state.attendees == ()
    assert [c.met for c in state.report.conditions] == [False]


def test_first_meeting_shows_five_agenda_items_and_three_attendees(workspace: Workspace) -> None:
    """Autodelen's first meeting: five agenda items with prompts and three minimum attendees."""
    uid = _uid(workspace, "autodelen")
    state = workspace.intake.tick_attendee(uid, 2, True)
    assert state.meeting_title == "Kennismakingsoverleg"
    assert [i.key for i in state.meeting_items] == [
        "introductie",
        "ambities",
        "potentieel",
        "verwachtingen",
        "timing",
    ]
    assert all(item.notes_prompt for item in state.meeting_items)
    assert [a.present for a in state.attendees] == [False, False, True]


def test_unknown_question_item_role_or_trajectory_is_a_user_error(workspace: Workspace) -> None:
    """Keys the programme does not have, and an unknown trajectory, give a Dutch message."""
    uid = _uid(workspace, "autodelen")
    with raises_dutch("staat niet in de vragenlijst") as caught:
        workspace.intake.save_intake_answer(uid, "kleur", "blauw")
    assert caught.value.field == "kleur"
    with raises_dutch("staat niet op de agenda"):
        workspace.intake.save_first_meeting_notes(uid, "dessert", "taart")
    with raises_dutch("minimaal aanwezig"):
        workspace.intake.tick_attendee(uid, 7, True)
    with raises_dutch("Er is geen traject"):
        workspace.intake.intake_state(str(uuid.uuid4()))
    with raises_dutch("geen geldige code"):
        workspace.intake.intake_state("geen-uid")


def test_an_answer_no_longer_in_the_programme_reads_as_unanswered(fifth: Programme) -> None:
    """An option key the programme dropped, or a value of the wrong type, is not an answer."""
    question = fifth.intake.question("type")
    assert question is not None
    assert typed_answer(question, "ring") is None
    money = fifth.intake.question("bedrag")
    assert money is not None and typed_answer(money, "3500") is None
    assert typed_answer(money, True) is None


def test_dates_and_money_keep_their_exact_value(
    workspace: Workspace, fifth: Programme, fifth_uid: uuid.UUID
) -> None:
    """Money keeps every cent and dates their day; no float is ever stored."""
    _save(workspace, fifth, fifth_uid, "bedrag", "1.234.567,89")
    _save(workspace, fifth, fifth_uid, "start", TODAY + timedelta(days=1))
    assert _stored(workspace, fifth_uid, "bedrag") == 123456789
    assert _answers(workspace, fifth, fifth_uid)["start"] == date(2026, 11, 24)


def test_demo_autodelen_intake_is_filled_in_and_ready(workspace: Workspace) -> None:
    """The Izegem demo shows a finished intake: three facets, budget, Kachtem chosen."""
    uid = next(
        r.uid for r in workspace.trajectories.trajectories(TODAY) if r.clients == ("Izegem",)
    )
    state = workspace.intake.intake_state(uid)
    assert state.report.ready and state.report.unmet == ()
    potential = next(i for i in state.meeting_items if i.key == "potentieel")
    assert potential.area_selection is not None
    assert [a.name for a in potential.area_selection.areas if a.chosen] == ["Kachtem"]
    assert "Kachtem gekozen" in potential.notes


def test_a_joint_trajectory_chooses_a_wijk_per_municipality(workspace: Workspace) -> None:
    """Leiestreek: each of the five municipalities chooses its own kern/wijk; two chosen in one
    municipality, or a wijk without its municipality, is refused."""
    rows = workspace.trajectories.trajectories(TODAY)
    uid = next(row.uid for row in rows if row.name == "Gezamenlijk autodelen Leiestreek")
    item = next(
        i for i in workspace.intake.intake_state(uid).meeting_items if i.key == "potentieel"
    )
    assert item.area_selection is not None
    assert item.area_selection.municipalities == (
        "Wielsbeke",
        "Dentergem",
        "Oostrozebeke",
        "Zulte",
        "Deinze",
    )
    chosen = [
        Area("Centrum", "Hoog", True, "Wielsbeke"),
        Area("Centrum", "Gemiddeld", True, "Deinze"),
        Area("Ooigem", "Laag", False, "Wielsbeke"),
    ]
    state = workspace.intake.save_areas(uid, "potentieel", chosen)
    item = next(i for i in state.meeting_items if i.key == "potentieel")
    assert item.area_selection is not None and item.area_selection.areas == tuple(chosen)
    with raises_dutch("in Wielsbeke"):
        workspace.intake.save_areas(
            uid, "potentieel", [*chosen[:2], Area("Ooigem", "", True, "Wielsbeke")]
        )
    with pytest.raises(UserError) as caught:
        workspace.intake.save_areas(uid, "potentieel", [Area("Sint-Baafs-Vijve")])
    assert caught.value.params["name"] == "Sint-Baafs-Vijve"
