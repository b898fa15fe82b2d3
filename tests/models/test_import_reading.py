"""Reading real attendee lists: every format, title rows, merged headers, encodings."""

from pathlib import Path

import pytest

from models.people.importing.files import open_import
from models.people.importing.headers import Field, guess_field, guess_mapping
from models.people.importing.readers import decode_text

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def _mapping(table) -> dict[str, str]:
    return {h: f.value for h, f in guess_mapping(table.headers).items() if f is not Field.IGNORE}


def test_xlsx_with_title_rows_and_two_row_merged_header() -> None:
    """Title rows and an empty row are skipped; merged header cells name their columns."""
    file = open_import(DATA / "inschrijvingen_titels_samengevoegd.xlsx")
    assert file.kind == "xlsx"
    assert [t.sheet_name for t in file.tables] == ["Inschrijvingen", "Extra"]
    assert file.other_sheets == ("Info",)
    first = file.tables[0]
    assert first.header_row == 5
    assert _mapping(first) == {
        "Voornaam": "first_name",
        "Naam": "last_name",
        "E-mailadres": "email",
        "GSM": "phone",
        "Postcode": "postcode",
        "Vereniging": "organisation",
        "Akkoord privacy": "consent",
    }
    assert first.rows[0][0] == 6  # sheet row numbers, as the coach sees them in Excel
    assert first.rows[0][1][3] == 470123456  # the lost zero, still lost here
    assert first.rows[0][1][4] == 8500  # 8500.0 came back as a whole number


def test_semicolon_cp1252_csv_with_naam_en_voornaam() -> None:
    """Belgian Excel's CSV: Windows-1252, semicolons, title rows, one 'Naam en voornaam'."""
    file = open_import(DATA / "deelnemers_excel_be_cp1252.csv")
    table = file.tables[0]
    assert table.header_row == 3
    assert _mapping(table)["Naam en voornaam"] == "last_first_name"
    names = [cells[0] for _, cells in table.rows]
    assert "de Smet Hélène" in names and "Müller, Jürgen" in names


def test_utf8_bom_csv_with_commas_and_quoted_fields() -> None:
    file = open_import(DATA / "registrations_utf8_bom.csv")
    table = file.tables[0]
    assert table.headers[0] == "First name"  # no BOM glued to the first header
    assert table.rows[1][1][:2] == ("Zoë", "Vanden Bossche, jr.")


def test_ods_as_libreoffice_writes_it() -> None:
    """Covered cells of a spanning header and a sub-header row; repeated empty rows ignored."""
    file = open_import(DATA / "trekkers_libreoffice.ods")
    table = file.tables[0]
    assert file.kind == "ods"
    assert _mapping(table) == {
        "Familienaam": "last_name",
        "Voornaam": "first_name",
        "E-mail": "email",
        "Telefoon": "phone",
        "Gemeente": "municipality",
    }
    assert [number for number, _ in table.rows] == [5, 6]


def test_old_xls() -> None:
    file = open_import(DATA / "aanwezigen_oud.xls")
    table = file.tables[0]
    assert file.kind == "xls"
    assert table.header_row == 3
    assert _mapping(table)["GSM-nummer"] == "phone"
    assert table.rows[0][1][:2] == ("Goossens", "Marie")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Voornaam", Field.FIRST_NAME),
        ("First name", Field.FIRST_NAME),
        ("Familienaam", Field.LAST_NAME),
        ("Achternaam", Field.LAST_NAME),
        ("Last name", Field.LAST_NAME),
        ("Naam en voornaam", Field.LAST_FIRST_NAME),
        ("Naam + voornaam", Field.LAST_FIRST_NAME),
        ("Voornaam en naam", Field.FULL_NAME),
        ("E-mail", Field.EMAIL),
        ("E-mailadres:", Field.EMAIL),
        ("Mail", Field.EMAIL),
        ("GSM", Field.PHONE),
        ("Tel.", Field.PHONE),
        ("Telefoon", Field.PHONE),
        ("Phone", Field.PHONE),
        ("Postcode", Field.POSTCODE),
        ("Zip", Field.POSTCODE),
        ("Gemeente", Field.MUNICIPALITY),
        ("Woonplaats", Field.MUNICIPALITY),
        ("City", Field.MUNICIPALITY),
        ("Organisatie", Field.ORGANISATION),
        ("Vereniging", Field.ORGANISATION),
        ("Toestemming foto's en gegevens", Field.CONSENT),
        ("Opmerkingen", None),
    ],
)
def test_header_synonyms(header: str, field: Field | None) -> None:
    assert guess_field(header) is field


def test_naam_alone_is_the_full_name_and_beside_voornaam_the_family_name() -> None:
    assert guess_mapping(["Naam", "E-mail"])["Naam"] is Field.FULL_NAME
    assert guess_mapping(["Voornaam", "Naam"])["Naam"] is Field.LAST_NAME


def test_remembered_choice_wins_over_the_guess() -> None:
    mapping = guess_mapping(["Naam", "Info"], {"info": "organisation"})
    assert mapping["Info"] is Field.ORGANISATION


def test_decode_text_encodings() -> None:
    assert decode_text("Hélène".encode("cp1252")) == "Hélène"
    assert decode_text(b"\xef\xbb\xbfH\xc3\xa9l\xc3\xa8ne") == "Hélène"
    assert decode_text("Hélène".encode("utf-16")) == "Hélène"


def test_sheet_without_recognised_header_falls_back_to_first_row(tmp_path: Path) -> None:
    """A spreadsheet without a header we know: the first filled row is the header, all
    columns left to the coach (plain text without headers is refused: not a list)."""
    from openpyxl import Workbook

    path = tmp_path / "raar.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in (["kol1", "kol2"], ["Jan", "x"], ["Piet", "y"]):
        sheet.append(row)
    workbook.save(path)
    file = open_import(path)
    assert file.tables[0].headers == ("kol1", "kol2")
    assert set(guess_mapping(file.tables[0].headers).values()) == {Field.IGNORE}


def test_header_repeated_on_every_page_is_not_a_person(tmp_path: Path) -> None:
    path = tmp_path / "pagina.csv"
    path.write_text("Voornaam;Naam\nJan;Peeters\nVoornaam;Naam\nEls;Smet\n", encoding="utf-8")
    rows = open_import(path).tables[0].rows
    assert [cells[0] for _, cells in rows] == ["Jan", "Els"]
