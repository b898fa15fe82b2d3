"""The engine of a server database, and what its refusals mean to a coach.

The server is reached over the office network: a server that does not answer, a wrong
password, a database that does not exist or a connection lost half-way are each told in
Dutch with what to do. A lost connection never leaves half a change: the server undoes the
transaction it was in.
"""

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext

from models.core.errors import UserError, domain_text
from models.server.address import ServerAddress

CONNECT_TIMEOUT_SECONDS = 10

PASSWORD_NEEDED = domain_text(
    "The server {server} asks for a password. Type it when the app asks, or keep it in the "
    "system keyring from Settings. On the command line: set PGPASSWORD or use a .pgpass file."
)
WRONG_PASSWORD = domain_text(
    "The server {server} refused the user name or password. Nothing was changed. Check both "
    "with whoever manages the server and try again."
)
UNREACHABLE = domain_text(
    "The server {server} does not answer. Nothing was changed. Check the network connection "
    "and the server's name, or ask whoever manages the server whether it is running. To work "
    "without the network, take trajectories out to this laptop beforehand."
)
NO_SUCH_DATABASE = domain_text(
    "The server {server} has no database of that name. Nothing was created. Check the name, "
    "or ask whoever manages the server to create it (see Voor een team in the README)."
)
CONNECTION_LOST = domain_text(
    "The connection to the server {server} was lost. The change you were making was not "
    "stored; everything stored before is safe. Check the network and try again."
)
NOT_ALLOWED = domain_text(
    "The server {server} does not allow this user to change the database. Nothing was "
    "changed. Ask whoever manages the server for the rights described under Voor een team."
)

NOT_ON_A_SERVER = domain_text(
    "{what} works on a database file. A server database is backed up and restored by the "
    "server itself (pg_dump and pg_restore, by whoever manages it). Nothing was changed."
)


class PasswordNeeded(UserError):
    """The server asks for a password the app does not have (the desktop then asks)."""


class ServerRefused(UserError):
    """The server could not be used; the text says why and what to do."""


def refusal(error: BaseException, address: ServerAddress) -> UserError | None:
    """The coach's words for a driver error, or None for an error that is not about reaching
    the server (a constraint, a bug: those are handled where they arise)."""
    import psycopg

    original = getattr(error, "orig", None) or error
    if not isinstance(original, psycopg.Error):
        return None
    server = address.shown()
    text = str(original).lower()
    state = getattr(original, "sqlstate", None) or ""
    if isinstance(original, psycopg.OperationalError) and not state:
        if "no password supplied" in text or "password is required" in text:
            return PasswordNeeded(PASSWORD_NEEDED, server=server)
        if "password authentication failed" in text or "authentication failed" in text:
            return ServerRefused(WRONG_PASSWORD, server=server)
        if 'database "' in text and "does not exist" in text:
            return ServerRefused(NO_SUCH_DATABASE, server=server)
        if "server closed the connection" in text or "consuming input failed" in text:
            return ServerRefused(CONNECTION_LOST, server=server)
        return ServerRefused(UNREACHABLE, server=server)
    if state.startswith("28"):  # invalid authorisation
        return ServerRefused(WRONG_PASSWORD, server=server)
    if state == "3D000":
        return ServerRefused(NO_SUCH_DATABASE, server=server)
    if state == "42501":  # insufficient privilege
        return ServerRefused(NOT_ALLOWED, server=server)
    if state.startswith("08") or state in ("57P01", "57P02", "57P03"):
        return ServerRefused(CONNECTION_LOST, server=server)
    return None


def make_server_engine(address: ServerAddress, password: str | None) -> Engine:
    """An engine over psycopg 3: connections checked before use (a laptop's network comes
    and goes), times in UTC, the app's name visible to the server's administrator."""
    try:
        import psycopg  # noqa: F401
    except ImportError as error:
        raise UserError(
            "This installation cannot use a server database: the PostgreSQL driver is "
            'missing. Install it with pip install -e ".[server]" (or ask for a build with '
            "server support)."
        ) from error
    engine = create_engine(
        address.with_password(password),
        pool_pre_ping=True,
        pool_size=4,
        max_overflow=8,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_SECONDS,
            "application_name": "Trajectwijzer",
            "options": _options(address),
        },
    )

    def handle_error(context: ExceptionContext) -> BaseException | None:
        return refusal(context.original_exception, address)

    event.listen(engine, "handle_error", handle_error)
    return engine


def _options(address: ServerAddress) -> str:
    """UTC for the session; a search_path given in the URL's options is kept."""
    given: Any = address.url.query.get("options", "")
    given = " ".join(given) if isinstance(given, tuple) else str(given)
    return f"{given} -c timezone=UTC".strip()
