"""Import batches, so that a spreadsheet import can be undone later."""

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.core.clock import utcnow
from models.core.enums import ImportChangeKind
from models.orm.base import Entity, JsonValue, enum_column


class ImportBatch(Entity):
    """One import of a people list: where from, what it did, whether it was undone."""

    __tablename__ = "import_batches"

    source_name: Mapped[str] = mapped_column(String(260))  # the file name, never its path
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    session_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sessions.uid", ondelete="SET NULL")
    )
    mapping: Mapped[JsonValue] = mapped_column(default=dict)
    rows_read: Mapped[int] = mapped_column(default=0)
    created_count: Mapped[int] = mapped_column(default=0)
    updated_count: Mapped[int] = mapped_column(default=0)
    skipped_count: Mapped[int] = mapped_column(default=0)
    undone_at: Mapped[datetime | None]

    changes: Mapped[list["ImportChange"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class ImportChange(Entity):
    """What an import did to one person, with the values before, to revert it."""

    __tablename__ = "import_changes"

    batch_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("import_batches.uid", ondelete="CASCADE"), index=True
    )
    person_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.uid", ondelete="SET NULL"), index=True
    )
    kind: Mapped[ImportChangeKind] = enum_column(ImportChangeKind)
    previous: Mapped[JsonValue] = mapped_column(default=None)
