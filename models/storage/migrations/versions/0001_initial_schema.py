"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 09:02:24.942651
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from models.storage.migrations.stamping import set_schema_version

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The schema version this migration leaves behind (PRAGMA user_version).
SCHEMA_VERSION = 1


def upgrade() -> None:
    op.create_table(
        "organisations",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "municipality",
                "association",
                "neighbourhood_committee",
                "school",
                "merchant",
                "citizen_group",
                "provider",
                "other",
                name="organisationkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("nis_code", sa.String(length=5), nullable=True),
        sa.Column("province", sa.String(length=40), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("municipality", sa.String(length=100), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_organisations")),
        sa.UniqueConstraint("nis_code", name=op.f("uq_organisations_nis_code")),
    )
    op.create_table(
        "people",
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("municipality", sa.String(length=100), nullable=True),
        sa.Column("organisation_text", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=True),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_email"), ["email"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_settings")),
        sa.UniqueConstraint("key", name=op.f("uq_settings_key")),
    )
    op.create_table(
        "trajectories",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("programme_key", sa.String(length=64), nullable=False),
        sa.Column("programme_version", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "intake",
                "planned",
                "running",
                "stopped",
                "completed",
                "cancelled",
                name="trajectorystatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "arrangement",
            sa.Enum(
                "single",
                "cluster",
                "joint",
                "network",
                name="clientarrangement",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("scope_key", sa.String(length=64), nullable=True),
        sa.Column("stopped_after_phase_key", sa.String(length=64), nullable=True),
        sa.Column("stopped_on", sa.Date(), nullable=True),
        sa.Column("stop_reason", sa.String(), nullable=False),
        sa.Column("working_budget_cents", sa.Integer(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_trajectories")),
    )
    with op.batch_alter_table("trajectories", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trajectories_programme_key"), ["programme_key"], unique=False
        )

    op.create_table(
        "consents",
        sa.Column("person_uid", sa.Uuid(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("purposes", sa.JSON(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_uid"],
            ["people.uid"],
            name=op.f("fk_consents_person_uid_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_consents")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consents_person_uid"), ["person_uid"], unique=False)

    op.create_table(
        "intake_answers",
        sa.Column("trajectory_uid", sa.Uuid(), nullable=False),
        sa.Column("section", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["trajectory_uid"],
            ["trajectories.uid"],
            name=op.f("fk_intake_answers_trajectory_uid_trajectories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_intake_answers")),
        sa.UniqueConstraint(
            "trajectory_uid", "section", "key", name=op.f("uq_intake_answers_trajectory_uid")
        ),
    )
    op.create_table(
        "partners",
        sa.Column("trajectory_uid", sa.Uuid(), nullable=False),
        sa.Column("organisation_uid", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category_key", sa.String(length=64), nullable=False),
        sa.Column(
            "engagement",
            sa.Enum(
                "informs",
                "communicates",
                "cooperates",
                name="engagement",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("contact_person_uid", sa.Uuid(), nullable=True),
        sa.Column("is_ambassador", sa.Boolean(), nullable=False),
        sa.Column("activities", sa.String(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_person_uid"],
            ["people.uid"],
            name=op.f("fk_partners_contact_person_uid_people"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_uid"],
            ["organisations.uid"],
            name=op.f("fk_partners_organisation_uid_organisations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_uid"],
            ["trajectories.uid"],
            name=op.f("fk_partners_trajectory_uid_trajectories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_partners")),
    )
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partners_trajectory_uid"), ["trajectory_uid"], unique=False
        )

    op.create_table(
        "phases",
        sa.Column("trajectory_uid", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start_month", sa.Integer(), nullable=True),
        sa.Column("end_month", sa.Integer(), nullable=True),
        sa.Column("planned_start", sa.Date(), nullable=True),
        sa.Column("planned_end", sa.Date(), nullable=True),
        sa.Column("actual_start", sa.Date(), nullable=True),
        sa.Column("actual_end", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "in_progress",
                "done",
                "cancelled",
                name="workstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "responsible",
            sa.Enum(
                "provider",
                "municipality",
                "both",
                "participants",
                "person",
                name="responsible",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("responsible_person_uid", sa.Uuid(), nullable=True),
        sa.Column("optional", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["responsible_person_uid"],
            ["people.uid"],
            name=op.f("fk_phases_responsible_person_uid_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_uid"],
            ["trajectories.uid"],
            name=op.f("fk_phases_trajectory_uid_trajectories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_phases")),
    )
    with op.batch_alter_table("phases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_phases_trajectory_uid"), ["trajectory_uid"], unique=False
        )

    op.create_table(
        "projects",
        sa.Column("trajectory_uid", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "buurtpunt",
                "climate_action",
                "other",
                name="projectkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("organisation_uid", sa.Uuid(), nullable=True),
        sa.Column("goals", sa.String(), nullable=False),
        sa.Column("functions", sa.JSON(), nullable=False),
        sa.Column("stage", sa.String(length=64), nullable=False),
        sa.Column("menu_item_key", sa.String(length=64), nullable=True),
        sa.Column("budget_requested_cents", sa.Integer(), nullable=True),
        sa.Column("budget_granted_cents", sa.Integer(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_uid"],
            ["organisations.uid"],
            name=op.f("fk_projects_organisation_uid_organisations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_uid"],
            ["trajectories.uid"],
            name=op.f("fk_projects_trajectory_uid_trajectories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_projects")),
    )
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_projects_trajectory_uid"), ["trajectory_uid"], unique=False
        )

    op.create_table(
        "quotes",
        sa.Column("trajectory_uid", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "sent",
                "accepted",
                "declined",
                "superseded",
                name="quotestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("scope_key", sa.String(length=64), nullable=True),
        sa.Column("indicative", sa.Boolean(), nullable=False),
        sa.Column("price_on_request", sa.Boolean(), nullable=False),
        sa.Column("total_excl_vat_cents", sa.Integer(), nullable=False),
        sa.Column("vat_cents", sa.Integer(), nullable=False),
        sa.Column("total_incl_vat_cents", sa.Integer(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["trajectory_uid"],
            ["trajectories.uid"],
            name=op.f("fk_quotes_trajectory_uid_trajectories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_quotes")),
        sa.UniqueConstraint("year", "sequence", "version", name=op.f("uq_quotes_year")),
    )
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_quotes_trajectory_uid"), ["trajectory_uid"], unique=False
        )

    op.create_table(
        "roles",
        sa.Column("person_uid", sa.Uuid(), nullable=False),
        sa.Column("organisation_uid", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_uid"],
            ["organisations.uid"],
            name=op.f("fk_roles_organisation_uid_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_uid"],
            ["people.uid"],
            name=op.f("fk_roles_person_uid_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_roles")),
        sa.UniqueConstraint(
            "person_uid", "organisation_uid", "title", name=op.f("uq_roles_person_uid")
        ),
    )
    with op.batch_alter_table("roles", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_roles_organisation_uid"), ["organisation_uid"], unique=False
        )

    op.create_table(
        "trajectory_clients",
        sa.Column("trajectory_uid", sa.Uuid(), nullable=False),
        sa.Column("organisation_uid", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("is_lead", sa.Boolean(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_uid"],
            ["organisations.uid"],
            name=op.f("fk_trajectory_clients_organisation_uid_organisations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_uid"],
            ["trajectories.uid"],
            name=op.f("fk_trajectory_clients_trajectory_uid_trajectories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_trajectory_clients")),
        sa.UniqueConstraint(
            "trajectory_uid", "organisation_uid", name=op.f("uq_trajectory_clients_trajectory_uid")
        ),
    )
    with op.batch_alter_table("trajectory_clients", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trajectory_clients_organisation_uid"), ["organisation_uid"], unique=False
        )

    op.create_table(
        "trajectory_contacts",
        sa.Column("trajectory_uid", sa.Uuid(), nullable=False),
        sa.Column("person_uid", sa.Uuid(), nullable=False),
        sa.Column("organisation_uid", sa.Uuid(), nullable=True),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_uid"],
            ["organisations.uid"],
            name=op.f("fk_trajectory_contacts_organisation_uid_organisations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_uid"],
            ["people.uid"],
            name=op.f("fk_trajectory_contacts_person_uid_people"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_uid"],
            ["trajectories.uid"],
            name=op.f("fk_trajectory_contacts_trajectory_uid_trajectories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_trajectory_contacts")),
        sa.UniqueConstraint(
            "trajectory_uid",
            "person_uid",
            "role",
            name=op.f("uq_trajectory_contacts_trajectory_uid"),
        ),
    )
    with op.batch_alter_table("trajectory_contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trajectory_contacts_person_uid"), ["person_uid"], unique=False
        )

    op.create_table(
        "milestones",
        sa.Column("trajectory_uid", sa.Uuid(), nullable=False),
        sa.Column("phase_uid", sa.Uuid(), nullable=True),
        sa.Column("key", sa.String(length=64), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("month", sa.Integer(), nullable=True),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("actual_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "in_progress",
                "done",
                "cancelled",
                name="workstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "responsible",
            sa.Enum(
                "provider",
                "municipality",
                "both",
                "participants",
                "person",
                name="responsible",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("responsible_person_uid", sa.Uuid(), nullable=True),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["phase_uid"],
            ["phases.uid"],
            name=op.f("fk_milestones_phase_uid_phases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_person_uid"],
            ["people.uid"],
            name=op.f("fk_milestones_responsible_person_uid_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_uid"],
            ["trajectories.uid"],
            name=op.f("fk_milestones_trajectory_uid_trajectories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_milestones")),
    )
    with op.batch_alter_table("milestones", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_milestones_phase_uid"), ["phase_uid"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_milestones_trajectory_uid"), ["trajectory_uid"], unique=False
        )

    op.create_table(
        "project_members",
        sa.Column("project_uid", sa.Uuid(), nullable=False),
        sa.Column("person_uid", sa.Uuid(), nullable=False),
        sa.Column("is_lead", sa.Boolean(), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_uid"],
            ["people.uid"],
            name=op.f("fk_project_members_person_uid_people"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_uid"],
            ["projects.uid"],
            name=op.f("fk_project_members_project_uid_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_project_members")),
        sa.UniqueConstraint(
            "project_uid", "person_uid", name=op.f("uq_project_members_project_uid")
        ),
    )
    with op.batch_alter_table("project_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_members_person_uid"), ["person_uid"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_members_project_uid"), ["project_uid"], unique=False
        )

    op.create_table(
        "quote_lines",
        sa.Column("quote_uid", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "fee",
                "discount",
                "share",
                "info",
                name="quotelinekind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("vat_rate_basis_points", sa.Integer(), nullable=False),
        sa.Column("organisation_uid", sa.Uuid(), nullable=True),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_uid"],
            ["organisations.uid"],
            name=op.f("fk_quote_lines_organisation_uid_organisations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["quote_uid"],
            ["quotes.uid"],
            name=op.f("fk_quote_lines_quote_uid_quotes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_quote_lines")),
    )
    with op.batch_alter_table("quote_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quote_lines_quote_uid"), ["quote_uid"], unique=False)

    op.create_table(
        "sessions",
        sa.Column("trajectory_uid", sa.Uuid(), nullable=False),
        sa.Column("phase_uid", sa.Uuid(), nullable=True),
        sa.Column("template_key", sa.String(length=64), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "kennismakingsoverleg",
                "infosessie",
                "vervolgbijeenkomst",
                "werksessie",
                "lerend_netwerk_sessie",
                "inspiratiedag",
                "persmoment",
                "evaluatie",
                "overleg",
                name="sessionkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("location_name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("facilitators", sa.String(length=300), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned", "held", "cancelled", name="sessionstatus", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("optional", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["phase_uid"],
            ["phases.uid"],
            name=op.f("fk_sessions_phase_uid_phases"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_uid"],
            ["trajectories.uid"],
            name=op.f("fk_sessions_trajectory_uid_trajectories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_sessions")),
    )
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sessions_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_sessions_trajectory_uid"), ["trajectory_uid"], unique=False
        )

    op.create_table(
        "tasks",
        sa.Column("trajectory_uid", sa.Uuid(), nullable=False),
        sa.Column("phase_uid", sa.Uuid(), nullable=True),
        sa.Column("key", sa.String(length=64), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("is_responsibility", sa.Boolean(), nullable=False),
        sa.Column("start_month", sa.Integer(), nullable=True),
        sa.Column("end_month", sa.Integer(), nullable=True),
        sa.Column("planned_start", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "in_progress",
                "done",
                "cancelled",
                name="workstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "responsible",
            sa.Enum(
                "provider",
                "municipality",
                "both",
                "participants",
                "person",
                name="responsible",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("responsible_person_uid", sa.Uuid(), nullable=True),
        sa.Column("optional", sa.Boolean(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["phase_uid"],
            ["phases.uid"],
            name=op.f("fk_tasks_phase_uid_phases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_person_uid"],
            ["people.uid"],
            name=op.f("fk_tasks_responsible_person_uid_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_uid"],
            ["trajectories.uid"],
            name=op.f("fk_tasks_trajectory_uid_trajectories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_tasks")),
    )
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tasks_phase_uid"), ["phase_uid"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_tasks_trajectory_uid"), ["trajectory_uid"], unique=False
        )

    op.create_table(
        "actions",
        sa.Column("trajectory_uid", sa.Uuid(), nullable=False),
        sa.Column("project_uid", sa.Uuid(), nullable=True),
        sa.Column("phase_uid", sa.Uuid(), nullable=True),
        sa.Column("origin_session_uid", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("owner_person_uid", sa.Uuid(), nullable=True),
        sa.Column("owner_text", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "done",
                "cancelled",
                name="actionstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["origin_session_uid"],
            ["sessions.uid"],
            name=op.f("fk_actions_origin_session_uid_sessions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_person_uid"],
            ["people.uid"],
            name=op.f("fk_actions_owner_person_uid_people"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["phase_uid"],
            ["phases.uid"],
            name=op.f("fk_actions_phase_uid_phases"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_uid"],
            ["projects.uid"],
            name=op.f("fk_actions_project_uid_projects"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_uid"],
            ["trajectories.uid"],
            name=op.f("fk_actions_trajectory_uid_trajectories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_actions")),
    )
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actions_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_actions_origin_session_uid"), ["origin_session_uid"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_actions_owner_person_uid"), ["owner_person_uid"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_actions_project_uid"), ["project_uid"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_actions_trajectory_uid"), ["trajectory_uid"], unique=False
        )

    op.create_table(
        "agenda_blocks",
        sa.Column("session_uid", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=200), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_uid"],
            ["sessions.uid"],
            name=op.f("fk_agenda_blocks_session_uid_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_agenda_blocks")),
    )
    with op.batch_alter_table("agenda_blocks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agenda_blocks_session_uid"), ["session_uid"], unique=False
        )

    op.create_table(
        "evaluation_forms",
        sa.Column("trajectory_uid", sa.Uuid(), nullable=False),
        sa.Column("session_uid", sa.Uuid(), nullable=True),
        sa.Column("template_key", sa.String(length=64), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("introduction", sa.String(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_uid"],
            ["sessions.uid"],
            name=op.f("fk_evaluation_forms_session_uid_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_uid"],
            ["trajectories.uid"],
            name=op.f("fk_evaluation_forms_trajectory_uid_trajectories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_evaluation_forms")),
    )
    with op.batch_alter_table("evaluation_forms", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluation_forms_session_uid"), ["session_uid"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_evaluation_forms_trajectory_uid"), ["trajectory_uid"], unique=False
        )

    op.create_table(
        "import_batches",
        sa.Column("source_name", sa.String(length=260), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("session_uid", sa.Uuid(), nullable=True),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("created_count", sa.Integer(), nullable=False),
        sa.Column("updated_count", sa.Integer(), nullable=False),
        sa.Column("skipped_count", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_uid"],
            ["sessions.uid"],
            name=op.f("fk_import_batches_session_uid_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_import_batches")),
    )
    op.create_table(
        "action_events",
        sa.Column("action_uid", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.String(), nullable=True),
        sa.Column("new_value", sa.String(), nullable=True),
        sa.Column("changed_by", sa.String(length=100), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_uid"],
            ["actions.uid"],
            name=op.f("fk_action_events_action_uid_actions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_action_events")),
    )
    with op.batch_alter_table("action_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_events_action_uid"), ["action_uid"], unique=False
        )

    op.create_table(
        "evaluation_questions",
        sa.Column("form_uid", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(length=200), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "scale",
                "single_choice",
                "multiple_choice",
                "yes_no",
                "short_text",
                "long_text",
                name="questionkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("scale_min", sa.Integer(), nullable=True),
        sa.Column("scale_max", sa.Integer(), nullable=True),
        sa.Column("min_label", sa.String(length=100), nullable=False),
        sa.Column("max_label", sa.String(length=100), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["form_uid"],
            ["evaluation_forms.uid"],
            name=op.f("fk_evaluation_questions_form_uid_evaluation_forms"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_evaluation_questions")),
    )
    with op.batch_alter_table("evaluation_questions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluation_questions_form_uid"), ["form_uid"], unique=False
        )

    op.create_table(
        "evaluation_responses",
        sa.Column("form_uid", sa.Uuid(), nullable=False),
        sa.Column("session_uid", sa.Uuid(), nullable=True),
        sa.Column("person_uid", sa.Uuid(), nullable=True),
        sa.Column(
            "channel",
            sa.Enum("paper", "kiosk", name="responsechannel", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("submitted_at", sa.DateTime(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["form_uid"],
            ["evaluation_forms.uid"],
            name=op.f("fk_evaluation_responses_form_uid_evaluation_forms"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_uid"],
            ["people.uid"],
            name=op.f("fk_evaluation_responses_person_uid_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["session_uid"],
            ["sessions.uid"],
            name=op.f("fk_evaluation_responses_session_uid_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_evaluation_responses")),
    )
    with op.batch_alter_table("evaluation_responses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluation_responses_form_uid"), ["form_uid"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_evaluation_responses_session_uid"), ["session_uid"], unique=False
        )

    op.create_table(
        "import_changes",
        sa.Column("batch_uid", sa.Uuid(), nullable=False),
        sa.Column("person_uid", sa.Uuid(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "created",
                "updated",
                "registered",
                name="importchangekind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("previous", sa.JSON(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_uid"],
            ["import_batches.uid"],
            name=op.f("fk_import_changes_batch_uid_import_batches"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_uid"],
            ["people.uid"],
            name=op.f("fk_import_changes_person_uid_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_import_changes")),
    )
    with op.batch_alter_table("import_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_changes_batch_uid"), ["batch_uid"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_import_changes_person_uid"), ["person_uid"], unique=False
        )

    op.create_table(
        "registrations",
        sa.Column("session_uid", sa.Uuid(), nullable=False),
        sa.Column("person_uid", sa.Uuid(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "invited",
                "registered",
                "present",
                "absent",
                "excused",
                name="registrationstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("checked_in_at", sa.DateTime(), nullable=True),
        sa.Column("walk_in", sa.Boolean(), nullable=False),
        sa.Column("import_batch_uid", sa.Uuid(), nullable=True),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_batch_uid"],
            ["import_batches.uid"],
            name=op.f("fk_registrations_import_batch_uid_import_batches"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_uid"],
            ["people.uid"],
            name=op.f("fk_registrations_person_uid_people"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["session_uid"],
            ["sessions.uid"],
            name=op.f("fk_registrations_session_uid_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_registrations")),
        sa.UniqueConstraint("session_uid", "person_uid", name=op.f("uq_registrations_session_uid")),
    )
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_registrations_import_batch_uid"), ["import_batch_uid"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_registrations_person_uid"), ["person_uid"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_registrations_session_uid"), ["session_uid"], unique=False
        )

    op.create_table(
        "session_notes",
        sa.Column("session_uid", sa.Uuid(), nullable=False),
        sa.Column("agenda_block_uid", sa.Uuid(), nullable=True),
        sa.Column("project_uid", sa.Uuid(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum("note", "decision", "progress", name="notekind", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_block_uid"],
            ["agenda_blocks.uid"],
            name=op.f("fk_session_notes_agenda_block_uid_agenda_blocks"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_uid"],
            ["projects.uid"],
            name=op.f("fk_session_notes_project_uid_projects"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["session_uid"],
            ["sessions.uid"],
            name=op.f("fk_session_notes_session_uid_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_session_notes")),
    )
    with op.batch_alter_table("session_notes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_notes_session_uid"), ["session_uid"], unique=False
        )

    op.create_table(
        "evaluation_answers",
        sa.Column("response_uid", sa.Uuid(), nullable=False),
        sa.Column("question_uid", sa.Uuid(), nullable=True),
        sa.Column("question_text", sa.String(length=500), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_uid"],
            ["evaluation_questions.uid"],
            name=op.f("fk_evaluation_answers_question_uid_evaluation_questions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["response_uid"],
            ["evaluation_responses.uid"],
            name=op.f("fk_evaluation_answers_response_uid_evaluation_responses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_evaluation_answers")),
    )
    with op.batch_alter_table("evaluation_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluation_answers_question_uid"), ["question_uid"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_evaluation_answers_response_uid"), ["response_uid"], unique=False
        )

    set_schema_version(SCHEMA_VERSION)


def downgrade() -> None:
    with op.batch_alter_table("evaluation_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_answers_response_uid"))
        batch_op.drop_index(batch_op.f("ix_evaluation_answers_question_uid"))

    op.drop_table("evaluation_answers")
    with op.batch_alter_table("session_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_notes_session_uid"))

    op.drop_table("session_notes")
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registrations_session_uid"))
        batch_op.drop_index(batch_op.f("ix_registrations_person_uid"))
        batch_op.drop_index(batch_op.f("ix_registrations_import_batch_uid"))

    op.drop_table("registrations")
    with op.batch_alter_table("import_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_changes_person_uid"))
        batch_op.drop_index(batch_op.f("ix_import_changes_batch_uid"))

    op.drop_table("import_changes")
    with op.batch_alter_table("evaluation_responses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_responses_session_uid"))
        batch_op.drop_index(batch_op.f("ix_evaluation_responses_form_uid"))

    op.drop_table("evaluation_responses")
    with op.batch_alter_table("evaluation_questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_questions_form_uid"))

    op.drop_table("evaluation_questions")
    with op.batch_alter_table("action_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_events_action_uid"))

    op.drop_table("action_events")
    op.drop_table("import_batches")
    with op.batch_alter_table("evaluation_forms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_forms_trajectory_uid"))
        batch_op.drop_index(batch_op.f("ix_evaluation_forms_session_uid"))

    op.drop_table("evaluation_forms")
    with op.batch_alter_table("agenda_blocks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_blocks_session_uid"))

    op.drop_table("agenda_blocks")
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actions_trajectory_uid"))
        batch_op.drop_index(batch_op.f("ix_actions_project_uid"))
        batch_op.drop_index(batch_op.f("ix_actions_owner_person_uid"))
        batch_op.drop_index(batch_op.f("ix_actions_origin_session_uid"))
        batch_op.drop_index(batch_op.f("ix_actions_due_on"))

    op.drop_table("actions")
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tasks_trajectory_uid"))
        batch_op.drop_index(batch_op.f("ix_tasks_phase_uid"))

    op.drop_table("tasks")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sessions_trajectory_uid"))
        batch_op.drop_index(batch_op.f("ix_sessions_starts_at"))

    op.drop_table("sessions")
    with op.batch_alter_table("quote_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quote_lines_quote_uid"))

    op.drop_table("quote_lines")
    with op.batch_alter_table("project_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_members_project_uid"))
        batch_op.drop_index(batch_op.f("ix_project_members_person_uid"))

    op.drop_table("project_members")
    with op.batch_alter_table("milestones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestones_trajectory_uid"))
        batch_op.drop_index(batch_op.f("ix_milestones_phase_uid"))

    op.drop_table("milestones")
    with op.batch_alter_table("trajectory_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trajectory_contacts_person_uid"))

    op.drop_table("trajectory_contacts")
    with op.batch_alter_table("trajectory_clients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trajectory_clients_organisation_uid"))

    op.drop_table("trajectory_clients")
    with op.batch_alter_table("roles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roles_organisation_uid"))

    op.drop_table("roles")
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quotes_trajectory_uid"))

    op.drop_table("quotes")
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_projects_trajectory_uid"))

    op.drop_table("projects")
    with op.batch_alter_table("phases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phases_trajectory_uid"))

    op.drop_table("phases")
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partners_trajectory_uid"))

    op.drop_table("partners")
    op.drop_table("intake_answers")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consents_person_uid"))

    op.drop_table("consents")
    with op.batch_alter_table("trajectories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trajectories_programme_key"))

    op.drop_table("trajectories")
    op.drop_table("settings")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_email"))

    op.drop_table("people")
    op.drop_table("organisations")
