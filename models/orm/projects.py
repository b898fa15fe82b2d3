"""Participant projects (a buurtpunt, a citizen group's climate action) and partners."""

import uuid

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.core.enums import Engagement, ProjectKind
from models.orm.base import Entity, JsonValue, Text200, enum_column
from models.orm.people import Organisation, Person


class ParticipantProject(Entity):
    """One participant's project in a trajectory: a buurtpunt, a climate action."""

    __tablename__ = "projects"

    trajectory_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trajectories.uid", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ProjectKind] = enum_column(ProjectKind)
    name: Mapped[Text200]
    place: Mapped[str] = mapped_column(String(200), default="")  # village, kern or wijk
    organisation_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.uid", ondelete="SET NULL")
    )
    goals: Mapped[str] = mapped_column(default="")
    functions: Mapped[JsonValue] = mapped_column(default=list)  # programme function keys
    stage: Mapped[str] = mapped_column(String(64), default="")
    menu_item_key: Mapped[str | None] = mapped_column(String(64))  # klimaatdoeners' menukaart
    budget_requested_cents: Mapped[int | None]
    budget_granted_cents: Mapped[int | None]
    notes: Mapped[str] = mapped_column(default="")

    members: Mapped[list["ProjectMember"]] = relationship(
        back_populates="project", cascade="all, delete-orphan", passive_deletes=True
    )


class ProjectMember(Entity):
    """A person working on a project; the trekkers lead it."""

    __tablename__ = "project_members"
    __table_args__ = (UniqueConstraint("project_uid", "person_uid"),)

    project_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("projects.uid", ondelete="CASCADE"), index=True
    )
    person_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.uid", ondelete="RESTRICT"), index=True
    )
    is_lead: Mapped[bool] = mapped_column(default=True)  # trekker
    role: Mapped[str] = mapped_column(String(100), default="")

    project: Mapped[ParticipantProject] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()


class Partner(Entity):
    """A partner of a trajectory: category from the reference list, engagement, what it does."""

    __tablename__ = "partners"

    trajectory_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trajectories.uid", ondelete="CASCADE"), index=True
    )
    organisation_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.uid", ondelete="SET NULL")
    )
    name: Mapped[Text200]
    category_key: Mapped[str] = mapped_column(String(64))
    engagement: Mapped[Engagement] = enum_column(Engagement, default=Engagement.INFORMS)
    contact_person_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.uid", ondelete="RESTRICT")
    )
    is_ambassador: Mapped[bool] = mapped_column(default=False)
    activities: Mapped[str] = mapped_column(default="")

    organisation: Mapped[Organisation | None] = relationship()
    contact_person: Mapped[Person | None] = relationship()
