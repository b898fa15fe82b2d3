"""Erasing a person: no byte of their name, e-mail or phone stays in the database file or, once
the offered clean-up ran, in any backup the app manages; what it cannot reach is listed."""

import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from models.storage.backup_manifest import read_manifest
from models.storage.backup_service import SECOND_FOLDER_NAME
from models.storage.backups import keep_aside, make_backup
from models.storage.paths import backup_dir
from models.workspace import Workspace
from tests.demo import DEMO_DAY

FIRST, LAST = "Fien", "Lievrouw"
EMAIL, PHONE = "fien.lievrouw@telenet.be", "0471 23 45 67"
CSV = (
    "Voornaam;Achternaam;E-mail;GSM;Toestemming\n"
    f"{FIRST};{LAST};{EMAIL};{PHONE};ja\n"
    "Jozef;Vermeulen;jozef.vermeulen@skynet.be;0472 11 22 33;ja\n"
)
NOW = datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def secure_delete_off_by_default() -> Iterator[None]:
    """As on a SQLite build whose default is off: every new connection starts with it off,
    before the app's own settings run (Debian's build has it on, which would hide a missing
    pragma)."""

    def switch_off(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA secure_delete = OFF")

    event.listen(Engine, "connect", switch_off, insert=True)
    yield
    event.remove(Engine, "connect", switch_off)


SECRETS = (FIRST, LAST, EMAIL, PHONE, PHONE.replace(" ", ""))


def _traces(path: Path, *more: str) -> list[str]:
    """Which of the person's details stand anywhere in the file's bytes (any case)."""
    data = path.read_bytes().lower()
    found = []
    for secret in (*SECRETS, *more):
        if secret.lower().encode() in data or secret.lower().encode("utf-16-le") in data:
            found.append(secret)
    return found


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _import_mieke(workspace: Workspace, folder: Path) -> str:
    source = folder / f"inschrijving {FIRST} {LAST}.csv"
    source.write_text(CSV, encoding="utf-8")
    draft = workspace.people.read_people_file(source)
    preview = workspace.people.preview_people_import(draft, today=DEMO_DAY)
    workspace.people.commit_people_import(preview, None, today=DEMO_DAY)
    source.unlink()
    return next(p.uid for p in workspace.people.all_people() if p.email == EMAIL)


def test_erasure_leaves_no_byte_of_the_person_in_the_database_or_the_backups(
    secure_delete_off_by_default, db_path, tmp_path
) -> None:
    """Database file and log, the data folder's backups, the USB stick's, and the copy kept
    before a restore: after the erasure and the offered clean-up none holds the person."""
    workspace = Workspace.open(db_path, backup_dir())
    workspace.demo.fill_demo_data(DEMO_DAY)
    uid = _import_mieke(workspace, tmp_path)
    phone = workspace.people.person_detail(uid).phone  # as the import stored it
    assert phone
    stick = tmp_path / "usb"
    stick.mkdir()
    second = stick / SECOND_FOLDER_NAME
    make_backup(db_path, backup_dir(), NOW)
    make_backup(db_path, backup_dir(), NOW + timedelta(days=1))
    make_backup(db_path, second, NOW)
    keep_aside(db_path, backup_dir(), NOW + timedelta(days=2))
    wal = Path(f"{db_path}-wal")
    assert _traces(db_path, phone) or (wal.exists() and _traces(wal, phone))
    assert all(_traces(p) for p in _files(second) if p.suffix == ".sqlite")

    result = workspace.privacy.erase_person(uid)
    assert "the file name of an import" in result.metadata_wiped
    for path in (db_path, wal):
        if path.exists():
            assert _traces(path, phone) == [], path
    batches = workspace.people.import_batches()
    assert batches[0].source_name == "inschrijving [gewist].csv"

    reach = workspace.backups.erased_in_backups(str(stick))
    assert len(reach.holding) == 4 and reach.unreached == ()
    scrubbed = workspace.backups.remove_erased_from_backups(str(stick))
    assert len(scrubbed.cleaned) == 4 and scrubbed.unreached == ()
    for path in (*_files(backup_dir()), *_files(second)):
        assert _traces(path, phone) == [], path
    for path in scrubbed.cleaned:
        manifest = read_manifest(path)
        assert manifest is not None and manifest.sound is True
    assert workspace.backups.erased_in_backups(str(stick)).holding == ()
    workspace.close()


def test_a_stick_not_plugged_in_is_listed_not_passed_over(db_path, tmp_path) -> None:
    """The USB stick's backups cannot be cleaned while it is out: the clean-up says so."""
    workspace = Workspace.open(db_path, backup_dir())
    workspace.demo.fill_demo_data(DEMO_DAY)
    make_backup(db_path, backup_dir(), NOW)
    person = workspace.people.all_people()[0]
    workspace.privacy.erase_person(person.uid)
    gone = tmp_path / "stick-not-here"
    reach = workspace.backups.erased_in_backups(str(gone))
    assert len(reach.holding) == 1
    assert [u.path for u in reach.unreached] == [str(gone / SECOND_FOLDER_NAME)]
    result = workspace.backups.remove_erased_from_backups(str(gone))
    assert len(result.cleaned) == 1 and len(result.unreached) == 1
    workspace.close()


@pytest.mark.sqlite_only
def test_every_connection_overwrites_what_it_deletes(secure_delete_off_by_default, database):
    """secure_delete is on for each connection the app opens, whatever the build's default."""
    with database.engine.connect() as first, database.engine.connect() as second:
        for connection in (first, second):
            assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def test_a_reader_holding_the_log_back_is_told_not_hidden(db_path, monkeypatch) -> None:
    """Another connection mid-read keeps old pages in the log: the result says so."""
    import models.storage.database as database_module

    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 20)
    workspace = Workspace.open(db_path)
    workspace.demo.fill_demo_data(DEMO_DAY)
    people = workspace.people.all_people()
    reader = sqlite3.connect(db_path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM people").fetchone()
        assert workspace.privacy.erase_person(people[0].uid).log_emptied is False
    finally:
        reader.close()
    assert workspace.privacy.erase_person(people[1].uid).log_emptied is True
    workspace.close()


def test_a_merged_record_stays_erased_when_an_older_backup_comes_back(db_path) -> None:
    """Two records of one person merged, then erased: a backup from before the merge (both
    records in it) is restored without either of them."""
    from models.storage.restore import restore

    workspace = Workspace.open(db_path, backup_dir())
    workspace.demo.fill_demo_data(DEMO_DAY)
    kept, other = workspace.people.all_people()[:2]
    before = make_backup(db_path, backup_dir(), NOW)
    workspace.people.merge_people(kept.uid, other.uid, frozenset())
    workspace.privacy.erase_person(kept.uid)
    workspace.close()
    result = restore(db_path, before.path, backup_dir(), NOW + timedelta(days=1))
    assert result.erased_again == 2
    workspace = Workspace.open(db_path, backup_dir())
    left = {p.uid for p in workspace.people.all_people()}
    workspace.close()
    assert kept.uid not in left and other.uid not in left
