"""Starting the window: show it first, then open the database (the window appears at once)."""

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import settings
from desktop.i18n import install_translators
from desktop.main_window import MainWindow
from desktop.theme import apply_theme

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Trajectwijzer")
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationDisplayName("Trajectwijzer")
    install_translators(app, settings.LANGUAGE.get())
    apply_theme(app)
    return app


def open_store_for(database: str | None, demo: bool) -> object:
    """Opens the database (a fresh demo one with --demo); raises UserError when it cannot."""
    from models.paths import backup_dir, database_path
    from models.store import Store

    if demo:  # the command line has already chosen a fresh file for the demo
        store = Store.open(database_path(database), backup_dir())
        store.fill_demo_data()
        return store
    return Store.open(database_path(database), backup_dir())


def run_app(database: str | None, demo: bool = False) -> int:
    app = create_application()
    window = MainWindow()
    window.show()
    if os.environ.get("TRAJECTWIJZER_REPORT_SHOWN"):  # start-up benchmark probe
        QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
        return app.exec()

    def load() -> None:
        from models.errors import UserError

        try:
            window.set_store(open_store_for(database, demo))
        except UserError as error:
            QMessageBox.critical(
                window,
                QCoreApplication.translate("App", "Database cannot be opened"),
                error.message,
            )
            app.exit(1)

    QTimer.singleShot(0, load)
    code = app.exec()
    window.close_store()
    return code
