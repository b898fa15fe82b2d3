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
