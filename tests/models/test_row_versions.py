"""Every row's version: a database of the previous schema gets them; each change raises it."""

from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

from models.orm import Person
from models.storage.lifecycle import MIGRATIONS_DIR, open_database


@pytest.mark.sqlite_only
def test_a_database_of_schema_version_4_opens_with_versions(tmp_path: Path) -> None:
    """The previous version's file is copied aside, upgraded, and its rows start at version 1."""
    import sqlite3

    from models.storage.database import make_engine
    from models.storage.lifecycle import _create_file

    path = tmp_path / "v4.sqlite"
    _create_file(path)
    engine = make_engine(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        connection.exec_driver_sql(
            "INSERT INTO people (uid, first_name, last_name, notes, created_at, updated_at) "
            "VALUES ('0123456789abcdef0123456789abcdef', 'Els', 'Claes', '', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    engine.dispose()
    database = open_database(path, tmp_path / "backups")
    try:
        assert database.migrated_from == 4 and database.backup_path is not None
        with database.session_factory.begin() as session:
            person = session.query(Person).one()
            assert person.row_version == 1
            person.notes = "belt terug"
        with database.session_factory() as session:
            assert session.query(Person).one().row_version == 2
    finally:
        database.close()
    with sqlite3.connect(database.backup_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (4,)
    conn.close()


def test_each_stored_change_raises_the_version(database) -> None:  # type: ignore[no-untyped-def]
    """A new row starts at 1; each unit of work that changes it adds one."""
    with database.session_factory.begin() as session:
        person = Person(first_name="Tom", last_name="Wouters")
        session.add(person)
    assert person.row_version == 1
    for expected in (2, 3):
        with database.session_factory.begin() as session:
            stored = session.get(Person, person.uid)
            stored.notes = f"wijziging {expected}"
        with database.session_factory() as session:
            assert session.get(Person, person.uid).row_version == expected
