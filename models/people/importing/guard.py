"""Checks on an untrusted spreadsheet before any reader touches it.

python-calamine aborts the whole process (it cannot be caught) on a few-KB hostile xlsx with a
cell at a far-away address or a shared-strings table claiming billions of entries, and one
300 MB cell fits in a 300 KB zip (see FACTS.md). So the sizes, the cell addresses and the XML
headers are checked here first, on bounded data, and every refusal is a Dutch UserError.
"""

import re
import struct
import zipfile
from enum import StrEnum
from pathlib import Path

from models.core.errors import UserError
from models.people.importing.cfb import MAGIC as CFB_MAGIC
from models.people.importing.cfb import CompoundFile, CompoundFileError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_MEMBER_BYTES = 100 * 1024 * 1024
MAX_CELLS = 20_000_000  # rows × columns that a reader would lay out for one sheet
MAX_ROWS = 1_048_576
MAX_STRINGS = 5_000_000


class FileKind(StrEnum):
    XLSX = "xlsx"
    XLS = "xls"
    ODS = "ods"
    CSV = "csv"


def _damaged(name: str) -> UserError:
    return UserError(
        f"'{name}' is beschadigd of geen rekenblad. Open het in Excel of LibreOffice en bewaar "
        "het opnieuw als .xlsx of .csv, en probeer dan opnieuw."
    )


def _too_big(name: str) -> UserError:
    return UserError(
        f"'{name}' is te groot om als deelnemerslijst in te lezen (het rekenblad belooft "
        "ongewoon veel cellen of tekst). Bewaar alleen het blad met de personen in een nieuw "
        "bestand en probeer opnieuw."
    )


def _password(name: str) -> UserError:
    return UserError(
        f"'{name}' is beveiligd met een wachtwoord. Open het in Excel of LibreOffice, haal het "
        "wachtwoord weg (of bewaar een kopie zonder wachtwoord) en probeer opnieuw."
    )


def check_file(path: Path) -> FileKind:
    """The kind of spreadsheet `path` is, after the checks; a UserError when it is unsafe."""
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UserError(f"Het bestand '{name}' bestaat niet. Kies een bestaand bestand.") from None
    except OSError:
        raise UserError(f"Het bestand '{name}' kan niet gelezen worden.") from None
    if path.is_dir():
        raise UserError(f"'{name}' is een map, geen rekenblad. Kies een bestand.")
    if size == 0:
        raise UserError(f"'{name}' is leeg. Kies het bestand met de deelnemerslijst.")
    if size > MAX_FILE_BYTES:
        raise UserError(
            f"'{name}' is groter dan {MAX_FILE_BYTES // (1024 * 1024)} MB; dat is geen "
            "deelnemerslijst. Bewaar alleen het blad met de personen en probeer opnieuw."
        )
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"PK\x03\x04"):
        return _check_zip(path)
    if head.startswith(CFB_MAGIC):
        _check_compound(path)
        return FileKind.XLS
    if head.startswith(b"PK"):
        raise _damaged(name)
    _check_text(path)
    return FileKind.CSV


def _check_zip(path: Path) -> FileKind:
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UserError(
            f"'{name}' is onvolledig of beschadigd (misschien niet helemaal gedownload of "
            "gekopieerd). Haal het bestand opnieuw op en probeer opnieuw."
        ) from None
    with archive:
        members = archive.infolist()
        names = {member.filename for member in members}
        total = 0
        for member in members:
            total += member.file_size
            if member.file_size > MAX_MEMBER_BYTES or total > MAX_UNCOMPRESSED_BYTES:
                raise _too_big(name)
        if "xl/workbook.xml" in names:
            kind = FileKind.XLSX
            xml_members = [n for n in names if n.startswith("xl/") and n.endswith(".xml")]
        elif "content.xml" in names and _ods_mimetype(archive, names):
            kind = FileKind.ODS
            xml_members = ["content.xml"]
        else:
            raise UserError(
                f"'{name}' is geen rekenblad (het is een ander soort zip- of Office-bestand). "
                "Kies een .xlsx-, .ods-, .xls- of .csv-bestand."
            )
        try:
            for member_name in xml_members:
                data = archive.read(member_name)
                _check_xml_head(data, name)
                if kind is FileKind.XLSX and member_name.startswith("xl/worksheets/"):
                    _check_xlsx_cells(data, name)
                elif member_name == "xl/sharedStrings.xml":
                    _check_shared_strings(data, name)
                elif kind is FileKind.ODS:
                    _check_ods_repeats(data, name)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
            raise _damaged(name) from None
    return kind


def _ods_mimetype(archive: zipfile.ZipFile, names: set[str]) -> bool:
    if "mimetype" not in names:
        return True  # some writers leave it out; content.xml is checked all the same
    return b"spreadsheet" in archive.read("mimetype")[:200]


_DOCTYPE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def _check_xml_head(data: bytes, name: str) -> None:
    """No DTD at all: an OOXML or ODF part never has one; entity bombs and XXE need one."""
    if _DOCTYPE.search(data[:4096]) or b"<!ENTITY" in data:
        raise _damaged(name)


_CELL_REF = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]{1,4})([0-9]{1,10})\"[^>]*?(?<!/)>")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + (letter - 64)
    return number


# Any cell address in the part: a superset of the filled cells, found in one C-level pass.
_ANY_REF = re.compile(rb'r="([A-Z]{1,4})([0-9]{1,10})"')


def _area(refs: list[tuple[bytes, bytes]]) -> tuple[int, int]:
    if not refs:
        return 0, 0
    columns = {letters for letters, _ in refs}
    rows = {digits for _, digits in refs}
    return max(map(int, rows)), max(map(_column_number, columns))


def _check_xlsx_cells(data: bytes, name: str) -> None:
    """The area a reader lays out spans from A1 to the farthest cell that holds something.

    Every address in the part bounds that area from above; only when that bound is too big
    are the cells that hold something (not the empty `<c r="…"/>`) looked at one by one.
    """
    if _fits(*_area(_ANY_REF.findall(data))):
        return
    max_row = max_col = 0
    for match in _CELL_REF.finditer(data):
        max_col = max(max_col, _column_number(match.group(1)))
        max_row = max(max_row, int(match.group(2)))
    if not _fits(max_row, max_col):
        raise _too_big(name)


def _fits(max_row: int, max_col: int) -> bool:
    return max_row <= MAX_ROWS and max_col <= 16_384 and max_row * max_col <= MAX_CELLS


_SST_COUNT = re.compile(rb"<(?:\w+:)?sst\b[^>]*?\buniqueCount=\"([0-9]+)\"")
_SST_TOTAL = re.compile(rb"<(?:\w+:)?sst\b[^>]*?\bcount=\"([0-9]+)\"")


def _check_shared_strings(data: bytes, name: str) -> None:
    head = data[:2048]
    for pattern in (_SST_COUNT, _SST_TOTAL):
        match = pattern.search(head)
        # Each string takes at least "<si><t/></si>" in the XML: a larger count is a lie.
        if match and int(match.group(1)) > min(MAX_STRINGS, max(len(data) // 4, 1024)) * 8:
            raise _too_big(name)


_ODS_REPEAT = re.compile(
    rb"<table:table-(row|cell)\b[^>]*?number-(?:rows|columns)-repeated=\"([0-9]+)\"[^>]*?(/?)>"
)


def _check_ods_repeats(data: bytes, name: str) -> None:
    """A repeat count on a row or cell that holds text makes the reader copy it that often."""
    for match in _ODS_REPEAT.finditer(data):
        count = int(match.group(2))
        if count <= 10_000 or match.group(3) == b"/":
            continue
        end_tag = b"</table:table-row>" if match.group(1) == b"row" else b"</table:table-cell>"
        end = data.find(end_tag, match.end())
        inner = data[match.end() : end if end >= 0 else len(data)]
        if b"<text:p" in inner or b"office:value=" in inner or b"office:value=" in match.group(0):
            raise _too_big(name)


_BIFF_FILEPASS = 0x002F
_BIFF_SST = 0x00FC
_BIFF_VALUE_CELLS = {0x0203, 0x0204, 0x0205, 0x0006, 0x027E, 0x00FD, 0x00D6}
_BIFF_MULRK = 0x00BD


def _check_compound(path: Path) -> None:
    """Old .xls (a compound file with a Workbook stream), or an encrypted .xlsx (refused)."""
    name = path.name
    try:
        compound = CompoundFile(path.read_bytes())
        entries = {entry.casefold() for entry in compound.names()}
        if {"encryptedpackage", "encryptioninfo"} & entries:
            raise _password(name)
        stream_name = "Workbook" if "workbook" in entries else "Book"
        if stream_name.casefold() not in entries:
            raise UserError(
                f"'{name}' is een ouder Office-bestand maar geen rekenblad (bv. een Word-"
                "document). Kies een .xls-, .xlsx-, .ods- of .csv-bestand."
            )
        _check_biff(compound.stream(stream_name), name)
    except CompoundFileError:
        raise UserError(
            f"'{name}' is onvolledig of beschadigd (misschien niet helemaal gedownload of "
            "gekopieerd). Haal het bestand opnieuw op, of bewaar het in Excel als .xlsx."
        ) from None
    except struct.error:
        raise _damaged(name) from None


def _check_biff(stream: bytes, name: str) -> None:
    max_row = max_col = 0
    offset = 0
    length = len(stream)
    while offset + 4 <= length:
        kind, size = struct.unpack_from("<HH", stream, offset)
        body = offset + 4
        if kind == _BIFF_FILEPASS:
            raise _password(name)
        if kind == _BIFF_SST and size >= 8:
            unique = struct.unpack_from("<I", stream, body + 4)[0]
            if unique > min(MAX_STRINGS, length):
                raise _too_big(name)
        elif kind in _BIFF_VALUE_CELLS and size >= 4:
            row, col = struct.unpack_from("<HH", stream, body)
            max_row, max_col = max(max_row, row + 1), max(max_col, col + 1)
        elif kind == _BIFF_MULRK and size >= 6:
            row = struct.unpack_from("<H", stream, body)[0]
            last = struct.unpack_from("<H", stream, body + size - 2)[0]
            max_row, max_col = max(max_row, row + 1), max(max_col, last + 1)
        offset = body + size
    if max_row * max_col > MAX_CELLS:
        raise _too_big(name)


def _check_text(path: Path) -> None:
    """A CSV is text: no NUL bytes (unless UTF-16), not a web page saved with a .xls name."""
    name = path.name
    with path.open("rb") as handle:
        sample = handle.read(8192)
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return
    if b"\0" in sample:
        raise UserError(
            f"'{name}' is geen rekenblad dat Trajectwijzer kent. Bewaar het in Excel of "
            "LibreOffice als .xlsx of .csv en probeer opnieuw."
        )
    lowered = sample.lstrip()[:200].lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml", b"<table")):
        raise UserError(
            f"'{name}' is een webpagina of XML-bestand, geen echt rekenblad (sommige websites "
            "geven zo'n bestand de naam .xls). Open het in Excel of LibreOffice, bewaar het als "
            ".xlsx en probeer opnieuw."
        )
