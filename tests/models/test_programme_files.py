"""Programme files: a fifth programme is one more file; a broken file is explained."""

import shutil
from pathlib import Path

import pytest

from models.core.errors import UserError
from models.programmes import (
    ProgrammeError,
    default_directory,
    load_programmes,
)
from tests.dutch import dutch, raises_dutch

FIFTH = Path(__file__).parent / "data" / "programmes" / "fietsstraten.toml"


def _broken(tmp_path: Path, old: str, new: str) -> ProgrammeError:
    """Load the fifth programme with `old` replaced by `new`; return the error it raises."""
    text = FIFTH.read_text(encoding="utf-8")
    assert old in text, old
    (tmp_path / FIFTH.name).write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ProgrammeError) as caught:
        load_programmes(tmp_path)
    return caught.value


def test_a_fifth_programme_is_one_more_file(tmp_path: Path) -> None:
    """Copying the folder and adding one TOML file yields five programmes, no code change."""
    folder = tmp_path / "programmes"
    shutil.copytree(default_directory(), folder)
    shutil.copy(FIFTH, folder)
    loaded = load_programmes(folder)
    assert len(loaded) == 5
    fifth = loaded["fietsstraten"]
    assert fifth.pricing.scope_for({"analyse"}) is not None
    assert fifth.unmet_conditions({"budget_beschikbaar": False})[0].key == "budget"


# ---------------------------------------------------------------- broken files


@pytest.mark.parametrize(
    ("old", "new", "field", "says"),
    [
        ('amount = "2500.00"', "amount = 2500.5", "pricing.scopes.1.amount", "als tekst"),
        ('amount = "2500.00"', "amount = true", "pricing.scopes.1.amount", "als tekst"),
        ("duration_months = 3", 'duration_months = "drie"', "duration_months", "geheel getal"),
        ('name = "Fietsstraten in je gemeente"\n', "", "name", "ontbreekt"),
        ('phase = "analyse"', 'phase = "onbekend"', "session_templates.0.phase", "'onbekend'"),
        (
            'phases = ["analyse", "invoering"]',
            'phases = ["analyse", "uitvoering"]',
            "pricing.scopes.1.phases.1",
            "'uitvoering' bestaat niet",
        ),
        ("minutes = 50", "minutes = 40", "session_templates.0.agenda", "samen 50 minuten"),
        (
            'question = "budget_beschikbaar"',
            'question = "budget"',
            "conditions.0.question",
            "staat niet in de intake",
        ),
        ('amount = "2500.00"', 'amount = "500.00"', "pricing.scopes.1.amount", "niet lager"),
        (
            "start_month = 1\nend_month = 2",
            "start_month = 2\nend_month = 1",
            "phases.1.end_month",
            "vóór",
        ),
        ('kind = "yes_no"', 'kind = "ja_nee"', "intake.sections.0.questions.0.kind", "'yes_no'"),
        ("version = 1\n", 'version = 1\ncolour = "rood"\n', "colour", "geen bekend veld"),
        ("duration_months = 3", "duration_months = 4", "duration_months", "3 maanden"),
    ],
)
def test_a_broken_field_names_file_and_field(
    tmp_path: Path, old: str, new: str, field: str, says: str
) -> None:
    """Wrong types, missing fields and bad references name the file and the field path."""
    error = _broken(tmp_path, old, new)
    assert error.field == field
    assert error.file_name == "fietsstraten.toml"
    assert f"Het programmabestand 'fietsstraten.toml' is ongeldig: veld '{field}': " in dutch(error)
    assert says in dutch(error)
    assert dutch(error).endswith(f"verwijder het uit de map {tmp_path}.")
    assert isinstance(error, UserError)


@pytest.mark.parametrize(
    ("percent", "province", "field"),
    [
        ('"150"', "West-Vlaanderen", "pricing.discounts.0.percent"),
        ('"50"', "West Vlaanderen", "pricing.discounts.0.provinces.0"),
    ],
)
def test_a_discount_needs_a_percentage_and_a_real_province(
    tmp_path: Path, percent: str, province: str, field: str
) -> None:
    """A discount above 100% or for a misspelt province is refused with its field path."""
    discount = (
        f'\n[[pricing.discounts]]\nkey = "korting"\npercent = {percent}\n'
        f'reason = "Korting"\nprovinces = ["{province}"]\n'
    )
    error = _broken(tmp_path, 'amount = "2500.00"\n', f'amount = "2500.00"\n{discount}')
    assert error.field == field


def test_a_toml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    """A file that is not valid TOML names the file and the line of the mistake."""
    error = _broken(tmp_path, "version = 1", "version = ")
    assert error.line == 3
    assert "'fietsstraten.toml' is geen geldige TOML: fout op regel 3" in dutch(error)


def test_the_key_must_equal_the_file_name(tmp_path: Path) -> None:
    """A programme whose key differs from its file name is refused, naming field 'key'."""
    error = _broken(tmp_path, 'key = "fietsstraten"', 'key = "fietspaden"')
    assert error.field == "key"
    assert "'fietspaden' moet gelijk zijn aan de bestandsnaam 'fietsstraten'" in dutch(error)


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    """A programme file saved in another encoding gets a message, not a traceback."""
    (tmp_path / "oud.toml").write_bytes('name = "Café"'.encode("latin-1"))
    with raises_dutch(r"'oud\.toml' is geen UTF-8", ProgrammeError):
        load_programmes(tmp_path)


def test_a_missing_folder_is_reported(tmp_path: Path) -> None:
    """Pointing the loader at a folder that does not exist raises a ProgrammeError."""
    with raises_dutch("bestaat niet", ProgrammeError):
        load_programmes(tmp_path / "nergens")


def test_a_session_without_its_audience_is_explained(tmp_path: Path) -> None:
    """The audience sets a session's hour, so a file that leaves it out names the field."""
    error = _broken(tmp_path, 'audience = "officials"\n', "")
    assert error.field == "session_templates.0.audience"


def test_an_included_item_for_an_unknown_scope_is_explained(tmp_path: Path) -> None:
    """An inclusion tied to a scope that does not exist names the item and the scope."""
    text = FIFTH.read_text(encoding="utf-8")
    assert "included" not in text
    broken = text.replace(
        'key = "fietsstraten"',
        'key = "fietsstraten"\nincluded = [{ text = "Een spreker", scopes = ["alles"] }]',
        1,
    )
    (tmp_path / FIFTH.name).write_text(broken, encoding="utf-8")
    with pytest.raises(ProgrammeError) as caught:
        load_programmes(tmp_path)
    assert caught.value.field == "included.0.scopes.0"
    assert "'alles' bestaat niet" in dutch(caught.value)
