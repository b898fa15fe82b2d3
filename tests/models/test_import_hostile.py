"""Files that are not what they claim are refused with a Dutch message, before any reader."""

import importlib.util
import io
import zipfile
from pathlib import Path

import pytest

from models.core.errors import UserError
from models.people.importing import open_import

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
GOOD_XLSX = DATA / "inschrijvingen_titels_samengevoegd.xlsx"


def _fixtures():
    spec = importlib.util.spec_from_file_location("make_fixtures", DATA / "make_fixtures.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rewrite_xlsx(target: Path, member: str, change) -> Path:
    """A copy of the good xlsx with one zip member changed."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(GOOD_XLSX) as source, zipfile.ZipFile(buffer, "w") as copy:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == member:
                data = change(data)
            copy.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)
    target.write_bytes(buffer.getvalue())
    return target


def _refused(path: Path, *words: str) -> str:
    with pytest.raises(UserError) as error:
        open_import(path)
    message = error.value.message
    for word in words:
        assert word in message
    return message


def test_missing_file(tmp_path: Path) -> None:
    _refused(tmp_path / "weg.xlsx", "bestaat niet")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "leeg.xlsx"
    path.write_bytes(b"")
    _refused(path, "leeg")


def test_csv_with_only_separators_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "leeg.csv"
    path.write_text(";;;\n;;;\n", encoding="utf-8")
    _refused(path, "geen gegevens")


def test_not_a_spreadsheet(tmp_path: Path) -> None:
    """A picture renamed to .xlsx, a Word file, a web page called .xls."""
    png = tmp_path / "foto.xlsx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    _refused(png, "geen rekenblad")
    docx = tmp_path / "brief.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    _refused(docx, "geen rekenblad")
    html = tmp_path / "export.xls"
    html.write_text("<html><table><tr><td>Naam</td></tr></table></html>", encoding="utf-8")
    _refused(html, "webpagina")


def test_truncated_xlsx(tmp_path: Path) -> None:
    data = GOOD_XLSX.read_bytes()
    path = tmp_path / "half.xlsx"
    path.write_bytes(data[: len(data) // 2])
    _refused(path, "onvolledig")


def test_truncated_xls(tmp_path: Path) -> None:
    data = (DATA / "aanwezigen_oud.xls").read_bytes()
    path = tmp_path / "half.xls"
    path.write_bytes(data[:1500])
    _refused(path, "onvolledig")


def test_password_protected_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "geheim.xlsx"
    path.write_bytes(_fixtures().encrypted_xlsx_bytes())
    _refused(path, "wachtwoord")


def test_password_protected_xls(tmp_path: Path) -> None:
    fixtures = _fixtures()
    stream = fixtures.biff8_workbook("Blad1", [["Naam"], ["Jan"]])
    # FILEPASS right after the BOF of the globals, as Excel writes it.
    bof_end = 4 + 16
    stream = (
        stream[:bof_end] + fixtures._record(0x002F, b"\x01\x00" + b"\0" * 52) + stream[bof_end:]
    )
    path = tmp_path / "geheim.xls"
    path.write_bytes(fixtures.compound_file({"Workbook": stream}))
    _refused(path, "wachtwoord")


def test_xml_entity_bomb(tmp_path: Path) -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )

    def change(data: bytes) -> bytes:
        return bomb + data

    path = _rewrite_xlsx(tmp_path / "bom.xlsx", "xl/worksheets/sheet1.xml", change)
    _refused(path, "beschadigd")


def test_gigantic_declared_size(tmp_path: Path) -> None:
    """A small zip whose member unpacks to more than we allow (one huge cell)."""
    path = tmp_path / "groot.xlsx"
    with zipfile.ZipFile(GOOD_XLSX) as source, zipfile.ZipFile(path, "w") as copy:
        for info in source.infolist():
            copy.writestr(info.filename, source.read(info.filename), zipfile.ZIP_DEFLATED)
        copy.writestr("xl/media/huge.bin", b"\0" * (101 * 1024 * 1024), zipfile.ZIP_DEFLATED)
    assert path.stat().st_size < 2 * 1024 * 1024
    _refused(path, "te groot")


def _with_last_row(tmp_path: Path, name: str, row: bytes) -> Path:
    """The good fixture with one more row at the end of its first sheet."""

    def change(data: bytes) -> bytes:
        return data.replace(b"</sheetData>", row + b"</sheetData>")

    return _rewrite_xlsx(tmp_path / name, "xl/worksheets/sheet1.xml", change)


def test_far_away_cell_is_refused_before_calamine(tmp_path: Path) -> None:
    """One cell at XFD1048576 would make the reader allocate billions of cells (abort)."""
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    _refused(_with_last_row(tmp_path, "ver.xlsx", far), "te groot")


def test_far_away_cell_with_its_address_after_other_attributes_is_refused(tmp_path: Path) -> None:
    far = b'<row r="900000"><c s="0" t="n" r="ZZ900000"><v>1</v></c></row>'
    _refused(_with_last_row(tmp_path, "ver2.xlsx", far), "te groot")


def test_an_empty_far_away_cell_is_harmless(tmp_path: Path) -> None:
    """Excel writes empty formatted cells as <c r=".." s=".."/>: they hold nothing to lay out."""
    far = b'<row r="1048576"><c r="XFD1048576" s="0"/></row>'
    assert open_import(_with_last_row(tmp_path, "leeg.xlsx", far)).tables[0].rows


def test_shared_strings_claiming_billions(tmp_path: Path) -> None:
    path = tmp_path / "sst.xlsx"
    with zipfile.ZipFile(GOOD_XLSX) as source, zipfile.ZipFile(path, "w") as copy:
        for info in source.infolist():
            copy.writestr(info.filename, source.read(info.filename), zipfile.ZIP_DEFLATED)
        copy.writestr(
            "xl/sharedStrings.xml",
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'count="4000000000" uniqueCount="4000000000"><si><t>x</t></si></sst>',
        )
    _refused(path, "te groot")


def test_declared_dimension_alone_is_harmless(tmp_path: Path) -> None:
    """A sheet claiming A1:XFD1048576 with a few real rows reads normally."""

    def change(data: bytes) -> bytes:
        import re

        return re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>', data)

    path = _rewrite_xlsx(tmp_path / "dim.xlsx", "xl/worksheets/sheet1.xml", change)
    assert open_import(path).tables[0].rows


def test_ods_with_a_repeated_filled_row_is_refused(tmp_path: Path) -> None:
    fixtures = _fixtures()
    rows = [
        '<table:table-row table:number-rows-repeated="5000000"><table:table-cell '
        'office:value-type="string"><text:p>Jan</text:p></table:table-cell></table:table-row>'
    ]
    path = tmp_path / "herhaald.ods"
    path.write_bytes(fixtures.ods_bytes(rows))
    _refused(path, "te groot")


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    _refused(tmp_path, "map")
