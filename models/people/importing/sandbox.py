"""Reading a spreadsheet in a child process that cannot take the app down with it.

The app never loads a spreadsheet reader itself: python-calamine aborts the whole process on
small hostile files (FACTS.md), and no list of bad patterns can be complete. The child
(`child.py`) limits its own memory and processor time, judges and reads the file, and sends
back plain sheets. Here the app waits for it with a watchdog (time on the clock, the coach's
Cancel), reads at most `max_payload` bytes back, unpickles only plain values and checks
their shape and size, then cleans every text at the door (models/core/text.py). If the
child dies, is stopped or answers nonsense, the coach gets a message naming the file;
nothing is stored.
"""

import io
import json
import logging
import os
import pickle
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime
from datetime import time as time_of_day
from itertools import chain
from pathlib import Path
from typing import IO, Any

from models.core.errors import UserError
from models.core.text import clean_multiline
from models.people.importing import refusals
from models.people.importing.child import BOOTSTRAP, CHILD_FLAG, HEADER
from models.people.importing.sheets import Cancelled, FileKind
from models.people.importing.workbook import RawSheet, RawWorkbook

log = logging.getLogger(__name__)

MAX_FILE_BYTES = refusals.MAX_FILE_MEGABYTES * 1024 * 1024
POLL_SECONDS = 0.05


@dataclass(frozen=True)
class ReadLimits:
    """What one file may cost: the child's memory and time, and what it may hand back."""

    memory_bytes: int = 1024 * 1024 * 1024
    seconds: int = 60
    max_rows: int = 200_000
    max_cells: int = 4_000_000
    max_text: int = 50_000_000
    max_payload: int = 128 * 1024 * 1024
    precheck: bool = True  # the guard's quick checks first (a precise message, earlier)


@dataclass(frozen=True)
class ReadCost:
    """What the child cost, for the benchmark: seconds from start to answer, its own reading
    time, the bytes it sent, the app's time to check them."""

    wall_seconds: float
    read_seconds: float
    payload_bytes: int
    check_seconds: float


Progress = Callable[[int, int], None]


def child_command() -> list[str]:
    """How the reading child is started: the bundle runs itself, from source Python does."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-I", "-S", "-c", BOOTSTRAP]


def read_workbook(
    path: Path,
    cancelled: Callable[[], bool] | None = None,
    progress: Progress | None = None,
    limits: ReadLimits | None = None,
) -> tuple[RawWorkbook, ReadCost]:
    """Every sheet of `path`, read in a child process; a Dutch UserError when it cannot be."""
    return Reading(path, limits).result(cancelled, progress)


class Reading:
    """A reading child started now, its answer taken later: the command line opens the
    database while the child reads (the two take about as long, on two cores)."""

    def __init__(self, path: Path, limits: ReadLimits | None = None) -> None:
        from models.core.text import clean_line

        self.path = path
        self.limits = limits or ReadLimits()
        self.name = clean_line(path.name)
        _check_path(path, self.name)
        self._started = time.perf_counter()
        self._child: subprocess.Popen[bytes] | None = _start(path, self.name, self.limits)

    def result(
        self, cancelled: Callable[[], bool] | None = None, progress: Progress | None = None
    ) -> tuple[RawWorkbook, ReadCost]:
        """The sheets (once: the child ends here, answer or not)."""
        child = self._child
        if child is None:
            raise RuntimeError("the answer of this reading was taken already")
        self._child = None
        try:
            payload, read_seconds = _wait(child, self.name, self.limits, cancelled, progress)
        finally:
            _end(child)
        checking = time.perf_counter()
        workbook = _decoded(payload, self.name, self.limits)
        done = time.perf_counter()
        cost = ReadCost(checking - self._started, read_seconds, len(payload), done - checking)
        return workbook, cost

    def close(self) -> None:
        """Ends the child when its answer is not wanted any more."""
        if self._child is not None:
            _end(self._child)
            self._child = None


def _check_path(path: Path, name: str) -> None:
    """What the app can say about the file without opening it."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise refusals.missing(name) from None
    except OSError:
        raise refusals.unreadable(name) from None
    if path.is_dir():
        raise refusals.folder(name)
    if size == 0:
        raise refusals.empty(name)
    if size > MAX_FILE_BYTES:
        raise refusals.too_large_file(name)


def _start(path: Path, name: str, limits: ReadLimits) -> "subprocess.Popen[bytes]":
    import models

    root = str(Path(models.__file__).resolve().parent.parent)
    request = {
        "path": str(path.resolve()),
        "name": name,
        "limits": asdict(limits),
        "sys_path": [root, *(os.path.abspath(entry) for entry in sys.path if entry)],
    }
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console window flashes
    try:
        child = subprocess.Popen(
            child_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            creationflags=flags,
        )
    except OSError:
        log.exception("the reading process could not be started")
        raise refusals.reader_stopped(name) from None
    assert child.stdin is not None
    try:
        child.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
        child.stdin.close()
    except OSError:
        pass  # it died at once: its exit status tells
    return child


Frame = tuple[bytes, bytes] | None  # None: the child closed its end


def _frames(stream: IO[bytes], found: "queue.Queue[Frame]", max_payload: int) -> None:
    """Runs in a thread: the child's frames, in order, then None."""
    try:
        while True:
            header = stream.read(HEADER.size)
            if len(header) < HEADER.size:
                break
            kind, size = HEADER.unpack(header)
            if kind not in b"PSER" or size > max_payload:
                break  # nonsense: the app stops listening, the child is ended
            data = stream.read(size)
            if len(data) < size:
                break
            found.put((kind, data))
            if kind in b"ER":
                break
    except (OSError, ValueError):
        pass
    found.put(None)


def _wait(
    child: "subprocess.Popen[bytes]",
    name: str,
    limits: ReadLimits,
    cancelled: Callable[[], bool] | None,
    progress: Progress | None,
) -> tuple[bytes, float]:
    """The child's answer (a pickle) and its own reading time; meanwhile the clock and the
    Cancel button are watched."""
    assert child.stdout is not None
    found: queue.Queue[Frame] = queue.Queue()
    reader = threading.Thread(
        target=_frames, args=(child.stdout, found, limits.max_payload), daemon=True
    )
    reader.start()
    deadline = time.monotonic() + limits.seconds
    read_seconds = 0.0
    while True:
        if cancelled is not None and cancelled():
            raise Cancelled
        if time.monotonic() > deadline:
            log.info("the reading process was stopped after %s s", limits.seconds)
            raise refusals.too_slow(name, limits.seconds)
        try:
            frame = found.get(timeout=POLL_SECONDS)
        except queue.Empty:
            continue
        if frame is None:
            _stopped(child)
            raise refusals.reader_stopped(name)
        kind, data = frame
        if kind == b"P":
            _report(data, progress)
        elif kind == b"S":
            read_seconds = float(_json(data).get("read_seconds", 0.0))
        elif kind == b"E":
            raise _user_error(data, name)
        else:
            return data, read_seconds


def _stopped(child: "subprocess.Popen[bytes]") -> None:
    """Logs how the child ended (its status only: nothing of the file's content)."""
    try:
        status = child.wait(timeout=5)
    except subprocess.TimeoutExpired:
        status = None
    log.info("the reading process ended without an answer (exit status %s)", status)


def _end(child: "subprocess.Popen[bytes]") -> None:
    if child.poll() is None:
        child.kill()
    try:
        child.wait(timeout=10)
    except subprocess.TimeoutExpired:
        log.error("the reading process did not end after it was killed")
    if child.stdout is not None:
        child.stdout.close()


def _json(data: bytes) -> dict[str, Any]:
    try:
        value = json.loads(data)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _report(data: bytes, progress: Progress | None) -> None:
    try:
        done, total = json.loads(data)
    except (ValueError, TypeError):
        return
    if progress is not None and type(done) is int and type(total) is int:
        progress(done, total)


def _user_error(data: bytes, name: str) -> UserError:
    """The child's UserError, taken back only as a text with plain parameters."""
    message = _json(data)
    text, params = message.get("text"), message.get("params") or {}
    plain = isinstance(params, dict) and all(
        isinstance(value, str | int) for value in params.values()
    )
    if not isinstance(text, str) or not plain:
        return refusals.reader_stopped(name)
    return UserError(text, **{**params, "name": name})


_ALLOWED = {("datetime", "date"), ("datetime", "datetime"), ("datetime", "time")}


class _PlainValues(pickle.Unpickler):
    """Unpickles lists, tuples, text, numbers and dates; anything else is refused."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED:
            return getattr(__import__(module), name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed")


_CELL_TYPES = frozenset((str, int, float, bool, date, datetime, time_of_day, type(None)))


def _decoded(payload: bytes, name: str, limits: ReadLimits) -> RawWorkbook:
    """The sheets, checked for shape and size, text cleaned; nonsense is a refusal."""
    try:
        kind_value, sheets = _PlainValues(io.BytesIO(payload)).load()
        kind = FileKind(kind_value)
        result = tuple(_sheet(sheet, limits) for sheet in sheets)
        if sum(len(row) for sheet in result for row in sheet.rows) > limits.max_cells:
            raise ValueError("cells")
    except (pickle.UnpicklingError, ValueError, TypeError, EOFError, IndexError):
        log.info("the reading process answered with something that is not a workbook")
        raise refusals.reader_stopped(name) from None
    if sum(len(sheet.rows) for sheet in result) == 0 or not any(
        any(cell is not None for cell in row) for sheet in result for row in sheet.rows
    ):
        raise refusals.no_data(name)
    return RawWorkbook(source_name=name, kind=kind, sheets=result)


def _sheet(sheet: Any, limits: ReadLimits) -> RawSheet:
    """One sheet checked for shape and size, its text cleaned (in bulk: one C-level pass
    over all its cells, row by row only where something is wrong)."""
    sheet_name, rows, merged = sheet
    if not isinstance(sheet_name, str) or not isinstance(rows, list):
        raise TypeError("sheet")
    if len(rows) > limits.max_rows or not set(map(type, rows)) <= {list}:
        raise ValueError("rows")
    cells = list(chain.from_iterable(rows))
    if not set(map(type, cells)) <= _CELL_TYPES:
        raise TypeError("cell")
    if not "".join([c for c in cells if type(c) is str]).isprintable():
        rows = [[clean_multiline(c) or None if type(c) is str else c for c in row] for row in rows]
    areas = tuple(_area(area) for area in merged)
    return RawSheet(clean_multiline(sheet_name)[:100], rows, areas)


def _area(area: Any) -> tuple[tuple[int, int], tuple[int, int]]:
    (top, left), (bottom, right) = area
    corners = (top, left, bottom, right)
    if not all(type(value) is int and 0 <= value < 2_000_000 for value in corners):
        raise ValueError("merged area")
    return (top, left), (bottom, right)
