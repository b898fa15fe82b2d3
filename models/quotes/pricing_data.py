"""Plain data of a priced quote and the cent arithmetic behind it (no floats anywhere).

The vat rule, so that every printed amount adds up: the vat of a quote is computed on its
total excl. vat (per rate), rounded half away from zero to the cent, as on an invoice. That
vat is then shared over the counted lines in proportion to their amounts by largest remainder
(each line gets its exact vat rounded down, and the cents left go to the lines with the
largest fractions, the earlier line first on a tie). So each line's and each municipality's
vat is within a cent of its own 21 %, and lines, shares and totals add up to the cent:
€ 10.000 over nine municipalities prints € 2.100,00 vat, not € 2.099,98.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from math import floor

from models.core.enums import QuoteLineKind
from models.core.errors import UserError, domain_text

FULL_RATE = 10_000  # basis points: 100 %


@dataclass(frozen=True)
class Client:
    """A client as pricing sees it; `key` (the organisation uid) is passed through to shares."""

    name: str
    province: str | None = None
    key: str = ""
    cluster: str = ""  # the cluster of municipalities it belongs to, in a trajectory of several


@dataclass(frozen=True)
class PriceOptions:
    """The coach's choices for one quote; None means "as the programme and trajectory say"."""

    discount: bool | None = None  # every client at once; None: each as its province says
    # Per client key: the discount on or off whatever its province says (an override).
    discount_overrides: Mapping[str, bool] | None = None
    discount_note: str = ""  # why the discount differs from the rule: required then, printed
    discount_percent: Decimal | None = None  # None: the programme's percentage
    manual_amount_cents: int | None = None  # a joint trajectory's price or an adjusted richtprijs
    stopped_after_phase: str | None = None
    working_budget_cents: int | None = None
    vat_basis_points: int | None = None  # None: the programme's rate

    def check(self) -> None:
        """Raise UserError, naming the field, for a value no quote can take."""
        for value, field, what in (
            (self.manual_amount_cents, "manual_amount", domain_text("The amount")),
            (self.working_budget_cents, "working_budget", domain_text("The working budget")),
        ):
            if value is not None and value < 0:
                raise UserError(
                    "{what} cannot be negative. Type an amount such as 3.500,00.",
                    what=what,
                    field=field,
                )
        percent = self.discount_percent
        if percent is not None and not 0 <= percent <= 100:
            raise UserError(
                "A discount of {percent} % is not possible: type a discount between 0 and 100 %.",
                percent=percent,
                field="discount_percent",
            )
        rate = self.vat_basis_points
        if rate is not None and not 0 <= rate <= FULL_RATE:
            raise UserError(
                "A VAT rate of {rate} % is not possible: type a rate from 0 to 100 %.",
                rate=Decimal(rate) / 100,
                field="vat_rate",
            )


@dataclass(frozen=True)
class PriceLine:
    """One line of a quote; an info line is shown but counts neither in the total nor the vat.

    `vat_cents` is the line's part of the quote's vat (see allocate_vat); 0 until allocated.
    """

    kind: QuoteLineKind
    description: str
    amount_cents: int
    vat_basis_points: int
    client_key: str = ""
    vat_cents: int = 0
    cluster: str = ""

    @property
    def counts(self) -> bool:
        return self.kind is not QuoteLineKind.INFO

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
    cluster: str = ""


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
    discount_note: str = ""  # the coach's reason for a discount other than the rule


def vat_of(amount_cents: int, basis_points: int) -> int:
    """The vat on one amount, rounded half away from zero to the cent (as on an invoice)."""
    return round_cents(Decimal(amount_cents) * basis_points / FULL_RATE)


def allocate_vat(lines: Sequence[PriceLine]) -> tuple[PriceLine, ...]:
    """The lines with their vat: the vat of each rate's total, shared by largest remainder."""
    result = list(lines)
    rates = dict.fromkeys(line.vat_basis_points for line in lines if line.counts)
    for rate in rates:
        indexes = [
            i for i, line in enumerate(lines) if line.counts and line.vat_basis_points == rate
        ]
        exact = [Fraction(lines[i].amount_cents * rate, FULL_RATE) for i in indexes]
        total = vat_of(sum(lines[i].amount_cents for i in indexes), rate)
        shares = [floor(value) for value in exact]
        left = total - sum(shares)
        order = sorted(range(len(indexes)), key=lambda n: (-(exact[n] - shares[n]), n))
        for n in order[:left]:
            shares[n] += 1
        for n, index in enumerate(indexes):
            result[index] = replace(lines[index], vat_cents=shares[n])
    for index, line in enumerate(result):
        if not line.counts:
            result[index] = replace(line, vat_cents=0)
    return tuple(result)


def shares_of(lines: Sequence[PriceLine], names: Mapping[str, str]) -> tuple[Share, ...]:
    """Each municipality's part of a split price: its share line and any discount on it."""
    if not any(line.kind is QuoteLineKind.SHARE for line in lines):
        return ()
    grouped: dict[str, list[PriceLine]] = {}
    for line in lines:
        if line.client_key and line.kind in (QuoteLineKind.SHARE, QuoteLineKind.DISCOUNT):
            grouped.setdefault(line.client_key, []).append(line)
    shares = []
    for key, own in grouped.items():
        excl, vat = sum(x.amount_cents for x in own), sum(x.vat_cents for x in own)
        name = names.get(key, own[0].description)
        shares.append(Share(name, key, excl, vat, excl + vat, own[0].cluster))
    return tuple(shares)


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
