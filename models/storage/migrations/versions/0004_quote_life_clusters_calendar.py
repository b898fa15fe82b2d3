"""a quote's life, vat per line, clusters, sessions per municipality, school-break choice

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 10:00:00
"""

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa
from alembic import op

from models.storage.migrations.stamping import set_schema_version

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The schema version this migration leaves behind (PRAGMA user_version).
SCHEMA_VERSION = 4


def upgrade() -> None:
    with op.batch_alter_table("trajectories", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "avoid_school_holidays", sa.Boolean(), nullable=False, server_default=sa.true()
            )
        )
    with op.batch_alter_table("trajectory_clients", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("cluster", sa.String(length=100), nullable=False, server_default="")
        )
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sent_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("accepted_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("accepted_by", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("declined_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("discount_note", sa.String(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("open_conditions", sa.JSON(), nullable=False, server_default="[]")
        )
        batch_op.add_column(
            sa.Column("price_choices", sa.JSON(), nullable=False, server_default="{}")
        )
    with op.batch_alter_table("quote_lines", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("vat_cents", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("cluster", sa.String(length=100), nullable=False, server_default="")
        )
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("organisation_uid", sa.Uuid(), nullable=True))
        batch_op.add_column(
            sa.Column("cluster", sa.String(length=100), nullable=False, server_default="")
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_sessions_organisation_uid_organisations"),
            "organisations",
            ["organisation_uid"],
            ["uid"],
            ondelete="SET NULL",
        )
    _vat_as_it_was_printed()
    # A version accepted before this migration was accepted on the day it was made.
    op.execute("UPDATE quotes SET accepted_on = issued_on WHERE status = 'accepted'")
    set_schema_version(SCHEMA_VERSION)


def _vat_as_it_was_printed() -> None:
    """Versions made before keep the vat they printed: each counted line rounded on its own."""
    bind = op.get_bind()
    lines = sa.table(
        "quote_lines",
        sa.column("uid", sa.Uuid()),
        sa.column("kind", sa.String()),
        sa.column("amount_cents", sa.Integer()),
        sa.column("vat_rate_basis_points", sa.Integer()),
        sa.column("vat_cents", sa.Integer()),
    )
    rows = bind.execute(
        sa.select(lines.c.uid, lines.c.amount_cents, lines.c.vat_rate_basis_points).where(
            lines.c.kind != "info"
        )
    ).all()
    for uid, amount, rate in rows:
        vat = (Decimal(amount) * rate / 10_000).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        bind.execute(sa.update(lines).where(lines.c.uid == uid).values(vat_cents=int(vat)))


def downgrade() -> None:
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_sessions_organisation_uid_organisations"), type_="foreignkey"
        )
        batch_op.drop_column("cluster")
        batch_op.drop_column("organisation_uid")
    with op.batch_alter_table("quote_lines", schema=None) as batch_op:
        batch_op.drop_column("cluster")
        batch_op.drop_column("vat_cents")
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        for name in (
            "price_choices",
            "open_conditions",
            "discount_note",
            "declined_on",
            "accepted_by",
            "accepted_on",
            "sent_on",
        ):
            batch_op.drop_column(name)
    with op.batch_alter_table("trajectory_clients", schema=None) as batch_op:
        batch_op.drop_column("cluster")
    with op.batch_alter_table("trajectories", schema=None) as batch_op:
        batch_op.drop_column("avoid_school_holidays")
    set_schema_version(3)
