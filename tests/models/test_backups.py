"""Backups: consistent copies, rotation 7 daily / 4 weekly / 6 monthly, and a safe restore."""

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from models.core.errors import UserError
from models.storage.backups import (
    Backup,
    backup_if_due,
    backups_to_keep,
    export_backup,
    list_backups,
    make_backup,
    restore,
)
from models.storage.lifecycle import open_database


def _db_with(db_path: Path, value: str) -> None:
    db = open_database(db_path)
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS marker (v TEXT)"))
        conn.execute(text("DELETE FROM marker"))
        conn.execute(text("INSERT INTO marker VALUES (:v)"), {"v": value})
    db.close()


def _marker(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT v FROM marker").fetchone()[0]


def test_backup_is_a_standalone_copy_while_the_database_is_open(db_path, tmp_path) -> None:
    """A backup taken while the app has the file open holds all committed data, in one file."""
    _db_with(db_path, "voor de kopie")
    db = open_database(db_path)  # kept open, as the running app does
    backup = make_backup(db_path, tmp_path / "backups")
    db.close()
    assert _marker(backup.path) == "voor de kopie"
    assert not Path(f"{backup.path}-wal").exists()


def test_daily_backup_only_once_a_day(db_path, tmp_path) -> None:
    """At most one automatic backup per day."""
    _db_with(db_path, "x")
    folder = tmp_path / "backups"
    now = datetime(2026, 11, 23, 9, 0)
    assert backup_if_due(db_path, folder, now) is not None
    assert backup_if_due(db_path, folder, now + timedelta(hours=5)) is None
    assert backup_if_due(db_path, folder, now + timedelta(days=1, minutes=1)) is not None
    assert len(list_backups(folder)) == 2


def test_rotation_keeps_seven_daily_four_weekly_six_monthly() -> None:
    """Over a year of daily backups, the newest of each recent day, week and month stay."""
    start = datetime(2026, 11, 23, 8, 0)
    backups = [Backup(Path(f"b{i}"), start - timedelta(days=i)) for i in range(365)]
    keep = backups_to_keep(backups)
    days = sorted({b.taken_at.date() for b in backups if b.path in keep}, reverse=True)
    assert days[:7] == [(start - timedelta(days=i)).date() for i in range(7)]
    assert len(keep) <= 7 + 4 + 6
    months = {(b.taken_at.year, b.taken_at.month) for b in backups if b.path in keep}
    assert len(months) == 6


def test_restore_gives_back_the_data_and_keeps_the_current_aside(db_path, tmp_path) -> None:
    """Restoring puts the backup's data back; the database as it was is saved first."""
    folder = tmp_path / "backups"
    _db_with(db_path, "oud")
    backup = make_backup(db_path, folder, datetime(2026, 11, 1, 8, 0))
    _db_with(db_path, "nieuw")
    aside = restore(db_path, backup.path, folder)
    assert _marker(db_path) == "oud"
    assert _marker(aside) == "nieuw"
    db = open_database(db_path)  # still a valid Trajectwijzer database
    db.close()


def test_restoring_a_foreign_file_changes_nothing(db_path, tmp_path) -> None:
    """A file that is not a backup is refused and the database stays as it was."""
    _db_with(db_path, "blijft")
    foreign = tmp_path / "foto.jpg"
    foreign.write_bytes(b"\xff\xd8\xff" + b"0" * 500)
    with pytest.raises(UserError, match="geen bruikbare reservekopie"):
        restore(db_path, foreign, tmp_path / "backups")
    assert _marker(db_path) == "blijft"


def test_export_never_overwrites(db_path, tmp_path) -> None:
    """A backup to a chosen file refuses to overwrite an existing one."""
    _db_with(db_path, "x")
    target = tmp_path / "usb" / "kopie.sqlite"
    export_backup(db_path, target)
    with pytest.raises(UserError, match="bestaat al"):
        export_backup(db_path, target)


def _damage_inside(path: Path) -> bytes:
    """Garbage over pages in the middle; the header (and so the file's identity) stays intact."""
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, min(len(data), 4096 * 12)):
        data[offset] = 0xAA
    path.write_bytes(bytes(data))
    return bytes(data)


def _filled(db_path: Path) -> None:
    from models.workspace import Workspace

    workspace = Workspace.open(db_path)
    workspace.demo.fill_demo_data()
    workspace.close()


def test_damage_inside_is_found_by_the_quick_check_at_start(db_path) -> None:
    """A file with a sound header but broken pages is refused as damaged and left untouched."""
    from models.storage.lifecycle import DatabaseRefused, FileState

    _filled(db_path)
    damaged = _damage_inside(db_path)
    with pytest.raises(DatabaseRefused, match="beschadigd") as info:
        open_database(db_path)
    assert info.value.state is FileState.DAMAGED
    assert db_path.read_bytes() == damaged


def test_a_damaged_backup_is_not_restored(db_path, tmp_path) -> None:
    """Restoring from a damaged copy is refused; the database stays as it was."""
    _db_with(db_path, "blijft")
    other = tmp_path / "kopie.sqlite"
    _filled(other)
    _damage_inside(other)
    with pytest.raises(UserError, match="beschadigd"):
        restore(db_path, other, tmp_path / "backups")
    assert _marker(db_path) == "blijft"


def test_automatic_backups_skip_an_absent_usb_stick(db_path, tmp_path) -> None:
    """The data folder gets its backup; a second folder that is not there is reported, not made."""
    from models.storage.backups import automatic_backups

    _db_with(db_path, "x")
    stick = tmp_path / "media" / "USB" / "Trajectwijzer-reservekopieën"
    outcomes = automatic_backups(db_path, [tmp_path / "backups", stick])
    assert outcomes[0].backup is not None
    assert outcomes[1].backup is None and "USB-stick" in outcomes[1].problem
    assert not stick.parent.exists()
    stick.parent.mkdir(parents=True)
    assert automatic_backups(db_path, [tmp_path / "backups", stick])[1].backup is not None
