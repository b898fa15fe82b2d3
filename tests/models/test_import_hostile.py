"""Hostile spreadsheets never reach the app: refused quickly by the checks, contained by the
reading child's limits when the checks are switched off, always with a message."""

import importlib.util
import io
import re
import zipfile
from pathlib import Path

import pytest

from models.core.errors import UserError
from models.people.importing.files import open_import
from models.people.importing.sandbox import ReadLimits, read_workbook
from tests import hostile_files as hostile

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
GOOD_XLSX = DATA / "inschrijvingen_titels_samengevoegd.xlsx"
REFUSED = "too big to read"
STOPPED = "could not be read"


def _fixtures():
    spec = importlib.util.spec_from_file_location("make_fixtures", DATA / "make_fixtures.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _refused(path: Path, *words: str) -> str:
    with pytest.raises(UserError) as error:
        open_import(path)
    message = error.value.message
    assert path.name in message
    for word in words:
        assert word in message
    return message


# Every kind of hostile file seen in the field, in the spellings a reader accepts.
HOSTILE = {
    "far cell": hostile.xlsx(hostile.far_cell()),
    "far cell in lower case": hostile.xlsx(hostile.far_cell('r="xfd1048576"')),
    "far cell in single quotes": hostile.xlsx(hostile.far_cell("r='XFD1048576'")),
    "far cell with spaces around =": hostile.xlsx(hostile.far_cell('r = "XFD1048576"')),
    "far cell after other attributes": hostile.xlsx(
        hostile.HEADER_ROW + '<row r="900000"><c s="0" t="n" r="ZZ900000"><v>1</v></c></row>'
    ),
    "cells without an address in the last row": hostile.xlsx(
        hostile.HEADER_ROW + '<row r="1048576">' + "<c/>" * 99 + "<c><v>1</v></c></row>"
    ),
    "workbook moved through _rels/.rels": hostile.xlsx(
        hostile.far_cell(), workbook="data/workbook.xml"
    ),
    "sheet at another path in upper case": hostile.xlsx(hostile.far_cell(), sheet="ws/Blad.XML"),
    "shared strings claiming billions": hostile.xlsx(shared=hostile.shared_strings_bomb()),
    "shared strings part in another case": hostile.xlsx(
        shared=hostile.shared_strings_bomb(), shared_name="SharedStrings.xml"
    ),
    "ods rows and cells repeated": hostile.ods_repeat_bomb(),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_file_is_refused_with_a_precise_message(tmp_path: Path, kind: str) -> None:
    """The quick checks recognise each shape and say that the file is far too big."""
    suffix = ".ods" if kind.startswith("ods") else ".xlsx"
    path = tmp_path / f"lijst{suffix}"
    path.write_bytes(HOSTILE[kind])
    _refused(path, REFUSED)


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_without_the_checks_the_child_dies_and_the_app_says_so(tmp_path: Path, kind: str) -> None:
    """Correctness does not depend on the checks: the reader aborts in its own process."""
    suffix = ".ods" if kind.startswith("ods") else ".xlsx"
    path = tmp_path / f"lijst{suffix}"
    path.write_bytes(HOSTILE[kind])
    with pytest.raises(UserError) as error:
        read_workbook(path, limits=ReadLimits(precheck=False))
    assert error.value.message.startswith("'lijst")
    assert STOPPED in error.value.message or REFUSED in error.value.message


def test_the_same_file_without_the_far_cell_reads(tmp_path: Path) -> None:
    """The hostile builders make valid files: without the bomb they read as people."""
    path = tmp_path / "gewoon.xlsx"
    path.write_bytes(hostile.xlsx(workbook="data/workbook.xml", sheet="ws/Blad.XML"))
    table = open_import(path).tables[0]
    assert table.headers == ("Voornaam", "Naam") and table.rows[0][1] == ("Jan", "Peeters")


def test_an_empty_far_away_cell_is_harmless(tmp_path: Path) -> None:
    """Excel writes empty formatted cells as <c r=".." s=".."/>: they hold nothing to lay out."""
    path = tmp_path / "leeg.xlsx"
    path.write_bytes(
        hostile.xlsx(hostile.HEADER_ROW + '<row r="1048576"><c r="XFD1048576" s="0"/></row>')
    )
    assert open_import(path).tables[0].rows


def test_declared_dimension_alone_is_harmless(tmp_path: Path) -> None:
    """A sheet claiming A1:XFD1048576 with a few real rows reads normally."""
    path = tmp_path / "dim.xlsx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(GOOD_XLSX) as source, zipfile.ZipFile(buffer, "w") as copy:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(
                    rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>', data
                )
            copy.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)
    path.write_bytes(buffer.getvalue())
    assert open_import(path).tables[0].rows


def test_xml_entity_bomb(tmp_path: Path) -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    path = tmp_path / "bom.xlsx"
    path.write_bytes(hostile.xlsx(shared=bomb + "<sst/>"))
    _refused(path, "damaged")


def test_gigantic_unpacked_size(tmp_path: Path) -> None:
    """A small zip whose member unpacks to more than we allow (one huge cell)."""
    path = tmp_path / "groot.xlsx"
    with zipfile.ZipFile(GOOD_XLSX) as source, zipfile.ZipFile(path, "w") as copy:
        for info in source.infolist():
            copy.writestr(info.filename, source.read(info.filename), zipfile.ZIP_DEFLATED)
        copy.writestr("xl/media/huge.bin", b"\0" * (101 * 1024 * 1024), zipfile.ZIP_DEFLATED)
    assert path.stat().st_size < 2 * 1024 * 1024
    _refused(path, REFUSED)


def test_more_rows_than_a_list_of_people_has(tmp_path: Path) -> None:
    path = tmp_path / "lang.csv"
    path.write_text("Voornaam;Naam\n" + "Jan;Peeters\n" * 200_001, encoding="utf-8")
    _refused(path, "more than 200.000 rows")


def test_truncated_xlsx(tmp_path: Path) -> None:
    data = GOOD_XLSX.read_bytes()
    path = tmp_path / "half.xlsx"
    path.write_bytes(data[: len(data) // 2])
    _refused(path, "incomplete")


def test_truncated_xls(tmp_path: Path) -> None:
    data = (DATA / "aanwezigen_oud.xls").read_bytes()
    path = tmp_path / "half.xls"
    path.write_bytes(data[:1500])
    _refused(path, "incomplete")


def test_password_protected_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "geheim.xlsx"
    path.write_bytes(_fixtures().encrypted_xlsx_bytes())
    _refused(path, "password")


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
    _refused(path, "password")


def test_missing_empty_and_folder(tmp_path: Path) -> None:
    _refused(tmp_path / "weg.xlsx", "does not exist")
    empty = tmp_path / "leeg.xlsx"
    empty.write_bytes(b"")
    _refused(empty, "is empty")
    (tmp_path / "map.xlsx").mkdir()
    _refused(tmp_path / "map.xlsx", "folder")


def test_csv_with_only_separators_holds_no_data(tmp_path: Path) -> None:
    path = tmp_path / "leeg.csv"
    path.write_text(";;;\n;;;\n", encoding="utf-8")
    _refused(path, "holds no data")
