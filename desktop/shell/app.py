"""Starting the window: show it first, then lock, back up, check and open the database."""

import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.shell import settings
from desktop.shell.i18n import install_translators
from desktop.shell.main_window import MainWindow
from desktop.shell.messages import user_message
from desktop.shell.theme import apply_theme

if TYPE_CHECKING:
    from models.workspace import Workspace

log = logging.getLogger(__name__)

DAILY_CHECK_MS = 60 * 60 * 1000  # hourly look whether the daily backup is due


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Trajectwijzer")
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationDisplayName("Trajectwijzer")
    app.setDesktopFileName("trajectwijzer")  # the taskbar finds the icon under this name
    from desktop.shell.help import app_icon

    app.setWindowIcon(app_icon())
    install_translators(app, settings.LANGUAGE.get())
    apply_theme(app)
    return app


def open_workspace_for(database: str | None, demo: bool) -> "Workspace":
    """Opens the database (a fresh demo one with --demo); raises UserError when it cannot."""
    from models.storage.paths import backup_dir, database_path
    from models.workspace import Workspace

    if demo:  # the command line has already chosen a fresh file for the demo
        workspace = Workspace.open(database_path(database), backup_dir())
        workspace.demo.fill_demo_data()
        return workspace
    return Workspace.open(database_path(database), backup_dir())


def backup_folders() -> list[Path]:
    """The data folder's backups, then the second folder chosen in Instellingen (if any)."""
    from desktop.storage.backup_page import SECOND_BACKUP_FOLDER
    from models.storage.backup_service import SECOND_FOLDER_NAME
    from models.storage.paths import backup_dir

    folders = [backup_dir()]
    second = SECOND_BACKUP_FOLDER.get().strip()
    if second:
        folders.append(Path(second).expanduser() / SECOND_FOLDER_NAME)
    return folders


class _BackgroundBackup(QObject):
    """The daily backup off the GUI thread (a USB stick can be slow); reports back by signal."""

    finished = Signal(object)

    def start(self, database: Path, folders: list[Path]) -> None:
        import threading

        from models.storage.backups import automatic_backups

        def work() -> None:
            try:
                self.finished.emit(automatic_backups(database, folders))
            except Exception:
                log.exception("daily backup failed")

        threading.Thread(target=work, name="daily-backup", daemon=True).start()


class DatabaseKeeper:
    """Owns the lock, the start and daily backups, opening, refusing and restoring."""

    def __init__(self, app: QApplication, window: MainWindow, database: str | None, demo: bool):
        self.app = app
        self.window = window
        self.database = database
        self.demo = demo
        self.lock: Any = None
        self.workspace: Workspace | None = None
        self.timer = QTimer(window)
        self.timer.setInterval(DAILY_CHECK_MS)
        self.timer.timeout.connect(self.daily_backup)
        self.background = _BackgroundBackup(window)
        self.background.finished.connect(self._report_backups)
        restore_signal = getattr(window.settings_page, "restore_requested", None)
        if restore_signal is not None:
            restore_signal.connect(self.restore_from_app)

    def path(self) -> Path:
        from models.storage.paths import database_path

        return database_path(self.database)

    def load(self) -> None:
        from desktop.storage.instance_lock import InstanceLock
        from models.core.errors import UserError
        from models.storage.backups import automatic_backups
        from models.storage.lifecycle import DatabaseRefused

        path = self.path()
        try:
            self.lock = InstanceLock(path)
            self.lock.acquire()
        except UserError as error:
            self._fail(user_message(error))
            return
        # Before anything opens (and maybe migrates) the file: today's backup in the data
        # folder, if not yet made. The second folder (a USB stick can be slow) follows off the
        # GUI thread once the window has its data.
        folders = [] if self.demo else backup_folders()
        outcomes = automatic_backups(path, folders[:1]) if folders else []
        try:
            self.workspace = open_workspace_for(self.database, self.demo)
        except DatabaseRefused as refused:
            self._offer_way_out(refused)
            return
        except UserError as error:
            self._fail(user_message(error))
            return
        self.window.set_workspace(self.workspace)
        self._report_backups(outcomes)
        if len(folders) > 1:
            self.daily_backup()
        self.timer.start()

    def _fail(self, message: str) -> None:
        QMessageBox.critical(
            self.window, QCoreApplication.translate("App", "Database cannot be opened"), message
        )
        self.app.exit(1)

    def _offer_way_out(self, refused: Any) -> None:
        """Damaged, foreign or newer: restore the latest backup, open another file, or quit."""
        from models.storage.backups import latest_backup
        from models.storage.lifecycle import FileState
        from models.storage.paths import backup_dir

        latest = latest_backup(backup_dir())
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("App", "Database cannot be opened"))
        box.setText(user_message(refused))
        restore = None
        if latest is not None and refused.state is FileState.DAMAGED:
            restore = box.addButton(
                QCoreApplication.translate("App", "Restore the latest backup"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        other = box.addButton(
            QCoreApplication.translate("App", "Open another file…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QCoreApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if restore is not None and clicked is restore and latest is not None:
            self._restore_and_reload(str(latest.path))
        elif clicked is other:
            chosen, _filter = QFileDialog.getOpenFileName(
                self.window,
                QCoreApplication.translate("App", "Open a database"),
                "",
                QCoreApplication.translate("App", "Database (*.sqlite);;All files (*)"),
            )
            if chosen:
                self._release_lock()
                self.database = chosen
                self.load()
                return
            self._release_lock()
            self.app.exit(1)
        else:
            self._release_lock()
            self.app.exit(1)

    def _restore_and_reload(self, source: str) -> None:
        from models.core.errors import UserError
        from models.storage.backups import restore
        from models.storage.paths import backup_dir

        try:
            restore(self.path(), Path(source), backup_dir())
        except UserError as error:
            self._fail(user_message(error))
            return
        self._release_lock()
        self.load()

    def restore_from_app(self, source: str) -> None:
        """Instellingen → Reservekopieën → Restore: close, keep aside, replace, reopen."""
        from models.core.errors import UserError
        from models.storage.backups import restore
        from models.storage.paths import backup_dir

        self.timer.stop()
        self.window.close_workspace()
        self.workspace = None
        try:
            aside = restore(self.path(), Path(source), backup_dir())
        except UserError as error:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("App", "Restore backup"),
                user_message(error),
            )
            aside = None
        try:
            self.workspace = open_workspace_for(self.database, demo=False)
        except UserError as error:
            self._fail(user_message(error))
            return
        self.window.set_workspace(self.workspace)
        self.timer.start()
        if aside is not None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "App", "Backup restored; the previous database is kept in %1"
                ).replace("%1", str(aside))
            )

    def daily_backup(self) -> None:
        if self.workspace is not None:
            self.background.start(Path(self.workspace.path), backup_folders())

    def _report_backups(self, outcomes: Any) -> None:
        problems = [outcome.problem for outcome in outcomes if outcome.problem]
        if problems:
            self.window.statusBar().showMessage(" ".join(problems))
        elif any(outcome.backup is not None for outcome in outcomes):
            self.window.statusBar().showMessage(
                QCoreApplication.translate("App", "Backup made."), 10_000
            )

    def _release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def close(self) -> None:
        self.timer.stop()
        self.window.close_workspace()
        self._release_lock()


def install_crash_handling() -> Any:
    """Rotating log in the user's log folder and the crash dialog for unhandled exceptions."""
    from desktop.shell.crash import CrashHandler, install_log, show_crash_dialog
    from models.storage.paths import log_dir

    folder = log_dir()
    with contextlib.suppress(OSError):  # no log folder (read-only home): the dialog still shows
        install_log(folder)
    return CrashHandler(lambda report: show_crash_dialog(report, folder)).install()


def run_app(database: str | None, demo: bool = False) -> int:
    app = create_application()
    window = MainWindow()
    window.show()
    if os.environ.get("TRAJECTWIJZER_REPORT_SHOWN"):  # start-up benchmark probe
        QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
        return app.exec()
    crash = install_crash_handling()
    keeper = DatabaseKeeper(app, window, database, demo)
    QTimer.singleShot(0, keeper.load)
    code = app.exec()
    keeper.close()
    crash.uninstall()
    return code
