"""The quote (offerte) PDF: rows computed from plain data by pure functions, laid out below."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from exports.document_files import (
    free_document_path,
    safe_file_name,
    trajectory_folder,
    unique_path,
)
from models.core.enums import QuoteLineKind
from models.core.formatting import format_date, format_money, format_percent
from models.quotes.dto import QuoteDocument
from models.quotes.pricing_data import QuotePrice

PRICE_HEADER = ("Omschrijving", "Bedrag excl. btw")
SHARE_HEADER = ("Gemeente", "Excl. btw", "Btw", "Incl. btw")
PHASE_HEADER = ("Fase", "Wat", "Wanneer")
ON_REQUEST = "prijs op aanvraag"


@dataclass(frozen=True)
class PriceRow:
    """One row of the price table; `kind` is line, subtotal, vat or total (for the layout)."""

    label: str
    amount: str
    kind: str = "line"


@dataclass(frozen=True)
class ListSection:
    """A heading with a bulleted list under it."""

    heading: str
    items: tuple[str, ...]


def vat_label(basis_points: int) -> str:
    """'Btw 21%' for 2100 basis points."""
    return f"Btw {format_percent(Decimal(basis_points) / 10_000)}"


def _money(cents: int, on_request: bool) -> str:
    return ON_REQUEST if on_request else format_money(cents)


def price_rows(price: QuotePrice, programme_name: str) -> list[PriceRow]:
    """The lines that count, then subtotal, vat and total; a split price shows as one line.

    The quote form's live preview shows these same rows, so screen and paper agree.
    """
    on_request = price.price_on_request
    rows: list[PriceRow] = []
    shares = [line for line in price.lines if line.kind is QuoteLineKind.SHARE]
    if shares:
        label = f"Begeleiding {programme_name}, te verdelen over {len(shares)} gemeenten"
        rows.append(PriceRow(label, format_money(sum(s.amount_cents for s in shares))))
    for line in price.lines:
        if line.kind in (QuoteLineKind.FEE, QuoteLineKind.DISCOUNT):
            rows.append(PriceRow(line.description, format_money(line.amount_cents)))
        elif line.kind is QuoteLineKind.INFO and on_request and not line.amount_cents:
            rows.append(PriceRow(line.description.removesuffix(f": {ON_REQUEST}"), ON_REQUEST))
    rows += [
        PriceRow("Totaal excl. btw", _money(price.total_excl_vat_cents, on_request), "subtotal"),
        PriceRow(vat_label(price.vat_basis_points), _money(price.vat_cents, on_request), "vat"),
        PriceRow("Totaal incl. btw", _money(price.total_incl_vat_cents, on_request), "total"),
    ]
    return rows


def share_rows(doc: QuoteDocument) -> list[list[str]]:
    """Header, one row per municipality and a total row; empty when the price is not split."""
    shares = doc.price.shares
    if not shares:
        return []
    rows = [list(SHARE_HEADER)]
    for share in shares:
        amounts = (share.excl_vat_cents, share.vat_cents, share.incl_vat_cents)
        rows.append([share.client, *map(format_money, amounts)])
    totals = (
        sum(s.excl_vat_cents for s in shares),
        sum(s.vat_cents for s in shares),
        sum(s.incl_vat_cents for s in shares),
    )
    rows.append(["Totaal", *map(format_money, totals)])
    return rows


def beside_price_rows(price: QuotePrice) -> list[list[str]]:
    """Amounts shown beside the price but not part of it, e.g. the citizen group's budget."""
    return [
        [line.description, format_money(line.amount_cents)]
        for line in price.lines
        if line.kind is QuoteLineKind.INFO and line.amount_cents
    ]


def phase_rows(doc: QuoteDocument) -> list[list[str]]:
    """Header plus one row per phase the quote covers; no 'Fase' column if no phase has a number."""
    if not any(p.label for p in doc.phases):
        return [list(PHASE_HEADER[1:])] + [[p.name, p.months] for p in doc.phases]
    return [list(PHASE_HEADER)] + [[p.label, p.name, p.months] for p in doc.phases]


def meta_rows(doc: QuoteDocument) -> list[tuple[str, str]]:
    """The facts beside the address: number, dates, trajectory, scope."""
    rows = [
        ("Offertenummer", f"{doc.number}, versie {doc.version}"),
        ("Datum", format_date(doc.issued_on)),
        ("Geldig tot", format_date(doc.valid_until)),
        ("Traject", doc.trajectory_name),
    ]
    if doc.scope_name:
        rows.append(("Fasen", doc.scope_name))
    return rows


def list_sections(doc: QuoteDocument) -> list[ListSection]:
    """The bulleted sections that have content, in reading order."""
    several = len(doc.clients) > 1
    candidates = (
        ListSection("Wat is inbegrepen", doc.included),
        ListSection(
            "Wat de gemeenten opnemen" if several else "Wat de gemeente opneemt",
            doc.municipality_tasks,
        ),
        ListSection("Wat de deelnemers opnemen", doc.participant_tasks),
    )
    return [section for section in candidates if section.items]


def condition_items(doc: QuoteDocument) -> list[str]:
    """The conditions: the programme's (stopping after a phase...) and the validity."""
    validity = f"Deze offerte is geldig tot {format_date(doc.valid_until)}."
    payment = [doc.payment_clause] if doc.payment_clause else []
    return [*doc.conditions, *payment, validity]


def signature_parties(doc: QuoteDocument) -> list[str]:
    """Who signs: the provider, then every client (a cluster signs once per municipality)."""
    clients = [client.name for client in doc.clients] or ["de klant"]
    return [doc.provider_name, *clients]


def _clients_short(doc: QuoteDocument) -> str:
    names = [client.name for client in doc.clients]
    if len(names) > 3:
        return f"{names[0]} en {len(names) - 1} andere"
    return ", ".join(names) or doc.trajectory_name


def quote_file_name(doc: QuoteDocument) -> str:
    """'2026-11-23 Offerte 2026-007 v2 Izegem.pdf'."""
    stem = f"{doc.issued_on.isoformat()} Offerte {doc.number} v{doc.version} {_clients_short(doc)}"
    return f"{safe_file_name(stem, 'Offerte')}.pdf"


def quote_pdf_path(doc: QuoteDocument, folder: Path | None = None) -> Path:
    """A free path in the documents folder, in a subfolder named after the trajectory."""
    return unique_path(trajectory_folder(doc.trajectory_name, folder) / quote_file_name(doc))


def build_quote_pdf(doc: QuoteDocument, path: Path | str) -> Path:
    """Write the quote as an A4 PDF to path, atomically: a failed build leaves no half file."""
    # Imported here: ReportLab costs ~150 ms, which the command line and the window skip
    # until a PDF is actually asked for.
    from exports.pdf import build_pdf
    from exports.quotes.quote_layout import story

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
