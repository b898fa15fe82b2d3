"""The quote PDF's layout: flowables made from the rows that exports.quotes.quote_pdf computes."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, ListFlowable, Spacer, Table

from exports.pdf import frame_width, para, plain_table, styles, table_style
from exports.pdf.fonts import REGULAR
from exports.pdf.logo import logo_flowable
from exports.pdf.styles import ACCENT, RULE, Styles
from exports.quotes.quote_rows import (
    beside_price_rows,
    condition_items,
    copies_text,
    list_sections,
    meta_rows,
    open_condition_lines,
    phase_rows,
    price_rows,
    share_rows,
    signature_parties,
)
from models.quotes.dto import QuoteDocument

AMOUNT_WIDTH = 40 * mm


def story(doc: QuoteDocument) -> list[Flowable]:
    """The whole quote (or a free programme's participation agreement), top to bottom."""
    s = styles()
    parts: list[Flowable] = [_masthead(doc, s), _addressee(doc, s)]
    if doc.is_agreement:
        return parts + _agreement(doc, s)
    parts += [para("Wat we aanbieden", s.heading1)]
    scope = f": {doc.scope_name}" if doc.scope_name else ""
    parts += [para(f"{doc.programme_name}{scope}", s.body)]
    if doc.phases:
        rows = phase_rows(doc)
        widths = [22 * mm, None, 34 * mm][-len(rows[0]) :]
        parts.append(_table(rows, s, widths))
    parts += [para("Prijs", s.heading1), _price_table(doc, s)]
    beside = beside_price_rows(doc.price)
    if beside:
        parts += [para("Naast de prijs", s.heading2)]
        parts.append(_table([["Omschrijving", "Bedrag"], *beside], s, [None, AMOUNT_WIDTH], (1,)))
    if doc.price_notes:
        parts += [Spacer(1, 2 * mm)] + [para(note, s.small) for note in doc.price_notes]
    rows = share_rows(doc)
    if rows:
        parts += [para("Verdeling over de gemeenten", s.heading2)]
        parts.append(
            _table(rows, s, [None, 32 * mm, 28 * mm, 32 * mm], right=(1, 2, 3), total=True)
        )
    for section in list_sections(doc):
        parts += [para(section.heading, s.heading1), _bullets(section.items, s.bullet)]
    parts += _open_conditions(doc, s)
    parts += [para("Voorwaarden", s.heading1), _bullets(condition_items(doc), s.bullet)]
    parts.append(_signatures(doc, s))
    return parts


def _agreement(doc: QuoteDocument, s: Styles) -> list[Flowable]:
    """A participation agreement: what is offered, what is expected, free thanks to the funder;
    no price table and no vat."""
    parts: list[Flowable] = [para(doc.programme_name, s.heading1)]
    if doc.phases:
        rows = phase_rows(doc)
        widths = [22 * mm, None, 34 * mm][-len(rows[0]) :]
        parts.append(_table(rows, s, widths))
    for section in list_sections(doc):
        parts += [para(section.heading, s.heading1), _bullets(section.items, s.bullet)]
    parts += [para("Deelname", s.heading1)] + [para(note, s.body) for note in doc.price_notes]
    parts += _open_conditions(doc, s)
    parts += [para("Afspraken", s.heading1), _bullets(condition_items(doc), s.bullet)]
    parts.append(_signatures(doc, s))
    return parts


def _open_conditions(doc: QuoteDocument, s: Styles) -> list[Flowable]:
    intro, items = open_condition_lines(doc)
    if not items:
        return []
    heading = para("Nog te vervullen voor de start", s.heading1)
    return [heading, para(intro, s.body), _bullets(items, s.bullet)]


def _masthead(doc: QuoteDocument, s: Styles) -> Flowable:
    """Title on the left, provider and contact details on the right, accent rule below."""
    title = ParagraphStyle("quote_title", parent=s.title, fontSize=17, leading=21)
    kicker = para(doc.kind_label.upper(), s.kicker)
    left = [kicker, para(doc.title, title), para(doc.programme_name, s.small)]
    right_style = ParagraphStyle("quote_right", parent=s.small, alignment=TA_RIGHT, spaceAfter=0)
    right_name = ParagraphStyle("quote_name", parent=s.table_total_right, spaceAfter=1)
    right: list[Flowable] = []
    logo = logo_flowable(doc.provider.logo_png if doc.provider else None)
    if logo is not None:
        right.append(logo)
    legal_name = doc.provider.legal_name if doc.provider else doc.provider_name
    right.append(para(legal_name, right_name))
    right += [para(line, right_style) for line in doc.provider_lines]
    width = frame_width()
    table = plain_table([[left, right]], [width * 0.62, width * 0.38])
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("RIGHTPADDING", (-1, 0), (-1, 0), 0)])
    rule = HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=2, spaceAfter=8)
    return KeepTogether([table, rule])


def _addressee(doc: QuoteDocument, s: Styles) -> Flowable:
    """The client block ('Aan') beside the quote's number, dates, trajectory and scope."""
    left: list[Flowable] = [para("Aan", s.kicker)]
    for client in doc.clients:
        left.append(para(client.name, s.table_total))
        left += [para(line, s.table_body) for line in client.lines]
    if doc.attention:
        left.append(para(doc.attention, s.table_body))
    facts = [
        [para(label, s.table_header), para(value, s.table_body)] for label, value in meta_rows(doc)
    ]
    width = frame_width()
    right = plain_table(facts, [31 * mm, width * 0.5 - 31 * mm])
    return plain_table([[left, right]], [width * 0.5, width * 0.5])


def _price_table(doc: QuoteDocument, s: Styles) -> Table:
    """Price lines with amounts on the right; subtotal and vat plain, the total bold on a rule."""
    rows = price_rows(doc.price, doc.programme_name)
    cells = [[para("Omschrijving", s.table_header), para("Bedrag excl. btw", s.table_header_right)]]
    for row in rows:
        bold = row.kind == "total"
        cells.append(
            [
                para(row.label, s.table_total if bold else s.table_body),
                para(row.amount, s.table_total_right if bold else s.table_body_right),
            ]
        )
    table = Table(cells, colWidths=[None, AMOUNT_WIDTH], repeatRows=1)
    table.setStyle(table_style(right_columns=(1,), zebra=False))
    first_sum = 1 + next(i for i, row in enumerate(rows) if row.kind != "line")
    table.setStyle(
        [
            ("LINEABOVE", (0, first_sum), (-1, first_sum), 0.9, ACCENT),
            ("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.9, ACCENT),
        ]
    )
    return table


def _table(
    rows: list[list[str]],
    s: Styles,
    widths: Sequence[float | None],
    right: Sequence[int] = (),
    total: bool = False,
) -> Table:
    """A standard table of user text: header repeated on each page, every cell escaped."""
    header, *body = rows
    cells = [[para(text, _cell_style(s, i in right, head=True)) for i, text in enumerate(header)]]
    for index, row in enumerate(body):
        bold = total and index == len(body) - 1
        cells.append([para(t, _cell_style(s, i in right, bold=bold)) for i, t in enumerate(row)])
    table = Table(cells, colWidths=list(widths), repeatRows=1)
    table.setStyle(table_style(right_columns=right))
    if total:
        table.setStyle([("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT)])
    return table


def _cell_style(
    s: Styles, right: bool, *, head: bool = False, bold: bool = False
) -> ParagraphStyle:
    if head:
        return s.table_header_right if right else s.table_header
    if bold:
        return s.table_total_right if right else s.table_total
    return s.table_body_right if right else s.table_body


def _bullets(items: Sequence[str], style: ParagraphStyle) -> ListFlowable:
    return ListFlowable(
        [para(item, style) for item in items],
        bulletType="bullet",
        start="•",
        bulletFontName=REGULAR,
        bulletFontSize=style.fontSize,
        bulletColor=ACCENT,
        leftIndent=12,
        bulletOffsetY=0,
        spaceBefore=0,
    )


def _signature_box(party: str, s: Styles) -> list[Flowable]:
    line = HRFlowable(width="90%", thickness=0.4, color=RULE, spaceBefore=14, spaceAfter=1)
    box: list[Flowable] = [para(f"Voor {party}", s.table_total)]
    for label in ("Naam en functie", "Datum", "Handtekening"):
        box += [line, para(label, s.small)]
    return box


def _signatures(doc: QuoteDocument, s: Styles) -> Flowable:
    """Signature boxes two by two: the provider first, then each client."""
    boxes = [_signature_box(party, s) for party in signature_parties(doc)]
    if len(boxes) % 2:
        boxes.append([])
    grid = [boxes[i : i + 2] for i in range(0, len(boxes), 2)]
    width = frame_width()
    table = plain_table(grid, [width * 0.5, width * 0.5])
    table.setStyle([("BOTTOMPADDING", (0, 0), (-1, -1), 10)])
    heading = para("Voor akkoord", s.heading1)
    intro = para(copies_text(doc), s.small)
    return KeepTogether([heading, intro, table])
