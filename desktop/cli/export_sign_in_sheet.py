"""`export sign-in-sheet SESSION_UID`: the aanwezigheidslijst to print before the session."""

from pathlib import Path
from typing import Any


def export(store: Any, uid: str, output: Path | None) -> Path:
    from exports.sessions.sign_in_sheet_pdf import build_sign_in_sheet_pdf, save_sign_in_sheet_pdf

    sheet = store.sign_in_sheet(uid)
    if output is not None:
        return build_sign_in_sheet_pdf(sheet, output)
    return save_sign_in_sheet_pdf(sheet)
