"""The planning PDF: A4 landscape, the phases on a timeline, milestones with dates and owners."""

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from exports.documents import DocumentKind, write_document
from exports.planning.plan_pdf import build_plan_pdf, phase_rows, point_rows, stop_note, task_rows
from models.workspace import Workspace
from tests.demo import demo_name
from tests.dutch import raises_dutch

TODAY = date(2026, 11, 23)


@pytest.fixture
def workspace(demo_copy) -> Workspace:
    return demo_copy(TODAY)


def _uid(workspace: Workspace, programme: str) -> str:
    return next(
        t.uid for t in workspace.trajectories.trajectories(TODAY) if t.name == demo_name(programme)
    )


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages).replace("\xa0", " ")


def test_phase_rows_name_each_phase_with_its_dates(workspace: Workspace) -> None:
    """The phase table reads 'Fase 1 · Voorbereiding' with Belgian dates, owner and status."""
    doc = workspace.planning.plan_document(_uid(workspace, "autodelen"), TODAY)
    rows = phase_rows(doc)
    assert rows[0] == ["Fase", "Van", "Tot", "Wie", "Status"]
    assert rows[1] == [
        "Fase 1 · Voorbereiding",
        "19/05/2026",
        "18/11/2026",
        "Begeleider en gemeente",
        "afgerond",
    ]
    assert [r[0] for r in rows[2:]] == ["Fase 2 · Eerste infosessie", "Fase 3 · Tweede vibe"]


def test_point_rows_list_milestones_and_sessions_by_date(workspace: Workspace) -> None:
    """Milestones and sessions are listed in date order with their phase and who does it."""
    doc = workspace.planning.plan_document(_uid(workspace, "klimaatdoeners"), TODAY)
    rows = point_rows(doc)[1:]
    assert [r[0][:10] for r in rows] == sorted(
        (r[0][:10] for r in rows), key=lambda d: (d[6:], d[3:5], d[:2])
    )
    kickoff = next(r for r in rows if r[1] == "Bijeenkomst: Kickoff")
    assert kickoff[2] == "Fase 2" and kickoff[4] == "gehouden"
    assert any(r[1].startswith("Mijlpaal: ") and r[3] == "Deelnemers" for r in rows)


def test_every_demo_plan_prints_in_landscape(workspace: Workspace, tmp_path: Path) -> None:
    """Each demo trajectory's planning is an A4 landscape PDF with its phases and milestones."""
    for programme in ("autodelen", "klimaatdoeners", "intergemeentelijk", "buurtpunt"):
        doc = workspace.planning.plan_document(_uid(workspace, programme), TODAY)
        path = build_plan_pdf(doc, tmp_path / f"{programme}.pdf")
        page = PdfReader(path).pages[0]
        assert page.mediabox.width > page.mediabox.height  # landscape
        text = _text(path)
        assert "Fase 1" in text and "Fase 3" in text and "Tijdlijn" in text
        assert "Mijlpalen en bijeenkomsten" in text and "vandaag" in text
    assert "Werksessie 4: drempels en succesfactoren" in _text(tmp_path / "buurtpunt.pdf")


def test_export_command_writes_the_file_or_the_documents_folder(
    workspace: Workspace, tmp_path: Path
) -> None:
    """`export plan UID -o FILE` writes there; without -o it goes to the documents folder."""
    uid = _uid(workspace, "autodelen")
    target = write_document(workspace, DocumentKind.PLAN, uid, tmp_path / "plan.pdf")
    assert target == tmp_path / "plan.pdf" and "Planning" in _text(target)
    first = write_document(workspace, DocumentKind.PLAN, uid, None)
    second = write_document(workspace, DocumentKind.PLAN, uid, None)
    assert first.parent.parent == tmp_path / "data" / "documents"
    assert first != second and second.name.endswith("(2).pdf")
    with raises_dutch("geen geldige code"):
        write_document(workspace, DocumentKind.PLAN, "not-a-uid", None)


def test_user_text_is_printed_literally_and_the_stop_is_noted(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A reason with '<' and '&' prints as typed, in the note under the title."""
    from models.planning.dto import NewTask

    uid = _uid(workspace, "intergemeentelijk")
    workspace.planning.add_task(
        uid, NewTask("Zaal <groot> & koffie", "15/12/2026", None, "municipality"), TODAY
    )
    workspace.planning.stop_after_phase(uid, "begeleiding", "Budget <0 & geen akkoord", TODAY)
    doc = workspace.planning.plan_document(uid, TODAY)
    assert stop_note(doc).startswith("Gestopt na Fase 3 Actieve begeleiding")
    assert any("Zaal <groot> & koffie" in row for row in task_rows(doc, False))
    text = _text(build_plan_pdf(doc, tmp_path / "stopped.pdf"))
    assert "Budget <0 & geen akkoord" in text and "geannuleerd" in text


def test_cli_export_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`trajectwijzer export plan UID -o FILE` prints the path and exits 0."""
    from desktop.cli.command_line import main

    database = str(tmp_path / "cli.sqlite")
    assert main(["--database", database, "demo-data"]) == 0
    capsys.readouterr()
    assert main(["--database", database, "list", "trajectories", "--json"]) == 0
    import json

    uid = json.loads(capsys.readouterr().out)[0]["uid"]
    target = tmp_path / "plan.pdf"
    assert main(["--database", database, "export", "plan", uid, "-o", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert target.exists() and "Fase 1" in _text(target)
