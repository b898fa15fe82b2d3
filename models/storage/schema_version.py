"""The schema version this build of the app writes (PRAGMA user_version) and its Alembic head."""

# Every migration sets user_version to its own number, so the version of a database can be
# read from the file header without opening it; a test keeps these in step with Alembic.
SCHEMA_VERSION = 4
HEAD_REVISION = "0004"
