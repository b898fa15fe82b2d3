"""A server database's address: recognised, checked, shown without its password.

`postgresql+psycopg://coach@server.kantoor/trajectwijzer` (the `server` extra installs the
driver). A password in the URL is accepted (scripts, CI) but never shown or remembered: the
app keeps it in the system keyring or asks for it at start.
"""

from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from models.core.errors import UserError
from models.storage.paths import is_server_url

__all__ = ["DRIVER", "ServerAddress", "is_server_url"]

DRIVER = "postgresql+psycopg"


@dataclass(frozen=True)
class ServerAddress:
    """Where a team's database is: the URL with the driver filled in, its password apart."""

    url: URL  # without the password
    password: str | None = None  # only when the URL itself carried one

    @classmethod
    def parse(cls, text: str) -> "ServerAddress":
        raw = text.strip()
        if raw.lower().startswith("postgres://"):
            raw = "postgresql://" + raw[len("postgres://") :]
        try:
            url = make_url(raw)
        except ArgumentError as error:
            raise UserError(
                "{address} is not a server address Trajectwijzer understands. Write it as "
                "postgresql+psycopg://user@server/database.",
                address=_masked(raw),
            ) from error
        if url.get_backend_name() != "postgresql" or url.get_driver_name() not in (
            "psycopg",
            "psycopg2",  # the default driver name of a bare postgresql:// URL
        ):
            raise UserError(
                "{address} uses a database driver Trajectwijzer does not use. Write it as "
                "postgresql+psycopg://user@server/database.",
                address=_masked(raw),
            )
        if not url.database:
            raise UserError(
                "{address} names no database. Add its name after the server: "
                "postgresql+psycopg://user@server/trajectwijzer.",
                address=_masked(raw),
            )
        password = url.password if url.password is not None else None
        url = url.set(drivername=DRIVER, password=None)
        return cls(url, None if password is None else str(password))

    @property
    def user(self) -> str:
        return self.url.username or ""

    @property
    def key(self) -> str:
        """What the keyring stores the password under: user, server, port and database."""
        return self.url.render_as_string(hide_password=True)

    def shown(self) -> str:
        """For the window and messages: the server and database, never a password."""
        host = self.url.host or "localhost"
        port = f":{self.url.port}" if self.url.port else ""
        user = f"{self.url.username}@" if self.url.username else ""
        return f"{user}{host}{port}/{self.url.database}"

    def with_password(self, password: str | None) -> URL:
        return self.url if password is None else self.url.set(password=password)


def _masked(text: str) -> str:
    """The address as typed, with whatever stands between ':' and '@' hidden."""
    head, at, tail = text.rpartition("@")
    if not at:
        return text
    scheme, sep, credentials = head.partition("://")
    user = credentials.split(":", 1)[0]
    return f"{scheme}{sep}{user}:***@{tail}" if ":" in credentials else text
