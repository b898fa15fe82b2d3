"""The provincial discount, judged per municipality, and the coach's override with a reason.

Each municipality gets the discount of its own province (a joint trajectory of West- and
Oost-Vlaamse municipalities: each its 50 %; West-Vlaanderen with Antwerpen: only the
West-Vlaamse ones). The coach may switch it on or off per municipality or change the
percentage, but only with a reason, which the quote prints.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from models.core.errors import UserError
from models.core.formatting import format_percent
from models.programmes.schema import Programme
from models.programmes.schema_pricing import Discount
from models.quotes.pricing_data import Client, PriceOptions


@dataclass(frozen=True)
class DiscountChoice:
    """What one client gets: the discount its province gives, and what the quote applies."""

    client: Client
    eligible: Discount | None
    percent: Decimal | None  # None: no discount applied
    text: str  # the discount line's description, without the client's name

    @property
    def deviates(self) -> bool:
        """Whether this differs from the rule (and so needs the coach's reason)."""
        if self.eligible is None:
            return self.percent is not None
        return self.percent != self.eligible.percent


def eligible_discount(programme: Programme, client: Client) -> Discount | None:
    """The discount the client's province gets in this programme, if any."""
    return programme.pricing.discount_for(client.province)


def applicable_discounts(programme: Programme, clients: Sequence[Client]) -> tuple[Discount, ...]:
    """The discounts the rule gives any of these clients, each once (for the form's proposal)."""
    found = (eligible_discount(programme, client) for client in clients)
    return tuple(dict.fromkeys(d for d in found if d is not None))


def _wanted(client: Client, eligible: Discount | None, options: PriceOptions) -> bool:
    overrides = options.discount_overrides or {}
    if client.key in overrides:
        return overrides[client.key]
    if options.discount is not None:
        return options.discount
    return eligible is not None


def discount_choices(
    programme: Programme, clients: Sequence[Client], options: PriceOptions
) -> tuple[DiscountChoice, ...]:
    """Per client, the discount the quote applies; a deviation without a reason is refused."""
    given = programme.pricing.discounts
    choices = []
    for client in clients:
        eligible = eligible_discount(programme, client)
        if not _wanted(client, eligible, options):
            choices.append(DiscountChoice(client, eligible, None, ""))
            continue
        base = eligible or (given[0] if given else None)
        if base is None:
            raise UserError(
                "{programme} has no discount to give: switch the discount off.",
                field="discount",
                programme=programme.name,
            )
        percent = base.percent if options.discount_percent is None else options.discount_percent
        if eligible is None:
            text = f"{format_percent(percent / 100)} korting (afwijking van de kortingsregel)"
        elif percent != eligible.percent:
            text = f"{eligible.reason} (aangepast naar {format_percent(percent / 100)})"
        else:
            text = eligible.reason
        choices.append(DiscountChoice(client, eligible, percent, text))
    if any(choice.deviates for choice in choices) and not options.discount_note.strip():
        raise UserError(
            "The discount differs from the programme's rule ({what}). Type the reason: it is "
            "printed on the quote.",
            field="discount_note",
            what=", ".join(_deviation(choice) for choice in choices if choice.deviates),
        )
    return tuple(choices)


def _deviation(choice: DiscountChoice) -> str:
    """In Dutch, how one client's discount differs from the rule."""
    name = choice.client.name or "de klant"
    if choice.percent is None:
        return f"{name} zonder korting"
    if choice.eligible is None:
        province = choice.client.province or "geen provincie"
        return f"{name} ({province}) met korting"
    return f"{name} {format_percent(choice.percent / 100)} in plaats van " + format_percent(
        choice.eligible.percent / 100
    )
