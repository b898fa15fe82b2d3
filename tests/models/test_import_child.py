"""The reading child: whatever it does (abort, hang, babble, send objects), the app survives,
says what happened and stores nothing; Cancel stops it at once."""

import pickle
import struct
import sys
from pathlib import Path

import pytest

from models.core.errors import UserError
from models.people.importing import sandbox
from models.people.importing.sandbox import ReadLimits, read_workbook
from models.people.importing.sheets import Cancelled

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
XLSX = DATA / "inschrijvingen_titels_samengevoegd.xlsx"


def _child(monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    """The reading child replaced by a small Python program (it gets the request on stdin)."""
    monkeypatch.setattr(sandbox, "child_command", lambda: [sys.executable, "-c", code])


def _frame(kind: bytes, data: bytes) -> str:
    header = struct.pack(">cI", kind, len(data))
    return f"sys.stdout.buffer.write({header + data!r}); sys.stdout.buffer.flush()"


def test_a_child_that_aborts_gives_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    """SIGABRT in the reader (as calamine does on a huge allocation) is only a message here."""
    _child(monkeypatch, "import os; os.abort()")
    with pytest.raises(UserError) as error:
        read_workbook(XLSX)
    assert "could not be read" in error.value.message and XLSX.name in error.value.message


def test_a_child_that_hangs_is_stopped_after_the_time_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _child(monkeypatch, "import sys, threading; sys.stdin.read(); threading.Event().wait()")
    with pytest.raises(UserError) as error:
        read_workbook(XLSX, limits=ReadLimits(seconds=1))
    assert "took longer than 1 seconds" in error.value.message


def test_cancel_ends_the_child(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Cancel during reading stops the child process and raises Cancelled, nothing else."""
    marker = tmp_path / "pid"
    code = (
        f"import os, sys, threading; open({str(marker)!r}, 'w').write(str(os.getpid())); "
        "sys.stdin.read(); threading.Event().wait()"
    )
    _child(monkeypatch, code)
    with pytest.raises(Cancelled):
        read_workbook(XLSX, cancelled=marker.exists)
    pid = int(marker.read_text())
    with pytest.raises(ProcessLookupError):
        import os

        os.kill(pid, 0)


@pytest.mark.parametrize(
    "answer",
    [
        "sys.stdout.buffer.write(b'hello, this is not a frame at all'); sys.stdout.flush()",
        _frame(b"R", b"not a pickle"),
        _frame(b"R", pickle.dumps(("xlsx", [("Blad1", [[object]], [])]))),
        _frame(b"R", pickle.dumps(("xlsx", [("Blad1", [["Jan", {"a": 1}]], [])]))),
        _frame(b"R", pickle.dumps(("docx", [("Blad1", [["Jan"]], [])]))),
        _frame(b"R", pickle.dumps(("xlsx", [("Blad1", [["Jan"]], [((0, 0), (-1, 5))])]))),
        _frame(b"E", b'{"text": 5}'),
        "sys.stdout.buffer.write(struct.pack('>cI', b'R', 2**31)); sys.stdout.flush()",
    ],
)
def test_a_child_answering_nonsense_is_refused(
    monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    """Garbage, a wrong shape, unknown kinds or a huge announced size: refused, never used."""
    _child(monkeypatch, f"import sys, struct; sys.stdin.read(); {answer}")
    with pytest.raises(UserError) as error:
        read_workbook(XLSX)
    assert "could not be read" in error.value.message


def test_a_pickled_object_is_never_built(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A child sending a pickle that would run code: refused before anything runs."""
    marker = tmp_path / "ran"

    class Exploit:
        def __reduce__(self):
            return (Path.touch, (marker,))

    payload = pickle.dumps(("xlsx", [("Blad1", [[Exploit()]], [])]))
    _child(monkeypatch, f"import sys; sys.stdin.read(); {_frame(b'R', payload)}")
    with pytest.raises(UserError):
        read_workbook(XLSX)
    assert not marker.exists()


def test_a_child_sending_more_than_allowed_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """The size of what comes back is bounded before it is read."""
    _child(monkeypatch, "import sys; sys.stdin.read(); " + _frame(b"R", b"x" * 5000))
    with pytest.raises(UserError):
        read_workbook(XLSX, limits=ReadLimits(max_payload=1000))


def test_more_cells_than_allowed_is_too_big(tmp_path: Path) -> None:
    """The child counts rows × columns and refuses a sheet beyond the limit."""
    path = tmp_path / "breed.csv"
    path.write_text("Voornaam;Naam" + ";x" * 60 + "\n" + ("Jan;Peeters" + ";1" * 60 + "\n") * 50)
    with pytest.raises(UserError) as error:
        read_workbook(path, limits=ReadLimits(max_cells=1000))
    assert "too big" in error.value.message


def test_the_real_child_reads_and_reports_progress_and_its_cost() -> None:
    """From source the child is Python itself; it reports each sheet and what it cost."""
    seen: list[tuple[int, int]] = []
    workbook, cost = read_workbook(XLSX, progress=lambda done, total: seen.append((done, total)))
    assert [sheet.name for sheet in workbook.sheets] == ["Inschrijvingen", "Extra", "Info"]
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    assert cost.payload_bytes > 0 and 0 < cost.read_seconds <= cost.wall_seconds


def test_the_memory_limit_holds_in_the_child(tmp_path: Path) -> None:
    """A child asking for more than its limit dies alone (the app process is untouched)."""
    import resource

    before = resource.getrlimit(resource.RLIMIT_AS)
    path = tmp_path / "lijst.csv"
    path.write_text("Voornaam;Naam\nJan;Peeters\n")
    with pytest.raises(UserError) as error:
        read_workbook(path, limits=ReadLimits(memory_bytes=8 * 1024 * 1024))
    assert "could not be read" in error.value.message or "too big" in error.value.message
    assert resource.getrlimit(resource.RLIMIT_AS) == before


@pytest.mark.skipif(sys.platform == "win32", reason="the bundle's own flag is tested there")
def test_the_child_command_from_source_is_isolated_python() -> None:
    command = sandbox.child_command()
    assert command[0] == sys.executable and command[1:3] == ["-I", "-S"]


@pytest.mark.slow
def test_the_app_process_never_loads_a_spreadsheet_reader(tmp_path: Path) -> None:
    """Reading, previewing and committing an import loads no reader into the app itself."""
    import subprocess

    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from models.people.service import PeopleService\n"
        "from models.storage.lifecycle import open_database\n"
        f"database = open_database(Path({str(tmp_path / 'db.sqlite')!r}))\n"
        "people = PeopleService(database)\n"
        f"draft = people.read_people_file(Path({str(XLSX)!r}))\n"
        "people.commit_people_import(people.preview_people_import(draft))\n"
        "database.close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('python_calamine', 'openpyxl', 'xlrd', 'odf')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True
    )
    assert done.stdout.strip() == "[]"
