"""The questions at start: a database that is not there yet, and a way out of one refused."""

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.shell.formats import datetime_text
from models.storage.backups import Backup


class Choice(Enum):
    CREATE = "create"
    RESTORE = "restore"
    OTHER = "other"
    QUIT = "quit"


def ask_create(parent: QWidget, path: Path) -> Choice:
    """There is no database at the path given: make one there, open another file, or quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("App", "No database here"))
    text = QCoreApplication.translate(
        "App", "There is no database at %1. Make a new, empty database there?"
    ).replace("%1", str(path))
    if not path.parent.is_dir():
        text += "\n\n" + QCoreApplication.translate(
            "App", "The folder %1 does not exist either; it will be made."
        ).replace("%1", str(path.parent))
    box.setText(text)
    create = box.addButton(
        QCoreApplication.translate("App", "Make a new database"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    other = box.addButton(
        QCoreApplication.translate("App", "Open another file…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(other)
    box.exec()
    clicked = box.clickedButton()
    if clicked is create:
        return Choice.CREATE
    return Choice.OTHER if clicked is other else Choice.QUIT


def ask_way_out(parent: QWidget, message: str, newest_sound: Backup | None) -> Choice:
    """Damaged, foreign or newer: restore the newest sound backup, open another file, or quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("App", "Database cannot be opened"))
    box.setText(message)
    restore = None
    if newest_sound is not None:
        box.setInformativeText(
            QCoreApplication.translate("App", "The newest sound backup was made on %1:\n%2")
            .replace("%1", datetime_text(newest_sound.taken_at))
            .replace("%2", str(newest_sound.path))
        )
        restore = box.addButton(
            QCoreApplication.translate("App", "Restore the newest sound backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    other = box.addButton(
        QCoreApplication.translate("App", "Open another file…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return Choice.RESTORE
    return Choice.OTHER if clicked is other else Choice.QUIT


def ask_this_computer(parent: QWidget, message: str) -> bool:
    """The team's server cannot be used now: work in this computer's own database, or quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("App", "Server cannot be used"))
    box.setText(message)
    box.setInformativeText(
        QCoreApplication.translate(
            "App",
            "You can work in this computer's own database now; the server stays chosen in "
            "Settings for the next start.",
        )
    )
    local = box.addButton(
        QCoreApplication.translate("App", "Use this computer's database"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QCoreApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is local


def choose_database(parent: QWidget) -> str:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("App", "Open a database"),
        "",
        QCoreApplication.translate("App", "Database (*.sqlite);;All files (*)"),
    )
    return chosen
