"""The price of a quote from a programme's price rules: pure, in integer cents, Dutch line texts."""

from collections.abc import Sequence
from decimal import Decimal

from models.core.enums import QuoteLineKind
from models.core.errors import UserError
from models.core.formatting import format_money
from models.programmes.schema import Programme
from models.programmes.schema_pricing import PricingModel, Scope
from models.quotes.discounts import DiscountChoice, applicable_discounts, discount_choices
from models.quotes.pricing_data import (
    Client,
    PriceLine,
    PriceOptions,
    QuotePrice,
    Share,
    allocate_vat,
    cents_of,
    percent_of,
    round_cents,
    shares_of,
    split_cents,
    vat_of,
)

__all__ = [
    "STOP_MARKER",
    "Client",
    "PriceLine",
    "PriceOptions",
    "QuotePrice",
    "Share",
    "amount_adjustable",
    "applicable_discounts",
    "is_joint",
    "needs_manual_amount",
    "percent_of",
    "price_quote",
    "programme_vat_rate",
    "split_cents",
    "vat_of",
]


STOP_MARKER = "gestopt na"  # in a fee line reduced by a stop; quotes.py looks for it


def programme_vat_rate(programme: Programme) -> int:
    """The programme's vat rate in basis points: "21" -> 2100."""
    return cents_of(programme.pricing.vat_rate)


def is_joint(programme: Programme, clients: Sequence[Client]) -> bool:
    """Whether these clients make a joint trajectory (autodelen: from 5 municipalities)."""
    joint = programme.pricing.joint
    return joint is not None and len(clients) >= joint.min_municipalities


def needs_manual_amount(programme: Programme, clients: Sequence[Client]) -> bool:
    """A joint trajectory priced on request has no list price: the coach types one."""
    joint = programme.pricing.joint
    return joint is not None and joint.price_on_request and is_joint(programme, clients)


def amount_adjustable(
    programme: Programme, scope_key: str | None, clients: Sequence[Client]
) -> bool:
    """Whether the coach may type the price: on request, or a richtprijs to discuss."""
    pricing = programme.pricing
    if pricing.model is PricingModel.FREE:
        return False
    if needs_manual_amount(programme, clients) or pricing.indicative:
        return True
    scope = next((s for s in pricing.scopes if s.key == scope_key), None)
    return scope is not None and scope.indicative


def _scope(programme: Programme, scope_key: str | None) -> Scope | None:
    scopes = programme.pricing.scopes
    if scope_key is None and not scopes:
        return None
    scope = next((s for s in scopes if s.key == scope_key), None)
    if scope is None:
        if not scopes:
            raise UserError(
                "The programme '{programme}' is not priced per phase: choose no scope.",
                programme=programme.name,
                field="scope",
            )
        known = tuple(s.name for s in scopes)
        if scope_key:
            raise UserError(
                "The scope '{scope}' does not exist in '{programme}'. Choose from: {known}.",
                scope=scope_key,
                programme=programme.name,
                known=known,
                field="scope",
            )
        raise UserError(
            "No scope was chosen in '{programme}'. Choose from: {known}.",
            programme=programme.name,
            known=known,
            field="scope",
        )
    return scope


def _phases_done(programme: Programme, stopped_after: str) -> tuple[str, ...]:
    keys = programme.phase_keys
    if stopped_after not in keys:
        raise UserError(
            "The phase '{phase}' does not exist in '{programme}'. Choose from: {known}.",
            phase=stopped_after,
            programme=programme.name,
            known=tuple(_phase_label(programme, key) for key in keys),
            field="stopped_after_phase",
        )
    return keys[: keys.index(stopped_after) + 1]


def _phase_label(programme: Programme, key: str) -> str:
    phase = programme.phase(key)
    if phase is None:
        return key
    return f"Fase {phase.number}" if phase.number else phase.name


def _after_stop(
    programme: Programme, scope: Scope, agreed: int, stopped_after: str
) -> tuple[int, Scope | None]:
    """The price once stopped, in proportion to the list prices (never higher), and the scope
    it now pays for (None when the stop changes nothing)."""
    delivered = programme.pricing.scope_for(_phases_done(programme, stopped_after))
    booked = cents_of(scope.amount)
    if delivered is None or booked == 0 or cents_of(delivered.amount) >= booked:
        return agreed, None
    price = min(agreed, round_cents(Decimal(agreed) * cents_of(delivered.amount) / booked))
    return price, delivered


def _fee_label(programme: Programme, scope: Scope | None, clients: Sequence[Client]) -> str:
    label = f"Begeleiding {programme.name}"
    if is_joint(programme, clients):
        label = f"Gezamenlijk traject van {len(clients)} gemeenten – {programme.name}"
    return f"{label}: {scope.name}" if scope is not None else label


def _discount_line(base: int, choice: DiscountChoice, rate: int, named: bool) -> PriceLine | None:
    """The discount on one client's part (its share, or the whole fee for a single client)."""
    if choice.percent is None:
        return None
    amount = percent_of(base, choice.percent)
    if amount == 0:
        return None
    text = f"{choice.client.name}: {choice.text}" if named else choice.text
    client = choice.client
    return PriceLine(QuoteLineKind.DISCOUNT, text, -amount, rate, client.key, 0, client.cluster)


def _groups(programme: Programme, clients: Sequence[Client]) -> list[list[Client]]:
    """Who shares one price: every client, or per cluster when the price is per cluster."""
    if not programme.pricing.per_cluster:
        return [list(clients)]
    groups: dict[str, list[Client]] = {}
    for client in clients:
        groups.setdefault(client.cluster, []).append(client)
    return list(groups.values())


def _share_lines(
    programme: Programme,
    label: str,
    amount: int,
    clients: Sequence[Client],
    choices: Sequence[DiscountChoice],
    rate: int,
) -> list[PriceLine]:
    """The price split equally over the municipalities (per cluster if the price is so), each
    share followed by its own discount."""
    by_key = {choice.client.key: choice for choice in choices}
    groups = _groups(programme, clients)
    lines: list[PriceLine] = []
    for group in groups:
        count = len(group)
        cluster = group[0].cluster if len(groups) > 1 or group[0].cluster else ""
        head = f"{label} – cluster {cluster}" if cluster else label
        for client, part in zip(group, split_cents(amount, [1] * count), strict=True):
            text = f"{head}: aandeel {client.name} (1/{count} van {format_money(amount)})"
            lines.append(
                PriceLine(QuoteLineKind.SHARE, text, part, rate, client.key, 0, client.cluster)
            )
            choice = by_key.get(client.key)
            line = _discount_line(part, choice, rate, True) if choice is not None else None
            lines += [line] if line is not None else []
    return lines


def _working_budget(programme: Programme, cents: int) -> PriceLine:
    budget = next(iter(programme.pricing.extra_budgets), None)
    if budget is None:
        raise UserError(
            "'{programme}' asks for no working budget: leave the working budget empty.",
            programme=programme.name,
            field="working_budget",
        )
    payer = {"municipality": "de gemeente", "participants": "de deelnemers"}.get(
        budget.paid_by.value, "de gemeente en de deelnemers"
    )
    text = f"{budget.label} (voorzien door {payer}, geen deel van de prijs)"
    return PriceLine(QuoteLineKind.INFO, text, cents, 0)


def _checked_input(
    programme: Programme, scope_key: str | None, clients: Sequence[Client], options: PriceOptions
) -> Scope | None:
    """The chosen scope, once the input is known to fit the programme (else a UserError)."""
    options.check()
    scope = _scope(programme, scope_key)
    if options.manual_amount_cents is not None and not amount_adjustable(
        programme, scope_key, clients
    ):
        raise UserError(
            "The price of '{programme}' is fixed; another amount is only possible with an "
            "indicative price or a price on request. Leave the amount empty.",
            programme=programme.name,
            field="manual_amount",
        )
    if programme.pricing.model is PricingModel.SPLIT_OVER_CLIENTS and not clients:
        raise UserError(
            "The price is split over the participating municipalities, but no municipality "
            "was chosen. Add the municipalities of the cluster.",
            field="clients",
        )
    if options.stopped_after_phase is not None:
        _phases_done(programme, options.stopped_after_phase)  # unknown phase: for every programme
    return scope


def price_quote(
    programme: Programme,
    scope_key: str | None,
    clients: Sequence[Client],
    options: PriceOptions | None = None,
) -> QuotePrice:
    """Price a quote; raises UserError (naming the field) for input the programme cannot take."""
    options = options or PriceOptions()
    pricing = programme.pricing
    rate = options.vat_basis_points
    rate = programme_vat_rate(programme) if rate is None else rate
    scope = _checked_input(programme, scope_key, clients, options)
    manual, stopped = options.manual_amount_cents, options.stopped_after_phase
    free = pricing.model is PricingModel.FREE
    choices = () if free else discount_choices(programme, clients, options)
    on_request = manual is None and needs_manual_amount(programme, clients)
    listed_indicative = pricing.indicative or (scope is not None and scope.indicative)
    indicative = manual is None and not on_request and listed_indicative
    label = _fee_label(programme, scope, clients)
    if free:
        funder = f" dankzij {pricing.funded_by}" if pricing.funded_by else ""
        text = f"Deelname aan {programme.name}: gratis voor de deelnemers{funder}"
        lines = [PriceLine(QuoteLineKind.FEE, text, 0, rate)]
    elif on_request:
        lines = [PriceLine(QuoteLineKind.INFO, f"{label}: prijs op aanvraag", 0, 0)]
    else:
        listed = scope.amount if scope is not None else pricing.amount
        amount = manual if manual is not None else cents_of(listed or Decimal(0))
        if scope is not None and stopped is not None and pricing.stop_rule is not None:
            amount, delivered = _after_stop(programme, scope, amount, stopped)
            if delivered is not None:
                label += f" – {STOP_MARKER} {_phase_label(programme, stopped)}: {delivered.name}"
                indicative = indicative and delivered.indicative
        label += " (richtprijs)" if indicative else ""
        if pricing.model is PricingModel.SPLIT_OVER_CLIENTS or len(clients) > 1:
            lines = _share_lines(programme, label, amount, clients, choices, rate)
        else:
            lines = [PriceLine(QuoteLineKind.FEE, label, amount, rate)]
            extra = [_discount_line(amount, c, rate, False) for c in choices]
            lines += [line for line in extra if line is not None]
    if options.working_budget_cents is not None:
        lines.append(_working_budget(programme, options.working_budget_cents))
    priced = allocate_vat(lines)
    counted = [line for line in priced if line.counts]
    excl = sum(line.amount_cents for line in counted)
    vat = sum(line.vat_cents for line in counted)
    reason = "; ".join(line.description for line in priced if line.kind is QuoteLineKind.DISCOUNT)
    deviates = any(choice.deviates for choice in choices)
    return QuotePrice(
        scope_key=scope.key if scope is not None else None,
        scope_name=scope.name if scope is not None else "",
        lines=priced,
        total_excl_vat_cents=excl,
        vat_cents=vat,
        total_incl_vat_cents=excl + vat,
        vat_basis_points=rate,
        indicative=indicative,
        price_on_request=on_request,
        discount_reason=reason,
        shares=shares_of(priced, {c.key: c.name for c in clients}),
        discount_note=" ".join(options.discount_note.split()) if deviates else "",
    )
