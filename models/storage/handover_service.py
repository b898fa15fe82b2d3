"""Hand-over's calls: export a trajectory to an encrypted file, preview, import.

Deriving the key costs a few tenths of a second on purpose: the desktop runs these off the
GUI thread and shows the progress each reports (`progress(done, total)`).
"""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from models.core.errors import UserError
from models.core.nouns import TRAJECTORY
from models.core.service_base import ServiceBase
from models.storage.faults import Fault, StorageFault, fault_of
from models.storage.handover_merge import HandoverPreview, Policy
from models.trajectories.listing import parse_uid

MAX_FILE_BYTES = 256 * 1024 * 1024
Progress = Callable[[int, int], None]


def _read(source: str, passphrase: str, progress: Progress | None) -> dict[str, Any]:
    from models.storage.handover import read_payload
    from models.storage.handover_crypto import TOO_LARGE, unseal

    path = Path(source).expanduser()
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError(TOO_LARGE)
        data = path.read_bytes()
    except OSError as error:
        raise fault_of(error, path) or StorageFault(Fault.IO_ERROR, path) from error
    return read_payload(unseal(data, passphrase, progress))


class HandoverService(ServiceBase):
    """Hand-over between coaches (USB stick or e-mail); needs `self.database`."""

    def export_handover(
        self,
        trajectory_uid: str,
        target: str,
        passphrase: str,
        now: datetime | None = None,
        progress: Progress | None = None,
    ) -> str:
        """Writes the trajectory with everything attached, encrypted; returns the file's path."""
        from models.storage.handover import FILE_SUFFIX, payload, write_file
        from models.storage.handover_crypto import check_passphrase, seal

        check_passphrase(passphrase)
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        path = Path(target).expanduser()
        if path.suffix != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        with self.database.session_factory() as session:
            content = payload(session, uid, now or self.clock.utcnow())
        return str(write_file(path, seal(content, passphrase, progress)))

    def preview_handover(
        self,
        source: str,
        passphrase: str,
        policy: Policy = Policy.NEWER,
        progress: Progress | None = None,
    ) -> HandoverPreview:
        """What importing the file would do; changes nothing."""
        from models.storage.handover_merge import plan_merge, preview

        document = _read(source, passphrase, progress)
        with self.database.session_factory() as session:
            plan = plan_merge(session, document, Policy(policy), self.clock.utcnow())
            return preview(document, plan)

    def import_handover(
        self,
        source: str,
        passphrase: str,
        policy: Policy = Policy.NEWER,
        progress: Progress | None = None,
    ) -> HandoverPreview:
        """Merges the file in one transaction; returns what was done."""
        from models.storage.handover_merge import apply_plan, plan_merge, preview

        document = _read(source, passphrase, progress)
        now = self.clock.utcnow()
        with self.database.session_factory.begin() as session:
            plan = plan_merge(session, document, Policy(policy), now)
            apply_plan(session, plan, now)
            done = preview(document, plan)
        if done.erased_here:  # no page of the people erased here stays in the log
            from models.storage.database import checkpoint

            checkpoint(self.database.engine)
        return done
