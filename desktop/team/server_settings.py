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
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.use, self.local, self.forget):
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

    def set_workspace(self, workspace: "Workspace") -> None:
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
