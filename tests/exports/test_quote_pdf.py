"""The quote PDF: rows from plain data, and the PDF read back with fonts and escaping checked."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from exports.document_files import unique_path
from exports.quotes.quote_pdf import (
    build_quote_pdf,
    quote_file_name,
    quote_pdf_path,
    save_quote_pdf,
)
from exports.quotes.quote_rows import (
    beside_price_rows,
    condition_items,
    list_sections,
    meta_rows,
    phase_rows,
    price_rows,
    share_rows,
    signature_parties,
)
from models.core.enums import QuoteLineKind
from models.programmes import get_programme
from models.quotes.dto import ClientBlock, PhaseLine, QuoteDocument
from models.quotes.pricing import Client, PriceOptions, price_quote

AUTODELEN = get_programme("autodelen")
IZEGEM = Client("Izegem", "West-Vlaanderen", "11111111-1111-1111-1111-111111111111")


def _document(price=None, clients=None, **fields) -> QuoteDocument:
    price = price or price_quote(AUTODELEN, "fase_1_2_3", [IZEGEM])
    document = QuoteDocument(
        uid="q",
        number="2026-007",
        version=2,
        status="draft",
        issued_on=date(2026, 11, 22),
        valid_until=date(2026, 12, 22),
        trajectory_name="Autodelen Izegem – wijk Kachtem",
        programme_name="'Bottom-up' autodelen",
        provider_name="Autodelen.net",
        provider_lines=("overheden@autodelen.net",),
        clients=clients or (ClientBlock("Izegem", ("Korenmarkt 10", "8870 Izegem")),),
        attention="t.a.v. Sarah Vandenbussche, lokale trekker",
        scope_name="Fase 1+2+3",
        phases=(PhaseLine("Fase 1", "Voorbereiding", "maand 0–5"),),
        included=("Een spreker bij drie infomomenten.",),
        municipality_tasks=("Logistieke ondersteuning (zaal, catering …).",),
        participant_tasks=(),
        price=price,
        price_notes=("Richtprijs, prijs te bespreken.",),
        conditions=("Na elke fase kunnen beide partijen beslissen te stoppen.",),
    )
    return replace(document, **fields)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages).replace("\xa0", " ")


def test_price_rows_show_fee_discount_vat_and_total() -> None:
    """Fee, discount with its reason, then subtotal, btw 21% and total in Belgian money."""
    rows = price_rows(_document().price, "'Bottom-up' autodelen")
    texts = [(row.label, row.amount.replace("\xa0", " "), row.kind) for row in rows]
    assert texts[0] == (
        "Begeleiding 'Bottom-up' autodelen: Fase 1+2+3 (richtprijs)",
        "€ 6.500,00",
        "line",
    )
    assert "West-Vlaanderen" in texts[1][0] and texts[1][1] == "€ -3.250,00"
    assert texts[2:] == [
        ("Totaal excl. btw", "€ 3.250,00", "subtotal"),
        ("Btw 21%", "€ 682,50", "vat"),
        ("Totaal incl. btw", "€ 3.932,50", "total"),
    ]


def test_price_on_request_never_shows_an_empty_or_zero_total() -> None:
    """A joint trajectory without amount says 'prijs op aanvraag' in every amount cell."""
    clients = [Client(f"G{n}", "Limburg") for n in range(5)]
    rows = price_rows(price_quote(AUTODELEN, "fase_1_2_3", clients), "autodelen")
    assert [row.amount for row in rows] == ["prijs op aanvraag"] * 4
    assert rows[0].label.startswith("Gezamenlijk traject van 5 gemeenten")


def test_a_split_price_shows_one_line_and_a_table_of_shares() -> None:
    """€ 10.000 over three municipalities: one price line, then each share and a total row."""
    clients = [Client(name, "Antwerpen", name) for name in ("Herselt", "Hulshout", "Westerlo")]
    price = price_quote(get_programme("intergemeentelijk"), None, clients)
    document = _document(price)
    rows = price_rows(price, "Klimaatacties")
    assert rows[0].label == "Begeleiding Klimaatacties, te verdelen over 3 gemeenten"
    assert len(rows) == 4
    shares = [[cell.replace("\xa0", " ") for cell in row] for row in share_rows(document)]
    assert shares[0] == ["Gemeente", "Excl. btw", "Btw", "Incl. btw"]
    assert shares[1] == ["Herselt", "€ 3.333,34", "€ 700,00", "€ 4.033,34"]
    assert shares[-1] == ["Totaal", "€ 10.000,00", "€ 2.100,00", "€ 12.100,00"]
    assert share_rows(_document()) == []


def test_the_working_budget_is_shown_beside_the_price() -> None:
    """Klimaatdoeners: the € 5.000 budget is a row beside the price, not in the total."""
    options = PriceOptions(working_budget_cents=500_000)
    price = price_quote(get_programme("klimaatdoeners"), None, [Client("Herent")], options)
    assert [amount.replace("\xa0", " ") for _, amount in beside_price_rows(price)] == ["€ 5.000,00"]
    assert price_rows(price, "Klimaatdoeners")[-1].amount.replace("\xa0", " ") == "€ 9.075,00"


def test_meta_phases_sections_conditions_and_signatures() -> None:
    """Number, Belgian dates, phases, the non-empty lists, validity, who signs."""
    document = _document()
    assert meta_rows(document)[:3] == [
        ("Offertenummer", "2026-007, versie 2"),
        ("Datum", "22/11/2026"),
        ("Geldig tot", "22/12/2026"),
    ]
    assert phase_rows(document) == [
        ["Fase", "Wat", "Wanneer"],
        ["Fase 1", "Voorbereiding", "maand 0–5"],
    ]
    unnumbered = replace(document, phases=(PhaseLine("", "Opstart", "maand 0–1"),))
    assert phase_rows(unnumbered) == [["Wat", "Wanneer"], ["Opstart", "maand 0–1"]]
    assert [s.heading for s in list_sections(document)] == [
        "Wat is inbegrepen",
        "Wat de gemeente opneemt",
    ]
    assert condition_items(document)[-1] == "Deze offerte is geldig tot 22/12/2026."
    assert signature_parties(document) == ["Autodelen.net", "Izegem"]


def test_file_name_is_readable_and_never_overwrites(tmp_path: Path) -> None:
    """'2026-11-22 Offerte 2026-007 v2 Izegem.pdf' in the trajectory's folder, then ' (2)'."""
    document = _document(trajectory_name="Autodelen: Izegem/Kachtem")
    assert quote_file_name(document) == "2026-11-22 Offerte 2026-007 v2 Izegem.pdf"
    path = quote_pdf_path(document, tmp_path)
    assert (
        path == tmp_path / "Autodelen Izegem Kachtem" / "2026-11-22 Offerte 2026-007 v2 Izegem.pdf"
    )
    first = save_quote_pdf(document, tmp_path)
    second = save_quote_pdf(document, tmp_path)
    assert first == path and second.name == "2026-11-22 Offerte 2026-007 v2 Izegem (2).pdf"
    assert unique_path(path).name.endswith("(3).pdf")


def test_pdf_prints_the_quote(tmp_path: Path) -> None:
    """Title, dates, client, reason, totals and signature lines are in the PDF's text."""
    text = _text(build_quote_pdf(_document(), tmp_path / "offerte.pdf"))
    for expected in (
        "Offerte 2026-007 (versie 2)",
        "22/11/2026",
        "Geldig tot",
        "22/12/2026",
        "Korenmarkt 10",
        "t.a.v. Sarah Vandenbussche",
        "€ 6.500,00",
        "(richtprijs)",
        "50% korting voor gemeenten uit West-Vlaanderen",
        "€ 3.250,00",
        "Btw 21%",
        "€ 3.932,50",
        "Wat de gemeente opneemt",
        "Na elke fase",
        "Voor akkoord",
        "Voor Autodelen.net",
        "Voor Izegem",
        "Handtekening",
    ):
        assert expected in text, expected


def test_pdf_fonts_are_embedded(tmp_path: Path) -> None:
    """Every font in the quote is an embedded TrueType font; Helvetica never appears."""
    reader = PdfReader(build_quote_pdf(_document(), tmp_path / "offerte.pdf"))
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "Helvetica" not in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_user_text_is_printed_literally(tmp_path: Path) -> None:
    """Names with <, > and & print as typed instead of breaking the markup."""
    clients = (ClientBlock("Café <De Linde> & Zonen", ("Markt 1 & 2",)),)
    document = _document(clients=clients, trajectory_name="Traject <b>vet</b> & co")
    text = _text(build_quote_pdf(document, tmp_path / "offerte.pdf"))
    assert "Café <De Linde> & Zonen" in text
    assert "Markt 1 & 2" in text
    assert "Traject <b>vet</b> & co" in text


def test_every_demo_kind_of_price_builds(tmp_path: Path) -> None:
    """Free, split, on request and with a working budget: each builds a PDF with its key text."""
    cases = {
        "buurtpunt": (price_quote(get_programme("buurtpunt"), None, []), "gratis"),
        "request": (
            price_quote(AUTODELEN, "fase_1", [Client(f"G{n}", "Limburg") for n in range(5)]),
            "prijs op aanvraag",
        ),
    }
    for name, (price, expected) in cases.items():
        text = _text(build_quote_pdf(_document(price), tmp_path / f"{name}.pdf"))
        assert expected in text
    assert QuoteLineKind.INFO in {line.kind for line in cases["request"][0].lines}
