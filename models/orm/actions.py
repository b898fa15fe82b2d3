"""Actions with an owner, a due date and a status, and the history of their changes."""

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.core.clock import utcnow
from models.core.enums import ActionStatus
from models.orm.base import Entity, enum_column


class Action(Entity):
    """Something a concrete person will do by a date, for a trajectory and maybe a project."""

    __tablename__ = "actions"
    # The office's overview asks for the open actions past their day over all trajectories.
    __table_args__ = (Index("ix_actions_status_due_on", "status", "due_on"),)

    trajectory_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trajectories.uid", ondelete="CASCADE"), index=True
    )
    project_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("projects.uid", ondelete="SET NULL"), index=True
    )
    phase_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("phases.uid", ondelete="SET NULL")
    )
    origin_session_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sessions.uid", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(default="")
    owner_person_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.uid", ondelete="RESTRICT"), index=True
    )
    owner_text: Mapped[str] = mapped_column(String(200), default="")  # when not a known person
    due_on: Mapped[date | None] = mapped_column(index=True)
    status: Mapped[ActionStatus] = enum_column(ActionStatus, default=ActionStatus.OPEN)
    done_on: Mapped[date | None]
    position: Mapped[int] = mapped_column(default=0)

    events: Mapped[list["ActionEvent"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ActionEvent.at"
    )


class ActionEvent(Entity):
    """One change to an action: which field, from what, to what, when."""

    __tablename__ = "action_events"

    action_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("actions.uid", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(default=utcnow)
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None]
    new_value: Mapped[str | None]
    changed_by: Mapped[str] = mapped_column(String(100), default="")
