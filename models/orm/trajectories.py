"""Trajectories, their clients and contacts, intake answers and quotes."""

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.core.enums import ClientArrangement, QuoteLineKind, QuoteStatus, TrajectoryStatus
from models.orm.base import Entity, JsonValue, Text200, enum_column
from models.orm.people import Organisation, Person


class Trajectory(Entity):
    """One coaching trajectory (begeleidingstraject) following one programme file."""

    __tablename__ = "trajectories"

    name: Mapped[Text200]
    programme_key: Mapped[str] = mapped_column(String(64), index=True)
    programme_version: Mapped[int]
    status: Mapped[TrajectoryStatus] = enum_column(
        TrajectoryStatus, default=TrajectoryStatus.INTAKE
    )
    arrangement: Mapped[ClientArrangement] = enum_column(
        ClientArrangement, default=ClientArrangement.SINGLE
    )
    start_date: Mapped[date | None]
    scope_key: Mapped[str | None] = mapped_column(String(64))  # chosen price scope
    stopped_after_phase_key: Mapped[str | None] = mapped_column(String(64))
    stopped_on: Mapped[date | None]
    stop_reason: Mapped[str] = mapped_column(default="")
    working_budget_cents: Mapped[int | None]  # the municipality's budget for a citizen group
    # Citizens' sessions stay out of the Flemish school breaks unless the coach turns this off.
    avoid_school_holidays: Mapped[bool] = mapped_column(default=True, server_default=true())
    notes: Mapped[str] = mapped_column(default="")

    clients: Mapped[list["TrajectoryClient"]] = relationship(
        back_populates="trajectory",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="TrajectoryClient.position",
    )
    contacts: Mapped[list["TrajectoryContact"]] = relationship(
        back_populates="trajectory", cascade="all, delete-orphan", passive_deletes=True
    )


class TrajectoryClient(Entity):
    """A client organisation of a trajectory; a cluster or joint trajectory has several."""

    __tablename__ = "trajectory_clients"
    __table_args__ = (UniqueConstraint("trajectory_uid", "organisation_uid"),)

    trajectory_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trajectories.uid", ondelete="CASCADE")
    )
    organisation_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.uid", ondelete="RESTRICT"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    is_lead: Mapped[bool] = mapped_column(default=False)  # the municipality that coordinates
    # The cluster of neighbouring municipalities it belongs to; "" in a trajectory of one.
    cluster: Mapped[str] = mapped_column(String(100), default="", server_default="")

    trajectory: Mapped[Trajectory] = relationship(back_populates="clients")
    organisation: Mapped[Organisation] = relationship()


class TrajectoryContact(Entity):
    """A contact person of the trajectory with their role (lokale trekker, schepen...)."""

    __tablename__ = "trajectory_contacts"
    __table_args__ = (UniqueConstraint("trajectory_uid", "person_uid", "role"),)

    trajectory_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trajectories.uid", ondelete="CASCADE")
    )
    person_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.uid", ondelete="RESTRICT"), index=True
    )
    organisation_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.uid", ondelete="SET NULL")
    )
    role: Mapped[str] = mapped_column(String(100), default="")
    is_addressee: Mapped[bool] = mapped_column(default=False)  # quotes and letters go to them

    trajectory: Mapped[Trajectory] = relationship(back_populates="contacts")
    person: Mapped[Person] = relationship()


class IntakeAnswer(Entity):
    """An answer in the intake: a questionnaire question or a first-meeting agenda item's notes."""

    __tablename__ = "intake_answers"
    __table_args__ = (UniqueConstraint("trajectory_uid", "section", "key"),)

    trajectory_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trajectories.uid", ondelete="CASCADE")
    )
    section: Mapped[str] = mapped_column(String(64))  # questionnaire section or "first_meeting"
    key: Mapped[str] = mapped_column(String(64))
    value: Mapped[JsonValue] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(default="")


class Quote(Entity):
    """A version of a quote (offerte); a change of scope or price makes a new version."""

    __tablename__ = "quotes"
    __table_args__ = (UniqueConstraint("year", "sequence", "version"),)

    trajectory_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trajectories.uid", ondelete="CASCADE"), index=True
    )
    year: Mapped[int]
    sequence: Mapped[int]  # the yearly quote number: 2026-007
    version: Mapped[int] = mapped_column(default=1)
    status: Mapped[QuoteStatus] = enum_column(QuoteStatus, default=QuoteStatus.DRAFT)
    issued_on: Mapped[date]
    valid_until: Mapped[date]
    scope_key: Mapped[str | None] = mapped_column(String(64))
    indicative: Mapped[bool] = mapped_column(default=False)  # richtprijs
    price_on_request: Mapped[bool] = mapped_column(default=False)
    total_excl_vat_cents: Mapped[int] = mapped_column(default=0)
    vat_cents: Mapped[int] = mapped_column(default=0)
    total_incl_vat_cents: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str] = mapped_column(default="")
    # Its life: sent to the client, then accepted (by whom) or declined; never both.
    sent_on: Mapped[date | None]
    accepted_on: Mapped[date | None]
    accepted_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    declined_on: Mapped[date | None]
    # Why the coach set the provincial discount other than the rule says (printed).
    discount_note: Mapped[str] = mapped_column(default="", server_default="")
    # The conditions for starting that were still open when this version was made (printed).
    open_conditions: Mapped[JsonValue] = mapped_column(default=list, server_default="[]")
    # The coach's choices behind the price (typed amount, discount per client, percentage),
    # so a recalculation after a stop keeps them; {} for versions made before they were kept.
    price_choices: Mapped[JsonValue] = mapped_column(default=dict, server_default="{}")

    lines: Mapped[list["QuoteLine"]] = relationship(
        back_populates="quote",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="QuoteLine.position",
    )

    @property
    def number(self) -> str:
        return f"{self.year}-{self.sequence:03d}"


class QuoteLine(Entity):
    """A line of a quote: a fee, a discount, a municipality's share or an informative amount."""

    __tablename__ = "quote_lines"

    quote_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("quotes.uid", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[QuoteLineKind] = enum_column(QuoteLineKind, default=QuoteLineKind.FEE)
    description: Mapped[str] = mapped_column(String(300))
    amount_cents: Mapped[int] = mapped_column(default=0)
    vat_rate_basis_points: Mapped[int] = mapped_column(Integer, default=2100)  # 21 %
    # This line's part of the vat, which is computed on the total (models/quotes/pricing_data).
    vat_cents: Mapped[int] = mapped_column(default=0, server_default="0")
    cluster: Mapped[str] = mapped_column(String(100), default="", server_default="")
    organisation_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.uid", ondelete="SET NULL")
    )

    quote: Mapped[Quote] = relationship(back_populates="lines")


class Setting(Entity):
    """A coach-wide setting kept with the data (coach name, quote validity...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), unique=True)
    value: Mapped[JsonValue] = mapped_column(default=None)
