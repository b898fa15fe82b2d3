"""Trajectories taken out of a team's server onto a laptop, to bring back later."""

import uuid
from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from models.orm.base import Entity, JsonValue


class TakeOut(Entity):
    """One trajectory taken out to a laptop: on the server (who has it, since when) and on
    the laptop (from which server, and every row's version as taken: the ground of bring-back;
    a row of that list that is gone on one side was deleted there: a tombstone)."""

    __tablename__ = "take_outs"

    trajectory_uid: Mapped[uuid.UUID] = mapped_column(index=True)
    trajectory_name: Mapped[str] = mapped_column(String(200), default="")
    laptop: Mapped[str] = mapped_column(String(200), default="")
    server: Mapped[str] = mapped_column(String(300), default="")
    taken_at: Mapped[datetime]
    returned_at: Mapped[datetime | None]
    base: Mapped[JsonValue] = mapped_column(default=dict)  # table -> {server uid: row version}
    remap: Mapped[JsonValue] = mapped_column(default=dict)  # server uid -> this laptop's uid
