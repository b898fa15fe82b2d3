"""Backups: checked before and after copying, rotated keeping the sound ones, restored safely."""

import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from models.core.errors import UserError
from models.storage.backup_manifest import read_manifest
from models.storage.backups import (
    Backup,
    SourceDamaged,
    backup_if_due,
    backups_to_keep,
    export_backup,
    list_backups,
    make_backup,
    newest_sound_backup,
    rotate,
)
from models.storage.file_check import quick_check
from models.storage.lifecycle import open_database
from models.storage.restore import restore
from tests.storage_media import damage_inside

NOW = datetime(2026, 11, 23, 9, 0)


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


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once for this module (copied by each test that needs it)."""
    from models.workspace import Workspace
    from tests.demo import DEMO_DAY

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    workspace = Workspace.open(path)
    workspace.demo.fill_demo_data(DEMO_DAY)
    workspace.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, db_path: Path) -> Path:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_template, db_path)
    return db_path


def test_backup_is_a_standalone_copy_while_the_database_is_open(db_path, tmp_path) -> None:
    """A backup taken while the app has the file open holds all committed data, in one file."""
    _db_with(db_path, "voor de kopie")
    db = open_database(db_path)  # kept open, as the running app does
    backup = make_backup(db_path, tmp_path / "backups", NOW)
    db.close()
    assert _marker(backup.path) == "voor de kopie"
    assert not Path(f"{backup.path}-wal").exists()


def test_every_backup_notes_that_it_was_checked_sound_and_what_it_holds(demo_db, tmp_path) -> None:
    """Beside each backup: checked sound, with the number of trajectories and people."""
    backup = make_backup(demo_db, tmp_path / "backups", NOW)
    manifest = read_manifest(backup.path)
    assert manifest is not None and manifest.sound is True
    assert manifest.trajectories == 5 and manifest.people and manifest.people > 10
    listed = list_backups(tmp_path / "backups")[0]
    assert (listed.sound, listed.trajectories, listed.people) == (
        True,
        manifest.trajectories,
        manifest.people,
    )


def test_daily_backup_only_once_a_day(db_path, tmp_path) -> None:
    """At most one automatic backup per day."""
    _db_with(db_path, "x")
    folder = tmp_path / "backups"
    assert backup_if_due(db_path, folder, NOW) is not None
    assert backup_if_due(db_path, folder, NOW + timedelta(hours=5)) is None
    assert backup_if_due(db_path, folder, NOW + timedelta(days=1, minutes=1)) is not None
    assert len(list_backups(folder)) == 2


def test_a_damaged_database_is_never_copied_and_names_the_newest_sound_backup(
    demo_db, tmp_path
) -> None:
    """make_backup of a damaged file: refused, nothing written, the sound backup named."""
    folder = tmp_path / "backups"
    good = make_backup(demo_db, folder, NOW)
    damage_inside(demo_db)
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(SourceDamaged, match="damaged") as refused:
        make_backup(demo_db, folder, NOW + timedelta(days=1))
    assert str(good.path) in refused.value.message
    with pytest.raises(SourceDamaged):
        backup_if_due(demo_db, folder, NOW + timedelta(days=1))
    assert sorted(p.name for p in folder.iterdir()) == before


def test_export_of_a_damaged_database_writes_nothing(demo_db, tmp_path) -> None:
    """`backup -o` of a damaged file: no file at the chosen place, the sound backup named."""
    folder = tmp_path / "backups"
    good = make_backup(demo_db, folder, NOW)
    damage_inside(demo_db)
    target = tmp_path / "usb" / "kopie.sqlite"
    target.parent.mkdir()
    with pytest.raises(SourceDamaged) as refused:
        export_backup(demo_db, target, NOW, [folder])
    assert not target.exists() and list(target.parent.iterdir()) == []
    assert str(good.path) in refused.value.message


def test_a_copy_that_fails_its_check_after_writing_is_removed(db_path, tmp_path, monkeypatch):
    """A copy mangled on its way to the medium never carries a backup's name."""
    import models.storage.copying as copying

    _db_with(db_path, "x")
    monkeypatch.setattr(copying, "quick_check", lambda path: path.name.endswith(".sqlite"))
    folder = tmp_path / "backups"
    with pytest.raises(UserError, match="did not pass the check"):
        make_backup(db_path, folder, NOW)
    assert list(folder.iterdir()) == []


def test_thirty_days_with_damage_from_day_ten_still_restore_a_sound_copy(demo_db, tmp_path) -> None:
    """One start a day for 30 days, the file damaged on day 10: a sound backup from before
    the damage is still there on day 30, and restoring it gives a sound database."""
    from models.storage.backups import automatic_backups

    folder = tmp_path / "backups"
    start = datetime(2026, 11, 1, 8, 30)
    for day in range(30):
        now = start + timedelta(days=day)
        if day == 9:
            damage_inside(demo_db)
        outcomes = automatic_backups(demo_db, [folder], now)
        if day >= 9:
            assert outcomes[0].backup is None and isinstance(outcomes[0].problem, SourceDamaged)
    kept = list_backups(folder)
    assert kept and all(b.taken_at < start + timedelta(days=9) for b in kept)
    newest = newest_sound_backup([folder], start + timedelta(days=30))
    assert newest is not None and newest.taken_at.date() == (start + timedelta(days=8)).date()
    result = restore(demo_db, newest.path, folder, start + timedelta(days=30))
    assert quick_check(demo_db)
    assert result.aside is not None and not quick_check(result.aside)  # the damaged one, kept
    db = open_database(demo_db)
    db.close()


def test_rotation_keeps_seven_daily_four_weekly_six_monthly() -> None:
    """Over a year of daily backups, the newest of each recent day, week and month stay."""
    start = datetime(2026, 11, 23, 8, 0)
    backups = [Backup(Path(f"b{i}"), start - timedelta(days=i), sound=True) for i in range(365)]
    keep = backups_to_keep(backups)
    days = sorted({b.taken_at.date() for b in backups if b.path in keep}, reverse=True)
    assert days[:7] == [(start - timedelta(days=i)).date() for i in range(7)]
    assert len(keep) <= 7 + 4 + 6
    months = {(b.taken_at.year, b.taken_at.month) for b in backups if b.path in keep}
    assert len(months) == 6


def test_rotation_keeps_sound_backups_over_unsound_ones_and_the_newest_sound_one() -> None:
    """Unsound copies never push out a sound one; the newest sound copy is always kept."""
    start = datetime(2026, 11, 23, 8, 0)
    # Two a day for 40 days; the later one of each day is unsound (a rotting stick).
    backups = []
    for day in range(40):
        morning = start - timedelta(days=day, hours=2)
        backups.append(Backup(Path(f"sound{day}"), morning, sound=True))
        backups.append(Backup(Path(f"rotten{day}"), morning + timedelta(hours=1), sound=False))
    keep = backups_to_keep(backups)
    assert not any(p.name.startswith("rotten") for p in keep)
    assert Path("sound0") in keep
    # Only unsound ones in the last 30 days: the newest sound one (older) is still kept.
    only_old = [
        Backup(Path(f"rotten{d}"), start - timedelta(days=d), sound=False) for d in range(30)
    ]
    only_old.append(Backup(Path("old-sound"), start - timedelta(days=400), sound=True))
    assert Path("old-sound") in backups_to_keep(only_old)


def test_rotation_checks_backups_of_an_older_version_before_choosing(demo_db, tmp_path) -> None:
    """Backups without a note are checked first; a damaged one loses its slot to a sound one."""
    folder = tmp_path / "backups"
    for hours in (0, 1):
        made = make_backup(demo_db, folder, NOW + timedelta(hours=hours))
        made.path.with_name(made.path.name + ".json").unlink()  # as an older version left it
    newer = list_backups(folder)[0].path
    damage_inside(newer)
    removed = rotate(folder, NOW + timedelta(hours=2))
    assert removed == [newer]
    assert [b.sound for b in list_backups(folder)] == [True]


def test_the_newest_sound_backup_is_checked_now_not_only_on_paper(demo_db, tmp_path) -> None:
    """A backup that rotted after it was checked is passed over for an older sound one."""
    folder = tmp_path / "backups"
    older = make_backup(demo_db, folder, NOW)
    newer = make_backup(demo_db, folder, NOW + timedelta(days=1))
    damage_inside(newer.path)
    found = newest_sound_backup([folder], NOW + timedelta(days=2))
    assert found is not None and found.path == older.path


def test_restore_gives_back_the_data_and_keeps_the_current_aside(db_path, tmp_path) -> None:
    """Restoring puts the backup's data back; the database as it was is saved first."""
    folder = tmp_path / "backups"
    _db_with(db_path, "oud")
    backup = make_backup(db_path, folder, datetime(2026, 11, 1, 8, 0))
    _db_with(db_path, "nieuw")
    result = restore(db_path, backup.path, folder, NOW)
    assert _marker(db_path) == "oud"
    assert result.aside is not None and _marker(result.aside) == "nieuw"
    assert read_manifest(result.aside) is not None
    db = open_database(db_path)  # still a valid Trajectwijzer database
    db.close()


def test_restoring_a_foreign_file_changes_nothing(db_path, tmp_path) -> None:
    """A file that is not a backup is refused and the database stays as it was."""
    _db_with(db_path, "blijft")
    foreign = tmp_path / "foto.jpg"
    foreign.write_bytes(b"\xff\xd8\xff" + b"0" * 500)
    with pytest.raises(UserError, match="not a backup of Trajectwijzer"):
        restore(db_path, foreign, tmp_path / "backups", NOW)
    assert _marker(db_path) == "blijft"


def test_export_never_overwrites(db_path, tmp_path) -> None:
    """A backup to a chosen file refuses to overwrite an existing one."""
    _db_with(db_path, "x")
    target = tmp_path / "usb" / "kopie.sqlite"
    target.parent.mkdir()
    export_backup(db_path, target, NOW, [tmp_path / "backups"])
    with pytest.raises(UserError, match="already exists"):
        export_backup(db_path, target, NOW, [tmp_path / "backups"])


def test_damage_inside_is_found_by_the_quick_check_at_start(demo_db) -> None:
    """A file with a sound header but broken pages is refused as damaged and left untouched."""
    from models.storage.lifecycle import DatabaseRefused, FileState

    damaged = damage_inside(demo_db)
    with pytest.raises(DatabaseRefused, match="damaged") as info:
        open_database(demo_db)
    assert info.value.state is FileState.DAMAGED
    assert demo_db.read_bytes() == damaged


def test_a_damaged_backup_is_not_restored(db_path, demo_template, tmp_path) -> None:
    """Restoring from a damaged copy is refused; the database stays as it was."""
    _db_with(db_path, "blijft")
    other = tmp_path / "kopie.sqlite"
    shutil.copyfile(demo_template, other)
    damage_inside(other)
    with pytest.raises(UserError, match="damaged"):
        restore(db_path, other, tmp_path / "backups", NOW)
    assert _marker(db_path) == "blijft"


def test_automatic_backups_skip_an_absent_usb_stick(db_path, tmp_path) -> None:
    """The data folder gets its backup; a second folder that is not there is reported, not made."""
    from models.storage.backups import automatic_backups
    from models.storage.faults import Fault, StorageFault

    _db_with(db_path, "x")
    stick = tmp_path / "media" / "USB" / "Trajectwijzer-reservekopieën"
    outcomes = automatic_backups(db_path, [tmp_path / "backups", stick], NOW)
    assert outcomes[0].backup is not None
    problem = outcomes[1].problem
    assert outcomes[1].backup is None
    assert isinstance(problem, StorageFault) and problem.kind is Fault.FOLDER_MISSING
    assert not stick.parent.exists()
    stick.parent.mkdir(parents=True)
    assert automatic_backups(db_path, [tmp_path / "backups", stick], NOW)[1].backup is not None


def test_copies_kept_aside_are_kept_a_season_and_the_three_newest_for_ever(
    db_path, tmp_path
) -> None:
    """A copy of the database as it was before a restore is kept 90 days, and the three
    newest whatever their age; the older ones go with the rotation instead of filling the
    disk over the years. The rotated backups are untouched by this."""
    from models.storage.backups import keep_aside, managed_backups, rotate

    folder = tmp_path / "backups"
    _db_with(db_path, "data")
    days = [0, 200, 300, 400, 450, 500, 520]  # restores over the years
    start = datetime(2025, 1, 1, 9, 0)
    for day in days:
        keep_aside(db_path, folder, start + timedelta(days=day))
    rotated = make_backup(db_path, folder, start + timedelta(days=520))

    def left() -> list[int]:
        aside = [b for b in managed_backups(folder) if b.path != rotated.path]
        return sorted((b.taken_at - start).days for b in aside)

    removed = rotate(folder, start + timedelta(days=700))
    assert left() == [450, 500, 520]  # all older than 90 days: the three newest stay
    assert len(removed) == 4 and rotated.path.exists()
    for day in (680, 690, 695, 700):  # four restores in one season: all four stay
        keep_aside(db_path, folder, start + timedelta(days=day))
    rotate(folder, start + timedelta(days=701))
    assert left() == [680, 690, 695, 700] and rotated.path.exists()
