"""Linking a person to an organisation with a role (schepen, trekker, voorzitter…)."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from models.trajectories.contacts import CONTACT_ROLES


class RoleDialog(QDialog):
    """The organisation from the list and a role title (chosen or typed)."""

    def __init__(self, organisations: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a role"))
        self.organisation = QComboBox()
        for row in organisations:
            self.organisation.addItem(row.name, row.uid)
        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.addItems(["Voorzitter", "Secretaris", "Lid", *CONTACT_ROLES])
        self.title.setCurrentText("")
        form = QFormLayout()
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Role"), self.title)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def organisation_uid(self) -> str:
        return str(self.organisation.currentData() or "")
