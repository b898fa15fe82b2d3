"""Erasing a person, from wherever the coach chose them (the People page or Privacy).

The coach is asked first (it cannot be undone); the erasure and the look into the backups run
off the GUI thread; remembered settings that name the person are cleared; then a window says
which backups still hold the person and offers to clean them.
"""

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.people.erasure_dialog import ErasureDialog
from desktop.shell import settings
from desktop.shell.messages import user_message
from desktop.shell.operations import run_operation
from models.core.errors import UserError

if TYPE_CHECKING:
    from models.people.privacy import ErasureResult
    from models.storage.backup_scrub import BackupReach
    from models.workspace import Workspace


def erase_person(
    parent: QWidget,
    workspace: "Workspace",
    uid: str,
    texts: tuple[str, str],
    on_erased: Callable[[ErasureDialog], None],
) -> None:
    """`texts`: the person's name and e-mail (the name is shown; both are looked for in the
    remembered settings). `on_erased(dialog)` runs after the erasure, with the backups'
    window already open."""
    name = texts[0]
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("PersonErasure", "Erase person"),
        QCoreApplication.translate(
            "PersonErasure",
            "Erase %1 for good? Their personal data is wiped from the database; attendance "
            "stays as anonymous counts. Backups made before still hold them: the next "
            "window lists those and offers to clean them. This cannot be undone.",
        ).replace("%1", name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    second = settings.SECOND_BACKUP_FOLDER.get()

    def work(_progress: object) -> tuple["ErasureResult", "BackupReach"]:
        result = workspace.privacy.erase_person(uid)
        return result, workspace.backups.erased_in_backups(second)

    def done(outcome: tuple["ErasureResult", "BackupReach"]) -> None:
        keep = (settings.SECOND_BACKUP_FOLDER.key,)
        cleared = [
            QCoreApplication.translate("PersonErasure", "a remembered setting (%1)").replace(
                "%1", key
            )
            for key in settings.forget_text(list(texts), keep)
        ]
        dialog = ErasureDialog(workspace, second, *outcome, cleared, parent)
        dialog.open()
        on_erased(dialog)

    def failed(error: BaseException) -> None:
        if not isinstance(error, UserError):
            sys.excepthook(type(error), error, error.__traceback__)
            return
        QMessageBox.warning(
            parent, QCoreApplication.translate("PersonErasure", "Erase person"), user_message(error)
        )

    run_operation(
        parent,
        work,
        done,
        title=QCoreApplication.translate("PersonErasure", "Erase person"),
        on_error=failed,
    )
