"""Asking a server's password at start, optionally kept in the system keyring."""

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.messages import user_message

if TYPE_CHECKING:
    from models.server.address import ServerAddress


class PasswordDialog(QDialog):
    """The server, why it asks, the password and whether to keep it in the keyring."""

    def __init__(self, server: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Server password"))
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep = QCheckBox(self.tr("Keep it in this computer's keyring"))
        form = QFormLayout()
        form.addRow(self.tr("Server"), QLabel(server))
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.keep)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())


def ask_password(address: "ServerAddress", reason: str) -> str | None:
    """The password typed (kept in the keyring when asked); None when the coach cancels."""
    from models.server.credentials import store_password

    dialog = PasswordDialog(address.shown(), reason)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    password = dialog.password.text()
    if dialog.keep.isChecked():
        store_password(address, password)
    return password


def ask_server_password(location: str) -> str | None:
    """The server's password: none asked while the keyring (or PGPASSWORD) has one; else the
    coach types it, and may keep it in the system keyring (never in a settings file)."""
    from models.server.address import ServerAddress
    from models.server.connection import WRONG_PASSWORD, PasswordNeeded, ServerRefused
    from models.storage.lifecycle import open_database

    try:
        open_database(location, create=True).close()
        return None
    except (PasswordNeeded, ServerRefused) as refused:
        if isinstance(refused, ServerRefused) and refused.text != WRONG_PASSWORD:
            raise
        address = ServerAddress.parse(location)
        return ask_password(address, user_message(refused))
