"""What every migration does last: write the schema version it leaves behind, on either engine.

SQLite keeps it in the file header (`PRAGMA user_version`, readable without opening the
file); PostgreSQL in the `trajectwijzer_meta` table (models/server/stamp.py).
"""

from alembic import op


def set_schema_version(version: int) -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(f"PRAGMA user_version = {int(version)}")
        return
    from models.server.stamp import write_version

    write_version(bind, version)
