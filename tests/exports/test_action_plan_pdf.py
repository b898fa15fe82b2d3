"""The action plan PDF: rows from plain data, names and folders, the PDF read back."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph, Table

from exports.actions.action_plan_pdf import (
    build_action_plan_pdf,
    plan_file_name,
    save_action_plan_pdf,
)
from exports.actions.action_plan_rows import (
    action_rows,
    cover_facts,
    overview_rows,
    status_text,
    when_text,
)
from exports.actions.action_plan_table import action_table
from exports.document_files import dated_file_name, safe_file_name, unique_path
from exports.pdf import styles
from exports.pdf.fonts import BOLD, REGULAR
from exports.pdf.styles import MUTED
from tests.samples import DAY
from tests.samples import action as _action
from tests.samples import action_plan_document as _document
from tests.samples import section as _section


def _pages(path: Path) -> list[str]:
    return [page.extract_text().replace("\xa0", " ") for page in PdfReader(path).pages]


def test_rows_say_what_who_when_and_status_in_words() -> None:
    """Late is written out, done is ticked, nobody is said: nothing rests on colour."""
    section = replace(
        _section("X", actions=0),
        actions=(
            _action(1, overdue=True),
            _action(2, status="done"),
            _action(3, owner="", due_on=None, status="in_progress"),
        ),
    )
    rows = action_rows(section)
    assert rows[0] == ["", "Nr", "Wat", "Wie", "Tegen", "Status"]
    assert rows[1] == ["☐", "1", "Actie 1", "Mieke Saelens", "22/11/2026", "te laat"]
    assert rows[2][0] == "☑" and rows[2][-1] == "klaar"
    assert rows[3][3:] == ["nog niemand", "—", "bezig"]
    assert status_text(_action(4, status="cancelled")) == "geschrapt"


def test_cover_and_overview() -> None:
    doc = _document()
    facts = dict(cover_facts(doc))
    assert facts["Deelnemers"] == "Dorpsraad Kieldrecht, Buurtwerking Rieme"
    assert facts["Opgemaakt na"].endswith("(03/11/2026)")
    assert facts["Datum"] == "22 november 2026"
    rows = overview_rows(doc)
    assert rows[0][0] == "Buurtpunt" and rows[1][:3] == [
        "Buurtpunt Beveren",
        "Jan Van Puyvelde, Mieke Saelens",
        "3",
    ]
    assert when_text(datetime(2027, 1, 4, 19, 30)) == "maandag 4 januari 2027 om 19:30"
    assert when_text(None) == "datum nog te bepalen"


def test_file_names_are_readable_and_safe() -> None:
    project = _document(is_project_plan=True, subject="Buurtpunt Beveren")
    assert plan_file_name(project) == "2026-11-22 Actieplan Buurtpunt Beveren.pdf"
    assert plan_file_name(_document(), per_project=True).startswith(
        "2026-11-22 Actieplan per buurtpunt Lerend netwerk"
    )
    assert dated_file_name(DAY, "Actieplan", 'Wijk "Noord"/Zuid: fase 1?') == (
        "2026-11-22 Actieplan Wijk Noord Zuid fase 1.pdf"
    )
    assert safe_file_name("con") == "Document" and safe_file_name(" ... ") == "Document"


def test_saving_twice_never_overwrites(tmp_path: Path) -> None:
    """The second plan of the same day gets ' (2)'; both are in the trajectory's folder."""
    doc = _document(is_project_plan=True, subject="Buurtpunt Beveren")
    first = save_action_plan_pdf(doc, tmp_path)
    second = save_action_plan_pdf(doc, tmp_path)
    assert first.parent == tmp_path / "Lerend netwerk 'ons buurtpunt' 2026–2027"
    assert first.name == "2026-11-22 Actieplan Buurtpunt Beveren.pdf"
    assert second.name == "2026-11-22 Actieplan Buurtpunt Beveren (2).pdf"
    assert unique_path(first) == first.with_name(f"{first.stem} (3).pdf")


def test_the_pdf_has_a_cover_numbered_pages_and_embedded_fonts(tmp_path: Path) -> None:
    path = build_action_plan_pdf(_document(), tmp_path / "plan.pdf")
    pages = _pages(path)
    assert "ACTIEPLAN" in pages[0] and "Werksessie 1" in pages[0]
    assert "Werksessie 2: juridische aspecten" in pages[0]
    assert f"pagina 1 van {len(pages)}" in pages[0]
    assert "Buurtpunt Beveren" in pages[1] and "Trekkers" in pages[1]
    reader = PdfReader(path)
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "Helvetica" not in font["/BaseFont"]
            descendant = font.get("/DescendantFonts")
            descriptor = (descendant[0].get_object() if descendant else font)["/FontDescriptor"]
            assert any(k in descriptor for k in ("/FontFile2", "/FontFile", "/FontFile3"))


def test_a_long_table_repeats_its_header_on_every_page(tmp_path: Path) -> None:
    doc = _document(sections=(_section("Buurtpunt Beveren", actions=120),))
    pages = _pages(build_action_plan_pdf(doc, tmp_path / "long.pdf"))
    assert len(pages) >= 4
    for text in pages[1:]:
        assert "Wat" in text and "Wie" in text and "Tegen" in text and "Status" in text


def test_the_action_table_marks_done_and_late_rows_without_colour_alone() -> None:
    """Header bold, a late action's date and status bold, a done one muted; strings where
    the text fits on a line, a paragraph where it wraps or has a description."""
    long_title = "Vergunning voor de zaterdagmarkt aanvragen bij de dienst lokale economie " * 2
    section = replace(
        _section("X", actions=0),
        actions=(
            _action(1, overdue=True),
            _action(2, status="done"),
            _action(3, title=long_title),
            _action(4, description="Samen met de dorpsraad."),
        ),
    )
    table = action_table(_document(), section, styles())
    assert isinstance(table, Table)
    cells, looks = table._cellvalues, table._cellStyles  # type: ignore[attr-defined]
    assert cells[0] == ["", "Nr", "Wat", "Wie", "Tegen", "Status"]
    assert {look.fontname for look in looks[0]} == {BOLD}
    assert [look.fontname for look in looks[1][4:]] == [BOLD, BOLD]
    assert {look.fontname for look in looks[2]} == {REGULAR}
    assert {look.color for look in looks[2]} == {MUTED}
    assert looks[1][0].alignment == "CENTER" and looks[1][1].alignment == "RIGHT"
    assert cells[1][2] == "Actie 1" and isinstance(cells[3][2], Paragraph)
    assert len(cells[4][2]) == 2 and all(isinstance(p, Paragraph) for p in cells[4][2])


def test_one_project_per_page(tmp_path: Path) -> None:
    """Each buurtpunt starts a page with its own title: one sheet per trekker."""
    doc = _document(
        sections=(
            _section("Voor het hele netwerk", leads=()),
            _section("Buurtpunt Beveren"),
            _section("Buurtpunt Rieme", actions=0),
        )
    )
    pages = _pages(build_action_plan_pdf(doc, tmp_path / "per.pdf", per_project=True))
    assert len(pages) == 2
    assert "Buurtpunt Beveren" in pages[0] and "Buurtpunt Rieme" not in pages[0]
    assert "Buurtpunt Rieme" in pages[1] and "Nog geen acties voor dit buurtpunt." in pages[1]
    assert all("Volgende bijeenkomst" in page for page in pages)


def test_user_text_is_printed_literally(tmp_path: Path) -> None:
    """Markup, ampersands and control characters typed by a coach never break the PDF."""
    odd = _action(1, title="<b>Zaal & koffie</b>\x07 regelen", owner="Wijkcomité <Noord>")
    doc = _document(sections=(replace(_section("Buurtpunt <A&B>"), actions=(odd,)),))
    text = "\n".join(_pages(build_action_plan_pdf(doc, tmp_path / "odd.pdf")))
    assert "<b>Zaal & koffie</b> regelen" in text
    assert "<Noord>" in text and "Buurtpunt <A&B>" in text


@pytest.mark.parametrize("with_next", [True, False])
def test_without_a_session_or_next_session(tmp_path: Path, with_next: bool) -> None:
    doc = _document(session_title="", session_at=None)
    if not with_next:
        doc = replace(doc, next_session=None)
    text = "\n".join(_pages(build_action_plan_pdf(doc, tmp_path / "x.pdf")))
    assert "Opgemaakt na" not in text
    assert ("Er is nog geen volgende bijeenkomst gepland." in text) is not with_next
