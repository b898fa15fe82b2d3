"""Nieuwe persoon: a person typed in by hand, checked before it is stored."""

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.people.person_form import PersonForm
from desktop.shell.messages import user_message
from desktop.shell.undo import run_edit
from models.core.errors import UserError
from models.people.editing import PersonInput

if TYPE_CHECKING:
    from models.workspace import Workspace


class NewPersonDialog(QDialog):
    """Stores the person on OK (one undo step); a wrong detail keeps the dialog open."""

    def __init__(
        self,
        workspace: "Workspace",
        parent: QWidget | None = None,
        initial: PersonInput | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.created_uid = ""
        self.setWindowTitle(self.tr("New person"))
        self.setMinimumWidth(520)
        self.form = PersonForm()
        if initial is not None:
            self.form.set_values(initial)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.form.lines["first_name"].setFocus()

    def accept(self) -> None:
        data = self.form.values()
        try:
            self.created_uid = run_edit(
                self.workspace,
                self.tr("add person"),
                lambda: self.workspace.people.create_person(data),
            )
        except UserError as error:
            suggestions = []
            if error.field == "municipality":
                suggestions = self.workspace.people.place_suggestions(data.municipality)
            self.form.show_error(error.field, user_message(error), suggestions)
            return
        super().accept()
