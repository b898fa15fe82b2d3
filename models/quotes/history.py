"""Earlier versions of a quote: their rows, and the choices a recalculation carries over."""

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.enums import QuoteLineKind
from models.orm import Quote
from models.programmes import Programme
from models.quotes.dto import QuoteVersionRow
from models.quotes.pricing import (
    STOP_MARKER,
    Client,
    PriceOptions,
    amount_adjustable,
    applicable_discounts,
    needs_manual_amount,
)
from models.quotes.pricing_data import cents_of

_PRICED = (QuoteLineKind.FEE, QuoteLineKind.SHARE)


def version_row(quote: Quote, programme: Programme | None = None) -> QuoteVersionRow:
    """The plain row of a stored version; the scope name comes from the programme if known."""
    scope = None
    if programme is not None:
        scope = next((s for s in programme.pricing.scopes if s.key == quote.scope_key), None)
    return QuoteVersionRow(
        uid=str(quote.uid),
        trajectory_uid=str(quote.trajectory_uid),
        number=quote.number,
        version=quote.version,
        issued_on=quote.issued_on,
        valid_until=quote.valid_until,
        status=quote.status.value,
        scope_key=quote.scope_key,
        scope_name=scope.name if scope is not None else (quote.scope_key or ""),
        total_excl_vat_cents=quote.total_excl_vat_cents,
        vat_cents=quote.vat_cents,
        total_incl_vat_cents=quote.total_incl_vat_cents,
        indicative=quote.indicative,
        price_on_request=quote.price_on_request,
    )


def versions_of(session: Session, trajectory_uid: uuid.UUID) -> list[Quote]:
    query = select(Quote).where(Quote.trajectory_uid == trajectory_uid)
    return list(session.scalars(query.order_by(Quote.version.desc())))


def carried_options(
    versions: list[Quote], scope_key: str | None, programme: Programme, clients: list[Client]
) -> PriceOptions:
    """The latest version's choices, so a recalculation (after a stop) keeps the coach's
    discount choice and typed price; options are not stored, so they are read from the lines."""
    if not versions:
        return PriceOptions()
    lines = versions[0].lines
    # A version without an amount (price on request) says nothing about the discount choice.
    priced = any(line.kind in _PRICED and line.amount_cents > 0 for line in lines)
    discount = None
    if priced and applicable_discounts(programme, clients):
        discount = any(line.kind is QuoteLineKind.DISCOUNT for line in lines)
    typed = _typed_amount(versions, scope_key, programme, clients)
    return PriceOptions(discount=discount, manual_amount_cents=typed)


def _typed_amount(
    versions: list[Quote], scope_key: str | None, programme: Programme, clients: list[Client]
) -> int | None:
    """The price the coach typed for this scope, from the newest version not reduced by a stop."""
    if not amount_adjustable(programme, scope_key, clients):
        return None
    listed = next(
        (cents_of(s.amount) for s in programme.pricing.scopes if s.key == scope_key), None
    )
    for quote in versions:  # newest first
        fee = next((line for line in quote.lines if line.kind is QuoteLineKind.FEE), None)
        if quote.scope_key != scope_key or fee is None:
            return None
        if STOP_MARKER not in fee.description:
            on_request = needs_manual_amount(programme, clients)
            return fee.amount_cents if on_request or fee.amount_cents != listed else None
    return None
