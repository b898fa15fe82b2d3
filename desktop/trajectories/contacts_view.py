"""Contactpersonen of a trajectory: add (known or new), remove, change a role, mark the one
quotes and letters are addressed to. Every change is one undo step."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.messages import user_message
from desktop.shell.undo import run_edit
from desktop.widgets.common import fit_columns, subtitle_label, table_view
from desktop.widgets.keyboard import on_enter
from desktop.widgets.row_table import Column, RowTableModel
from desktop.widgets.workspace_view import WorkspaceView
from models.core.changes import DataKind
from models.core.errors import UserError
from models.people.search import PeopleSearch
from models.trajectories.contacts import CONTACT_ROLES, ContactRow

if TYPE_CHECKING:
    from models.workspace import Workspace


def contact_columns() -> list[Column]:
    yes = QCoreApplication.translate("Contacts", "addressee")
    return [
        Column(QCoreApplication.translate("Contacts", "Name"), lambda r: r.name),
        Column(QCoreApplication.translate("Contacts", "Role"), lambda r: r.role),
        Column(QCoreApplication.translate("Contacts", "Organisation"), lambda r: r.organisation),
        Column(QCoreApplication.translate("Contacts", "Email"), lambda r: r.email),
        Column(QCoreApplication.translate("Contacts", "Phone"), lambda r: r.phone),
        Column(
            QCoreApplication.translate("Contacts", "Quotes and letters"),
            lambda r: yes if r.is_addressee else "",
        ),
    ]


def role_box() -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItems(CONTACT_ROLES)
    box.setCurrentText("")
    return box


class AddContactDialog(QDialog):
    """A person already known (search by name) or a new one, with the role."""

    def __init__(self, workspace: "Workspace", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Add a contact person"))
        self.setMinimumWidth(520)
        self._people = PeopleSearch(workspace.people.people_list())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, e-mail or municipality"))
        self.person = QComboBox()
        self.new_button = QPushButton(self.tr("New person…"))
        self.role = role_box()
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Search"), self.search)
        chooser = QHBoxLayout()
        chooser.addWidget(self.person, 1)
        chooser.addWidget(self.new_button)
        form.addRow(self.tr("Person"), chooser)
        form.addRow(self.tr("Role"), self.role)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        on_enter(self.search, self.person.setFocus)  # the first match is chosen: on to it
        self.new_button.clicked.connect(self._new_person)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.person.clear()
        for row in self._people.filter(text)[:200]:
            where = f" · {row.municipality}" if row.municipality else ""
            self.person.addItem(f"{row.name}{where}", row.uid)

    def _new_person(self) -> None:
        from desktop.people.new_person_dialog import NewPersonDialog

        dialog = NewPersonDialog(self.workspace, self)
        if dialog.exec() and dialog.created_uid:
            detail = self.workspace.people.person_detail(dialog.created_uid)
            self.person.insertItem(0, detail.name, dialog.created_uid)
            self.person.setCurrentIndex(0)

    def person_uid(self) -> str:
        return str(self.person.currentData() or "")

    def accept(self) -> None:
        if not self.person_uid():
            self.error.setText(self.tr("Choose a person, or add a new one."))
            return
        super().accept()


class ContactsView(WorkspaceView, QWidget):
    """The trajectory's contact persons; like the other tabs: `show_trajectory(uid)`."""

    shows = frozenset({DataKind.TRAJECTORY_CONTACT, DataKind.PERSON})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uid = ""
        self.model = RowTableModel(contact_columns(), self)
        self.table = table_view(self.model)
        self.table.setAccessibleName(self.tr("Contact persons"))
        self.add_button = QPushButton(self.tr("Add contact person…"))
        self.add_button.setProperty("role", "primary")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.role = role_box()
        self.role.setAccessibleName(self.tr("Role"))
        self.role_button = QPushButton(self.tr("Change role"))
        self.addressee_button = QPushButton(self.tr("Address quotes and letters to"))
        self.message = subtitle_label()
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.remove_button, self.role, self.role_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.addressee_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            subtitle_label(
                self.tr(
                    "Who is the client's contact, and in what role. Quotes and letters are "
                    "addressed to the contact marked for them."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_contact)
        self.remove_button.clicked.connect(self.remove_selected)
        self.role_button.clicked.connect(self.change_role)
        self.addressee_button.clicked.connect(self.mark_addressee)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected_changed())

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace

    def show_trajectory(self, uid: str) -> None:
        self._uid = uid
        self.refresh()

    def refresh(self) -> None:
        if not self._uid or self._workspace is None:
            return
        keep = self.selected()
        try:
            self.model.set_rows(self.workspace.trajectories.contacts(self._uid))
        except UserError as error:
            self.model.set_rows([])
            self.message.setText(user_message(error))
            return
        fit_columns(self.table)
        if keep is not None and (row := self.model.row_of(keep.uid)) >= 0:
            self.table.selectRow(row)

    def selected(self) -> ContactRow | None:
        index = self.table.selectionModel().currentIndex()
        row = self.model.row_for(index) if index.isValid() else None
        return row if isinstance(row, ContactRow) else None

    def _selected_changed(self) -> None:
        row = self.selected()
        if row is not None:
            self.role.setCurrentText(row.role)

    def _run(self, name: str, call: Callable[[], object]) -> bool:
        try:
            run_edit(self.workspace, name, call)
        except UserError as error:
            self.message.setText(user_message(error))
            return False
        self.message.setText("")
        self.refresh()
        return True

    def add_contact(self) -> None:
        dialog = AddContactDialog(self.workspace, self)
        if not dialog.exec():
            return
        trajectory, person, role = self._uid, dialog.person_uid(), dialog.role.currentText()
        trajectories = self.workspace.trajectories
        self._run(
            self.tr("add contact person"),
            lambda: trajectories.add_contact(trajectory, role, person_uid=person),
        )

    def remove_selected(self) -> None:
        row = self.selected()
        if row is not None:
            trajectories = self.workspace.trajectories
            self._run(
                self.tr("remove contact person"), lambda: trajectories.remove_contact(row.uid)
            )

    def change_role(self) -> None:
        row = self.selected()
        if row is not None:
            role, trajectories = self.role.currentText(), self.workspace.trajectories
            self._run(
                self.tr("change role"), lambda: trajectories.change_contact_role(row.uid, role)
            )

    def mark_addressee(self) -> None:
        row = self.selected()
        if row is not None:
            trajectories = self.workspace.trajectories
            self._run(self.tr("choose addressee"), lambda: trajectories.set_addressee(row.uid))
