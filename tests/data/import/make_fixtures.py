"""Writes the import fixtures: real-life attendee lists with the quirks spreadsheets have.

Run `python tests/data/import/make_fixtures.py` to write them again. No spreadsheet program
is installed on the build machine (no soffice), so:
- .xlsx is written with openpyxl (what Excel writes: shared strings, merged cells, dates);
- .ods is built by hand as the zip of XML that LibreOffice writes (covered cells for merged
  headers, repeated empty cells and rows up to the sheet's end);
- .xls is built by hand: a BIFF8 workbook stream (BOF, BOUNDSHEET, LABEL, NUMBER, MERGEDCELLS,
  EOF records, as in [MS-XLS]) inside an OLE2 compound file ([MS-CFB], version 3);
- .csv files are encoded as Belgian Excel saves them (Windows-1252 with semicolons) and as
  UTF-8 with a BOM.
The hostile files (password, entity bomb, far-away cell...) are made by the tests with the
functions below, so that no hostile file sits in the repository.
"""

import struct
import zipfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
END_OF_CHAIN = 0xFFFFFFFE
FREE = 0xFFFFFFFF
FAT_SECTOR = 0xFFFFFFFD
NO_STREAM = 0xFFFFFFFF

# (row, first name, last name, email, gsm as a number, postcode as a float, consent)
PEOPLE = [
    ("Anneleen", "Van den Broeck", "Anneleen.VanDenBroeck@Telenet.be", 470123456, 8500.0, "ja"),
    ("Dirk", "D'hondt", "dirk.dhondt@skynet.be", 477889900, 8530.0, "nee"),
    ("Els", "de Smet", "els.desmet@gmail.com", "0486 11 22 33", 8500.0, 46000),
    ("Jan", "Peeters", "jan.peeters@proximus.be", 51234567, 8870.0, ""),
]


def write_xlsx(path: Path) -> None:
    """Title rows, an empty row, a two-row merged header, lost zeros, 8500.0, a duplicate."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Inschrijvingen"
    sheet["A1"] = "Infoavond autodelen Kortrijk"
    sheet["A2"] = "Inschrijvingen via het formulier van de stad"
    # Row 3 empty. Rows 4-5: header; "Naam" and "Postcode" merged down, "Contact" over two.
    sheet["A4"] = "Voornaam"
    sheet.merge_cells("A4:A5")
    sheet["B4"] = "Naam"
    sheet.merge_cells("B4:B5")
    sheet["C4"] = "Contactgegevens"
    sheet.merge_cells("C4:D4")
    sheet["C5"] = "E-mailadres"
    sheet["D5"] = "GSM"
    sheet["E4"] = "Postcode"
    sheet.merge_cells("E4:E5")
    sheet["F4"] = "Vereniging"
    sheet.merge_cells("F4:F5")
    sheet["G4"] = "Akkoord privacy"
    sheet.merge_cells("G4:G5")
    row = 6
    for first, last, email, phone, postcode, consent in PEOPLE:
        sheet.append([first, last, email, phone, postcode, "Fietsersbond", consent])
        row += 1
    sheet.append([])  # an empty row in the middle
    sheet.append(["Anneleen", "Van den Broeck", "anneleen.vandenbroeck@telenet.be", None, 8500])
    sheet.append(["Karel", "Janssens", "karel@@voorbeeld", "12", "9999", None, "misschien"])
    sheet.append([None, None, "zonder.naam@voorbeeld.be", 470000000])
    sheet.append(["Véronique", "Maes", None, None, 8500.0, None, date(2026, 3, 1)])
    english = workbook.create_sheet("Extra")
    english.append(["Registrations (late)"])
    english.append(["First name", "Last name", "E-mail", "Phone", "Zip", "Organisation"])
    english.append(["Tom", "Claes", "tom.claes@example.com", "+32 478 12 34 56", "2000", ""])
    english.append(["Veronique", "Maes", None, "0470 99 88 77", "8500", "Buurtwerk"])
    notes = workbook.create_sheet("Info")
    notes.append(["Dit blad bevat geen personen."])
    workbook.save(path)


def write_csv_cp1252(path: Path) -> None:
    lines = [
        "Deelnemerslijst Klimaatdoeners Herent;;;;",
        ";;;;",
        "Naam en voornaam;E-mail;Tel.;Postcode;Woonplaats",
        "Van den Broeck, Anneleen;anneleen@telenet.be;0470/12.34.56;3020;Herent",
        "D'hondt, Dirk;DIRK@HERENT.BE;016 23 45 67;3020.0;Veltem-Beisem",
        "de Smet Hélène;helene@voorbeeld.be;+32 (0)486 11 22 33;3020;Herent",
        "Müller, Jürgen;jurgen@voorbeeld.de;+49 30 1234567;;Berlijn",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def write_csv_utf8_bom(path: Path) -> None:
    lines = [
        "First name,Last name,Mail,Mobile,Zip code,City,Company",
        "Anneleen,Van den Broeck,anneleen@telenet.be,470123456,8500,Kortrijk,",
        'Zoë,"Vanden Bossche, jr.",zoe@example.com,0032478123456,1050,Elsene,"Buurt, vzw"',
    ]
    path.write_bytes(b"\xef\xbb\xbf" + ("\n".join(lines) + "\n").encode("utf-8"))


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'office:version="1.2"'
)


def _ods_cell(value: object, span: int = 1) -> str:
    spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, int | float):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}"{spanned}>'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    text = str(value).replace("&", "&amp;").replace("<", "&lt;")
    return (
        f'<table:table-cell office:value-type="string"{spanned}><text:p>{text}</text:p>'
        "</table:table-cell>"
    )


def ods_bytes(rows: list[str], sheet: str = "Blad1") -> bytes:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS}>'
        f'<office:body><office:spreadsheet><table:table table:name="{sheet}">'
        + "".join(rows)
        + '<table:table-row table:number-rows-repeated="1048560">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return buffer.getvalue()


def _ods_row(cells: list[str]) -> str:
    return (
        "<table:table-row>"
        + "".join(cells)
        + '<table:table-cell table:number-columns-repeated="1017"/></table:table-row>'
    )


def write_ods(path: Path) -> None:
    """A title row, a header cell spanning two columns (covered cell), lost zeros, 8500.0."""
    rows = [
        _ods_row([_ods_cell("Lerend netwerk buurtpunten: trekkers")]),
        _ods_row([_ods_cell(None)]),
        _ods_row(
            [
                _ods_cell("Familienaam"),
                _ods_cell("Voornaam"),
                _ods_cell("Contact", span=2),
                "<table:covered-table-cell/>",
                _ods_cell("Gemeente"),
            ]
        ),
        _ods_row(
            [
                _ods_cell(None),
                _ods_cell(None),
                _ods_cell("E-mail"),
                _ods_cell("Telefoon"),
                _ods_cell(None),
            ]
        ),
        _ods_row(
            [
                _ods_cell("Wouters"),
                _ods_cell("Lien"),
                _ods_cell("lien.wouters@buurtpunt.be"),
                _ods_cell(470556677),
                _ods_cell("Herselt"),
            ]
        ),
        _ods_row(
            [
                _ods_cell("Van Dyck"),
                _ods_cell("Pieter"),
                _ods_cell("pieter@buurtpunt.be"),
                _ods_cell(14123456.0),
                _ods_cell("Hulshout"),
            ]
        ),
    ]
    path.write_bytes(ods_bytes(rows, "Trekkers"))


# --- .xls: BIFF8 records in an OLE2 compound file ---------------------------------------


def _record(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def _xl_string16(text: str) -> bytes:
    return struct.pack("<HB", len(text), 1) + text.encode("utf-16-le")


def biff8_workbook(sheet_name: str, rows: list[list[object]], merged: list[tuple] = ()) -> bytes:
    """A workbook stream with one sheet: LABEL for text, NUMBER for numbers."""
    bof = struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 0x06)
    name = struct.pack("<BB", len(sheet_name), 1) + sheet_name.encode("utf-16-le")
    codepage = _record(0x0042, struct.pack("<H", 1200))
    globals_head = _record(0x0809, bof) + codepage
    boundsheet_size = 4 + 6 + len(name)
    eof = _record(0x000A, b"")
    sheet_offset = len(globals_head) + boundsheet_size + len(eof)
    boundsheet = _record(0x0085, struct.pack("<IBB", sheet_offset, 0, 0) + name)
    cells = b""
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, int | float):
                cells += _record(0x0203, struct.pack("<HHHd", r, c, 0, float(value)))
            else:
                cells += _record(0x0204, struct.pack("<HHH", r, c, 0) + _xl_string16(str(value)))
    width = max(len(row) for row in rows)
    dimensions = _record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0))
    merges = b""
    if merged:
        merges = _record(
            0x00E5,
            struct.pack("<H", len(merged))
            + b"".join(struct.pack("<HHHH", *area) for area in merged),
        )
    sheet = (
        _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 0x06))
        + dimensions
        + cells
        + merges
        + eof
    )
    return globals_head + boundsheet + eof + sheet


def compound_file(streams: dict[str, bytes]) -> bytes:
    """An OLE2 compound file (512-byte sectors) holding `streams`, each ≥ 4096 bytes."""
    sectors: list[bytes] = []
    fat: list[int] = []
    starts: list[tuple[str, int, int]] = []
    for name, data in streams.items():
        padded = data.ljust(max(4096, (len(data) + 511) // 512 * 512), b"\0")
        first = len(sectors)
        count = len(padded) // 512
        for index in range(count):
            sectors.append(padded[index * 512 : (index + 1) * 512])
            fat.append(first + index + 1 if index < count - 1 else END_OF_CHAIN)
        starts.append((name, first, max(len(data), 4096)))
    directory_sector = len(sectors)

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = name.encode("utf-16-le") + b"\0\0"
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", NO_STREAM, right, child)
            + b"\0" * 16
            + struct.pack("<I", 0)
            + b"\0" * 16
            + struct.pack("<IQ", start, size)
        )

    entries = [entry("Root Entry", 5, 1, NO_STREAM, END_OF_CHAIN, 0)]
    for index, (name, first, size) in enumerate(starts):
        right = index + 2 if index + 1 < len(starts) else NO_STREAM
        entries.append(entry(name, 2, NO_STREAM, right, first, size))
    directory = b"".join(entries)
    directory = directory.ljust((len(directory) + 511) // 512 * 512, b"\0")
    for index in range(len(directory) // 512):
        sectors.append(directory[index * 512 : (index + 1) * 512])
        last = index == len(directory) // 512 - 1
        fat.append(END_OF_CHAIN if last else directory_sector + index + 1)
    fat_sector = len(sectors)
    fat.append(FAT_SECTOR)
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat).ljust(512, b"\xff")
    sectors.append(fat_bytes)
    header = (
        bytes.fromhex("d0cf11e0a1b11ae1")
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack(
            "<IIIIIIIII", 0, 1, directory_sector, 0, 4096, END_OF_CHAIN, 0, END_OF_CHAIN, 0
        )
        + struct.pack("<I", fat_sector)
        + b"\xff" * (109 * 4 - 4)
    )
    assert len(header) == 512
    return header + b"".join(sectors)


XLS_ROWS: list[list[object]] = [
    ["Aanwezigheidslijst werksessie Hands on", None, None, None, None],
    [None, None, None, None, None],
    ["Naam", "Voornaam", "Mail", "GSM-nummer", "Postcode"],
    ["Goossens", "Marie", "marie.goossens@voorbeeld.be", 475123456, 3020.0],
    ["Van Damme", "Bart", "bart.vandamme@voorbeeld.be", 16987654, 3020.0],
]


def write_xls(path: Path) -> None:
    workbook = biff8_workbook("Aanwezigen", XLS_ROWS, merged=[(0, 0, 0, 4)])
    path.write_bytes(compound_file({"Workbook": workbook}))


def encrypted_xlsx_bytes() -> bytes:
    """What Excel writes for an xlsx with a password: a compound file, not a zip."""
    return compound_file({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": b"x" * 100})


def main() -> None:
    write_xlsx(HERE / "inschrijvingen_titels_samengevoegd.xlsx")
    write_csv_cp1252(HERE / "deelnemers_excel_be_cp1252.csv")
    write_csv_utf8_bom(HERE / "registrations_utf8_bom.csv")
    write_ods(HERE / "trekkers_libreoffice.ods")
    write_xls(HERE / "aanwezigen_oud.xls")


if __name__ == "__main__":
    main()
