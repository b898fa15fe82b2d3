"""Plain data of a priced quote and the cent arithmetic behind it (no floats anywhere)."""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from models.core.enums import QuoteLineKind
from models.core.errors import UserError

FULL_RATE = 10_000  # basis points: 100 %


@dataclass(frozen=True)
class Client:
    """A client as pricing sees it; `key` (the organisation uid) is passed through to shares."""

    name: str
    province: str | None = None
    key: str = ""


@dataclass(frozen=True)
class PriceOptions:
    """The coach's choices for one quote; None means "as the programme and trajectory say"."""

    discount: bool | None = None  # None: the discount the clients' province gets, if any
    discount_percent: Decimal | None = None  # None: the programme's percentage
    manual_amount_cents: int | None = None  # a joint trajectory's price or an adjusted richtprijs
    stopped_after_phase: str | None = None
    working_budget_cents: int | None = None
    vat_basis_points: int | None = None  # None: the programme's rate

    def check(self) -> None:
        """Raise UserError, naming the field, for a value no quote can take."""
        for value, field, what in (
            (self.manual_amount_cents, "manual_amount", "Het bedrag"),
            (self.working_budget_cents, "working_budget", "Het werkingsbudget"),
        ):
            if value is not None and value < 0:
                raise UserError(
                    f"{what} kan niet negatief zijn. Typ een bedrag zoals 3.500,00.", field=field
                )
        percent = self.discount_percent
        if percent is not None and not 0 <= percent <= 100:
            raise UserError(
                f"Een korting van {percent} % kan niet: typ een korting tussen 0 en 100 %.",
                field="discount_percent",
            )
        rate = self.vat_basis_points
        if rate is not None and not 0 <= rate <= FULL_RATE:
            raise UserError(
                f"Een btw-tarief van {Decimal(rate) / 100} % kan niet: "
                "typ een tarief van 0 tot 100 %.",
                field="vat_rate",
            )


@dataclass(frozen=True)
class PriceLine:
    """One line of a quote; an info line is shown but counts neither in the total nor the vat."""

    kind: QuoteLineKind
    description: str
    amount_cents: int
    vat_basis_points: int
    client_key: str = ""

    @property
    def counts(self) -> bool:
        return self.kind is not QuoteLineKind.INFO

    @property
    def vat_cents(self) -> int:
        return vat_of(self.amount_cents, self.vat_basis_points) if self.counts else 0

    @property
    def incl_vat_cents(self) -> int:
        return self.amount_cents + self.vat_cents


@dataclass(frozen=True)
class Share:
    """What one municipality pays of a price split over the clients."""

    client: str
    client_key: str
    excl_vat_cents: int
    vat_cents: int
    incl_vat_cents: int


@dataclass(frozen=True)
class QuotePrice:
    """The priced quote: lines, totals and what the quote must say about them."""

    scope_key: str | None
    scope_name: str
    lines: tuple[PriceLine, ...]
    total_excl_vat_cents: int
    vat_cents: int
    total_incl_vat_cents: int
    vat_basis_points: int
    indicative: bool
    price_on_request: bool
    discount_reason: str
    shares: tuple[Share, ...]


def vat_of(amount_cents: int, basis_points: int) -> int:
    """The vat on an amount, rounded half away from zero to the cent (as on a Belgian invoice)."""
    return round_cents(Decimal(amount_cents) * basis_points / FULL_RATE)


def percent_of(amount_cents: int, percent: Decimal) -> int:
    """A percentage of an amount, rounded half up to the cent."""
    return round_cents(Decimal(amount_cents) * percent / 100)


def round_cents(value: Decimal) -> int:
    """A Decimal amount of cents rounded half away from zero."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def split_cents(total_cents: int, weights: Sequence[int]) -> list[int]:
    """total split by weight with the largest remainders getting the odd cents (ties: first)."""
    if not weights or sum(weights) <= 0 or any(w < 0 for w in weights):
        raise ValueError("split_cents needs non-negative weights with a positive sum")
    whole = sum(weights)
    parts = [total_cents * w // whole for w in weights]
    remainders = [total_cents * w % whole for w in weights]
    left = total_cents - sum(parts)
    for index in sorted(range(len(weights)), key=lambda i: -remainders[i])[:left]:
        parts[index] += 1
    return parts


def cents_of(amount: Decimal) -> int:
    """A Decimal amount of euros (as in the programme files) in cents."""
    return round_cents(amount * 100)
