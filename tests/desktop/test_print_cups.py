"""Printing to a real CUPS with PDF printers: documents go out as documents, on A4 (or fitted
on Letter), with the pages and copies asked for; read back from what the printer made."""

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli.command_line import main
from desktop.printing.job import PrintJob, paper_named
from desktop.printing.page_ranges import parse_page_ranges
from desktop.printing.system import CupsPrintSystem
from exports.documents import DocumentKind, write_document
from tests.demo import trajectory_uid

A4_POINTS = (595, 842)
LETTER_POINTS = (612, 792)
HERENT = "klimaatdoeners"


def _size(path: Path) -> list[tuple[int, int]]:
    """Each page's size in whole points, portrait (a landscape page is turned by the driver)."""
    sizes = []
    for page in PdfReader(path).pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        if page.rotation % 180:
            width, height = height, width
        sizes.append(tuple(sorted((round(width), round(height)))))
    return sizes  # type: ignore[return-value]


def _page_texts(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One demo database for the module (the commands only read it), made in its own folders."""
    folder = tmp_path_factory.mktemp("print-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TRAJECTWIJZER_DATA_DIR", str(folder / "data"))
        assert main(["--database", str(folder / "demo.sqlite"), "demo-data"]) == 0
    return str(folder / "demo.sqlite")


def _uids(demo_db: str, capsys) -> dict[str, str]:  # type: ignore[no-untyped-def]
    assert main(["--database", demo_db, "list", "trajectories", "--json"]) == 0
    trajectory = next(
        r["uid"] for r in json.loads(capsys.readouterr().out) if r["programme"] == HERENT
    )
    assert main(["--database", demo_db, "list", "sessions", "--json"]) == 0
    sessions = {
        r["title"]: r["uid"]
        for r in json.loads(capsys.readouterr().out)
        if r["trajectory"] == trajectory
    }
    return {
        "trajectory": trajectory,
        "held": sessions["Pick'n Choose"],
        "next": sessions["Hands on"],
    }


KINDS = [
    ("quote", "trajectory", "OFFERTE"),
    ("plan", "trajectory", "Planning Klimaatdoeners Herent"),
    ("sign-in-sheet", "next", "Aanwezigheidslijst"),
    ("session-report", "held", "Verslag"),
    ("action-plan", "trajectory", "ACTIEPLAN"),
    ("evaluation-report", "trajectory", "Evaluatie Klimaatdoeners Herent"),
    ("evaluation-form", "held", "Evaluatie werksessie Klimaatdoeners"),
]


@pytest.mark.parametrize(("kind", "whose", "heading"), KINDS)
def test_each_document_kind_prints_as_text_on_a4(
    cups_queues, printed: Callable[[str], Path], demo_db: str, capsys, tmp_path: Path,
    kind: str, whose: str, heading: str,
) -> None:  # fmt: skip
    """`trajectwijzer print KIND UID` sends the document itself: every page, A4, with text."""
    a4, _letter = cups_queues
    uid = _uids(demo_db, capsys)[whose]
    assert main(["--database", demo_db, "export", kind, uid, "-o", str(tmp_path / "d.pdf")]) == 0
    capsys.readouterr()
    expected_pages = len(PdfReader(tmp_path / "d.pdf").pages)
    assert main(["--database", demo_db, "print", kind, uid, "--printer", a4]) == 0
    out = capsys.readouterr().out
    job = re.search(r"opdracht (\S+)\)", out)
    assert job, out
    output = printed(job.group(1))
    texts = _page_texts(output)
    assert len(texts) == expected_pages
    assert set(_size(output)) == {A4_POINTS}
    assert heading in texts[0]
    assert all(len(text) > 40 for text in texts)  # text, not pictures of text


def test_only_the_pages_asked_for_are_printed(
    cups_queues, printed: Callable[[str], Path], shared_demo, tmp_path: Path
) -> None:
    """Pages '1,3' are pages 1 and 3 (not 1 to 3), in that order."""
    a4, _letter = cups_queues
    uid = trajectory_uid(shared_demo, HERENT)
    path = write_document(shared_demo, DocumentKind.EVALUATION_REPORT, uid, tmp_path / "e.pdf")
    source = _page_texts(path)
    assert len(source) >= 3
    job = PrintJob(a4, pages=parse_page_ranges("1,3", len(source)))
    sent = CupsPrintSystem().send(path, job, "Evaluatie", None)
    texts = _page_texts(printed(sent.job))
    assert len(texts) == 2
    # the printer's copy loses accents (Ghostscript re-encodes), so compare plain words
    assert texts[0][:30].split()[0] == source[0][:30].split()[0]
    assert _words(texts[1]) & _words(source[2]) and not _words(texts[1]) >= _words(source[1])


def _words(text: str) -> set[str]:
    return {word for word in re.findall(r"[A-Za-z]{6,}", text)}


def test_copies_are_a_job_option(
    cups_queues, printed: Callable[[str], Path], shared_demo, tmp_path: Path
) -> None:
    """Two copies of a 3-page plan come out of the printer as 6 pages, collated."""
    a4, _letter = cups_queues
    uid = trajectory_uid(shared_demo, HERENT)
    path = write_document(shared_demo, DocumentKind.ACTION_PLAN, uid, tmp_path / "a.pdf")
    source = _page_texts(path)
    sent = CupsPrintSystem().send(path, PrintJob(a4, copies=2), "Actieplan", None)
    texts = _page_texts(printed(sent.job))
    assert len(texts) == 2 * len(source)
    assert texts[0] == texts[len(source)] and texts[0] != texts[1]


def test_on_letter_paper_the_a4_page_is_fitted_whole(
    cups_queues, printed: Callable[[str], Path], shared_demo, tmp_path: Path
) -> None:
    """On a Letter printer every page comes out on Letter with all its text (scaled to fit)."""
    _a4, letter = cups_queues
    uid = trajectory_uid(shared_demo, HERENT)
    path = write_document(shared_demo, DocumentKind.QUOTE, uid, tmp_path / "q.pdf")
    paper = paper_named("Letter")
    assert paper is not None
    sent = CupsPrintSystem().send(path, PrintJob(letter, paper=paper), "Offerte", None)
    output = printed(sent.job)
    assert set(_size(output)) == {LETTER_POINTS}
    source, texts = _page_texts(path), _page_texts(output)
    assert len(texts) == len(source)
    last_line = source[-1].split()[-3:]  # the footer at the very bottom is still on the page
    assert all(word in texts[-1] for word in last_line if word.isascii())


def test_the_queues_and_their_paper_are_known(cups_queues) -> None:
    """CUPS lists both test printers with the paper each uses by default."""
    a4, letter = cups_queues
    printers = {p.name: p for p in CupsPrintSystem().printers()}
    assert printers[a4].paper is not None and printers[a4].paper.is_a4
    assert printers[letter].paper is not None and printers[letter].paper.name == "Letter"
    assert printers[a4].accepting and not printers[a4].stopped


def test_without_printer_the_default_printer_prints(
    cups_queues, printed: Callable[[str], Path], demo_db: str, capsys
) -> None:
    """`print` without --printer goes to the system's default printer (the A4 test printer)."""
    a4, _letter = cups_queues
    from desktop.printing import cups

    if not any(p.is_default and p.name == a4 for p in cups.printers()):
        pytest.skip(f"{a4} is not the default printer: run `bash tools/test_printers.sh`")
    uid = _uids(demo_db, capsys)["next"]
    assert main(["--database", demo_db, "print", "sign-in-sheet", uid, "--copies", "2"]) == 0
    out = capsys.readouterr().out
    assert f"naar printer {a4} gestuurd" in out and "2 exemplaren" in out
    job = re.search(r"opdracht (\S+)\)", out)
    assert job is not None
    assert len(PdfReader(printed(job.group(1))).pages) == 4  # 2 pages, twice


def test_a_printer_cups_does_not_know_is_refused_with_its_reason(
    cups_queues, shared_demo, tmp_path: Path, dutch: None
) -> None:
    """Sending to a queue that was removed meanwhile says so; nothing is half sent."""
    from desktop.shell.messages import user_message
    from models.core.errors import UserError

    uid = trajectory_uid(shared_demo, HERENT)
    path = write_document(shared_demo, DocumentKind.PLAN, uid, tmp_path / "p.pdf")
    with pytest.raises(UserError) as refused:
        CupsPrintSystem().send(path, PrintJob("Weggehaald"), "Planning", None)
    assert user_message(refused.value).startswith(
        "De printer Weggehaald heeft het document niet aangenomen"
    )


def test_printing_never_makes_a_database(cups_queues, tmp_path: Path, capsys) -> None:
    """`print` with a --database that does not exist: status 1, and no new empty database."""
    a4, _letter = cups_queues
    missing = tmp_path / "typo.sqlite"
    uid = "00000000-0000-0000-0000-000000000000"
    assert main(["--database", str(missing), "print", "plan", uid, "--printer", a4]) == 1
    assert capsys.readouterr().err.strip()
    assert not missing.exists()
