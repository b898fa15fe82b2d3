"""Sessions (bijeenkomsten) with their agenda, registrations and notes."""

import uuid
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.core.enums import NoteKind, RegistrationStatus, SessionKind, SessionStatus
from models.orm.base import Entity, Text200, enum_column
from models.orm.people import Person


class TrajectorySession(Entity):
    """A session of a trajectory: first meeting, info session, work session, network session..."""

    __tablename__ = "sessions"

    trajectory_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trajectories.uid", ondelete="CASCADE"), index=True
    )
    phase_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("phases.uid", ondelete="SET NULL")
    )
    template_key: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[SessionKind] = enum_column(SessionKind)
    title: Mapped[Text200]
    purpose: Mapped[str] = mapped_column(default="")
    # Local wall-clock time of the hall: a session at 19:30 stays at 19:30 whatever the zone.
    starts_at: Mapped[datetime | None] = mapped_column(DateTime(), index=True)
    duration_minutes: Mapped[int | None]
    location_name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    facilitators: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[SessionStatus] = enum_column(SessionStatus, default=SessionStatus.PLANNED)
    optional: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(default="")
    # Held for one municipality (its own infosessie) or one cluster of a larger trajectory.
    organisation_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.uid", ondelete="SET NULL")
    )
    cluster: Mapped[str] = mapped_column(String(100), default="", server_default="")

    agenda: Mapped[list["AgendaBlock"]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AgendaBlock.position",
    )
    registrations: Mapped[list["Registration"]] = relationship(
        back_populates="session", cascade="all, delete-orphan", passive_deletes=True
    )


class AgendaBlock(Entity):
    """A timed block of a session's agenda; start times follow from the order and minutes."""

    __tablename__ = "agenda_blocks"

    session_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sessions.uid", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[Text200]
    minutes: Mapped[int] = mapped_column(default=15)
    method: Mapped[str] = mapped_column(String(200), default="")
    who: Mapped[str] = mapped_column(String(200), default="")
    started_at: Mapped[datetime | None]  # when the block really started in live mode

    session: Mapped[TrajectorySession] = relationship(back_populates="agenda")


class Registration(Entity):
    """A person invited to, registered for or present at a session."""

    __tablename__ = "registrations"
    __table_args__ = (UniqueConstraint("session_uid", "person_uid"),)

    session_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sessions.uid", ondelete="CASCADE"), index=True
    )
    # RESTRICT: a person who took part is never deleted behind the trajectory's back;
    # erasing someone anonymises them instead.
    person_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.uid", ondelete="RESTRICT"), index=True
    )
    status: Mapped[RegistrationStatus] = enum_column(
        RegistrationStatus, default=RegistrationStatus.REGISTERED
    )
    checked_in_at: Mapped[datetime | None]
    walk_in: Mapped[bool] = mapped_column(default=False)
    import_batch_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("import_batches.uid", ondelete="SET NULL"), index=True
    )

    session: Mapped[TrajectorySession] = relationship(back_populates="registrations")
    person: Mapped[Person] = relationship()


class SessionNote(Entity):
    """A note, decision or progress note taken during a session, per agenda block or project."""

    __tablename__ = "session_notes"

    session_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sessions.uid", ondelete="CASCADE"), index=True
    )
    agenda_block_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agenda_blocks.uid", ondelete="SET NULL")
    )
    project_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("projects.uid", ondelete="SET NULL")
    )
    kind: Mapped[NoteKind] = enum_column(NoteKind, default=NoteKind.NOTE)
    text: Mapped[str] = mapped_column(default="")
