"""CUPS' own API (libcups through ctypes): the printers, their state, a PDF sent as a PDF.

libcups is there wherever CUPS is (Linux, macOS); on Windows it is not and `libcups()` is
None. Each call first lets libcups forget the server it talked to before (`cupsSetServer(NULL)`),
so the environment of that moment decides (CUPS_SERVER, client.conf) and a scheduler that was
restarted is found again. libcups keeps its state per thread: a worker thread may call in.
"""

import ctypes
import ctypes.util
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

# IPP status codes (RFC 8011): below 0x0100 is success; 0x0502 is "service unavailable",
# which libcups also reports when it cannot reach the scheduler at all.
_SUCCESS_LIMIT = 0x0100
SERVICE_UNAVAILABLE = 0x0502
_STOPPED = "5"  # printer-state: 3 idle, 4 processing, 5 stopped


class _Option(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("value", ctypes.c_char_p)]


class _Dest(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("instance", ctypes.c_char_p),
        ("is_default", ctypes.c_int),
        ("num_options", ctypes.c_int),
        ("options", ctypes.POINTER(_Option)),
    ]


@dataclass(frozen=True)
class CupsPrinter:
    """One print queue as CUPS describes it."""

    name: str
    description: str = ""  # printer-info: the name people gave it
    location: str = ""
    is_default: bool = False
    accepting: bool = True
    stopped: bool = False
    paper: str = ""  # the queue's default media ("A4", "Letter", "iso_a4_210x297mm")
    reasons: tuple[str, ...] = ()  # printer-state-reasons other than "none"


class CupsError(Exception):
    """libcups refused: its IPP status and its own (English) explanation."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(f"{reason} (IPP 0x{status:04x})")
        self.status = status
        self.reason = reason

    @property
    def unreachable(self) -> bool:
        """No scheduler answered: no print system runs here (or it cannot be reached)."""
        return self.status == SERVICE_UNAVAILABLE


def _candidates() -> list[str]:
    if sys.platform == "win32":
        return []
    if sys.platform == "darwin":
        return ["/usr/lib/libcups.2.dylib", "libcups.2.dylib"]
    return ["libcups.so.2"]


@cache
def libcups() -> ctypes.CDLL | None:
    """The CUPS client library with the functions used here declared, or None without it."""
    names = _candidates()
    found = ctypes.util.find_library("cups") if names else None
    if found:
        names.append(found)
    for name in names:
        try:
            library = ctypes.CDLL(name)
        except OSError:
            continue
        _declare(library)
        return library
    return None


def _declare(lib: ctypes.CDLL) -> None:
    dests = ctypes.POINTER(ctypes.POINTER(_Dest))
    options = ctypes.POINTER(_Option)
    lib.cupsSetServer.argtypes = [ctypes.c_char_p]
    lib.cupsSetServer.restype = None
    lib.cupsGetDests.argtypes = [dests]
    lib.cupsGetDests.restype = ctypes.c_int
    lib.cupsFreeDests.argtypes = [ctypes.c_int, ctypes.POINTER(_Dest)]
    lib.cupsFreeDests.restype = None
    lib.cupsLastError.argtypes = []
    lib.cupsLastError.restype = ctypes.c_int
    lib.cupsLastErrorString.argtypes = []
    lib.cupsLastErrorString.restype = ctypes.c_char_p
    lib.cupsAddOption.argtypes = [
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.POINTER(options),
    ]
    lib.cupsAddOption.restype = ctypes.c_int
    lib.cupsFreeOptions.argtypes = [ctypes.c_int, options]
    lib.cupsFreeOptions.restype = None
    lib.cupsPrintFile.argtypes = [
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_int,
        options,
    ]
    lib.cupsPrintFile.restype = ctypes.c_int


def _require() -> ctypes.CDLL:
    lib = libcups()
    if lib is None:
        raise CupsError(SERVICE_UNAVAILABLE, "libcups is not installed")
    lib.cupsSetServer(None)  # read CUPS_SERVER and client.conf afresh
    return lib


def _last_error(lib: ctypes.CDLL) -> CupsError:
    raw = lib.cupsLastErrorString()
    reason = raw.decode("utf-8", "replace") if raw else "unknown error"
    return CupsError(int(lib.cupsLastError()), reason)


def _text(raw: bytes | None) -> str:
    return raw.decode("utf-8", "replace") if raw else ""


def _printer(dest: _Dest) -> CupsPrinter:
    options = {
        _text(dest.options[i].name): _text(dest.options[i].value) for i in range(dest.num_options)
    }
    reasons = options.get("printer-state-reasons", "none").split(",")
    return CupsPrinter(
        name=_text(dest.name),
        description=options.get("printer-info", ""),
        location=options.get("printer-location", ""),
        is_default=bool(dest.is_default),
        accepting=options.get("printer-is-accepting-jobs", "true") != "false",
        stopped=options.get("printer-state") == _STOPPED,
        paper=options.get("media", ""),
        reasons=tuple(r for r in reasons if r and r != "none"),
    )


def printers() -> list[CupsPrinter]:
    """Every queue (instances left out), the default marked; CupsError when no scheduler
    answers (`unreachable`), an empty list when it answers without printers."""
    lib = _require()
    dests = ctypes.POINTER(_Dest)()
    count = int(lib.cupsGetDests(ctypes.byref(dests)))
    try:
        if count == 0:
            status = int(lib.cupsLastError())
            if status >= _SUCCESS_LIMIT:
                raise _last_error(lib)
            return []
        return [_printer(dests[i]) for i in range(count) if not dests[i].instance]
    finally:
        if count:
            lib.cupsFreeDests(count, dests)


def print_file(printer: str, path: Path, title: str, options: Mapping[str, str]) -> int:
    """Sends the file to the queue as it is (a PDF stays a PDF); returns the job number."""
    lib = _require()
    native = ctypes.POINTER(_Option)()
    count = 0
    for name, value in options.items():
        count = lib.cupsAddOption(name.encode(), value.encode(), count, ctypes.byref(native))
    try:
        job = int(
            lib.cupsPrintFile(
                printer.encode(), os.fsencode(path), title.encode("utf-8"), count, native
            )
        )
    finally:
        if count:
            lib.cupsFreeOptions(count, native)
    if job == 0:
        raise _last_error(lib)
    return job
