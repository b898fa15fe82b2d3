"""Instellingen → the team's server: which database the app opens, the password's keyring."""

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shell import settings
from desktop.shell.messages import user_message
from models.core.errors import UserError

if TYPE_CHECKING:
    from models.storage.lifecycle import Database
    from models.workspace import Workspace


class ServerSettings(QWidget):
    """The server's address (never a password), used from the next start; or this computer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = QLineEdit(settings.SERVER_URL.get())
        self.address.setPlaceholderText("postgresql+psycopg://coach@server.kantoor/trajectwijzer")
        self.use = QPushButton(self.tr("Use this server"))
        self.local = QPushButton(self.tr("Use this computer's database"))
        self.forget = QPushButton(self.tr("Forget the kept password"))
        self.take_out = QPushButton(self.tr("Take trajectories out…"))
        self.bring_back = QPushButton(self.tr("Bring them back…"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self._workspace: Workspace | None = None
        buttons = QHBoxLayout()
        for button in (self.use, self.local, self.forget, self.take_out, self.bring_back):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.address)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.use.clicked.connect(self.use_server)
        self.local.clicked.connect(self.use_local)
        self.forget.clicked.connect(self.forget_password)
        self.take_out.clicked.connect(self._take_out)
        self.bring_back.clicked.connect(self._bring_back)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Taking out and bringing back happen on the laptop's own database."""
        workspace = self._workspace
        laptop = workspace is not None and not workspace.is_server
        self.take_out.setEnabled(laptop)
        self.bring_back.setEnabled(
            workspace is not None and laptop and bool(workspace.team.taken_out())
        )

    def _server(self) -> "Database | None":
        from desktop.team.exchange_dialogs import open_server

        address = self.address.text().strip()
        if not address:
            self.note.setText(self.tr("Type the server's address first."))
            return None
        return open_server(self, address)

    def _take_out(self) -> None:
        from desktop.team.exchange_dialogs import TakeOutDialog

        server = self._server() if self._workspace is not None else None
        if server is None or self._workspace is None:
            return
        try:
            TakeOutDialog(self._workspace, server, self).exec()
        finally:
            server.close()
        self._update_buttons()

    def _bring_back(self) -> None:
        from desktop.team.exchange_dialogs import BringBackDialog

        server = self._server() if self._workspace is not None else None
        if server is None or self._workspace is None:
            return
        try:
            for out in self._workspace.team.taken_out():
                try:
                    dialog = BringBackDialog(self._workspace, server, out.uid, self)
                except UserError as error:
                    self.note.setText(user_message(error))
                    return
                if dialog.exec() != BringBackDialog.DialogCode.Accepted:
                    break
        finally:
            server.close()
        self._update_buttons()

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace
        self._update_buttons()
        if workspace.is_server:
            self.note.setText(
                self.tr(
                    "This database is on a server: several coaches work in it at once, and "
                    "the server makes its backups (ask whoever manages it)."
                )
            )
        else:
            self.note.setText(
                self.tr("This database is a file on this computer; backups are made here.")
            )

    def use_server(self) -> None:
        """Keeps the address without its password; a password in it goes to the keyring."""
        from models.server.address import ServerAddress
        from models.server.credentials import store_password

        try:
            address = ServerAddress.parse(self.address.text())
        except UserError as error:
            self.note.setText(user_message(error))
            return
        settings.SERVER_URL.set(address.key)
        self.address.setText(address.key)
        kept = address.password is not None and store_password(address, address.password)
        text = self.tr("From the next start the app opens %1.").replace("%1", address.shown())
        if address.password is not None:
            text += " " + (
                self.tr("The password is kept in this computer's keyring.")
                if kept
                else self.tr("This computer has no keyring: the app asks the password at start.")
            )
        self.note.setText(text)

    def use_local(self) -> None:
        settings.SERVER_URL.set("")
        self.address.clear()
        self.note.setText(self.tr("From the next start the app opens this computer's database."))

    def forget_password(self) -> None:
        from models.server.address import ServerAddress
        from models.server.credentials import forget_password

        try:
            forget_password(ServerAddress.parse(self.address.text()))
        except UserError as error:
            self.note.setText(user_message(error))
            return
        self.note.setText(self.tr("The password is no longer kept; the app asks it at start."))
