"""Plain frozen data about quotes for the form, the versions table, the CLI and the PDF."""

from dataclasses import dataclass
from datetime import date

from models.people.provider_block import ProviderBlock
from models.quotes.pricing_data import QuotePrice


@dataclass(frozen=True)
class QuoteVersionRow:
    """One version of a trajectory's quote, as the versions table and the CLI show it."""

    uid: str
    trajectory_uid: str
    number: str
    version: int
    issued_on: date
    valid_until: date
    status: str
    scope_key: str | None
    scope_name: str
    total_excl_vat_cents: int
    vat_cents: int
    total_incl_vat_cents: int
    indicative: bool
    price_on_request: bool


@dataclass(frozen=True)
class ScopeChoice:
    """A scope the coach can pick, with its list price and whether its price can be typed."""

    key: str
    name: str
    amount_cents: int
    indicative: bool
    adjustable: bool


@dataclass(frozen=True)
class QuoteForm:
    """What the quote form needs to lay itself out for one trajectory."""

    trajectory_uid: str
    trajectory_name: str
    programme_name: str
    clients: tuple[str, ...]
    scopes: tuple[ScopeChoice, ...]
    scope_key: str | None  # proposed: the trajectory's scope, else the widest
    discount_proposed: bool
    discount_reason: str
    manual_amount_required: bool  # price on request: no list price exists
    amount_adjustable: bool  # without scopes: whether the price may be typed
    is_free: bool
    latest: QuoteVersionRow | None


@dataclass(frozen=True)
class NewVersion:
    """The version that now stands, and whether it was just made (False: nothing changed)."""

    row: QuoteVersionRow
    created: bool


@dataclass(frozen=True)
class ClientBlock:
    """A client as the quote addresses it: name, then address lines."""

    name: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class PhaseLine:
    """A phase the quote covers: 'Fase 1', 'Voorbereiding', 'maand 0–5'."""

    label: str
    name: str
    months: str


@dataclass(frozen=True)
class QuoteDocument:
    """Everything a quote PDF prints, as stored in one version (texts in Dutch)."""

    uid: str
    number: str
    version: int
    status: str
    issued_on: date
    valid_until: date
    trajectory_name: str
    programme_name: str
    provider_name: str
    provider_lines: tuple[str, ...]
    clients: tuple[ClientBlock, ...]
    attention: str  # "t.a.v. Evelien Peeters, Duurzaamheidsambtenaar"
    scope_name: str
    phases: tuple[PhaseLine, ...]
    included: tuple[str, ...]
    municipality_tasks: tuple[str, ...]
    participant_tasks: tuple[str, ...]
    price: QuotePrice
    price_notes: tuple[str, ...]  # richtprijs, price on request, working budget
    conditions: tuple[str, ...]
    provider: ProviderBlock | None = None  # the sender's identity, logo and bank account
    payment_clause: str = ""

    @property
    def title(self) -> str:
        """'Offerte 2026-007 (versie 2)'."""
        return f"Offerte {self.number} (versie {self.version})"
