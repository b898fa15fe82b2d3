"""Take trajectories out of the server onto this laptop, and bring them back with the coach
deciding each record changed on both sides (server or laptop, side by side)."""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.messages import user_message
from desktop.shell.operations import run_operation
from desktop.widgets.common import subtitle_label
from models.core.errors import UserError

if TYPE_CHECKING:
    from models.storage.lifecycle import Database
    from models.team.bring_back import BringBackPreview
    from models.workspace import Workspace

UID_ROLE = 256  # Qt.UserRole


def field_label(column: str) -> str:
    """A stored column's name as the coach knows the field."""
    from PySide6.QtCore import QCoreApplication

    labels = {
        "title": QCoreApplication.translate("Exchange", "Title"),
        "name": QCoreApplication.translate("Exchange", "Name"),
        "notes": QCoreApplication.translate("Exchange", "Notes"),
        "description": QCoreApplication.translate("Exchange", "Description"),
        "status": QCoreApplication.translate("Exchange", "Status"),
        "due_on": QCoreApplication.translate("Exchange", "Due date"),
        "starts_at": QCoreApplication.translate("Exchange", "Starts at"),
        "first_name": QCoreApplication.translate("Exchange", "First name"),
        "last_name": QCoreApplication.translate("Exchange", "Family name"),
        "email": QCoreApplication.translate("Exchange", "Email"),
        "phone": QCoreApplication.translate("Exchange", "Phone"),
        "municipality": QCoreApplication.translate("Exchange", "Municipality"),
        "owner_person_uid": QCoreApplication.translate("Exchange", "Owner"),
        "value": QCoreApplication.translate("Exchange", "Answer"),
        "text": QCoreApplication.translate("Exchange", "Text"),
    }
    return labels.get(column, column.replace("_", " "))


def open_server(parent: QWidget, address: str) -> "Database | None":
    """The server's database (its password from the keyring, or asked); None on failure."""
    from desktop.team.password_dialog import ask_server_password
    from models.storage.lifecycle import open_database

    try:
        return open_database(address, create=False, password=ask_server_password(address))
    except UserError as error:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, parent.tr("Team server"), user_message(error))
        return None


class TakeOutDialog(QDialog):
    """The server's trajectories with a tick each; OK copies the ticked ones to this laptop."""

    def __init__(
        self, workspace: "Workspace", server: "Database", parent: QWidget | None = None
    ) -> None:
        from models.workspace import Workspace

        super().__init__(parent)
        self.workspace, self.server = workspace, server
        self.setWindowTitle(self.tr("Take trajectories out"))
        self.list = QListWidget()
        for row in Workspace(server).trajectories.trajectories():
            item = QListWidgetItem(f"{row.name} · {', '.join(row.clients)}")
            item.setData(UID_ROLE, row.uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.message = subtitle_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.take)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            subtitle_label(
                self.tr(
                    "The ticked trajectories, with their people, sessions, actions, projects "
                    "and evaluations, are copied to this laptop for work without the network. "
                    "Bring them back when you are connected again."
                )
            )
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def chosen(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [
            str(item.data(UID_ROLE)) for item in items if item.checkState() == Qt.CheckState.Checked
        ]

    def take(self) -> None:
        uids = self.chosen()
        if not uids:
            self.message.setText(self.tr("Tick at least one trajectory."))
            return

        def done(result: Any) -> None:
            names = ", ".join(taken.name for taken in result)
            self.message.setText(self.tr("Taken out: %1").replace("%1", names))
            self.accept()

        def failed(error: BaseException) -> None:
            if not isinstance(error, UserError):
                raise error
            self.message.setText(user_message(error))

        run_operation(
            self,
            lambda _progress: self.workspace.team.take_out(self.server, uids),
            done,
            title=self.tr("Take trajectories out"),
            on_error=failed,
        )


class BringBackDialog(QDialog):
    """One trajectory taken out: what goes back, and each conflict with both values and a
    choice; nothing is brought back while a conflict has no choice."""

    def __init__(
        self,
        workspace: "Workspace",
        server: "Database",
        take_out_uid: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace, self.server, self.take_out_uid = workspace, server, take_out_uid
        self.setWindowTitle(self.tr("Bring back"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Server"),
                self.tr("Laptop"),
                self.tr("Keep"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setWordWrap(True)
        self.choices: dict[str, QComboBox] = {}
        self.message = subtitle_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Bring back"))
        self.buttons.accepted.connect(self.bring_back)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1100, 560)
        self.show_preview(workspace.team.bring_back_preview(server, take_out_uid))

    def show_preview(self, preview: "BringBackPreview") -> None:
        text = self.tr("%1: %2 changes of this laptop go to the server.")
        text = text.replace("%1", preview.trajectory_name).replace("%2", str(preview.to_server))
        if preview.conflicts:
            text += " " + self.tr(
                "These records were changed on both sides: choose for each which version stays."
            )
        lines = [text, *preview.kept]
        if preview.erased_on_server:
            lines.append(
                self.tr(
                    "%n person(s) erased on this laptop will be erased on the server too.",
                    "",
                    preview.erased_on_server,
                )
            )
        if preview.erased_on_laptop:
            lines.append(
                self.tr(
                    "%n person(s) erased on the server meanwhile will be erased on this laptop "
                    "too; nothing of them goes back.",
                    "",
                    preview.erased_on_laptop,
                )
            )
        self.summary.setText("\n".join(lines))
        self.table.setRowCount(0)
        self.choices = {}
        for conflict in preview.conflicts:
            fields = conflict.fields or ()
            first = self.table.rowCount()
            for number, difference in enumerate(fields or (None,)):
                row = self.table.rowCount()
                self.table.insertRow(row)
                name = f"{conflict.kind}: {conflict.name}" if number == 0 else ""
                values = (
                    (field_label(difference.field), difference.server, difference.laptop)
                    if difference is not None
                    else ("", self.tr("deleted") if conflict.server_gone else "", "")
                )
                for column, value in enumerate((name, *values)):
                    self.table.setItem(row, column, QTableWidgetItem(value))
            choice = QComboBox()
            choice.addItem(self.tr("Choose…"), "")
            choice.addItem(self.tr("Server's version"), "server")
            choice.addItem(self.tr("Laptop's version"), "laptop")
            choice.currentIndexChanged.connect(self._update)
            self.table.setCellWidget(first, 4, choice)
            self.choices[conflict.key] = choice
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, header.ResizeMode.Stretch)
        self._update()

    def chosen(self) -> dict[str, str]:
        return {key: box.currentData() for key, box in self.choices.items() if box.currentData()}

    def _update(self) -> None:
        ready = len(self.chosen()) == len(self.choices)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def bring_back(self) -> None:
        choices = self.chosen()

        def failed(error: BaseException) -> None:
            if not isinstance(error, UserError):
                raise error
            self.message.setText(user_message(error))

        run_operation(
            self,
            lambda _progress: self.workspace.team.bring_back(
                self.server, self.take_out_uid, choices
            ),
            lambda _result: self.accept(),
            title=self.tr("Bring back"),
            on_error=failed,
        )
