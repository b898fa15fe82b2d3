"""The sign-in sheet (aanwezigheidslijst): printed before the session, signed in the hall.

Rows are computed as plain data (tested without a PDF), then laid out: A4 portrait, black
and white, a tall row for each signature and empty rows for walk-ins.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from exports.sessions.session_pdf_common import document_path, facts_table, footer_text

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

from models.sessions.dto import SignInSheet

HEADER = ("Nr.", "Naam", "Gemeente / organisatie", "E-mail of telefoon", "Akkoord*", "Handtekening")
BOX = "\u2610"  # ☐, a tick box DejaVu Sans prints
GIVEN = "gegeven"
KNOWN = "gekend"
CONSENT_NOTE = (
    "* Akkoord: ik geef toestemming om mijn naam en contactgegevens te bewaren om mij over dit "
    "traject te informeren en uit te nodigen. Deze toestemming kan ik altijd intrekken."
)
WALK_IN_NOTE = "Niet ingeschreven? Vul een lege rij in: naam, e-mail of telefoon, en teken."


def sheet_rows(sheet: SignInSheet) -> list[list[str]]:
    """Header, one row per registered person, then numbered empty rows for walk-ins."""
    rows = [list(HEADER)]
    for number, row in enumerate(sheet.rows, start=1):
        rows.append(
            [
                str(number),
                row.name,
                row.organisation,
                KNOWN if row.known_contact else "",
                GIVEN if row.has_consent else BOX,
                "",
            ]
        )
    start = len(sheet.rows) + 1
    for number in range(start, start + sheet.empty_rows):
        rows.append([str(number), "", "", "", BOX, ""])
    return rows


def build_sign_in_sheet_pdf(sheet: SignInSheet, path: Path | str) -> Path:
    """Writes the sheet atomically to path."""
    from exports.pdf import build_pdf

    return build_pdf(
        path,
        _story(sheet),
        title=f"Aanwezigheidslijst · {sheet.header.title}",
        subtitle=sheet.header.provider_name,
        footer_left=footer_text(sheet.header),
        author=sheet.header.provider_name,
    )


def save_sign_in_sheet_pdf(sheet: SignInSheet, folder: Path | None = None) -> Path:
    """Into the documents folder under a free, readable name; never overwrites."""
    return build_sign_in_sheet_pdf(sheet, document_path(sheet.header, "Aanwezigheidslijst", folder))


def _story(sheet: SignInSheet) -> list[Flowable]:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table

    from exports.pdf import frame_width, para, styles, table_style_commands

    s = styles()
    parts: list[Flowable] = [
        para("Aanwezigheidslijst", s.kicker),
        para(sheet.header.title, s.title),
    ]
    if sheet.header.kind:
        parts.append(para(sheet.header.kind, s.small))
    parts += [facts_table(sheet.header), Spacer(1, 4 * mm)]
    rows = sheet_rows(sheet)
    cells = [[para(text, s.table_header) for text in rows[0]]]
    centred = ParagraphStyle("centred", parent=s.table_body, alignment=TA_CENTER)
    box = ParagraphStyle("box", parent=centred, fontSize=15, leading=16)
    cells += [
        [
            para(text, (box if text == BOX else centred) if column == 4 else s.table_body)
            for column, text in enumerate(row)
        ]
        for row in rows[1:]
    ]
    width = frame_width()
    widths = [9 * mm, 40 * mm, 30 * mm, 28 * mm, 20 * mm]
    widths.append(width - sum(widths))
    table = Table(
        cells, colWidths=widths, repeatRows=1, rowHeights=[None] + [10 * mm] * (len(rows) - 1)
    )
    commands = table_style_commands(header_rows=1, zebra=False)
    commands += [
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        # A stronger line under each row: the pen needs a line to write on.
        ("LINEBELOW", (0, 1), (-1, -1), 0.6, "#555555"),
    ]
    table.setStyle(commands)
    parts += [table, Spacer(1, 3 * mm), para(WALK_IN_NOTE, s.small), para(CONSENT_NOTE, s.small)]
    return parts
