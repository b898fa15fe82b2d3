"""The programme sheet: its rows computed from plain data, and the PDF read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from exports.programmes.programme_sheet import (
    Activity,
    ListSection,
    Phase,
    PriceLine,
    ProgrammeSheetData,
    activity_rows,
    build_programme_sheet,
    document_title,
    footer_text,
    list_sections,
    overview_rows,
    phase_heading,
    price_rows,
    price_total_rows,
)

INTAKE = Activity("maand 0", "Intake met het schepencollege", "coach, gemeente")
SESSION = Activity("maand 3", "Infosessie in zaal <De Linde> & bar", "coach")
SAMPLE = ProgrammeSheetData(
    programme_name="Autodelen in je gemeente",
    provider_name="Mobiliteitsbureau Ëlst",
    provider_contact=("Kerkstraat 12, 9000 Gent", "coach@example.be"),
    summary="Samen met de gemeente zetten we autodelen op.\nHet café-overleg hoort erbij.",
    phases=(
        Phase("Fase 1", "Kennismaking", "maand 0–2", "Beleid en parkeerdruk.", (INTAKE,)),
        Phase("Fase 2", "Werving", "maand 3–5", "", (SESSION,)),
    ),
    included=("Een vaste coach", "Drukklare affiches"),
    responsibilities=("Een zaal voor de infosessies",),
    price_lines=(
        PriceLine("Begeleiding", "€ 3.500,00"),
        PriceLine("Totaal excl. btw", "€ 3.500,00", is_total=True),
    ),
    price_notes=("Richtprijs voor een gemeente tot 20.000 inwoners.",),
    conditions=("Facturatie per fase.",),
    issued_on=date(2026, 11, 22),
)


def read_pages(path: Path) -> list[str]:
    return [page.extract_text().replace("\xa0", " ") for page in PdfReader(path).pages]


def test_overview_rows_list_every_phase() -> None:
    """The overview table has a header and one row per phase: label, name, months."""
    assert overview_rows(SAMPLE) == [
        ["Fase", "Wat", "Wanneer"],
        ["Fase 1", "Kennismaking", "maand 0–2"],
        ["Fase 2", "Werving", "maand 3–5"],
    ]


def test_activity_rows_follow_the_phase() -> None:
    """A phase's table has a header and one row per activity: months, name, responsible."""
    assert activity_rows(SAMPLE.phases[0]) == [
        ["Wanneer", "Activiteit", "Wie"],
        ["maand 0", "Intake met het schepencollege", "coach, gemeente"],
    ]


def test_phase_heading_with_and_without_label() -> None:
    """A phase heading joins label and name, or shows the name alone."""
    assert phase_heading(SAMPLE.phases[0]) == "Fase 1 · Kennismaking"
    assert phase_heading(Phase("", "Nazorg", "maand 12")) == "Nazorg"


def test_price_rows_and_totals() -> None:
    """Price rows keep the amounts as given; total lines are found by table row."""
    assert price_rows(SAMPLE) == [
        ["Onderdeel", "Bedrag"],
        ["Begeleiding", "€ 3.500,00"],
        ["Totaal excl. btw", "€ 3.500,00"],
    ]
    assert price_total_rows(SAMPLE) == [2]


def test_list_sections_skip_empty_lists() -> None:
    """Only sections with items are printed, included before responsibilities."""
    assert list_sections(SAMPLE) == [
        ListSection("Wat is inbegrepen", ("Een vaste coach", "Drukklare affiches")),
        ListSection("Wat we van de gemeente verwachten", ("Een zaal voor de infosessies",)),
    ]
    assert list_sections(ProgrammeSheetData("X", "Y")) == []


def test_title_and_footer_texts() -> None:
    """The header names the programme; the footer names the provider and the issue date."""
    assert document_title(SAMPLE) == "Programmafiche Autodelen in je gemeente"
    assert footer_text(SAMPLE) == "Opgemaakt op 22/11/2026 · Mobiliteitsbureau Ëlst"
    assert footer_text(ProgrammeSheetData("X", "Bureau")) == "Bureau"


def test_sheet_prints_everything(tmp_path: Path) -> None:
    """The PDF shows programme, provider, phases, activities, prices and conditions."""
    target = build_programme_sheet(SAMPLE, tmp_path / "fiche.pdf")
    assert target == tmp_path / "fiche.pdf"
    text = "\n".join(read_pages(target))
    for expected in (
        "Autodelen in je gemeente",
        "Mobiliteitsbureau Ëlst",
        "coach@example.be",
        "café-overleg",
        "Fase 1 · Kennismaking",
        "maand 0–2",
        "Intake met het schepencollege",
        "Infosessie in zaal <De Linde> & bar",
        "€ 3.500,00",
        "Een zaal voor de infosessies",
        "Facturatie per fase.",
        "pagina 1 van 1",
    ):
        assert expected in text, expected


def test_sheet_fonts_are_embedded(tmp_path: Path) -> None:
    """The sheet, masthead and bullets included, uses only embedded TrueType fonts."""
    target = build_programme_sheet(SAMPLE, tmp_path / "fiche.pdf")
    for page in PdfReader(target).pages:
        resources: Any = page["/Resources"].get_object()
        for ref in resources["/Font"].values():
            font = ref.get_object()
            assert "Helvetica" not in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_minimal_sheet_builds(tmp_path: Path) -> None:
    """A programme with only a name and a provider still gives a one-page sheet."""
    target = build_programme_sheet(
        ProgrammeSheetData("Klimaatdoeners", "Bureau"), tmp_path / "m.pdf"
    )
    (page,) = read_pages(target)
    assert "Klimaatdoeners" in page
    assert "Fase per fase" not in page
    assert "Richtprijs" not in page


def test_long_phase_repeats_its_table_header(tmp_path: Path) -> None:
    """A phase too long for one page continues on the next page under the repeated header."""
    activities = tuple(Activity(f"maand {i}", f"Werksessie {i}", "coach") for i in range(90))
    data = ProgrammeSheetData(
        "Lang", "Bureau", phases=(Phase("Fase 1", "Alles", "maand 0–90", activities=activities),)
    )
    pages = read_pages(build_programme_sheet(data, tmp_path / "lang.pdf"))
    assert len(pages) >= 3
    assert f"pagina 1 van {len(pages)}" in pages[0]
    for page in pages[1:]:
        assert "Wanneer" in page and "Activiteit" in page
    assert "Werksessie 89" in pages[-1]


def test_richtprijs_only_where_the_programme_says_so() -> None:
    """Autodelen marks only Fase 1+2+3 as richtprijs; Klimaatdoeners is a fixed price; the
    learning network is free."""
    from exports.programmes.programme_sheet_data import programme_sheet_data
    from models.programmes import get_programme

    autodelen = programme_sheet_data(get_programme("autodelen"))
    fixed = programme_sheet_data(get_programme("klimaatdoeners"))
    free = programme_sheet_data(get_programme("buurtpunt"))
    assert [line.label for line in autodelen.price_lines] == [
        "Fase 1",
        "Fase 1+2",
        "Fase 1+2+3 (richtprijs)",
    ]
    assert autodelen.price_heading == "Prijs"
    assert fixed.price_lines[0].label == "Begeleiding (vaste prijs)"
    assert fixed.price_heading == "Prijs"
    assert free.price_heading == "Gratis"
    assert not any(
        "richtprijs" in line.label.lower() for line in (*fixed.price_lines, *free.price_lines)
    )
