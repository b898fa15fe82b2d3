"""The migrations produce exactly the schema the ORM describes."""

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from models.orm import Base
from models.storage.lifecycle import MIGRATIONS_DIR, open_database
from models.storage.schema_version import HEAD_REVISION


def test_migrated_schema_matches_the_orm(db_path: Path) -> None:
    """Alembic's autogenerate comparison finds no difference after all migrations ran."""
    db = open_database(db_path)
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    db.close()
    assert diff == []


def test_head_revision_constant_follows_alembic() -> None:
    """The head the app checks at start is the head of the migration scripts."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_every_table_has_uid_and_timestamps(db_path: Path) -> None:
    """Every table carries a UUID key and created/updated timestamps for later exchange."""
    for table in Base.metadata.sorted_tables:
        columns = set(table.columns.keys())
        assert {"uid", "created_at", "updated_at"} <= columns, table.name
        assert [c.name for c in table.primary_key.columns] == ["uid"], table.name


def test_a_database_of_schema_version_1_opens_and_keeps_its_data(tmp_path: Path) -> None:
    """A version-1 file (before providers' identity and merges) is migrated; nothing is lost."""
    import sqlite3

    from alembic import command

    from models.storage.database import APPLICATION_ID, make_engine

    path = tmp_path / "v1.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = make_engine(path)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO organisations (uid, name, kind, notes, created_at, updated_at) VALUES "
            "('0123456789abcdef0123456789abcdef', 'Ecolife', 'provider', '', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    engine.dispose()
    db = open_database(path, tmp_path / "backups")
    try:
        assert db.migrated_from == 1 and db.backup_path is not None
        with db.engine.connect() as connection:
            row = connection.exec_driver_sql(
                "SELECT name, enterprise_number, iban FROM organisations"
            ).one()
            version = connection.exec_driver_sql("PRAGMA user_version").scalar()
        assert tuple(row) == ("Ecolife", "", "") and version == 2
    finally:
        db.close()
