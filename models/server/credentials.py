"""A server password kept in the system keyring (never in a settings file), or none.

Where the computer has no keyring (a bare Linux desktop, a service account), nothing is
kept and the app asks at each start; the command line also takes the driver's own
PGPASSWORD or .pgpass.
"""

import logging

from models.server.address import ServerAddress

SERVICE = "Trajectwijzer"
log = logging.getLogger(__name__)


def stored_password(address: ServerAddress) -> str | None:
    try:
        import keyring

        return keyring.get_password(SERVICE, address.key)
    except Exception:  # no keyring package or backend, a locked keyring: ask instead
        log.info("no password from the system keyring")
        return None


def store_password(address: ServerAddress, password: str) -> bool:
    """True when the keyring took it; False when this computer has no usable keyring."""
    try:
        import keyring

        keyring.set_password(SERVICE, address.key, password)
    except Exception:
        log.info("the system keyring did not take the password")
        return False
    return True


def forget_password(address: ServerAddress) -> None:
    try:
        import keyring

        keyring.delete_password(SERVICE, address.key)
    except Exception:
        log.info("no password to forget in the system keyring")
