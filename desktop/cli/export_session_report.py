"""`export session-report SESSION_UID`: attendance, notes, decisions and actions of a session."""

from pathlib import Path
from typing import Any


def export(store: Any, uid: str, output: Path | None) -> Path:
    from exports.sessions.session_report_pdf import (
        build_session_report_pdf,
        save_session_report_pdf,
    )

    report = store.session_report(uid)
    if output is not None:
        return build_session_report_pdf(report, output)
    return save_session_report_pdf(report)
