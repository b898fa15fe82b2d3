"""A file is judged by what it holds, not by its name: other files are refused saying what
they seem to be; a real list is read whatever its extension."""

import io
import json
import zipfile
from pathlib import Path

import pytest

from models.core.errors import UserError
from models.people.importing.files import open_import
from tests import hostile_files as hostile

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
ROOT = Path(__file__).resolve().parents[2]
PDF = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages "
    b"/Kids [] /Count 0 >>\nendobj\nxref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n"
    b"0000000058 00000 n \ntrailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n110\n%%EOF\n"
)


def _zip(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def _docx() -> bytes:
    return _zip(
        {
            "[Content_Types].xml": '<Types><Override PartName="/word/document.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"'
            "/></Types>",
            "_rels/.rels": '<Relationships><Relationship Id="r" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
            "word/document.xml": "<w:document/>",
        }
    )


def _message(path: Path) -> str:
    with pytest.raises(UserError) as error:
        open_import(path)
    assert path.name in error.value.message
    return error.value.message


NOT_SPREADSHEETS = [
    ("rapport.xlsx", PDF, "a PDF"),
    ("foto.xlsx", b"\x89PNG\r\n\x1a\n" + b"\0" * 200, "an image"),
    ("foto.csv", b"\xff\xd8\xff\xe0" + b"\0" * 200, "an image"),
    ("brief.xlsx", _docx(), "a text document"),
    (
        "tekst.ods",
        hostile.ods("", mimetype=b"application/vnd.oasis.opendocument.text"),
        "a text document",
    ),
    ("archief.xlsx", _zip({"foto.jpg": "x", "lijst.txt": "Jan"}), "a compressed archive"),
    (
        "programma.ods",
        (ROOT / "resources/programmes/autodelen.toml").read_bytes(),
        "a settings file",
    ),
    ("data.csv", json.dumps([{"naam": "Jan", "email": "jan@x.be"}]).encode(), "a JSON file"),
    (
        "notities.xlsx",
        b"# Deelnemers\n\n- Jan Peeters\n- Els Smet\n\n## Later\n",
        "a Markdown text",
    ),
    ("tabel.csv", b"| Naam | E-mail |\n|---|---|\n| Jan | jan@x.be |\n", "a Markdown text"),
    ("export.xls", b"<?xml version='1.0'?><data><person>Jan</person></data>", "an XML file"),
]


@pytest.mark.parametrize(("name", "content", "what"), NOT_SPREADSHEETS)
def test_a_file_that_is_not_a_spreadsheet_is_refused_saying_what_it_is(
    tmp_path: Path, name: str, content: bytes, what: str
) -> None:
    """A PDF, a picture, a Word file, TOML, JSON or Markdown with a spreadsheet's name."""
    path = tmp_path / name
    path.write_bytes(content)
    message = _message(path)
    assert "is not a spreadsheet" in message and f"looks like {what}" in message


def test_a_pdf_renamed_xlsx_adds_nobody(workspace_with_nobody) -> None:
    """The file the coach picked by mistake gives a message, not 29 people named endobj."""
    workspace, folder = workspace_with_nobody
    path = folder / "deelnemers.xlsx"
    path.write_bytes(PDF)
    with pytest.raises(UserError):
        workspace.people.read_people_file(path)
    assert workspace.people.people_list() == []


@pytest.fixture
def workspace_with_nobody(db_path: Path, tmp_path: Path):
    from models.workspace import Workspace

    opened = Workspace.open(db_path)
    yield opened, tmp_path
    opened.close()


def test_a_real_list_is_read_whatever_it_is_called(tmp_path: Path) -> None:
    """An xlsx named .csv is an xlsx; a csv named .xlsx is a csv; an xls named .ods, an xls."""
    for source, name, kind in (
        ("inschrijvingen_titels_samengevoegd.xlsx", "lijst.csv", "xlsx"),
        ("deelnemers_excel_be_cp1252.csv", "lijst.xlsx", "csv"),
        ("aanwezigen_oud.xls", "lijst.ods", "xls"),
        ("trekkers_libreoffice.ods", "lijst", "ods"),
    ):
        path = tmp_path / name
        path.write_bytes((DATA / source).read_bytes())
        file = open_import(path)
        assert file.kind == kind and file.tables[0].rows, source


def test_text_without_known_headers_is_not_a_list_of_people(tmp_path: Path) -> None:
    """Plain text needs a header row the mapping knows; the coach is told to add one."""
    path = tmp_path / "raar.csv"
    path.write_text("kol1;kol2\nJan;x\nPiet;y\n", encoding="utf-8")
    assert "column headers" in _message(path)
    one_line = tmp_path / "zin.csv"
    one_line.write_text("naam van de activiteit: fietstocht\nstart om 10 uur\n", encoding="utf-8")
    assert "column headers" in _message(one_line)


def test_a_single_column_of_names_is_a_list(tmp_path: Path) -> None:
    """One column headed exactly "Naam" is enough."""
    path = tmp_path / "namen.csv"
    path.write_text("Naam\nJan Peeters\nEls Smet\n", encoding="utf-8")
    assert [cells[0] for _, cells in open_import(path).tables[0].rows] == [
        "Jan Peeters",
        "Els Smet",
    ]


def test_a_web_page_table_saved_as_xls_is_read(tmp_path: Path) -> None:
    """Web registration tools save an HTML table with an .xls name: its rows are read."""
    path = tmp_path / "inschrijvingen.xls"
    path.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><h1>Inschrijvingen</h1>"
        "<table><tr><th>Voornaam</th><th>Naam</th><th>E-mail</th></tr>"
        "<tr><td>Zo&euml;</td><td>Van&nbsp;den Bossche</td><td>zoe@x.be</td></tr>"
        "<tr><td colspan='2'>Jan Peeters</td><td>jan@x.be</td></tr></table></body></html>",
        encoding="utf-8",
    )
    file = open_import(path)
    table = file.tables[0]
    assert file.kind == "html" and table.headers == ("Voornaam", "Naam", "E-mail")
    assert table.rows[0][1] == ("Zoë", "Van den Bossche", "zoe@x.be")
    assert table.rows[1][1] == ("Jan Peeters", None, "jan@x.be")


def test_a_web_page_without_a_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text("<html><body><p>Geen inschrijvingen.</p></body></html>", encoding="utf-8")
    assert "web page without a table" in _message(path)


def test_an_excel_2003_xml_file_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "oud.xls"
    path.write_text(
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
        "<Worksheet><Table><Row><Cell><Data>Naam</Data></Cell></Row></Table></Worksheet>"
        "</Workbook>",
        encoding="utf-8",
    )
    assert "Excel 2003 XML" in _message(path)


def test_control_characters_in_cells_are_cleaned_at_the_door(tmp_path: Path) -> None:
    """NUL, BEL, ESC and a right-to-left override in a sheet never leave the reader."""
    path = tmp_path / "vuil.xlsx"
    cells = "".join(
        f'<c r="{column}2" t="inlineStr"><is><t>{text}</t></is></c>'
        for column, text in (("A", "Ja\x00n\x07"), ("B", "Pee\x1b[31mters\u202e"))
    )
    header = hostile.HEADER_ROW.split('<row r="2">')[0]
    path.write_bytes(hostile.xlsx(f"{header}<row>{cells}</row>"))
    assert open_import(path).tables[0].rows[0][1] == ("Jan", "Pee[31mters")
    csv = tmp_path / "vuil.csv"
    csv.write_bytes("Voornaam;Naam\nJan;Pee\x1b[2Jters\u2066\nEl\x07s;Smet\n".encode())
    rows = [cells for _, cells in open_import(csv).tables[0].rows]
    assert rows == [("Jan", "Pee[2Jters"), ("Els", "Smet")]
