"""The schema version this build of the app writes and its Alembic head.

SQLite keeps the version in the file header (PRAGMA user_version), PostgreSQL in the
`trajectwijzer_meta` table (models/server/stamp.py); one set of migrations serves both.
"""

from pathlib import Path

MIGRATIONS_DIR = Path(__file__).parent / "migrations"

# Every migration sets user_version to its own number, so the version of a database can be
# read from the file header without opening it; a test keeps these in step with Alembic.
SCHEMA_VERSION = 5
HEAD_REVISION = "0005"
