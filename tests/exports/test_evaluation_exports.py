"""Evaluation files: the report with charts, the paper form in entry order, raw Excel."""

import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from exports.documents import DocumentKind, write_document
from exports.evaluation.paper_form_pdf import build_paper_form_pdf
from exports.evaluation.paper_form_rows import choice_lines
from exports.evaluation.report_rows import bar_rows, comparison_table, summary_line
from exports.evaluation.responses_xlsx import write_raw_responses
from models.core.enums import SessionKind
from models.evaluation.dto import QuestionDraft
from models.orm import Trajectory, TrajectorySession
from models.workspace import Workspace
from tests.dutch import raises_dutch


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages).replace("\xa0", " ")


@pytest.fixture
def filled(database) -> tuple[Workspace, str, list[str], str]:
    """Herent with Kickoff and Pick'n Choose forms; returns it, the trajectory, sessions, form."""
    workspace = Workspace(database)
    with workspace.database.session_factory.begin() as session:
        trajectory = Trajectory(name="Herent", programme_key="klimaatdoeners", programme_version=1)
        session.add(trajectory)
        session.flush()
        sessions = []
        for month, key in ((3, "kickoff"), (4, "pick_n_choose")):
            planned = TrajectorySession(
                trajectory_uid=trajectory.uid,
                template_key=key,
                kind=SessionKind.WORK_SESSION,
                title=key.replace("_", " ").title(),
                starts_at=datetime(2026, month, 10, 19, 30),
            )
            session.add(planned)
            sessions.append(planned)
        session.flush()
        trajectory_uid, session_uids = str(trajectory.uid), [str(s.uid) for s in sessions]
    for number, session_uid in enumerate(session_uids):
        form_uid = workspace.evaluation.create_session_form(session_uid)
        q = {q.key: q.uid for q in workspace.evaluation.evaluation_form(form_uid).questions}
        workspace.evaluation.add_evaluation_response(
            form_uid, {q["tevredenheid"]: 4 + number, q["positief"]: '=HYPERLINK("x")'}
        )
        workspace.evaluation.add_evaluation_response(
            form_uid, {q["tevredenheid"]: 2, q["actiegroep"]: "j"}
        )
    first = workspace.evaluation.evaluation_overview(trajectory_uid).forms[0].uid
    return workspace, trajectory_uid, session_uids, first


def test_report_of_a_trajectory_has_results_charts_and_comparison(filled, tmp_path) -> None:
    """The report lists each question with its numbers, open answers and the comparison table."""
    workspace, trajectory, _, _ = filled
    path = write_document(
        workspace, DocumentKind.EVALUATION_REPORT, trajectory, tmp_path / "rapport.pdf"
    )
    text = _text(path)
    assert "Evaluatie Herent" in text
    assert "1. Hoe tevreden ben je over deze werksessie?" in text
    assert "2 antwoorden, 0 leeg · gemiddelde 3,0 · mediaan 3,0" in text  # Kickoff: 4 and 2
    assert '=HYPERLINK("x")' in text  # shown as typed, never interpreted
    assert "De bijeenkomsten van Herent vergeleken" in text
    assert "3,0 (n=2)" in text and "3,5 (n=2)" in text


def test_report_embeds_every_font(filled, tmp_path) -> None:
    """Charts and bullets use the embedded TTF: no unembedded Helvetica for the hall's printer."""
    workspace, trajectory, _, _ = filled
    path = write_document(
        workspace, DocumentKind.EVALUATION_REPORT, trajectory, tmp_path / "rapport.pdf"
    )
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    assert "Helvetica" not in fonts.stdout and "DejaVuSans" in fonts.stdout


def test_report_of_one_session_and_of_an_unknown_uid(filled, tmp_path) -> None:
    """A session uid gives that session's form only; an unknown uid is a Dutch UserError."""
    workspace, _, sessions, _ = filled
    text = _text(
        write_document(
            workspace, DocumentKind.EVALUATION_REPORT, sessions[1], tmp_path / "sessie.pdf"
        )
    )
    assert "Evaluatie Pick N Choose" in text and "vergeleken" not in text
    with raises_dutch("geen traject en geen bijeenkomst"):
        write_document(
            workspace,
            DocumentKind.EVALUATION_REPORT,
            "00000000-0000-0000-0000-000000000000",
            tmp_path / "x.pdf",
        )


def test_report_without_o_goes_to_the_documents_folder(filled, tmp_path) -> None:
    """Without an output path the report lands in the trajectory's documents folder."""
    workspace, trajectory, _, _ = filled
    first, second = (
        write_document(workspace, DocumentKind.EVALUATION_REPORT, trajectory, None),
        write_document(workspace, DocumentKind.EVALUATION_REPORT, trajectory, None),
    )
    assert first.parent == tmp_path / "data" / "documents" / "Herent"
    assert first != second and second.name.endswith("(2).pdf")


def test_chart_and_summary_rows_are_plain_data(filled) -> None:
    """Scale bars carry their end labels; the comparison table has a column per session."""
    workspace, trajectory, _, form_uid = filled
    result = workspace.evaluation.evaluation_results(form_uid).questions[0]
    rows = bar_rows(result)
    assert rows[0][0] == "1 – Helemaal niet tevreden" and rows[1] == ("2", 1, 0.5, "1 (50%)")
    assert summary_line(result).startswith("2 antwoorden, 0 leeg")
    [comparison] = workspace.evaluation.evaluation_comparisons(trajectory)
    table = comparison_table(comparison)
    assert table[0][1].startswith("Kickoff") and table[1][1:] == ["3,0 (n=2)", "3,5 (n=2)"]


def test_paper_form_follows_the_entry_order(filled, tmp_path) -> None:
    """Questions appear numbered in the grid's order, with the keys typed for each answer."""
    workspace, _, _, form_uid = filled
    form = workspace.evaluation.evaluation_form(form_uid)
    question = form.questions[1]
    workspace.evaluation.move_evaluation_question(question.uid, 3)  # the editor changes the order
    form = workspace.evaluation.evaluation_form(form_uid)
    text = _text(build_paper_form_pdf(form, tmp_path / "formulier.pdf"))
    positions = [text.index(f"{q.number}. {q.text}") for q in form.questions]
    assert positions == sorted(positions)
    assert [q.text for q in form.questions][4] == question.text
    assert "☐ 1 ja" in text.replace("  ", " ") and "Ik ga akkoord" in text
    assert choice_lines(form.questions[5])[0] == "☐ 1  Ja, vaak"


def test_paper_form_of_an_empty_form_is_refused(filled, tmp_path) -> None:
    """A form whose questions were all removed gives a message, no PDF."""
    workspace, trajectory, _, _ = filled
    form_uid = workspace.evaluation.evaluation_overview(trajectory).forms[1].uid
    for question in workspace.evaluation.evaluation_form(form_uid).questions:
        workspace.evaluation.remove_evaluation_question(question.uid)
    with raises_dutch("geen vragen"):
        build_paper_form_pdf(workspace.evaluation.evaluation_form(form_uid), tmp_path / "leeg.pdf")
    assert not (tmp_path / "leeg.pdf").exists()


def test_raw_responses_in_excel(filled, tmp_path) -> None:
    """One row per response, one column per question; frozen header, filter, no live formula."""
    workspace, _, _, form_uid = filled
    workspace.evaluation.add_evaluation_question(
        form_uid, QuestionDraft("", "Extra vraag", "short_text"), None
    )
    path = write_raw_responses(
        workspace.evaluation.evaluation_raw_table(form_uid), tmp_path / "a.xlsx"
    )
    sheet = load_workbook(path).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Nr", "Ingevuld op", "Kanaal", "Bijeenkomst", "Naam"]
    assert header[5] == "V1 Hoe tevreden ben je over deze werksessie?"
    assert header[-1] == "V9 Extra vraag" and sheet.max_row == 3
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    positief = header.index("V7 Wat vond je goed?") + 1
    cell = sheet.cell(row=2, column=positief)
    assert cell.value == '\'=HYPERLINK("x")' and cell.data_type == "s"
    assert sheet.cell(row=2, column=6).value == 4  # scales stay numbers for the coach's sums
