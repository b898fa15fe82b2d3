"""tombstones for erased people

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05 17:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from models.storage.migrations.stamping import set_schema_version

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The schema version this migration leaves behind (PRAGMA user_version).
SCHEMA_VERSION = 3


def upgrade() -> None:
    op.create_table(
        "erased_people",
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_erased_people")),
    )
    # People erased before tombstones existed get theirs now.
    op.execute(
        "INSERT INTO erased_people (uid, created_at, updated_at) "
        "SELECT uid, erased_at, erased_at FROM people WHERE erased_at IS NOT NULL"
    )
    set_schema_version(SCHEMA_VERSION)


def downgrade() -> None:
    op.drop_table("erased_people")
    set_schema_version(2)
