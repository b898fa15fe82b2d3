"""What a file is, judged by its content: its name and extension do not count.

An xlsx is a zip whose package declares a spreadsheet as its main part; an ods a zip whose
`mimetype` says spreadsheet; an xls an OLE2 compound file with a workbook stream; a web page
with a table (some registration tools save that as .xls) is read as a table. Anything else
that is text goes to the CSV reader, which wants a delimiter and column headers it knows
(`readers.read_csv`). Everything else is refused, saying what the file seems to be.

Runs in the reading child process (see `child.py`): a hostile file cannot hurt the app here.
"""

import re
import zipfile
from pathlib import Path

from models.people.importing import refusals
from models.people.importing.cfb import MAGIC as CFB_MAGIC
from models.people.importing.cfb import CompoundFile, CompoundFileError
from models.people.importing.sheets import FileKind

SPREADSHEET_TYPES = (
    b"spreadsheetml.sheet.main+xml",
    b"spreadsheetml.template.main+xml",
    b"ms-excel.sheet.macroenabled.main+xml",
    b"ms-excel.template.macroenabled.main+xml",
    b"ms-excel.addin.macroenabled.main+xml",
)
BINARY_SPREADSHEET = b"ms-excel.sheet.binary.macroenabled.main"
MAX_PACKAGE_PART = 1024 * 1024  # [Content_Types].xml and _rels/.rels are a few KB

# First bytes of files people pick by mistake: only to say what the file seems to be.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "pdf"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
    (b"{\\rtf", "word"),
    (b"SQLite format 3\x00", "database"),
    (b"\x7fELF", "program"),
    (b"MZ", "program"),
    (b"\x1f\x8b", "archive"),
    (b"7z\xbc\xaf\x27\x1c", "archive"),
    (b"Rar!", "archive"),
)


def judge(path: Path, name: str) -> FileKind:
    """The kind of spreadsheet `path` holds; a UserError saying what it is otherwise."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _judge_zip(path, name)
    if head.startswith(CFB_MAGIC):
        return _judge_compound(path, name)
    if head.startswith(b"PK"):
        raise refusals.incomplete(name)
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            raise refusals.looks_like(name, what)
    if head[8:12] == b"WEBP" and head.startswith(b"RIFF"):
        raise refusals.looks_like(name, "image")
    return _judge_text(head, name)


def _judge_zip(path: Path, name: str) -> FileKind:
    try:
        with zipfile.ZipFile(path) as archive:
            parts = {info.filename.casefold(): info for info in archive.infolist()}
            mimetype = _part(archive, parts, "mimetype")
            if mimetype is not None:
                return _opendocument(mimetype.strip(), name)
            types = _part(archive, parts, "[content_types].xml")
            relations = _part(archive, parts, "_rels/.rels")
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        raise refusals.incomplete(name) from None
    if types is None or relations is None:
        raise refusals.looks_like(name, "archive")
    main = _main_part(relations)
    if main is None or main.casefold() not in parts:
        raise refusals.looks_like(name, "office")
    declared = _content_type(types, main)
    if any(kind in declared for kind in SPREADSHEET_TYPES):
        return FileKind.XLSX
    if BINARY_SPREADSHEET in declared:
        return FileKind.XLSX  # .xlsb: calamine reads it the same way
    if b"wordprocessingml" in declared:
        raise refusals.looks_like(name, "word")
    if b"presentationml" in declared:
        raise refusals.looks_like(name, "presentation")
    raise refusals.looks_like(name, "office")


def _part(archive: zipfile.ZipFile, parts: dict[str, zipfile.ZipInfo], wanted: str) -> bytes | None:
    """A small package part by its name in any case (part names are case-insensitive)."""
    info = parts.get(wanted)
    if info is None:
        return None
    if info.file_size > MAX_PACKAGE_PART:
        raise ValueError("package part too big")
    return archive.read(info)


_OFFICE_DOCUMENT = re.compile(
    rb"<(?:\w+:)?Relationship\b[^>]*?\bType\s*=\s*[\"'][^\"']*/officeDocument[\"'][^>]*>", re.S
)
_TARGET = re.compile(rb"\bTarget\s*=\s*[\"']([^\"']+)[\"']")


def _main_part(relations: bytes) -> str | None:
    """The zip member name of the package's main part, from _rels/.rels."""
    found = _OFFICE_DOCUMENT.search(relations)
    target = _TARGET.search(found.group(0)) if found else None
    if target is None:
        return None
    return target.group(1).decode("utf-8", "replace").lstrip("/")


_OVERRIDE = re.compile(rb"<(?:\w+:)?Override\b[^>]*>")
_DEFAULT = re.compile(rb"<(?:\w+:)?Default\b[^>]*>")
_PART_NAME = re.compile(rb"\bPartName\s*=\s*[\"']/?([^\"']+)[\"']")
_EXTENSION = re.compile(rb"\bExtension\s*=\s*[\"']([^\"']+)[\"']")
_CONTENT_TYPE = re.compile(rb"\bContentType\s*=\s*[\"']([^\"']+)[\"']")


def _content_type(types: bytes, part: str) -> bytes:
    """The content type [Content_Types].xml gives `part` (lower case), b"" when none."""
    wanted = part.casefold().encode("utf-8")
    for pattern, key, value in (
        (_OVERRIDE, _PART_NAME, wanted),
        (_DEFAULT, _EXTENSION, wanted.rpartition(b".")[2]),
    ):
        for element in pattern.finditer(types):
            found = key.search(element.group(0))
            declared = _CONTENT_TYPE.search(element.group(0))
            if found and declared and found.group(1).lower() == value:
                return declared.group(1).lower()
    return b""


def _opendocument(mimetype: bytes, name: str) -> FileKind:
    if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
        return FileKind.ODS
    if b"opendocument.text" in mimetype:
        raise refusals.looks_like(name, "word")
    if b"opendocument.presentation" in mimetype:
        raise refusals.looks_like(name, "presentation")
    raise refusals.looks_like(name, "office")


def _judge_compound(path: Path, name: str) -> FileKind:
    """Old .xls, or an Office file with a password (a compound file holding the package)."""
    try:
        entries = {entry.casefold() for entry in CompoundFile(path.read_bytes()).names()}
    except CompoundFileError:
        raise refusals.incomplete(name) from None
    if {"encryptedpackage", "encryptioninfo"} & entries:
        raise refusals.password(name)
    if {"workbook", "book"} & entries:
        return FileKind.XLS
    if "worddocument" in entries:
        raise refusals.looks_like(name, "word")
    if "powerpoint document" in entries:
        raise refusals.looks_like(name, "presentation")
    raise refusals.looks_like(name, "office")


_HTML = re.compile(rb"<(?:!doctype\s+html|html|table|head|body|meta)\b", re.IGNORECASE)


def _judge_text(head: bytes, name: str) -> FileKind:
    """Text: a web page (its tables are read), XML (refused), or CSV for the CSV reader."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "replace").encode("utf-8", "replace")
    elif b"\0" in head:
        raise refusals.unknown_format(name)
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1024].lower()
    if start.startswith(b"<?xml"):
        if b"urn:schemas-microsoft-com:office:spreadsheet" in head.lower():
            raise refusals.excel_2003_xml(name)
        if not _HTML.search(start):
            raise refusals.looks_like(name, "xml")
    if start.startswith(b"<") and _HTML.search(start):
        return FileKind.HTML
    return FileKind.CSV
