"""The quote's rows and texts: prices, shares, phases, conditions; pure functions of plain data."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

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
    clusters = list(dict.fromkeys(line.cluster for line in shares))
    for cluster in clusters:
        own = [line for line in shares if line.cluster == cluster]
        head = _share_head(own[0].description, programme_name)
        where = f" – cluster {cluster}" if cluster and len(clusters) > 1 else ""
        label = f"{head}{where}, te verdelen over {len(own)} gemeenten"
        rows.append(PriceRow(label, format_money(sum(s.amount_cents for s in own))))
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


def _share_head(description: str, programme_name: str) -> str:
    """What a share line is a share of: the joint trajectory with its scope, else the
    programme ('Begeleiding Klimaatacties …')."""
    head = description.split(": aandeel ", 1)[0].split(" – cluster ", 1)[0]
    return head if head.startswith("Gezamenlijk traject") else f"Begeleiding {programme_name}"


def share_rows(doc: QuoteDocument) -> list[list[str]]:
    """Header, one row per municipality (with its cluster when there are several) and a total
    row; empty when the price is not split."""
    shares = doc.price.shares
    if not shares:
        return []
    several = len({share.cluster for share in shares}) > 1
    rows = [list(SHARE_HEADER)]
    for share in shares:
        amounts = (share.excl_vat_cents, share.vat_cents, share.incl_vat_cents)
        name = f"{share.client} ({share.cluster})" if several and share.cluster else share.client
        rows.append([name, *map(format_money, amounts)])
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
    """The facts beside the address: number, dates, trajectory, scope, acceptance."""
    rows = [
        ("Nummer" if doc.is_agreement else "Offertenummer", f"{doc.number}, versie {doc.version}"),
        ("Datum", format_date(doc.issued_on)),
        ("Geldig tot", format_date(doc.valid_until)),
        ("Traject", doc.trajectory_name),
    ]
    if doc.scope_name:
        rows.append(("Fasen", doc.scope_name))
    if doc.clusters:
        rows.append(("Clusters", ", ".join(doc.clusters)))
    if doc.accepted:
        rows.append(("Aanvaard", doc.accepted))
    return rows


def list_sections(doc: QuoteDocument) -> list[ListSection]:
    """The bulleted sections that have content, in reading order."""
    several = len(doc.clients) > 1
    if doc.is_agreement:
        candidates: tuple[ListSection, ...] = (
            ListSection("Wat we aanbieden", doc.included),
            ListSection("Wat we verwachten van de trekkers", doc.participant_tasks),
            ListSection("Wat de gemeente opneemt", doc.municipality_tasks),
        )
    else:
        candidates = (
            ListSection("Wat is inbegrepen", doc.included),
            ListSection(
                "Wat de gemeenten opnemen" if several else "Wat de gemeente opneemt",
                doc.municipality_tasks,
            ),
            ListSection("Wat de deelnemers opnemen", doc.participant_tasks),
        )
    return [section for section in candidates if section.items]


def open_condition_lines(doc: QuoteDocument) -> tuple[str, list[str]]:
    """The conditions for starting still open when this version was made: an intro and the
    items (empty when all were met)."""
    if not doc.open_conditions:
        return "", []
    what = "Deze overeenkomst" if doc.is_agreement else "Deze offerte"
    intro = (
        f"{what} is opgemaakt voordat alle voorwaarden om te starten vervuld zijn. "
        "Het traject start pas wanneer ook deze voorwaarden vervuld zijn:"
    )
    return intro, list(doc.open_conditions)


def condition_items(doc: QuoteDocument) -> list[str]:
    """The conditions: the programme's (stopping after a phase...) and the validity."""
    what = "Deze overeenkomst" if doc.is_agreement else "Deze offerte"
    validity = f"{what} is geldig tot {format_date(doc.valid_until)}."
    # A free programme asks no payment: its agreement has no payment clause.
    payment = [doc.payment_clause] if doc.payment_clause and not doc.is_agreement else []
    return [*doc.conditions, *payment, validity]


COPIES = {2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht"}


def copies_text(doc: QuoteDocument) -> str:
    """'Opgemaakt in zes exemplaren; elke partij ontvangt er één.' (one per signing party)."""
    count = len(signature_parties(doc))
    return f"Opgemaakt in {COPIES.get(count, str(count))} exemplaren; elke partij ontvangt er één."


def signature_parties(doc: QuoteDocument) -> list[str]:
    """Who signs: the provider, then every client (a cluster signs once per municipality)."""
    clients = [client.name for client in doc.clients] or ["de klant"]
    return [doc.provider_name, *clients]


def clients_short(doc: QuoteDocument) -> str:
    names = [client.name for client in doc.clients]
    if len(names) > 3:
        return f"{names[0]} en {len(names) - 1} andere"
    return ", ".join(names) or doc.trajectory_name
