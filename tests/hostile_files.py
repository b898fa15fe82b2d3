"""Small, valid spreadsheets built to hurt a reader, made on the fly (none sit in the repo).

Each builder returns the bytes of a whole file. The xlsx builder writes every part from
scratch, so that part names, folders and cases can be chosen freely: a reader must follow
the relationships, not the names Excel happens to use.
"""

import io
import zipfile

SPREADSHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
SHARED = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

HEADER_ROW = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Voornaam</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>Naam</t></is></c></row>'
    '<row r="2"><c r="A2" t="inlineStr"><is><t>Jan</t></is></c>'
    '<c r="B2" t="inlineStr"><is><t>Peeters</t></is></c></row>'
)


def xlsx(
    rows: str = HEADER_ROW,
    *,
    workbook: str = "xl/workbook.xml",
    sheet: str = "worksheets/sheet1.xml",
    shared: str | None = None,
    shared_name: str = "sharedStrings.xml",
) -> bytes:
    """An xlsx with one sheet holding `rows` (the XML inside <sheetData>).

    `workbook` is where the workbook part lives (found through _rels/.rels), `sheet` and
    `shared_name` are relative to the workbook's folder, `shared` the shared-strings XML.
    """
    folder, _, book = workbook.rpartition("/")
    prefix = f"{folder}/" if folder else ""
    overrides = [
        f'<Override PartName="/{workbook}" ContentType="{SPREADSHEET_MAIN}"/>',
        f'<Override PartName="/{prefix}{sheet}" ContentType="{WORKSHEET}"/>',
    ]
    book_rels = [f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="{sheet}"/>']
    if shared is not None:
        overrides.append(f'<Override PartName="/{prefix}{shared_name}" ContentType="{SHARED}"/>')
        book_rels.append(
            f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="{shared_name}"/>'
        )
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="rels" ContentType="application'
            '/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            f'ContentType="application/xml"/>{"".join(overrides)}</Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
            f'Type="{OFFICE_DOCUMENT}" Target="{workbook}"/></Relationships>'
        ),
        workbook: (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN_NS}" '
            f'xmlns:r="{REL}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets>'
            "</workbook>"
        ),
        f"{prefix}_rels/{book}.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            f'openxmlformats.org/package/2006/relationships">{"".join(book_rels)}'
            "</Relationships>"
        ),
        f"{prefix}{sheet}": (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN_NS}">'
            f"<sheetData>{rows}</sheetData></worksheet>"
        ),
    }
    if shared is not None:
        parts[f"{prefix}{shared_name}"] = shared
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def far_cell(reference: str = 'r="XFD1048576"', row: str = 'r="1048576"') -> str:
    """The normal rows, then one filled cell far away, its address spelt as given."""
    return f'{HEADER_ROW}<row {row}><c {reference} t="inlineStr"><is><t>x</t></is></c></row>'


def shared_strings_bomb(count: int = 4_000_000_000) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN_NS}" count="{count}" '
        f'uniqueCount="{count}"><si><t>Jan</t></si></sst>'
    )


def ods(
    content_rows: str, mimetype: bytes = b"application/vnd.oasis.opendocument.spreadsheet"
) -> bytes:
    """An ods whose one sheet holds `content_rows` (the XML inside <table:table>)."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Blad1">'
        f"{content_rows}</table:table></office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", MANIFEST)
    return buffer.getvalue()


MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def ods_repeat_bomb(rows: int = 9_999, columns: int = 9_999) -> bytes:
    """A few hundred bytes that a reader lays out as rows × columns filled cells."""
    return ods(
        f'<table:table-row table:number-rows-repeated="{rows}">'
        f'<table:table-cell table:number-columns-repeated="{columns}" '
        'office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'
    )
