"""What the sign-in sheet and the session report share: the header lines and file names."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from exports.document_files import free_document_path, safe_file_name
from models.core.formatting import format_date, format_date_long, format_time
from models.sessions.dto import SessionHeader

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


def when_text(header: SessionHeader) -> str:
    """'dinsdag'-free and unambiguous: '3 november 2026, 19:30–22:30'."""
    if header.starts_at is None:
        return "datum nog niet vastgelegd"
    text = f"{format_date_long(header.starts_at.date())}, {format_time(header.starts_at.time())}"
    if header.ends_at is not None:
        text += f"–{format_time(header.ends_at.time())}"
    return text


def where_text(header: SessionHeader) -> str:
    return ", ".join(part for part in (header.location_name, header.address) if part)


def header_lines(header: SessionHeader) -> list[tuple[str, str]]:
    """The facts under the title, only those that are known."""
    lines = [
        ("Wanneer", when_text(header)),
        ("Waar", where_text(header)),
        ("Traject", header.trajectory_name),
        ("Begeleiding", header.facilitators),
    ]
    return [(label, value) for label, value in lines if value]


def document_path(header: SessionHeader, what: str, folder: Path | None = None) -> Path:
    """A free path in the documents folder: '<trajectory>/2026-11-03 Aanwezigheidslijst X.pdf'."""
    day = header.starts_at.date().isoformat() if header.starts_at else "zonder datum"
    name = safe_file_name(f"{day} {what} {header.title}", what) + ".pdf"
    return free_document_path(header.trajectory_name, name, folder)


def footer_text(header: SessionHeader) -> str:
    day = format_date(header.starts_at.date()) if header.starts_at else ""
    return " · ".join(part for part in (header.title, day, header.provider_name) if part)


def facts_table(header: SessionHeader) -> Flowable:
    """When, where, trajectory and facilitators as a label-beside-value block."""
    from reportlab.lib.units import mm

    from exports.pdf import para, plain_table, styles

    s = styles()
    rows = [[para(k, s.table_header), para(v, s.table_body)] for k, v in header_lines(header)]
    return plain_table(rows, [28 * mm, None])
