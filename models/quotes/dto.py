"""Plain frozen data about quotes for the form, the versions table, the CLI and the PDF."""

from dataclasses import dataclass
from datetime import date

from models.core.enums import QuoteStatus
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
    status: QuoteStatus
    scope_key: str | None
    scope_name: str
    total_excl_vat_cents: int
    vat_cents: int
    total_incl_vat_cents: int
    indicative: bool
    price_on_request: bool
    sent_on: date | None = None
    accepted_on: date | None = None
    accepted_by: str = ""
    declined_on: date | None = None
    open_conditions: tuple[str, ...] = ()  # conditions for starting still open when made
    free: bool = False  # a free programme's participation agreement: no price at all

    @property
    def is_open(self) -> bool:
        """A draft or sent version that can still be sent, accepted or declined."""
        return self.status in (QuoteStatus.DRAFT, QuoteStatus.SENT)


@dataclass(frozen=True)
class ScopeChoice:
    """A scope the coach can pick, with its list price and whether its price can be typed."""

    key: str
    name: str
    amount_cents: int
    indicative: bool
    adjustable: bool


@dataclass(frozen=True)
class ClientDiscount:
    """One client's provincial discount as the rule gives it, and as the latest version had it."""

    key: str
    name: str
    province: str
    eligible: bool
    reason: str  # the discount's reason, when eligible
    applied: bool  # in the latest version (as the rule says when there is none)


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
    accepted: QuoteVersionRow | None = None  # the version the client accepted, still standing
    client_discounts: tuple[ClientDiscount, ...] = ()
    discount_note: str = ""  # the latest version's reason for a discount other than the rule
    working_budget_label: str = ""  # "" when the programme asks no working budget
    working_budget_cents: int | None = None
    open_conditions: tuple[str, ...] = ()  # conditions for starting not (yet) met
    has_discounts: bool = False  # the programme gives a discount somewhere (an override can)
    typed_amount_cents: int | None = None  # the price typed for the latest version, to keep


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
    status: QuoteStatus
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
    price_notes: tuple[str, ...]  # the kind of price, the coach's discount reason, budgets
    conditions: tuple[str, ...]
    provider: ProviderBlock | None = None  # the sender's identity, logo and bank account
    payment_clause: str = ""
    is_agreement: bool = False  # a free programme: a participation agreement, no priced offer
    open_conditions: tuple[str, ...] = ()  # conditions for starting still open when made
    accepted: str = ""  # "12/03/2026, door Ann Vanhoutte" once accepted
    clusters: tuple[str, ...] = ()  # the clusters of municipalities, in a trajectory of several

    @property
    def kind_label(self) -> str:
        """'Offerte', or 'Deelnameovereenkomst' for a free programme."""
        return "Deelnameovereenkomst" if self.is_agreement else "Offerte"

    @property
    def title(self) -> str:
        """'Offerte 2026-007 (versie 2)'."""
        return f"{self.kind_label} {self.number} (versie {self.version})"
