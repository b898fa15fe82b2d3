"""The database file: created, recognised, migrated, and foreign or newer files refused."""

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from models.core.errors import UserError
from models.storage.database import APPLICATION_ID
from models.storage.lifecycle import FileState, check_file, open_database
from models.storage.schema_version import HEAD_REVISION, SCHEMA_VERSION


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_created_stamped_and_migrated(db_path: Path) -> None:
    """A missing file becomes a Trajectwijzer database at the current schema version."""
    db = open_database(db_path)
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA application_id")).scalar() == APPLICATION_ID
        assert conn.execute(text("PRAGMA user_version")).scalar() == SCHEMA_VERSION
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            HEAD_REVISION
        )
    db.close()
    assert check_file(db_path).state is FileState.OURS


@pytest.mark.sqlite_only
def test_pragmas_enforce_foreign_keys_and_wal(database) -> None:
    """Every connection has foreign keys on, write-ahead logging and full sync."""
    with database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2


def test_reopening_a_current_database_needs_no_migration(db_path: Path) -> None:
    """A second start finds the schema current: no migration, no backup."""
    open_database(db_path).close()
    db = open_database(db_path)
    assert db.migrated_from is None
    assert db.backup_path is None
    db.close()


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    """A file that is not SQLite is refused with a Dutch message and left byte for byte."""
    path = tmp_path / "notities.sqlite"
    path.write_text("Dit is een boodschappenlijst\n" * 20, encoding="utf-8")
    before = _digest(path)
    with pytest.raises(UserError, match="not a Trajectwijzer database"):
        open_database(path)
    assert _digest(path) == before


def test_other_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    """Another program's SQLite database is refused and not changed."""
    path = tmp_path / "andere.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO contacts (name) VALUES ('Anneleen')")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(UserError, match="not a Trajectwijzer database"):
        open_database(path)
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_newer_database_is_refused_untouched(db_path: Path) -> None:
    """A database written by a newer version is refused with the way out, and not changed."""
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = _digest(db_path)
    with pytest.raises(UserError, match="newer version") as info:
        open_database(db_path)
    assert "Install the newest version" in info.value.message
    assert _digest(db_path) == before


def test_truncated_database_is_reported_damaged(db_path: Path) -> None:
    """A database cut short is reported as damaged with the way out."""
    db = open_database(db_path)
    db.close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[:100] + b"\x00" * 50)
    with pytest.raises(UserError, match=r"damaged|not a Trajectwijzer"):
        open_database(db_path)


def test_empty_sqlite_file_is_taken_as_new(tmp_path: Path) -> None:
    """An empty file (0 bytes), as a file manager creates it, becomes a new database."""
    path = tmp_path / "leeg.sqlite"
    path.touch()
    open_database(path).close()
    assert check_file(path).state is FileState.OURS


def test_unwritable_folder_gives_a_message_and_leaves_nothing(tmp_path: Path) -> None:
    """A database in a folder that cannot be made is refused with what to do; nothing stays."""
    from models.storage.faults import StorageFault

    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    with pytest.raises(StorageFault, match="cannot be found"):
        open_database(blocker / "sub" / "db.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bestand"]


def test_older_database_is_backed_up_before_migration(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When an upgrade is pending, a copy of the file is made first and holds the old data."""
    import models.storage.lifecycle as lifecycle

    db = open_database(db_path)
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE marker (v TEXT)"))
        conn.execute(text("INSERT INTO marker VALUES ('gegevens van de coach')"))
    db.close()

    current = lifecycle.SCHEMA_VERSION  # the version this build writes; a newer one is due

    def fake_migrate(engine) -> None:
        with engine.begin() as conn:
            conn.execute(text(f"PRAGMA user_version = {current + 1}"))

    monkeypatch.setattr(lifecycle, "SCHEMA_VERSION", current + 1)
    monkeypatch.setattr(lifecycle, "_migrate", fake_migrate)
    db = lifecycle.open_database(db_path, backup_dir=tmp_path / "backups")
    db.close()
    assert db.migrated_from == current
    assert db.backup_path is not None and db.backup_path.parent == tmp_path / "backups"
    conn = sqlite3.connect(db.backup_path)
    assert conn.execute("SELECT v FROM marker").fetchone() == ("gegevens van de coach",)
    assert conn.execute("PRAGMA user_version").fetchone() == (current,)
    conn.close()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to list open files")
def test_checking_a_file_leaves_it_closed(db_path: Path, tmp_path: Path) -> None:
    """An open handle would keep the file locked on Windows: a restore could not replace it."""
    open_database(db_path).close()
    foreign = tmp_path / "notities.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    for path in (db_path, foreign):
        assert check_file(path).state in (FileState.OURS, FileState.FOREIGN)

    def handles() -> list[str]:
        found = []
        for fd in Path("/proc/self/fd").iterdir():
            try:
                found.append(str(fd.readlink()))
            except OSError:
                continue
        return found

    still_open = [h for h in handles() if h.startswith((str(db_path), str(foreign)))]
    assert still_open == []
