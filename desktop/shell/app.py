"""Starting the window: show it first, then lock, back up, check and open the database."""

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.shell import settings
from desktop.shell.crash_handling import install_crash_handling
from desktop.shell.i18n import install_translators
from desktop.shell.main_window import MainWindow
from desktop.shell.messages import user_message
from desktop.shell.operations import Operation, run_operation
from desktop.shell.theme import apply_theme
from models.core.errors import UserError

if TYPE_CHECKING:
    from models.core.clock import Clock
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


def open_workspace_for(
    database: str | None, demo: bool, *, create: bool = False, server_setting: bool = True
) -> "Workspace":
    """Opens the database (a fresh demo one with --demo); raises UserError when it cannot.

    `create`: make a new database where there is none (the coach was asked, or it is the
    usual place at the very first start). `server_setting`: without --database, the team's
    server chosen in Instellingen (False: this computer's own database this time).
    """
    from models.storage.paths import backup_dir, database_location, database_path
    from models.workspace import Workspace

    chosen = settings.SERVER_URL.get() if server_setting else ""
    location = database_location(database or chosen or None)
    if isinstance(location, str):
        from desktop.team.password_dialog import ask_server_password

        return Workspace.open(location, create=True, password=ask_server_password(location))

    if demo:  # the command line has already chosen a fresh file for the demo
        workspace = Workspace.open(database_path(database), backup_dir())
        workspace.demo.fill_demo_data()
        return workspace
    return Workspace.open(database_path(database), backup_dir(), create=create)


def backup_folders() -> list[Path]:
    """The data folder's backups, then the second folder chosen in Instellingen (if any)."""
    from models.storage.backup_service import backup_folders as folders_for

    return folders_for(settings.SECOND_BACKUP_FOLDER.get())


class DatabaseKeeper:
    """Owns the lock, the start and daily backups, opening, refusing and restoring."""

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        database: str | None,
        demo: bool,
        clock: "Clock | None" = None,
    ):
        from models.core.clock import SystemClock

        self.app = app
        self.window = window
        self.database = database
        self.demo = demo
        self.clock: Clock = clock or SystemClock()
        self.lock: Any = None
        self.workspace: Workspace | None = None
        # The server of Instellingen did not answer and the coach chose this computer's own
        # database for this session (the server stays chosen for the next start).
        self.this_computer = False
        self.timer = QTimer(window)
        self.timer.setInterval(DAILY_CHECK_MS)
        self.timer.timeout.connect(self.daily_backup)
        self.backup_operation: Operation[Any] | None = None
        self.demo_operation: Operation[Any] | None = None
        window.settings_page.restore_requested.connect(self.restore_from_app)

    def path(self) -> Path:
        from models.storage.paths import database_path

        return database_path(self.database)

    def _usual_place(self) -> bool:
        from models.storage.paths import DB_FILE_NAME, data_dir

        return self.path() == data_dir() / DB_FILE_NAME

    def _server(self) -> str | None:
        from models.storage.paths import database_location

        chosen = "" if self.this_computer else settings.SERVER_URL.get()
        location = database_location(self.database or chosen or None)
        return location if isinstance(location, str) else None

    def _from_settings(self) -> bool:
        """The server is the one chosen in Instellingen (not --database or TRAJECTWIJZER_DB)."""
        from models.storage.paths import DB_ENV

        return not self.database and not os.environ.get(DB_ENV)

    def _load_server(self) -> None:
        """A team's server: many coaches at once (no lock file), the server's own backups.
        When the server of Instellingen cannot be used (no network in the hall), the coach
        may work in this computer's own database instead of being shut out of the app."""
        from desktop.storage.open_dialogs import ask_this_computer
        from models.core.errors import UserError

        try:
            workspace = open_workspace_for(self.database, demo=False)
        except UserError as error:
            if not self._from_settings():
                self._fail(user_message(error))
            elif ask_this_computer(self.window, user_message(error)):
                self.this_computer = True
                self.load()
            else:  # the coach read the message in that question: quit
                self.app.exit(1)
            return
        self._opened(workspace)

    def load(self, *, create: bool = False) -> None:
        from desktop.storage.instance_lock import InstanceLock
        from desktop.storage.open_dialogs import Choice, ask_create
        from models.core.errors import UserError
        from models.storage.backups import automatic_backups
        from models.storage.lifecycle import DatabaseRefused

        if not self.demo and self._server() is not None:
            self._load_server()
            return
        path = self.path()
        if not self.demo and not create and not path.exists():
            # The very first start makes the usual database; a path given by hand (a typing
            # error, a USB stick not plugged in) is asked about first.
            choice = Choice.CREATE if self._usual_place() else ask_create(self.window, path)
            if choice is not Choice.CREATE:
                self._other_or_quit(choice)
                return
            create = True
        try:
            if create:  # the coach said yes (or it is the usual place): its folder too
                path.parent.mkdir(parents=True, exist_ok=True)
            self.lock = InstanceLock(path)
            self.lock.acquire()
        except OSError as error:
            self._fail(user_message(_fault(error, path)))
            return
        except UserError as error:
            self._fail(user_message(error))
            return
        # Before anything opens (and maybe migrates) the file: today's backup in the data
        # folder, if not yet made (never of a damaged file). The second folder (a USB stick
        # can be slow) follows off the GUI thread once the window has its data.
        folders = [] if self.demo else backup_folders()
        outcomes = []
        if folders and path.exists():
            outcomes = automatic_backups(path, folders[:1], self.clock.now())
        if self.demo:  # filling the demo takes seconds: the window paints meanwhile
            self.demo_operation = run_operation(
                self.window,
                lambda _progress: open_workspace_for(self.database, True),
                self._demo_ready,
                title=QCoreApplication.translate("App", "Filling the demo…"),
                on_error=self._demo_failed,
            )
            return
        try:
            workspace = open_workspace_for(
                self.database, self.demo, create=create, server_setting=not self.this_computer
            )
        except DatabaseRefused as refused:
            self._offer_way_out(refused)
            return
        except UserError as error:
            self._fail(user_message(error))
            return
        self._opened(workspace)
        QTimer.singleShot(0, self.window.offer_to_resume_live)
        self._report_backups(outcomes)
        if len(folders) > 1:
            self.daily_backup()
        self.timer.start()

    def _opened(self, workspace: Any) -> None:
        self.workspace = workspace
        self.window.set_workspace(workspace)

    def _demo_ready(self, workspace: "Workspace") -> None:
        self._opened(workspace)
        QTimer.singleShot(0, self.window.offer_to_resume_live)
        self.timer.start()

    def _demo_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self._fail(user_message(error))
        else:
            sys.excepthook(type(error), error, error.__traceback__)
            self._fail(QCoreApplication.translate("App", "The demo could not be filled."))

    def _fail(self, message: str) -> None:
        self._release_lock()
        QMessageBox.critical(
            self.window, QCoreApplication.translate("App", "Database cannot be opened"), message
        )
        self.app.exit(1)

    def _other_or_quit(self, choice: Any) -> None:
        from desktop.storage.open_dialogs import Choice, choose_database

        self._release_lock()
        chosen = choose_database(self.window) if choice is Choice.OTHER else ""
        if chosen:
            self.database = chosen
            self.load()
        else:
            self.app.exit(1)

    def _offer_way_out(self, refused: Any) -> None:
        """Damaged, foreign or newer: restore the newest sound backup, open another file, or
        quit. Only a damaged file is offered a backup, and only one that passes the check."""
        from desktop.storage.open_dialogs import Choice, ask_way_out
        from models.storage.backups import newest_sound_backup
        from models.storage.file_check import FileState

        newest = None
        if refused.state is FileState.DAMAGED:
            newest = newest_sound_backup(backup_folders(), self.clock.now())
        choice = ask_way_out(self.window, user_message(refused), newest)
        if choice is Choice.RESTORE and newest is not None:
            self._restore_and_reload(str(newest.path))
        else:
            self._other_or_quit(choice)

    def _restore(self, source: str) -> Any:
        from models.storage.restore import restore

        folders = backup_folders()
        return restore(self.path(), Path(source), folders[0], self.clock.now(), folders)

    def _restore_and_reload(self, source: str) -> None:
        """At start: put the backup back (off the GUI thread), then open it."""
        from desktop.shell.operations import run_operation

        def restored(result: Any) -> None:
            self._release_lock()
            self.load()
            self._tell_restored(result)

        def failed(error: BaseException) -> None:
            from models.core.errors import UserError

            if not isinstance(error, UserError):
                raise error
            self._fail(user_message(error))

        run_operation(
            self.window,
            lambda _progress: self._restore(source),
            restored,
            title=QCoreApplication.translate("App", "Restore backup"),
            on_error=failed,
        )

    def restore_from_app(self, source: str) -> None:
        """Instellingen → Reservekopieën → Restore: close, keep aside, replace, reopen."""
        from desktop.shell.operations import run_operation

        self.timer.stop()
        self.window.close_workspace()
        self.workspace = None

        def reopen(result: Any) -> None:
            from models.core.errors import UserError

            if isinstance(result, UserError):
                QMessageBox.warning(
                    self.window,
                    QCoreApplication.translate("App", "Restore backup"),
                    user_message(result),
                )
            try:
                workspace = open_workspace_for(
                    self.database, demo=False, server_setting=not self.this_computer
                )
            except UserError as error:
                self._fail(user_message(error))
                return
            self._opened(workspace)
            self.timer.start()
            if not isinstance(result, UserError):
                self._tell_restored(result)

        def work(_progress: Any) -> Any:
            from models.core.errors import UserError

            try:
                return self._restore(source)
            except UserError as error:  # told after the database is open again
                return error

        run_operation(
            self.window,
            work,
            reopen,
            title=QCoreApplication.translate("App", "Restore backup"),
        )

    def _tell_restored(self, result: Any) -> None:
        parts = []
        if result.aside is not None:
            parts.append(
                QCoreApplication.translate(
                    "App", "Backup restored; the previous database is kept in %1"
                ).replace("%1", str(result.aside))
            )
        if result.erased_again:
            parts.append(
                QCoreApplication.translate(
                    "App",
                    "%n person(s) erased after this backup was made were erased from it again.",
                    "",
                    result.erased_again,
                )
            )
        if parts:
            self.window.statusBar().showMessage(" ".join(parts))

    def daily_backup(self) -> None:
        """The daily backup off the GUI thread (a USB stick can be slow); the status bar tells."""
        from models.storage import backups

        if self.workspace is None or self.workspace.path is None:
            return  # a server database is backed up by the server itself
        database, folders, now = self.workspace.path, backup_folders(), self.clock.now()
        self.backup_operation = run_operation(
            self.window,
            lambda _: backups.automatic_backups(database, folders, now),
            self._report_backups,
            title=QCoreApplication.translate("App", "Backup"),
            on_error=self._backup_failed,
            quiet=True,  # nobody waits for it: the window stays as it is
        )

    def _backup_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.window.statusBar().showMessage(user_message(error))
            return
        log.error("daily backup failed", exc_info=error)  # the traceback only
        self.window.statusBar().showMessage(
            QCoreApplication.translate("App", "The backup failed; the log file says why.")
        )

    def _report_backups(self, outcomes: Any) -> None:
        problems = [user_message(o.problem) for o in outcomes if o.problem is not None]
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


def _fault(error: OSError, path: Path) -> Any:
    from models.storage.faults import Fault, StorageFault, fault_of

    return fault_of(error, path) or StorageFault(Fault.IO_ERROR, path)


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
