"""`trajectwijzer backup` then `restore` gives back the same data; bad input changes nothing."""

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.cli.command_line import main
from models.orm import Trajectory


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return list(conn.iterdump())


@pytest.fixture
def filled(db_path: Path) -> Path:
    assert main(["--database", str(db_path), "demo-data"]) == 0
    return db_path


def test_backup_then_restore_gives_back_the_same_data(filled, tmp_path, capsys) -> None:
    """After a backup, changes, and a restore, the database is exactly what was backed up."""
    before = _dump(filled)
    copy = tmp_path / "usb" / "kopie.sqlite"
    copy.parent.mkdir()
    assert main(["--database", str(filled), "backup", "-o", str(copy)]) == 0
    assert str(copy) in capsys.readouterr().out
    from models.storage.lifecycle import open_database

    db = open_database(filled)
    with db.session_factory.begin() as session:
        session.execute(update(Trajectory).values(name="Gewijzigd na de kopie"))
    db.close()
    assert _dump(filled) != before
    assert main(["--database", str(filled), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "teruggezet" in out and "zoals ze was" in out
    assert _dump(filled) == before


def test_backup_without_output_goes_to_the_backup_folder(filled, capsys) -> None:
    """Without -o the copy lands, rotated, in the data folder's backups."""
    assert main(["--database", str(filled), "backup"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path.parent.name == "backups" and path.exists()


def test_restore_of_a_foreign_file_changes_nothing(filled, tmp_path, capsys) -> None:
    """A photo given as backup: exit 1, a Dutch message, the database as it was."""
    before = _dump(filled)
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"1" * 4000)
    assert main(["--database", str(filled), "restore", str(photo)]) == 1
    assert "geen bruikbare reservekopie" in capsys.readouterr().err
    assert main(["--database", str(filled), "restore", str(tmp_path / "weg.sqlite")]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert _dump(filled) == before


def test_backup_of_a_missing_database_is_refused(tmp_path, capsys) -> None:
    """No database: exit 1 and a message, no empty backup made."""
    assert main(["--database", str(tmp_path / "nergens.sqlite"), "backup"]) == 1
    assert "geen database" in capsys.readouterr().err


def test_restore_refused_while_the_app_has_the_database(filled, tmp_path, capsys) -> None:
    """Replacing the file under a running app would lose its next writes: refused."""
    from desktop.storage.instance_lock import InstanceLock

    copy = tmp_path / "kopie.sqlite"
    assert main(["--database", str(filled), "backup", "-o", str(copy)]) == 0
    capsys.readouterr()
    with InstanceLock(filled):
        # the same process holds it; a QLockFile in this process refuses a second holder too
        assert main(["--database", str(filled), "restore", str(copy)]) == 1
    assert "al open" in capsys.readouterr().err


def _damage(path: Path) -> None:
    from tests.storage_media import damage_inside

    damage_inside(path)


def test_backup_of_a_damaged_database_exits_one_and_names_the_sound_backup(
    filled, tmp_path, capsys
) -> None:
    """`backup` and `backup -o` of a damaged file: exit 1, nothing written or rotated away,
    and the message names the newest sound backup and how to put it back."""
    from models.storage.backups import list_backups
    from models.storage.paths import backup_dir

    assert main(["--database", str(filled), "backup"]) == 0
    good = Path(capsys.readouterr().out.strip())
    _damage(filled)
    assert main(["--database", str(filled), "backup"]) == 1
    err = capsys.readouterr().err
    assert "beschadigd" in err and str(good) in err and "trajectwijzer restore" in err
    assert [b.path for b in list_backups(backup_dir())] == [good]
    target = tmp_path / "usb" / "kopie.sqlite"
    target.parent.mkdir()
    assert main(["--database", str(filled), "backup", "-o", str(target)]) == 1
    assert str(good) in capsys.readouterr().err
    assert not target.exists() and list(target.parent.iterdir()) == []


def test_backup_to_a_folder_that_is_not_there_creates_nothing(filled, tmp_path, capsys) -> None:
    """-o into a folder that is gone (a USB stick pulled out): exit 1, said so, nothing made."""
    target = tmp_path / "media" / "USB" / "kopie.sqlite"
    assert main(["--database", str(filled), "backup", "-o", str(target)]) == 1
    assert "USB-stick" in capsys.readouterr().err
    assert not (tmp_path / "media").exists()


def test_restore_erases_again_whom_the_database_erased_since(filled, tmp_path, capsys) -> None:
    """A backup from before an erasure is put back without the erased person."""
    from models.workspace import Workspace

    copy = tmp_path / "kopie.sqlite"
    assert main(["--database", str(filled), "backup", "-o", str(copy)]) == 0
    workspace = Workspace.open(filled)
    person = workspace.people.all_people()[0]
    workspace.privacy.erase_person(person.uid)
    workspace.close()
    capsys.readouterr()
    assert main(["--database", str(filled), "restore", str(copy)]) == 0
    assert "opnieuw uit gewist" in capsys.readouterr().out
    workspace = Workspace.open(filled)
    uids = {row.uid for row in workspace.people.all_people()}
    workspace.close()
    assert person.uid not in uids
    with sqlite3.connect(filled) as conn:
        assert conn.execute(
            "SELECT count(*) FROM people WHERE uid = ? AND erased_at IS NOT NULL",
            (person.uid.replace("-", ""),),
        ).fetchone() == (1,)
    conn.close()


@pytest.fixture(autouse=True)
def dutch_cli(monkeypatch):
    """The command line as it runs for real: no Qt application object, so its messages come
    from the Dutch catalogue (an earlier test in this process may have made one)."""
    import desktop.shell.messages

    monkeypatch.setattr(desktop.shell.messages.QCoreApplication, "instance", lambda: None)
