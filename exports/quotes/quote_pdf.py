"""The quote (offerte) PDF: its file name and place, built from the layout of its rows."""

from __future__ import annotations

from pathlib import Path

from exports.document_files import (
    free_document_path,
    safe_file_name,
    trajectory_folder,
    unique_path,
)
from exports.quotes.quote_layout import story
from exports.quotes.quote_rows import clients_short
from models.core.formatting import format_date
from models.quotes.dto import QuoteDocument


def quote_file_name(doc: QuoteDocument) -> str:
    """'2026-11-23 Offerte 2026-007 v2 Izegem.pdf' (a Deelnameovereenkomst for a free one)."""
    kind = doc.kind_label
    stem = f"{doc.issued_on.isoformat()} {kind} {doc.number} v{doc.version} {clients_short(doc)}"
    return f"{safe_file_name(stem, kind)}.pdf"


def quote_pdf_path(doc: QuoteDocument, folder: Path | None = None) -> Path:
    """A free path in the documents folder, in a subfolder named after the trajectory."""
    return unique_path(trajectory_folder(doc.trajectory_name, folder) / quote_file_name(doc))


def build_quote_pdf(doc: QuoteDocument, path: Path | str) -> Path:
    """Write the quote as an A4 PDF to path, atomically: a failed build leaves no half file."""
    # Imported here: ReportLab costs ~150 ms, which the command line and the window skip
    # until a PDF is actually asked for.
    from exports.pdf import build_pdf

    return build_pdf(
        path,
        story(doc),
        title=doc.title,
        subtitle=doc.provider_name,
        footer_left=f"{doc.title} · {format_date(doc.issued_on)} · {doc.provider_name}",
        author=doc.provider_name,
        header_on_first_page=False,
        legal_line=doc.provider.legal_line if doc.provider else "",
    )


def save_quote_pdf(doc: QuoteDocument, folder: Path | None = None) -> Path:
    """Write the quote into the documents folder under a free, readable name; never overwrites."""
    return build_quote_pdf(
        doc, free_document_path(doc.trajectory_name, quote_file_name(doc), folder)
    )
