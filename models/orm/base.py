"""Declarative base: UUID keys, UTC timestamps and enum storage shared by every table."""

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from sqlalchemy import JSON, DateTime, MetaData, Numeric, String, TypeDecorator, Uuid, text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from models.core.clock import utcnow


class UtcDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC (SQLite has no zones) and gives them back aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC timestamp is stored")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


# Constraint names are fixed so that Alembic's batch mode on SQLite can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UidPk = Annotated[uuid.UUID, mapped_column(primary_key=True, default=uuid.uuid4)]
Timestamp = Annotated[datetime, mapped_column(UtcDateTime())]
Text200 = Annotated[str, 200]
JsonValue = Annotated[Any, "json"]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        uuid.UUID: Uuid(),
        datetime: UtcDateTime(),
        Decimal: Numeric(12, 4),
        Text200: String(200),
        JsonValue: JSON(),
    }


class Entity(Base):
    """Every table: a stable UUID, when the row was created and last changed, its version.

    The version counts the row's changes: an UPDATE through the ORM says which version it
    read (`WHERE row_version = …`) and raises the next one, so a second writer who read the row
    before the first one stored it matches nothing and is told (optimistic concurrency, see
    `models.storage.database.AppSession`). Take-out and bring-back compare versions too.
    """

    __abstract__ = True

    uid: Mapped[UidPk]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    row_version: Mapped[int] = mapped_column(server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__dict__["row_version"]}


def enum_column[E: StrEnum](enum: type[E], **kwargs: Any) -> Any:
    """A column that stores an enum by its value as plain text (readable, stable on disk)."""
    from sqlalchemy import Enum

    return mapped_column(
        Enum(
            enum,
            native_enum=False,
            create_constraint=False,
            length=32,
            values_callable=lambda members: [m.value for m in members],
        ),
        **kwargs,
    )
