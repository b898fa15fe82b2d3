"""The laptop's calls to the team's server: take trajectories out, bring them back.

`self.database` is the laptop's own database; the server's `Database` is handed in (the
desktop and the command line open it, asking its password when needed). Each call is one
transaction on each side: the server's is committed first, then the laptop's.
"""

import socket
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select

from models.core.errors import UserError
from models.core.nouns import TAKE_OUT, TRAJECTORY
from models.core.service_base import ServiceBase
from models.orm import TakeOut
from models.storage.database import Database
from models.team.bring_back import (
    BringBackPreview,
    apply_to_server,
    erase_on_laptop,
    plan_bring_back,
    refresh_laptop,
)
from models.team.take_out import TakenOut, take_out
from models.trajectories.listing import parse_uid


@dataclass(frozen=True)
class TakeOutRow:
    """A trajectory that is out on this laptop."""

    uid: str
    trajectory_uid: str
    trajectory_name: str
    server: str
    taken_at: datetime


def laptop_name() -> str:
    return socket.gethostname() or "laptop"


class TeamService(ServiceBase):
    """Take-out and bring-back between this laptop and a server database."""

    def _check_pair(self, server: Database) -> None:
        if not server.is_server:
            raise UserError("Trajectories are taken out of a server database, not out of a file.")
        if self.database.is_server:
            raise UserError(
                "Take trajectories out to the laptop's own database: start the app (or the "
                "command) with the laptop's database, and name the server to take them from."
            )

    def take_out(self, server: Database, trajectory_uids: Sequence[str]) -> list[TakenOut]:
        """Copies the trajectories onto this laptop and notes the take-out on the server."""
        self._check_pair(server)
        uids = [parse_uid(uid, TRAJECTORY) for uid in trajectory_uids]
        now = self.clock.utcnow()
        done = []
        with (
            self.database.session_factory.begin() as laptop,
            server.session_factory.begin() as remote,
        ):
            for uid in uids:
                done.append(take_out(laptop, remote, uid, laptop_name(), server.where, now))
        return done

    def taken_out(self) -> list[TakeOutRow]:
        """The trajectories out on this laptop (not yet brought back)."""
        with self.database.session_factory() as session:
            rows = session.scalars(
                select(TakeOut).where(TakeOut.returned_at.is_(None)).order_by(TakeOut.taken_at)
            ).all()
            return [
                TakeOutRow(
                    str(r.uid), str(r.trajectory_uid), r.trajectory_name, r.server, r.taken_at
                )
                for r in rows
            ]

    def bring_back_preview(
        self, server: Database, take_out_uid: str, choices: Mapping[str, str] | None = None
    ) -> BringBackPreview:
        """What bringing the trajectory back would do, with its conflicts; changes nothing."""
        self._check_pair(server)
        uid = parse_uid(take_out_uid, TAKE_OUT)
        with self.database.session_factory() as laptop, server.session_factory() as remote:
            take = self._open(laptop, uid)
            return plan_bring_back(laptop, remote, take, choices or {})[1]

    def bring_back(
        self, server: Database, take_out_uid: str, choices: Mapping[str, str] | None = None
    ) -> BringBackPreview:
        """Carries the laptop's changes to the server (each conflict as chosen), then makes
        the laptop's copy as the server holds it and closes the take-out."""
        self._check_pair(server)
        uid = parse_uid(take_out_uid, TAKE_OUT)
        now = self.clock.utcnow()
        with (
            self.database.session_factory.begin() as laptop,
            server.session_factory.begin() as remote,
        ):
            take = self._open(laptop, uid)
            erased_here = erase_on_laptop(laptop, remote, take, now)
            plan, preview = plan_bring_back(laptop, remote, take, choices or {})
            preview = replace(preview, erased_on_laptop=erased_here)
            apply_to_server(remote, plan, now)
            mark = remote.get(TakeOut, take.uid)
            if mark is not None:
                mark.returned_at = now
            remote.flush()
            refresh_laptop(laptop, remote, take, now)
        return preview

    @staticmethod
    def _open(session: object, uid: uuid.UUID) -> TakeOut:
        from sqlalchemy.orm import Session

        assert isinstance(session, Session)
        take = session.get(TakeOut, uid)
        if take is None or take.returned_at is not None:
            raise UserError("That trajectory is not out on this laptop (any more).")
        return take
