"""At start: a backup before opening, a damaged file offered a way out, a second app refused."""

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

import desktop.shell.app
from models.storage.backups import list_backups
from models.storage.paths import backup_dir


def _demo_file(path: Path) -> None:
    from models.workspace import Workspace

    workspace = Workspace.open(path)
    workspace.demo.fill_demo_data()
    workspace.close()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, min(len(data), 4096 * 12)):
        data[offset] = 0xAA
    path.write_bytes(bytes(data))


def test_start_makes_the_daily_backup_before_opening(keeper_for, db_path) -> None:
    """Opening a database of ours leaves today's backup in the backup folder."""
    _demo_file(db_path)
    keeper = keeper_for(db_path)
    keeper.load()
    assert keeper.workspace is not None
    assert len(list_backups(backup_dir())) == 1
    assert keeper.timer.isActive()


def test_the_second_folder_is_backed_up_off_the_gui_thread(
    keeper_for, db_path, tmp_path, monkeypatch, qtbot
) -> None:
    """A slow USB stick does not hold up the first window: its copy is made in the background."""
    import threading

    import models.storage.backups

    stick = tmp_path / "stick"
    stick.mkdir()
    second = stick / "Trajectwijzer-reservekopieen"
    monkeypatch.setattr(desktop.shell.app, "backup_folders", lambda: [backup_dir(), second])
    threads: dict[str, str] = {}
    real = models.storage.backups.automatic_backups

    def recording(database, folders, now=None):
        for folder in folders:
            threads.setdefault(folder.name, threading.current_thread().name)  # the first copy
        return real(database, folders, now)

    monkeypatch.setattr(models.storage.backups, "automatic_backups", recording)
    _demo_file(db_path)
    keeper = keeper_for(db_path)
    keeper.load()
    assert len(list_backups(backup_dir())) == 1  # made before opening
    assert keeper.backup_operation is not None
    with qtbot.waitSignal(keeper.backup_operation.ended, timeout=10_000):
        pass
    assert len(list_backups(second)) == 1
    assert threads[backup_dir().name] == threading.main_thread().name
    assert threads[second.name] != threading.main_thread().name


RESTORE_NEWEST = "De nieuwste gezonde reservekopie terugzetten"


def test_damaged_database_offers_the_newest_sound_backup(
    keeper_for, db_path, monkeypatch, qtbot
) -> None:
    """A damaged file is left alone and never copied as a backup; choosing "restore the newest
    sound backup" puts back the one made before the damage and opens it."""
    _demo_file(db_path)
    first = keeper_for(db_path)
    first.load()  # makes today's backup
    first.close()
    good = list_backups(backup_dir())
    _damage(db_path)
    damaged = db_path.read_bytes()
    offered: list[str] = []
    told: list[str] = []

    def choose_restore(box: QMessageBox) -> int:
        offered.extend(button.text() for button in box.buttons())
        told.append(box.informativeText())
        next(b for b in box.buttons() if b.text() == RESTORE_NEWEST).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_restore)
    keeper = keeper_for(db_path)
    keeper.load()
    assert {RESTORE_NEWEST, "Een ander bestand openen…", "Afsluiten"} <= set(offered)
    assert str(good[0].path) in told[0]
    qtbot.waitUntil(lambda: keeper.workspace is not None, timeout=20_000)
    assert keeper.workspace.trajectories.trajectories()
    assert list_backups(backup_dir()) == good  # the damaged file was never taken as a backup
    aside = [p for p in backup_dir().glob("*voor-terugzetten*.sqlite")]
    assert aside and aside[0].read_bytes() == damaged  # kept byte for byte


def test_foreign_file_is_refused_untouched_and_quit(keeper_for, tmp_path, monkeypatch) -> None:
    """A file that is not ours: no restore offered, Quit leaves the file as it was."""
    foreign = tmp_path / "notities.sqlite"
    foreign.write_bytes(b"Dit is een tekstbestand, geen database.\n" * 10)
    before = foreign.read_bytes()

    def choose_quit(box: QMessageBox) -> int:
        assert RESTORE_NEWEST not in [b.text() for b in box.buttons()]
        next(b for b in box.buttons() if b.text() == "Afsluiten").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_quit)
    keeper = keeper_for(foreign)
    keeper.load()
    assert keeper.workspace is None and keeper.exits == [1]
    assert foreign.read_bytes() == before


def test_second_instance_is_refused_with_a_message(keeper_for, db_path, monkeypatch) -> None:
    """The same database already open: a message, no second workspace."""
    from desktop.storage.instance_lock import InstanceLock

    _demo_file(db_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    with InstanceLock(db_path):
        keeper = keeper_for(db_path)
        keeper.load()
    assert keeper.workspace is None and "al open" in shown[0]


def test_restore_from_the_app_reopens_the_backup(keeper_for, db_path, qtbot) -> None:
    """Restore in Instellingen: the workspace is closed, the backup put back (off the GUI
    thread) and reopened."""
    _demo_file(db_path)
    keeper = keeper_for(db_path)
    keeper.load()
    backup = list_backups(backup_dir())[0].path
    from models.workspace import Workspace

    assert isinstance(keeper.workspace, Workspace)
    before = {row.uid for row in keeper.workspace.trajectories.trajectories()}
    keeper.workspace.demo.fill_demo_data()
    keeper.restore_from_app(str(backup))
    assert keeper.workspace is None  # closed while the file is replaced
    qtbot.waitUntil(lambda: keeper.workspace is not None, timeout=20_000)
    assert {row.uid for row in keeper.workspace.trajectories.trajectories()} == before
