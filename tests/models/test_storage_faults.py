"""Storage faults told as they are, each with its own message; a sound file on a medium that
cannot be written opens read-only; nothing is left beside a file that could not be opened.

Real faults where the machine allows (root on Linux: a tmpfs is a full disk, a read-only bind
mount a locked USB stick, chattr +i a file nobody may write); a simulated twin of each runs
everywhere.
"""

import errno
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from desktop.shell.messages import user_message
from models.core.errors import UserError
from models.storage.backups import make_backup
from models.storage.faults import Fault, StorageFault, fault_of, of_os_error
from models.storage.file_check import FileState, check_file, quick_check
from models.storage.lifecycle import open_database
from models.workspace import Workspace
from tests.storage_media import fill, immutable, read_only_view, side_files, small_disk


def _database(path: Path) -> Path:
    """A sound, closed database with a marker row."""
    workspace = Workspace.open(path)
    with workspace.database.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE marker (v TEXT)")
        conn.exec_driver_sql("INSERT INTO marker VALUES ('de gegevens van de coach')")
    workspace.close()
    return path


def _write_marker(database: object) -> None:
    with database.engine.begin() as conn:  # type: ignore[attr-defined]
        conn.exec_driver_sql("INSERT INTO marker VALUES ('meer')")


def _marker(database: object) -> list[str]:
    with database.engine.connect() as conn:  # type: ignore[attr-defined]
        return [row[0] for row in conn.exec_driver_sql("SELECT v FROM marker")]


@pytest.mark.parametrize("kind", list(Fault))
def test_each_fault_has_its_own_dutch_message_with_what_to_do(kind: Fault, monkeypatch) -> None:
    """Each fault has a Dutch message of its own, naming the place."""
    import desktop.shell.messages

    # As on the command line: the Dutch catalogue, whatever Qt application a test left.
    monkeypatch.setattr(desktop.shell.messages.QCoreApplication, "instance", lambda: None)
    path = Path("/media/coach/USB/trajectwijzer.sqlite")
    text = user_message(StorageFault(kind, path))
    others = {user_message(StorageFault(k, path)) for k in Fault if k is not kind}
    assert text not in others
    assert str(path) in text or str(path.parent) in text
    assert "onverwacht" not in text and "beschadigd" not in text
    assert any(word in text for word in ("opnieuw", "Kijk", "Kies", "kopieer", "Kopieer"))


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (errno.ENOSPC, Fault.DISK_FULL),
        (errno.EDQUOT, Fault.DISK_FULL),
        (errno.EROFS, Fault.READ_ONLY),
        (errno.EACCES, Fault.NO_PERMISSION),
        (errno.EPERM, Fault.NO_PERMISSION),
        (errno.EBUSY, Fault.LOCKED),
        (errno.EIO, Fault.IO_ERROR),
        (errno.ENODEV, Fault.IO_ERROR),
    ],
)
def test_operating_system_errors_are_named_by_their_code(code: int, kind: Fault, tmp_path) -> None:
    """The error code of the operating system decides the message, not a guess."""
    assert of_os_error(OSError(code, "x"), tmp_path / "f") is kind


def test_a_file_locked_by_another_windows_program_is_named(tmp_path) -> None:
    """Windows' sharing violation (a backup program holding the file) reads "in use"."""
    error = PermissionError(errno.EACCES, "in use")
    error.winerror = 32  # type: ignore[attr-defined]
    assert of_os_error(error, tmp_path / "f") is Fault.LOCKED


def test_a_missing_folder_and_a_missing_file_are_told_apart(tmp_path) -> None:
    """A folder that is gone (a stick pulled out) is not "no such file"."""
    gone = OSError(errno.ENOENT, "x")
    assert of_os_error(gone, tmp_path / "usb" / "f.sqlite") is Fault.FOLDER_MISSING
    assert of_os_error(gone, tmp_path / "f.sqlite") is Fault.NOT_FOUND


@pytest.mark.parametrize(
    ("code", "kind"), [(13, Fault.DISK_FULL), (5, Fault.LOCKED), (3, Fault.NO_PERMISSION)]
)
def test_sqlite_errors_are_named_by_their_code(code: int, kind: Fault, tmp_path) -> None:
    """SQLite's own result codes (full, busy, no permission) name the fault."""
    error = sqlite3.OperationalError("x")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    fault = fault_of(error, tmp_path / "db.sqlite")
    assert fault is not None and fault.kind is kind


def test_damage_is_never_called_a_fault_of_the_disk(tmp_path) -> None:
    """SQLite saying the file is malformed is damage: no storage fault is made of it."""
    error = sqlite3.DatabaseError("database disk image is malformed")
    error.sqlite_errorcode = 11  # type: ignore[attr-defined]
    assert fault_of(error, tmp_path / "db.sqlite") is None


def test_reading_a_path_where_no_database_is_creates_nothing(tmp_path) -> None:
    """A typing error in the path: refused with "no database here"; no file, no folder."""
    with pytest.raises(StorageFault) as missing:
        open_database(tmp_path / "trajectwijzr.sqlite", create=False)
    assert missing.value.kind is Fault.NO_DATABASE
    with pytest.raises(StorageFault) as gone:
        open_database(tmp_path / "USB" / "trajectwijzer.sqlite", create=False)
    assert gone.value.kind is Fault.FOLDER_MISSING
    assert list(tmp_path.iterdir()) == []


def test_a_refused_file_gets_no_side_files(db_path) -> None:
    """A newer database is refused; no -wal or -shm is left beside it."""
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert side_files(db_path) == []
    with pytest.raises(UserError, match="newer version"):
        open_database(db_path)
    assert side_files(db_path) == []


def test_a_sound_database_that_cannot_be_written_opens_read_only(db_path, monkeypatch) -> None:
    """Simulated read-only medium: it opens, reads, refuses edits with a clear message."""
    import models.storage.lifecycle as lifecycle

    _database(db_path)
    monkeypatch.setattr(lifecycle, "probe", lambda path: Fault.READ_ONLY)
    database = open_database(db_path)
    try:
        assert database.read_only is Fault.READ_ONLY
        assert _marker(database) == ["de gegevens van de coach"]
        with pytest.raises(UserError, match="open for reading only"):
            _write_marker(database)
    finally:
        database.close()
    assert side_files(db_path) == []


def test_a_read_only_medium_opens_read_only_for_real(tmp_path) -> None:
    """A read-only bind mount (a locked USB stick): never called damaged; opens read-only."""
    source = tmp_path / "stick"
    source.mkdir()
    _database(source / "trajectwijzer.sqlite")
    with read_only_view(source, tmp_path / "mounted") as mounted:
        path = mounted / "trajectwijzer.sqlite"
        assert check_file(path).state is FileState.OURS
        assert quick_check(path)
        database = open_database(path)
        try:
            assert database.read_only is Fault.READ_ONLY
            assert _marker(database) == ["de gegevens van de coach"]
            with pytest.raises(UserError, match="open for reading only"):
                _write_marker(database)
        finally:
            database.close()
    assert side_files(source / "trajectwijzer.sqlite") == []


def test_a_file_nobody_may_write_opens_read_only_for_real(db_path) -> None:
    """chattr +i (even root may not write it): opens read-only, reason "no permission"."""
    _database(db_path)
    with immutable(db_path):
        database = open_database(db_path)
        try:
            assert database.read_only is Fault.NO_PERMISSION
            assert _marker(database) == ["de gegevens van de coach"]
        finally:
            database.close()
    assert side_files(db_path) == []


def test_a_full_disk_is_called_full_and_leaves_no_broken_side_file(tmp_path) -> None:
    """On a real full disk a sound database opens read-only (not "damaged"), and no -shm cut
    short is left behind to break it for later readers."""
    with small_disk(tmp_path / "disk", 4096) as disk:
        path = _database(disk / "trajectwijzer.sqlite")
        fill(disk)
        assert check_file(path).state is FileState.OURS
        database = open_database(path)
        try:
            assert database.read_only is Fault.DISK_FULL
            assert _marker(database) == ["de gegevens van de coach"]
        finally:
            database.close()
        assert side_files(path) == []
        (disk / "filler.bin").unlink()
        database = open_database(path)  # room again: it opens for writing as before
        try:
            assert database.read_only is None
            _write_marker(database)
        finally:
            database.close()


def test_a_backup_to_a_full_stick_says_full_and_leaves_nothing(db_path, tmp_path) -> None:
    """A real full USB stick: "the disk is full", no half-written copy, the source untouched."""
    _database(db_path)
    before = db_path.read_bytes()
    with small_disk(tmp_path / "stick", 256) as stick:
        fill(stick)
        with pytest.raises(StorageFault) as full:
            make_backup(db_path, stick / "backups", datetime(2026, 11, 23))
        assert full.value.kind is Fault.DISK_FULL
        leftovers = [p.name for p in stick.rglob("*") if p.is_file() and p.name != "filler.bin"]
        assert leftovers == []
    assert db_path.read_bytes() == before


def test_a_write_while_another_program_holds_the_file_says_in_use(db_path, monkeypatch) -> None:
    """Another program holding a write lock: the edit fails with "in use", nothing changes."""
    import models.storage.database as database_module

    _database(db_path)
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 50)
    database = open_database(db_path)
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StorageFault) as locked:
            _write_marker(database)
        assert locked.value.kind is Fault.LOCKED
        other.execute("ROLLBACK")
        assert _marker(database) == ["de gegevens van de coach"]
    finally:
        other.close()
        database.close()


def test_a_file_held_by_another_program_is_in_use_not_damaged(db_path, monkeypatch) -> None:
    """Another program holding the file exclusively: "in use", never "damaged", and never read
    behind its back."""
    import models.storage.database as database_module

    _database(db_path)
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 50)
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StorageFault) as held:
            open_database(db_path)
        assert held.value.kind is Fault.LOCKED
    finally:
        other.close()
    open_database(db_path).close()
