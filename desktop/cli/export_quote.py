"""`export quote TRAJECTORY_UID`: the latest quote version, made first if there is none."""

from pathlib import Path
from typing import Any


def export(store: Any, uid: str, output: Path | None) -> Path:
    from exports.quotes.quote_pdf import build_quote_pdf, save_quote_pdf

    latest = store.ensure_quote(uid)
    document = store.quote_document(latest.uid)
    if output is not None:
        return build_quote_pdf(document, output)
    return save_quote_pdf(document)
