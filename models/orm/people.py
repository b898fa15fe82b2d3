"""Organisations, people, their roles and their consent."""

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.core.enums import OrganisationKind
from models.orm.base import Entity, JsonValue, Text200, enum_column


class Organisation(Entity):
    """A municipality (with its NIS code and province) or another local actor."""

    __tablename__ = "organisations"

    name: Mapped[Text200]
    kind: Mapped[OrganisationKind] = enum_column(OrganisationKind)
    nis_code: Mapped[str | None] = mapped_column(String(5), unique=True)
    province: Mapped[str | None] = mapped_column(String(40))
    postcode: Mapped[str | None] = mapped_column(String(10))
    municipality: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    website: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str] = mapped_column(default="")
    # A provider's identity as Belgian business documents print it (empty for the others).
    legal_name: Mapped[str] = mapped_column(String(200), default="")
    legal_form: Mapped[str] = mapped_column(String(60), default="")
    enterprise_number: Mapped[str] = mapped_column(String(12), default="")  # KBO, 10 digits
    vat_number: Mapped[str] = mapped_column(String(16), default="")
    rpr_court: Mapped[str] = mapped_column(String(100), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    payment_term_days: Mapped[int | None]
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)

    roles: Mapped[list["Role"]] = relationship(back_populates="organisation")


class Person(Entity):
    """A citizen, official or partner contact; personal data, erasable on request."""

    __tablename__ = "people"

    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    postcode: Mapped[str | None] = mapped_column(String(10))
    municipality: Mapped[str | None] = mapped_column(String(100))
    organisation_text: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(default="")
    erased_at: Mapped[datetime | None]

    roles: Mapped[list["Role"]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )
    consents: Mapped[list["Consent"]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Role(Entity):
    """A person's role in an organisation (schepen, duurzaamheidsambtenaar, voorzitter...)."""

    __tablename__ = "roles"
    __table_args__ = (UniqueConstraint("person_uid", "organisation_uid", "title"),)

    person_uid: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.uid", ondelete="CASCADE"))
    organisation_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.uid", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(100), default="")

    person: Mapped[Person] = relationship(back_populates="roles")
    organisation: Mapped[Organisation] = relationship(back_populates="roles")


class Consent(Entity):
    """Consent to keep and use a person's data: when, how it was given, for what."""

    __tablename__ = "consents"

    person_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.uid", ondelete="CASCADE"), index=True
    )
    given_on: Mapped[date]
    source: Mapped[str] = mapped_column(String(100))  # e.g. "aanwezigheidslijst", "import"
    purposes: Mapped[JsonValue] = mapped_column(default=list)  # list of purpose keys
    withdrawn_on: Mapped[date | None]

    person: Mapped[Person] = relationship(back_populates="consents")


class PersonMerge(Entity):
    """Two records of one person made one: what moved, so that the merge can be undone."""

    __tablename__ = "person_merges"

    kept_person_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.uid", ondelete="SET NULL"), index=True
    )
    merged_person_uid: Mapped[uuid.UUID]  # no key: that record is gone until an undo
    merged_at: Mapped[datetime]
    journal: Mapped[JsonValue] = mapped_column(default=list)  # the rows before and after
    undone_at: Mapped[datetime | None]


class ErasedPerson(Entity):
    """A tombstone: the uid of a person erased here, and when (nothing else about them).

    A hand-over file or a restored backup made before the erasure still holds the person;
    what they bring in for this uid is dropped, so an erasure is never undone by accident.
    """

    __tablename__ = "erased_people"
