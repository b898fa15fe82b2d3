"""Earlier versions of a quote: their rows, and the choices a recalculation carries over."""

import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.enums import QuoteLineKind, QuoteStatus
from models.orm import Quote
from models.programmes import Programme
from models.quotes.discounts import eligible_discount
from models.quotes.dto import QuoteVersionRow
from models.quotes.pricing import (
    STOP_MARKER,
    Client,
    PriceOptions,
    amount_adjustable,
    needs_manual_amount,
)
from models.quotes.pricing_data import cents_of

_PRICED = (QuoteLineKind.FEE, QuoteLineKind.SHARE)
_OPEN = (QuoteStatus.DRAFT, QuoteStatus.SENT)


def state_of(quote: Quote, today: date) -> QuoteStatus:
    """A draft or sent version past its validity reads as expired (nothing is stored)."""
    if quote.status in _OPEN and quote.valid_until < today:
        return QuoteStatus.EXPIRED
    return quote.status


def version_row(quote: Quote, programme: Programme | None, today: date) -> QuoteVersionRow:
    """The plain row of a stored version; the scope name comes from the programme if known."""
    scope = programme.scope(quote.scope_key) if programme is not None else None
    return QuoteVersionRow(
        uid=str(quote.uid),
        trajectory_uid=str(quote.trajectory_uid),
        number=quote.number,
        version=quote.version,
        issued_on=quote.issued_on,
        valid_until=quote.valid_until,
        status=state_of(quote, today),
        scope_key=quote.scope_key,
        scope_name=scope.name if scope is not None else (quote.scope_key or ""),
        total_excl_vat_cents=quote.total_excl_vat_cents,
        vat_cents=quote.vat_cents,
        total_incl_vat_cents=quote.total_incl_vat_cents,
        indicative=quote.indicative,
        price_on_request=quote.price_on_request,
        sent_on=quote.sent_on,
        accepted_on=quote.accepted_on,
        accepted_by=quote.accepted_by,
        declined_on=quote.declined_on,
        open_conditions=tuple(str(text) for text in quote.open_conditions or ()),
        free=programme is not None and programme.is_free,
    )


def versions_of(session: Session, trajectory_uid: uuid.UUID) -> list[Quote]:
    """Every version of a trajectory's quote, newest first."""
    query = select(Quote).where(Quote.trajectory_uid == trajectory_uid)
    return list(session.scalars(query.order_by(Quote.version.desc())))


def accepted_version(versions: list[Quote]) -> Quote | None:
    """The version the client accepted and that still stands, if any."""
    return next((q for q in versions if q.status is QuoteStatus.ACCEPTED), None)


def stored_choices(price: PriceOptions) -> dict[str, Any]:
    """The coach's choices as kept with a version (JSON)."""
    choices: dict[str, Any] = {}
    if price.manual_amount_cents is not None:
        choices["manual_amount_cents"] = price.manual_amount_cents
    if price.discount is not None:
        choices["discount"] = price.discount
    if price.discount_overrides:
        choices["discount_overrides"] = dict(price.discount_overrides)
    if price.discount_percent is not None:
        choices["discount_percent"] = str(price.discount_percent)
    if price.discount_note:
        choices["discount_note"] = price.discount_note
    return choices


def _from_stored(data: dict[str, Any]) -> PriceOptions:
    percent: Decimal | None = None
    try:
        percent = Decimal(str(data["discount_percent"])) if "discount_percent" in data else None
    except InvalidOperation:
        percent = None
    overrides = data.get("discount_overrides")
    amount = data.get("manual_amount_cents")
    discount = data.get("discount")
    return PriceOptions(
        discount=discount if isinstance(discount, bool) else None,
        discount_overrides={str(k): bool(v) for k, v in overrides.items()}
        if isinstance(overrides, dict)
        else None,
        discount_note=str(data.get("discount_note") or ""),
        discount_percent=percent,
        manual_amount_cents=amount if isinstance(amount, int) else None,
    )


def carried_options(
    versions: list[Quote], scope_key: str | None, programme: Programme, clients: list[Client]
) -> PriceOptions:
    """The latest version's choices, so a recalculation (after a stop) keeps the coach's
    discount choice and typed price. Versions made before the choices were kept: read from
    their lines."""
    if not versions:
        return PriceOptions()
    latest = versions[0]
    if isinstance(latest.price_choices, dict) and latest.price_choices:
        options = _from_stored(latest.price_choices)
        if options.manual_amount_cents is not None and (
            latest.scope_key != scope_key or not amount_adjustable(programme, scope_key, clients)
        ):
            options = replace(options, manual_amount_cents=None)
        return options
    lines = latest.lines
    # A version without an amount (price on request) says nothing about the discount choice.
    priced = any(line.kind in _PRICED and line.amount_cents > 0 for line in lines)
    overrides: dict[str, bool] = {}
    if priced:
        discounts = [line for line in lines if line.kind is QuoteLineKind.DISCOUNT]
        given = {str(line.organisation_uid or "") for line in discounts}
        for client in clients:
            has = client.key in given or (len(clients) == 1 and "" in given)
            if has != (eligible_discount(programme, client) is not None):
                overrides[client.key] = has
    typed = _typed_amount(versions, scope_key, programme, clients)
    note = latest.discount_note or ("Zoals in de vorige versie" if overrides else "")
    return PriceOptions(
        discount_overrides=overrides or None, discount_note=note, manual_amount_cents=typed
    )


def _typed_amount(
    versions: list[Quote], scope_key: str | None, programme: Programme, clients: list[Client]
) -> int | None:
    """The price the coach typed for this scope, from the newest version not reduced by a stop."""
    if not amount_adjustable(programme, scope_key, clients):
        return None
    scope = programme.scope(scope_key)
    listed = cents_of(scope.amount) if scope is not None else None
    for quote in versions:  # newest first
        fee = next((line for line in quote.lines if line.kind is QuoteLineKind.FEE), None)
        if quote.scope_key != scope_key or fee is None:
            return None
        if STOP_MARKER not in fee.description:
            on_request = needs_manual_amount(programme, clients)
            return fee.amount_cents if on_request or fee.amount_cents != listed else None
    return None
