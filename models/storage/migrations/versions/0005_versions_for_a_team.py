"""a version on every row (optimistic concurrency), trajectories taken out to a laptop, the
overview's index of open actions by due date

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-09 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from models.storage.migrations.stamping import set_schema_version

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The schema version this migration leaves behind.
SCHEMA_VERSION = 5

TABLES = (
    "organisations",
    "people",
    "settings",
    "trajectories",
    "consents",
    "intake_answers",
    "roles",
    "trajectory_clients",
    "phases",
    "projects",
    "quotes",
    "milestones",
    "partners",
    "quote_lines",
    "sessions",
    "tasks",
    "trajectory_contacts",
    "actions",
    "agenda_blocks",
    "evaluation_forms",
    "import_batches",
    "project_members",
    "action_events",
    "evaluation_questions",
    "evaluation_responses",
    "import_changes",
    "registrations",
    "session_notes",
    "evaluation_answers",
    "person_merges",
    "erased_people",
)


def upgrade() -> None:
    for name in TABLES:
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False)
            )
    op.create_table(
        "take_outs",
        sa.Column("trajectory_uid", sa.Uuid(), nullable=False),
        sa.Column("trajectory_name", sa.String(length=200), nullable=False),
        sa.Column("laptop", sa.String(length=200), nullable=False),
        sa.Column("server", sa.String(length=300), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.Column("base", sa.JSON(), nullable=False),
        sa.Column("remap", sa.JSON(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_take_outs")),
    )
    with op.batch_alter_table("take_outs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_take_outs_trajectory_uid"), ["trajectory_uid"], unique=False
        )
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.create_index("ix_actions_status_due_on", ["status", "due_on"], unique=False)
    set_schema_version(SCHEMA_VERSION)


def downgrade() -> None:
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.drop_index("ix_actions_status_due_on")
    op.drop_table("take_outs")
    for name in reversed(TABLES):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_column("row_version")
    set_schema_version(4)
