"""The quote tab's table columns, status words and price preview (no widgets)."""

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.shell.formats import date_text, money_text
from desktop.widgets.row_table import Column
from exports.quotes.quote_rows import beside_price_rows, price_rows
from models.core.enums import QuoteStatus
from models.quotes.pricing_data import QuotePrice


def status_label(value: QuoteStatus) -> str:
    words: dict[str, str] = {
        QuoteStatus.DRAFT: QCoreApplication.translate("QuoteView", "Draft"),
        QuoteStatus.SENT: QCoreApplication.translate("QuoteView", "Sent"),
        QuoteStatus.ACCEPTED: QCoreApplication.translate("QuoteView", "Accepted"),
        QuoteStatus.DECLINED: QCoreApplication.translate("QuoteView", "Declined"),
        QuoteStatus.SUPERSEDED: QCoreApplication.translate("QuoteView", "Superseded"),
        QuoteStatus.EXPIRED: QCoreApplication.translate("QuoteView", "Expired"),
    }
    return words.get(value, value)


def accepted_text(row: Any) -> str:
    """'Accepted: version 2 of quote 2026-004, on 12/03/2026 by Ann Vanhoutte'."""
    if row is None:
        return QCoreApplication.translate("QuoteView", "No version accepted yet.")
    text = (
        QCoreApplication.translate(
            "QuoteView", "Accepted: version %1 of participation agreement %2, on %3 by %4"
        )
        if row.free
        else QCoreApplication.translate(
            "QuoteView", "Accepted: version %1 of quote %2, on %3 by %4"
        )
    )
    return (
        text.replace("%1", str(row.version))
        .replace("%2", row.number)
        .replace("%3", date_text(row.accepted_on) if row.accepted_on else "")
        .replace("%4", row.accepted_by)
    )


def conditions_text(conditions: tuple[str, ...]) -> str:
    """The conditions for starting still open: the new version will say so on paper."""
    if not conditions:
        return ""
    head = QCoreApplication.translate(
        "QuoteView", "Not all conditions for starting are met; the quote will say so:"
    )
    return head + "".join(f"\n• {text}" for text in conditions)


def version_columns() -> list[Column]:
    def total(row: Any) -> str:
        if row.free:
            return QCoreApplication.translate("QuoteView", "free")
        return (
            QCoreApplication.translate("QuoteView", "price on request")
            if row.price_on_request
            else money_text(row.total_incl_vat_cents)
        )

    return [
        Column(QCoreApplication.translate("QuoteView", "Number"), lambda r: r.number),
        Column(
            QCoreApplication.translate("QuoteView", "Version"),
            lambda r: str(r.version),
            lambda r: r.version,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("QuoteView", "Date"),
            lambda r: date_text(r.issued_on),
            lambda r: r.issued_on,
        ),
        Column(QCoreApplication.translate("QuoteView", "Scope"), lambda r: r.scope_name),
        Column(QCoreApplication.translate("QuoteView", "Status"), lambda r: status_label(r.status)),
        Column(
            QCoreApplication.translate("QuoteView", "Total incl. VAT"),
            total,
            lambda r: r.total_incl_vat_cents,
            align_right=True,
        ),
    ]


def preview_html(price: QuotePrice, programme_name: str, free: bool = False) -> str:
    """The price as the PDF will show it, as a small HTML table (all text escaped); a free
    programme's agreement shows what it says instead: no amounts, no vat."""
    if free:
        return "".join(f"<p>{escape(line.description)}</p>" for line in price.lines)
    cells = []
    for row in price_rows(price, programme_name):
        weight = "font-weight:600;" if row.kind == "total" else ""
        cells.append(
            f"<tr style='{weight}'><td>{escape(row.label)}</td>"
            f"<td align='right'>&nbsp;{escape(row.amount)}</td></tr>"
        )
    for label, amount in beside_price_rows(price):
        cells.append(
            f"<tr><td><i>{escape(label)}</i></td><td align='right'>{escape(amount)}</td></tr>"
        )
    return f"<table cellpadding='2' width='100%'>{''.join(cells)}</table>"
