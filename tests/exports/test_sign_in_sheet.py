"""The sign-in sheet: registered people, an empty signature column, consent, rows for walk-ins."""

from datetime import datetime

import pytest
from pypdf import PdfReader

from exports.sessions.sign_in_sheet_pdf import (
    BOX,
    GIVEN,
    HEADER,
    build_sign_in_sheet_pdf,
    sheet_rows,
)
from models.sessions.dto import SessionHeader, SheetRow, SignInSheet

HEADER_DATA = SessionHeader(
    title="Infosessie 'Autodelen in je wijk'",
    kind="Infosessie",
    trajectory_name="Bottom-up autodelen Izegem",
    programme_name="'Bottom-up' autodelen",
    provider_name="Autodelen.net",
    starts_at=datetime(2026, 12, 2, 19, 30),
    ends_at=datetime(2026, 12, 2, 21, 30),
    location_name="Zaal De Kachtemse Kring",
    address="Kachtemplaats 1, 8870 Izegem",
    facilitators="Begeleider van Autodelen.net",
)


def test_rows_number_people_then_leave_empty_rows() -> None:
    """Header, the people with consent marked, then numbered empty rows with a tick box."""
    sheet = SignInSheet(
        HEADER_DATA,
        (SheetRow("Koen Vermeersch", "Izegem", True, True), SheetRow("<b>Jo</b>", "", False, True)),
        3,
    )
    rows = sheet_rows(sheet)
    assert rows[0] == list(HEADER) and rows[0][-1] == "Handtekening"
    assert rows[1] == ["1", "Koen Vermeersch", "Izegem", "gekend", GIVEN, ""]
    assert rows[2][4] == BOX
    assert [r[0] for r in rows[3:]] == ["3", "4", "5"]
    assert all(r[1:4] == ["", "", ""] and r[5] == "" for r in rows[3:])


def test_the_pdf_reads_back_with_header_people_and_escaped_names(tmp_path) -> None:
    """Title, date, hall, every name (markup printed literally) and the column heads."""
    people = tuple(SheetRow(f"Deelnemer {i}", "Izegem", i % 2 == 0, True) for i in range(30))
    sheet = SignInSheet(HEADER_DATA, (*people, SheetRow("A & <B>", "", False, True)), 10)
    path = build_sign_in_sheet_pdf(sheet, tmp_path / "lijst.pdf")
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) >= 2
    for needle in (
        "Aanwezigheidslijst",
        "2 december 2026",
        "Kachtemse Kring",
        "Handtekening",
        "Akkoord",
        "Deelnemer 29",
        "A & <B>",
        "pagina 1 van",
    ):
        assert needle in text, needle
    assert float(reader.pages[0].mediabox.width) == pytest.approx(595.3, abs=1)


def test_sheet_of_a_demo_session_lists_the_registered_not_the_excused(demo_workspace) -> None:
    """The excused are left off; a third extra, at least eight, empty rows for walk-ins."""
    workspace = demo_workspace
    uid = next(
        r.uid for r in workspace.sessions.all_sessions() if r.title == "Werksessie communicatieplan"
    )
    detail = workspace.sessions.session_detail(uid)
    sheet = workspace.sessions.sign_in_sheet(uid)
    expected = {r.name for r in detail.registrations if r.status != "excused"}
    assert {r.name for r in sheet.rows} == expected
    assert sheet.empty_rows >= 8
    assert sheet.header.kind == "Werksessie"
