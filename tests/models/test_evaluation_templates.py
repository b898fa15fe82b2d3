"""Evaluation form templates in the programme files: the seeds' forms; broken ones explained."""

from pathlib import Path

import pytest

from models.core.enums import QuestionKind
from models.programmes import Programme, ProgrammeError, load_programmes
from models.programmes.schema_evaluation import end_of_trajectory_form, form_for_session
from tests.dutch import dutch

FIFTH = Path(__file__).parent / "data" / "programmes" / "fietsstraten.toml"

FORM = """
[[evaluation_forms]]
key = "startoverleg"
title = "Evaluatie startoverleg"
session_templates = ["startoverleg"]

[[evaluation_forms.sections]]
title = "Het overleg"

[[evaluation_forms.sections.questions]]
key = "nut"
text = "Hoe nuttig was het overleg?"
kind = "scale"
min_label = "Niet nuttig"
max_label = "Heel nuttig"

[[evaluation_forms.sections.questions]]
key = "thema"
text = "Welk thema?"
kind = "single_choice"
options = [{ key = "a", label = "Fietsstraten" }, { key = "b", label = "Zones 30" }]
"""


@pytest.fixture(scope="module")
def programmes() -> dict[str, Programme]:
    return load_programmes()


def _load_fifth(tmp_path: Path, form: str) -> Programme:
    text = FIFTH.read_text(encoding="utf-8") + form
    (tmp_path / FIFTH.name).write_text(text, encoding="utf-8")
    return load_programmes(tmp_path)["fietsstraten"]


def _refused(tmp_path: Path, forms: str) -> ProgrammeError:
    with pytest.raises(ProgrammeError) as caught:
        _load_fifth(tmp_path, forms)
    return caught.value


def _broken(tmp_path: Path, old: str, new: str) -> ProgrammeError:
    assert old in FORM, old
    return _refused(tmp_path, FORM.replace(old, new, 1))


def test_every_programme_has_an_end_form_and_forms_for_its_sessions(
    programmes: dict[str, Programme],
) -> None:
    """Each seed programme has one end-of-trajectory form and a form for its work sessions."""
    for programme in programmes.values():
        forms = programme.evaluation_forms
        assert end_of_trajectory_form(forms) is not None, programme.key
        work = [t for t in programme.session_templates if t.kind.value.endswith("sessie")]
        for template in work:
            assert form_for_session(forms, template.key, template.kind.value), template.key


def test_klimaatdoeners_ends_with_positive_experiences_and_learning_points(
    programmes: dict[str, Programme],
) -> None:
    """Seed 002: the end form maps positive experiences and learning points with all parties."""
    end = end_of_trajectory_form(programmes["klimaatdoeners"].evaluation_forms)
    assert end is not None
    keys = {q.key: (section, q) for section, q in end.questions()}
    assert keys["positieve_ervaringen"][0] == "Positieve ervaringen en leerpunten"
    assert keys["leerpunten"][1].kind is QuestionKind.LONG_TEXT
    roles = [o.label for o in keys["rol"][1].options]
    assert any("gemeente" in label for label in roles)
    assert any("Burger" in label for label in roles)
    for kickoff in ("kickoff", "pick_n_choose", "hands_on", "wrap_up"):
        form = form_for_session(
            programmes["klimaatdoeners"].evaluation_forms, kickoff, "werksessie"
        )
        assert form is not None and form.key == "werksessie"


def test_autodelen_month_12_evaluation_covers_phases_and_facets(
    programmes: dict[str, Programme],
) -> None:
    """Seed 000: the month-12 evaluation asks about each phase and the three facets."""
    end = end_of_trajectory_form(programmes["autodelen"].evaluation_forms)
    assert end is not None and "12 maanden" in end.title
    questions = {q.key: q for _, q in end.questions()}
    facets = questions["facetten"]
    assert facets.kind is QuestionKind.MULTIPLE_CHOICE
    assert [o.key for o in facets.options] == ["beleid", "aanbod", "vraag"]
    assert {"ambassadeursnetwerk", "communicatieplan", "tweede_vibe"} <= set(questions)


def test_intergemeentelijk_and_buurtpunt_end_forms_follow_their_seeds(
    programmes: dict[str, Programme],
) -> None:
    """Seed 003 inventories learning experiences; seed 004 asks about each buurtpunt."""
    inter = end_of_trajectory_form(programmes["intergemeentelijk"].evaluation_forms)
    assert inter is not None and "leerervaringen" in {q.key for _, q in inter.questions()}
    buurt = end_of_trajectory_form(programmes["buurtpunt"].evaluation_forms)
    assert buurt is not None
    assert {"stand", "functies", "coaching"} <= {q.key for _, q in buurt.questions()}
    network = form_for_session(
        programmes["buurtpunt"].evaluation_forms, "werksessie_2", "lerend_netwerk_sessie"
    )
    assert network is not None and network.key == "werksessie"


def test_scales_default_to_1_to_5_with_labels_at_both_ends(
    programmes: dict[str, Programme],
) -> None:
    """Every shipped scale runs 1-5 and names both of its ends."""
    for programme in programmes.values():
        for form in programme.evaluation_forms:
            for _, question in form.questions():
                if question.kind is QuestionKind.SCALE:
                    assert (question.low, question.high) == (1, 5)
                    assert question.min_label and question.max_label, question.key


def test_a_fifth_programme_can_add_a_form(tmp_path: Path) -> None:
    """A form in a new programme file is found for the session it names."""
    programme = _load_fifth(tmp_path, FORM)
    form = form_for_session(programme.evaluation_forms, "startoverleg", "kennismakingsoverleg")
    assert form is not None and [q.key for _, q in form.questions()] == ["nut", "thema"]
    assert end_of_trajectory_form(programme.evaluation_forms) is None


@pytest.mark.parametrize(
    ("old", "new", "field", "says"),
    [
        (
            'options = [{ key = "a", label = "Fietsstraten" }, { key = "b", label = "Zones 30" }]',
            'options = [{ key = "a", label = "Fietsstraten" }]',
            "evaluation_forms.0.sections.0.questions.1.options",
            "2 tot 9 opties",
        ),
        (
            'kind = "scale"',
            'kind = "scale"\nscale_min = 1\nscale_max = 10',
            "evaluation_forms.0.sections.0.questions.0.scale_max",
            "9",
        ),
        (
            'kind = "scale"',
            'kind = "scale"\nscale_min = 5\nscale_max = 1',
            "evaluation_forms.0.sections.0.questions.0.scale_max",
            "omgekeerd",
        ),
        (
            'session_templates = ["startoverleg"]',
            'session_templates = ["slotmoment"]',
            "evaluation_forms.0.session_templates.0",
            "'slotmoment' staat niet in session_templates",
        ),
        ('kind = "scale"', 'kind = "slider"', "evaluation_forms.0.sections.0.questions.0.kind", ""),
        ('key = "thema"', 'key = "nut"', "evaluation_forms.0.sections.0.questions.1.key", "twee"),
        (
            'session_templates = ["startoverleg"]',
            "",
            "evaluation_forms.0.session_kinds",
            "waarvoor",
        ),
    ],
)
def test_a_broken_form_names_its_field(
    tmp_path: Path, old: str, new: str, field: str, says: str
) -> None:
    """Too few options, a bad scale, an unknown session or kind: the field path and a reason."""
    error = _broken(tmp_path, old, new)
    assert error.field == field
    assert says in dutch(error)


def test_two_end_forms_or_two_forms_for_one_kind_are_refused(tmp_path: Path) -> None:
    """At most one end-of-trajectory form, and one form per session kind."""
    twice = FORM.replace('session_templates = ["startoverleg"]', "end_of_trajectory = true")
    second = twice.replace('key = "startoverleg"', 'key = "nog_een"')
    error = _refused(tmp_path, twice + second)
    assert "al een formulier voor het einde" in dutch(error)
    kinds = FORM.replace('session_templates = ["startoverleg"]', 'session_kinds = ["overleg"]')
    again = kinds.replace('key = "startoverleg"', 'key = "ander"')
    error = _refused(tmp_path, kinds + again)
    assert "'overleg' hebben al het formulier" in dutch(error)
