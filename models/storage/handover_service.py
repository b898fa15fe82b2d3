"""Hand-over's calls: export a trajectory to an encrypted file, preview, import."""

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.core.errors import UserError
from models.core.service_base import ServiceBase
from models.storage.handover_merge import HandoverPreview, Policy
from models.trajectories.listing import parse_uid

if TYPE_CHECKING:
    pass

MAX_FILE_BYTES = 256 * 1024 * 1024


def _read(source: str, passphrase: str) -> dict[str, Any]:
    from models.storage.handover import read_payload
    from models.storage.handover_crypto import unseal

    path = Path(source).expanduser()
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError("Dit bestand is te groot voor een overdracht. Er is niets ingelezen.")
        data = path.read_bytes()
    except OSError as error:
        raise UserError(
            f"Het bestand '{path}' kan niet gelezen worden ({error.__class__.__name__}). "
            "Kies een ander bestand."
        ) from error
    return read_payload(unseal(data, passphrase))


class HandoverService(ServiceBase):
    """Hand-over between coaches (USB stick or e-mail); needs `self.database`."""

    def export_handover(
        self, trajectory_uid: str, target: str, passphrase: str, now: datetime | None = None
    ) -> str:
        """Writes the trajectory with everything attached, encrypted; returns the file's path."""
        from models.storage.handover import FILE_SUFFIX, payload, write_file
        from models.storage.handover_crypto import check_passphrase, seal

        check_passphrase(passphrase)
        uid = parse_uid(trajectory_uid, "een traject")
        path = Path(target).expanduser()
        if path.suffix != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        with self.database.session_factory() as session:
            content = payload(session, uid, now or self.clock.utcnow())
        return str(write_file(path, seal(content, passphrase)))

    def preview_handover(
        self, source: str, passphrase: str, policy: Policy = Policy.NEWER
    ) -> HandoverPreview:
        """What importing the file would do; changes nothing."""
        from models.storage.handover_merge import plan_merge, preview

        document = _read(source, passphrase)
        with self.database.session_factory() as session:
            return preview(document, plan_merge(session, document, Policy(policy)))

    def import_handover(
        self, source: str, passphrase: str, policy: Policy = Policy.NEWER
    ) -> HandoverPreview:
        """Merges the file in one transaction; returns what was done."""
        from models.storage.handover_merge import apply_plan, plan_merge, preview

        document = _read(source, passphrase)
        with self.database.session_factory.begin() as session:
            plan = plan_merge(session, document, Policy(policy))
            apply_plan(session, plan)
            return preview(document, plan)
