"""Throw-away PostgreSQL databases for the tests: one migrated template (and one demo per
day) per worker, and a fresh database copied from it for each test that asks.

The server comes from TRAJECTWIJZER_TEST_POSTGRES (a URL whose role may create databases;
`.ci/run` starts one with tools/test_postgres.sh). Without it the PostgreSQL runs skip.
"""

import os
from collections.abc import Callable
from datetime import date
from itertools import count

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

ENV = "TRAJECTWIJZER_TEST_POSTGRES"
SKIP_REASON = (
    f"no PostgreSQL server for the tests: set {ENV} (tools/test_postgres.sh start DIR prints one)"
)


def server_url() -> str | None:
    return os.environ.get(ENV) or None


class TestServer:
    """Creates and drops this worker's databases on the test server."""

    def __init__(self, url: str) -> None:
        self.url: URL = make_url(url)
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        self.prefix = f"tw_{os.getpid()}_{worker}"
        self.admin: Engine = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.numbers = count()
        self.templates: dict[str, str] = {}
        self.made: list[str] = []

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def _create(self, name: str, template: str | None = None) -> str:
        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            source = f' TEMPLATE "{template}"' if template else ""
            connection.execute(text(f'CREATE DATABASE "{name}"{source}'))
        self.made.append(name)
        return name

    def template(self, key: str, fill: Callable[[str], None]) -> str:
        """A database made once (by `fill(url)`, which must close what it opens) to copy."""
        if key not in self.templates:
            name = self._create(f"{self.prefix}_{key}")
            fill(self.url_of(name))
            self.templates[key] = name
        return self.templates[key]

    def fresh(self, template: str) -> str:
        """The URL of a new database holding what the template holds."""
        name = self._create(f"{self.prefix}_{next(self.numbers)}", template)
        return self.url_of(name)

    def _drop(self, name: str) -> bool:
        """Drops the database; False when the server refuses now (a background process of
        the server itself still in it, which a role without pg_signal_backend cannot end)."""
        from sqlalchemy.exc import DBAPIError

        try:
            with self.admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        except DBAPIError:
            return False
        return True

    def drop(self, url: str) -> None:
        """A test's database gone after the test; one the server keeps a moment longer goes
        when the worker ends (a leftover is no reason to fail the test)."""
        name = make_url(url).database
        if name in self.made and self._drop(name):
            self.made.remove(name)

    def close(self) -> None:
        for name in reversed(self.made):
            self._drop(name)
        self.admin.dispose()


def empty_database(url: str) -> None:
    from models.storage.lifecycle import open_database

    open_database(url).close()


def demo_database(day: date) -> Callable[[str], None]:
    def fill(url: str) -> None:
        from models.core.clock import FixedClock
        from models.workspace import Workspace

        workspace = Workspace.open(url, clock=FixedClock(day))  # type: ignore[arg-type]
        workspace.demo.fill_demo_data(day)
        workspace.close()

    return fill
