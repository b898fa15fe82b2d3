"""A server database is recognised by its stamp like a file: another's or a newer one refused."""

from collections.abc import Callable

import pytest
from sqlalchemy import create_engine, text

from models.core.errors import UserError
from models.server.opening import ServerDatabaseRefused
from models.server.stamp import META_TABLE
from models.storage.file_check import FileState
from models.storage.lifecycle import open_database
from models.storage.schema_version import SCHEMA_VERSION


def _run(url: str, *statements: str) -> list[tuple[object, ...]]:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            rows: list[tuple[object, ...]] = []
            for statement in statements:
                result = connection.execute(text(statement))
                if result.returns_rows:
                    rows = [tuple(row) for row in result]
            return rows
    finally:
        engine.dispose()


def test_an_empty_database_is_stamped_and_migrated(
    server_database: Callable[..., str], test_server: object
) -> None:
    """The first start sets up a new database: the stamp, then every migration."""
    url = server_database()
    _run(url, "DROP SCHEMA public CASCADE", "CREATE SCHEMA public")
    with pytest.raises(UserError, match="no Trajectwijzer data yet"):
        open_database(url, create=False)
    assert _run(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]
    database = open_database(url)
    database.close()
    assert database.migrated_from == 0 and database.is_server
    assert _run(url, f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'") == [
        (str(SCHEMA_VERSION),)
    ]


def test_another_programs_database_is_refused_untouched(
    server_database: Callable[..., str],
) -> None:
    """Tables without our stamp: refused, and not one table is added or changed."""
    url = server_database()
    _run(
        url,
        "DROP SCHEMA public CASCADE",
        "CREATE SCHEMA public",
        "CREATE TABLE boekhouding (nummer integer)",
    )
    with pytest.raises(ServerDatabaseRefused) as refused:
        open_database(url)
    assert refused.value.state is FileState.FOREIGN
    assert _run(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'") == [
        ("boekhouding",)
    ]


def test_a_newer_database_is_refused_untouched(server_database: Callable[..., str]) -> None:
    """A database a newer Trajectwijzer wrote: refused with both versions named."""
    url = server_database()
    _run(url, f"UPDATE {META_TABLE} SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(ServerDatabaseRefused, match="99") as refused:
        open_database(url)
    assert refused.value.state is FileState.NEWER
    assert _run(url, f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'") == [("99",)]


def test_two_laptops_starting_at_once_migrate_once(server_database: Callable[..., str]) -> None:
    """The second opening waits for the first one's migration and finds it done."""
    import threading

    url = server_database()
    _run(url, "DROP SCHEMA public CASCADE", "CREATE SCHEMA public")
    opened: list[object] = []
    errors: list[BaseException] = []

    def start() -> None:
        try:
            opened.append(open_database(url))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=start) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert sorted(d.migrated_from is None for d in opened) == [False, True]  # type: ignore[attr-defined]
    for database in opened:
        database.close()  # type: ignore[attr-defined]
