"""The migrations produce exactly the schema the ORM describes."""

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from models.orm import Base
from models.storage.lifecycle import MIGRATIONS_DIR, open_database
from models.storage.schema_version import HEAD_REVISION, SCHEMA_VERSION


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


def _database_of_version_1(path: Path) -> None:
    """A file as version 1 of the app left it: one quote with a fee and a discount line."""
    from alembic import command

    from models.storage import lifecycle

    path.parent.mkdir(parents=True, exist_ok=True)
    lifecycle._create_file(path)
    engine = lifecycle.make_engine(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    stamp = "'2026-11-01 10:00:00'"
    trajectory, quote = "a" * 32, "b" * 32
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO trajectories (uid, name, programme_key, programme_version, status, "
            "arrangement, notes, stop_reason, created_at, updated_at) VALUES "
            f"('{trajectory}', 'Izegem', 'autodelen', 1, 'running', 'single', '', '', {stamp}, "
            f"{stamp})"
        )
        conn.exec_driver_sql(
            "INSERT INTO quotes (uid, trajectory_uid, year, sequence, version, status, issued_on, "
            "valid_until, indicative, price_on_request, total_excl_vat_cents, vat_cents, "
            "total_incl_vat_cents, notes, created_at, updated_at) VALUES "
            f"('{quote}', '{trajectory}', 2026, 1, "
            "1, 'accepted', '2026-10-01', '2026-10-31', 0, 0, 175050, 36761, 211811, '', "
            f"{stamp}, {stamp})"
        )
        for uid, position, kind, amount in (
            ("c" * 32, 0, "fee", 350100),
            ("d" * 32, 1, "discount", -175050),
        ):
            conn.exec_driver_sql(
                "INSERT INTO quote_lines (uid, quote_uid, position, kind, description, "
                "amount_cents, vat_rate_basis_points, created_at, updated_at) VALUES "
                f"('{uid}', '{quote}', {position}, '{kind}', 'x', {amount}, 2100, {stamp}, {stamp})"
            )
    engine.dispose()


def test_a_database_of_version_1_opens_with_its_quotes_as_printed(db_path: Path) -> None:
    """After the upgrade (tables rebuilt, children kept) each old line keeps the vat it printed,
    the accepted version has its date, and citizens' sessions avoid school breaks by default."""
    from sqlalchemy import text

    _database_of_version_1(db_path)
    db = open_database(db_path)
    with db.engine.connect() as conn:
        vats = conn.execute(text("SELECT vat_cents FROM quote_lines ORDER BY position")).all()
        quote = conn.execute(text("SELECT accepted_on, accepted_by FROM quotes")).one()
        avoid = conn.execute(text("SELECT avoid_school_holidays FROM trajectories")).scalar()
        version = conn.execute(text("PRAGMA user_version")).scalar()
    db.close()
    # 3.501,00 x 21 % = 735,21; -1.750,50 x 21 % = -367,605 -> -367,61 (half away from zero)
    assert [v for (v,) in vats] == [73521, -36761]
    assert tuple(quote) == ("2026-10-01", "")
    assert avoid == 1
    assert db.migrated_from == 1 and version == SCHEMA_VERSION


def test_a_database_of_schema_version_1_opens_and_keeps_its_data(tmp_path: Path) -> None:
    """A version-1 file (before providers' identity and merges) is migrated; nothing is lost."""
    import sqlite3

    from alembic import command

    from models.storage.database import APPLICATION_ID, make_engine
    from models.storage.schema_version import SCHEMA_VERSION

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
        assert tuple(row) == ("Ecolife", "", "") and version == SCHEMA_VERSION
    finally:
        db.close()


def _database_of_version_2(path: Path) -> None:
    """A database as the previous version left it: schema 0002, one person erased."""
    from alembic import command

    from models.storage.database import make_engine
    from models.storage.lifecycle import _create_file

    path.parent.mkdir(parents=True, exist_ok=True)
    _create_file(path)
    engine = make_engine(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        for uid, last, erased in (
            ("0" * 31 + "1", "[gewist]", "2026-01-05 10:00:00"),
            ("0" * 31 + "2", "Saelens", None),
        ):
            connection.exec_driver_sql(
                "INSERT INTO people (uid, first_name, last_name, notes, erased_at, created_at, "
                "updated_at) VALUES (?, '', ?, '', ?, '2026-01-01', '2026-01-01')",
                (uid, last, erased),
            )
    engine.dispose()


def test_a_database_of_the_previous_version_opens_with_tombstones(tmp_path: Path) -> None:
    """Schema 2 is copied aside, upgraded, and people erased before get their tombstone."""
    import sqlite3

    from models.storage.schema_version import SCHEMA_VERSION

    path = tmp_path / "oud.sqlite"
    _database_of_version_2(path)
    db = open_database(path, tmp_path / "backups")
    db.close()
    assert db.migrated_from == 2 and SCHEMA_VERSION >= 3
    assert db.backup_path is not None and "voor-update-v2" in db.backup_path.name
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        tombstones = conn.execute("SELECT uid FROM erased_people").fetchall()
    conn.close()
    assert tombstones == [("0" * 31 + "1",)]
    with sqlite3.connect(db.backup_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (2,)
    conn.close()
