"""provider identity, the addressee among a trajectory's contacts, merges of people

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-08 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from models.storage.migrations.stamping import set_schema_version

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The schema version this migration leaves behind (PRAGMA user_version).
SCHEMA_VERSION = 2

_TEXT_COLUMNS = (
    ("legal_name", 200),
    ("legal_form", 60),
    ("enterprise_number", 12),
    ("vat_number", 16),
    ("rpr_court", 100),
    ("iban", 34),
    ("bic", 11),
)


def upgrade() -> None:
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        for name, length in _TEXT_COLUMNS:
            batch_op.add_column(
                sa.Column(name, sa.String(length=length), nullable=False, server_default="")
            )
        batch_op.add_column(sa.Column("payment_term_days", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("logo_png", sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("trajectory_contacts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("is_addressee", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "person_merges",
        sa.Column("kept_person_uid", sa.Uuid(), nullable=True),
        sa.Column("merged_person_uid", sa.Uuid(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("journal", sa.JSON(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kept_person_uid"],
            ["people.uid"],
            name=op.f("fk_person_merges_kept_person_uid_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_person_merges")),
    )
    with op.batch_alter_table("person_merges", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_merges_kept_person_uid"), ["kept_person_uid"], unique=False
        )
    set_schema_version(SCHEMA_VERSION)


def downgrade() -> None:
    with op.batch_alter_table("person_merges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_merges_kept_person_uid"))
    op.drop_table("person_merges")
    with op.batch_alter_table("trajectory_contacts", schema=None) as batch_op:
        batch_op.drop_column("is_addressee")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_column("logo_png")
        batch_op.drop_column("payment_term_days")
        for name, _length in reversed(_TEXT_COLUMNS):
            batch_op.drop_column(name)
