"""Unhandled exceptions: a dialog with "copy details", a rotating log without personal data.

What reaches the log (and the clipboard) is built from the traceback's *code* only: the
exception's class, and for each frame the file, line, function and source line. Exception
messages and local variables are left out on purpose: a database error carries the SQL
parameters (names, e-mail addresses), a KeyError carries the key. A scrubbing filter on the
handler also masks e-mail addresses and phone numbers in any ordinary log line, as a second
line of defence for messages logged elsewhere.
"""

import contextlib
import logging
import logging.handlers
import re
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from desktop.shell.version import app_version

if TYPE_CHECKING:
    from models.core.errors import UserError

LOG_NAME = "trajectwijzer.log"
LOG_BYTES = 1_000_000
LOG_COUNT = 5

# Each run of name characters is tried once, from its start, without backtracking into it:
# the time to scrub grows with the line, never with its square (a long token, a base64 blob).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")
_PHONE = re.compile(r"\+?\d[\d ./-]{6,}\d")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")

ExceptionInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def scrub(text: str) -> str:
    """Masks e-mail addresses, phone numbers and quoted values in a free-text log line."""
    text = _EMAIL.sub("<e-mail>", text)
    text = _PHONE.sub("<nummer>", text)
    return _QUOTED.sub("'…'", text)


def safe_report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """The traceback of the code without any value from the data: safe to log and to share."""
    lines = [f"Trajectwijzer {app_version()}, Python {sys.version.split()[0]}"]
    chain: list[tuple[type[BaseException], TracebackType | None]] = []
    seen: set[int] = set()
    current: BaseException | None = error
    current_kind, current_tb = kind, tb
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current_kind, current_tb))
        current = current.__cause__ or current.__context__
        if current is not None:
            current_kind, current_tb = type(current), current.__traceback__
    for position, (each_kind, each_tb) in enumerate(reversed(chain)):
        if position:
            lines.append("which led to:")
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(each_tb):
            lines.append(f'  File "{_short(frame.filename)}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        lines.append(f"{each_kind.__module__}.{each_kind.__qualname__} (message left out)")
    return "\n".join(lines)


def _short(filename: str) -> str:
    """Paths from the app or a library, never the user's home folder (it holds their name)."""
    parts = Path(filename).parts
    for anchor in ("desktop", "models", "exports", "site-packages", "lib"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    return Path(filename).name


class _ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            if record.exc_info and record.exc_info[0] is not None:
                kind, error, tb = record.exc_info
                assert error is not None
                record.msg = scrub(record.getMessage()) + "\n" + safe_report(kind, error, tb)
            else:
                record.msg = scrub(record.getMessage())
        except Exception:  # a message that cannot be formatted is left out, not half-shown
            record.msg = f"{record.name}: (log line left out: it could not be formatted)"
        record.args = None
        record.exc_info = None
        record.exc_text = None
        return True


class SafeLogHandler(logging.handlers.RotatingFileHandler):
    """The log file that never speaks on stderr.

    logging's own handleError prints the failure (a full disk, a removed folder) with the
    exception being handled at that moment to stderr, and that exception's message can hold
    the SQL parameters of a failed insert: names, e-mail addresses, phone numbers. Here a
    failure to write is only counted.
    """

    failures = 0

    def handleError(self, record: logging.LogRecord) -> None:
        self.failures += 1

    def flush(self) -> None:
        try:
            super().flush()
        except (OSError, ValueError):
            self.failures += 1

    def close(self) -> None:
        try:
            super().close()
        except (OSError, ValueError):
            self.failures += 1


def install_log(folder: Path) -> SafeLogHandler:
    """A rotating log file in the user's log folder (1 MB, 5 old ones kept)."""
    folder.mkdir(parents=True, exist_ok=True)
    handler = SafeLogHandler(
        folder / LOG_NAME,
        maxBytes=LOG_BYTES,
        backupCount=LOG_COUNT,
        encoding="utf-8",
        errors="backslashreplace",
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_ScrubFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return handler


def log_safely(error: BaseException) -> Path | None:
    """Writes the safe report of `error` to the log (for the command line); returns the log's
    path, or None when it could not be written. Never raises."""
    from models.storage.paths import log_dir

    try:
        folder = log_dir()
        handler = install_log(folder)
    except Exception:
        return None
    try:
        report = safe_report(type(error), error, error.__traceback__)
        logging.getLogger("trajectwijzer.crash").error("Unhandled exception\n%s", report)
        handler.flush()
    except Exception:
        handler.failures += 1
    finally:
        logging.getLogger().removeHandler(handler)
        with contextlib.suppress(Exception):
            handler.close()
    return folder / LOG_NAME if not handler.failures else None


def _quietly_log(report: str) -> None:
    """Logs the report; any handler failing (its own errors included) is swallowed here."""
    with contextlib.suppress(Exception):
        logging.getLogger("trajectwijzer.crash").error("Unhandled exception\n%s", report)


def as_user_error(error: BaseException) -> "UserError | None":
    """A problem the coach can fix, hidden in an unhandled exception: a UserError that no
    screen caught, or a fault of a disk (a full one, a USB stick pulled out) behind an OSError."""
    from models.core.errors import UserError
    from models.storage.faults import fault_of

    if isinstance(error, UserError):
        return error
    if isinstance(error, OSError):
        return fault_of(error, Path(str(error.filename or ".")))
    return None


class CrashHandler:
    """Replaces sys.excepthook: log the safe report, then show the dialog (when there is a GUI).

    A problem the coach can fix (a UserError, a full disk) is shown as its message by `tell`
    instead. Nothing here ever raises: a handler that fails would make Python print the
    original exception, personal data and all, to stderr.
    """

    def __init__(
        self,
        show: Callable[[str], None] | None = None,
        tell: "Callable[[UserError], None] | None" = None,
    ) -> None:
        self.show = show
        self.tell = tell
        self.reports: list[str] = []
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook

    def install(self) -> "CrashHandler":
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        return self

    def uninstall(self) -> None:
        sys.excepthook = self._previous
        threading.excepthook = self._previous_thread

    def handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        # Never raise from here: Python would then print everything to stderr.
        with contextlib.suppress(BaseException):
            self._handle(kind, error, tb)

    def _handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, tb)
            return
        fixable = as_user_error(error)
        if fixable is not None and self.tell is not None:
            self.tell(fixable)
            return
        try:
            report = safe_report(kind, error, tb)
        except Exception:
            report = f"{kind.__module__}.{kind.__qualname__} (no report could be made)"
        self.reports.append(report)
        _quietly_log(report)
        if self.show is not None:
            try:
                self.show(report)
            except Exception:  # the dialog itself must never start a loop of crashes
                _quietly_log("crash dialog failed")

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)


def show_crash_dialog(report: str, log_folder: Path) -> None:
    """The dialog: what happened, that the data is safe, where the log is, "copy details"."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Something went wrong"))
    box.setText(
        QCoreApplication.translate(
            "CrashDialog",
            "Trajectwijzer ran into an unexpected problem. What was saved is safe: "
            "every change is saved completely or not at all.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "CrashDialog", "The details are in the log in %1. They contain no personal data."
        ).replace("%1", str(log_folder))
    )
    box.setDetailedText(report)
    copy = box.addButton(
        QCoreApplication.translate("CrashDialog", "Copy details"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()  # keep the dialog open after copying
    copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
    box.exec()


def show_user_error(error: "UserError") -> None:
    """A problem the coach can fix, no screen caught: its message, not the crash dialog."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.shell.messages import user_message

    if QApplication.instance() is None:
        return
    QMessageBox.warning(
        QApplication.activeWindow(),
        QCoreApplication.translate("CrashDialog", "Trajectwijzer"),
        user_message(error),
    )
