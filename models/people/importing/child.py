"""The reading child process: limits itself, judges the file, reads it, hands back the sheets.

Started by `sandbox.read_workbook` (from source as `python -I -S -c …`, in the bundle as the
app's own executable with `CHILD_FLAG`). The request comes as one JSON line on stdin; the
answer goes to stdout as frames: one byte saying what it is, four bytes of length, the data.

    P  progress, JSON [done, total]
    S  the child's own cost, JSON {"read_seconds": …}
    E  a UserError, JSON {"text": …, "params": {…}}
    R  the result, a pickle of (kind, [(sheet name, rows, merged areas), …])

Anything else the process writes (a library printing, a Rust panic) goes to stderr, which
the app discards: only frames reach the app.
"""

import json
import os
import pickle
import struct
import sys
import time
from pathlib import Path
from typing import Any, BinaryIO

CHILD_FLAG = "--read-spreadsheet-child"  # the bundle's hidden sub-command
HEADER = struct.Struct(">cI")


def main(request: dict[str, Any] | None = None) -> int:
    """Serves one request; always exits 0 after answering (a crash is the app's to report)."""
    channel = _frames_channel()
    if request is None:
        source = sys.stdin.buffer if sys.stdin is not None else os.fdopen(0, "rb", closefd=False)
        request = json.loads(source.readline())
    limits = request["limits"]
    from models.people.importing.limits import apply_limits

    apply_limits(int(limits["memory_bytes"]), int(limits["seconds"]))
    _serve(request, limits, channel)
    channel.flush()
    return 0


def _frames_channel() -> BinaryIO:
    """A private copy of stdout for the frames; stdout itself then points at stderr."""
    if sys.stdout is None:  # a windowed executable: the inherited handle is still fd 1
        return os.fdopen(1, "wb", closefd=False)
    sys.stdout.flush()
    channel = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    return channel


def _send(channel: BinaryIO, kind: bytes, data: bytes) -> None:
    channel.write(HEADER.pack(kind, len(data)))
    channel.write(data)
    channel.flush()


def _serve(request: dict[str, Any], limits: dict[str, Any], channel: BinaryIO) -> None:
    from models.core.errors import UserError
    from models.people.importing import refusals

    name = str(request["name"])
    started = time.perf_counter()
    try:
        result = _read(Path(request["path"]), name, limits, channel)
        payload = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        if len(payload) > int(limits["max_payload"]):
            raise refusals.too_big(name)
    except UserError as error:
        message = {"text": error.text, "params": error.params}
        _send(channel, b"E", json.dumps(message).encode("utf-8"))
        return
    except MemoryError:
        _send(channel, b"E", json.dumps({"text": refusals.too_big(name).text}).encode())
        return
    except Exception:  # the reader met something it does not know: damaged, as far as we know
        _send(channel, b"E", json.dumps({"text": refusals.damaged(name).text}).encode())
        return
    cost = {"read_seconds": time.perf_counter() - started, "payload_bytes": len(payload)}
    _send(channel, b"S", json.dumps(cost).encode("utf-8"))
    _send(channel, b"R", payload)


def _read(path: Path, name: str, limits: dict[str, Any], channel: BinaryIO) -> tuple[str, Any]:
    from models.people.importing.guard import precheck
    from models.people.importing.readers import Bounds, read_sheets
    from models.people.importing.sniff import judge

    kind = judge(path, name)
    if limits.get("precheck", True):
        precheck(path, kind, name)
    bounds = Bounds(int(limits["max_rows"]), int(limits["max_cells"]), int(limits["max_text"]))

    def progress(done: int, total: int) -> None:
        _send(channel, b"P", json.dumps([done, total]).encode("utf-8"))

    return kind.value, read_sheets(path, kind, name, bounds, progress)


# Started from source: python -I -S -c BOOTSTRAP. The app's import path comes with the request,
# so that the child finds the same code as the app without reading the environment.
BOOTSTRAP = (
    "import sys, json\n"
    "request = json.loads(sys.stdin.buffer.readline())\n"
    "sys.path[:0] = request['sys_path']\n"
    "from models.people.importing.child import main\n"
    "sys.exit(main(request))\n"
)
