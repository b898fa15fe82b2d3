"""Phases, milestones and tasks of a trajectory, with planned and actual dates."""

import uuid
from datetime import date

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.core.enums import Responsible, WorkStatus
from models.orm.base import Entity, Text200, enum_column


class Phase(Entity):
    """A phase of a trajectory laid out from the programme's month offsets."""

    __tablename__ = "phases"

    trajectory_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trajectories.uid", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(64))  # the programme's phase key
    label: Mapped[str] = mapped_column(String(40), default="")  # "Fase 1"
    name: Mapped[Text200]
    position: Mapped[int] = mapped_column(default=0)
    start_month: Mapped[int | None]
    end_month: Mapped[int | None]
    planned_start: Mapped[date | None]
    planned_end: Mapped[date | None]
    actual_start: Mapped[date | None]
    actual_end: Mapped[date | None]
    status: Mapped[WorkStatus] = enum_column(WorkStatus, default=WorkStatus.PLANNED)
    responsible: Mapped[Responsible] = enum_column(Responsible, default=Responsible.PROVIDER)
    responsible_person_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.uid", ondelete="SET NULL")
    )
    optional: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(default="")


class Milestone(Entity):
    """A dated point in the plan (an activity's start, a launch, the evaluation)."""

    __tablename__ = "milestones"

    trajectory_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trajectories.uid", ondelete="CASCADE"), index=True
    )
    phase_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("phases.uid", ondelete="CASCADE"), index=True
    )
    key: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[Text200]
    month: Mapped[int | None]
    planned_on: Mapped[date | None]
    actual_on: Mapped[date | None]
    status: Mapped[WorkStatus] = enum_column(WorkStatus, default=WorkStatus.PLANNED)
    responsible: Mapped[Responsible] = enum_column(Responsible, default=Responsible.PROVIDER)
    responsible_person_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.uid", ondelete="SET NULL")
    )


class Task(Entity):
    """Work with an owner and a due date: an activity, a responsibility, an assigned task."""

    __tablename__ = "tasks"

    trajectory_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trajectories.uid", ondelete="CASCADE"), index=True
    )
    phase_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("phases.uid", ondelete="CASCADE"), index=True
    )
    key: Mapped[str | None] = mapped_column(String(64))  # programme activity/responsibility key
    title: Mapped[Text200]
    description: Mapped[str] = mapped_column(default="")
    is_responsibility: Mapped[bool] = mapped_column(default=False)
    start_month: Mapped[int | None]
    end_month: Mapped[int | None]
    planned_start: Mapped[date | None]
    due_on: Mapped[date | None]
    done_on: Mapped[date | None]
    status: Mapped[WorkStatus] = enum_column(WorkStatus, default=WorkStatus.PLANNED)
    responsible: Mapped[Responsible] = enum_column(Responsible, default=Responsible.PROVIDER)
    responsible_person_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.uid", ondelete="SET NULL")
    )
    optional: Mapped[bool] = mapped_column(default=False)
