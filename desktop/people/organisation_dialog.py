"""An organisation typed in or corrected: a municipality from the reference list, or a local
actor, partner or provider with its address and contact details."""

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.messages import user_message
from desktop.shell.undo import run_edit
from models.core.enums import OrganisationKind
from models.core.errors import EditConflict, UserError
from models.people.organisations import OrganisationInput
from models.trajectories.setup import municipality_choices

if TYPE_CHECKING:
    from models.workspace import Workspace

CHOICE = Qt.ItemDataRole.UserRole + 1


def kind_names() -> dict[OrganisationKind, str]:
    return {
        OrganisationKind.MUNICIPALITY: QCoreApplication.translate("Organisations", "Municipality"),
        OrganisationKind.ASSOCIATION: QCoreApplication.translate("Organisations", "Association"),
        OrganisationKind.CITIZEN_GROUP: QCoreApplication.translate(
            "Organisations", "Citizen group"
        ),
        OrganisationKind.NEIGHBOURHOOD_COMMITTEE: QCoreApplication.translate(
            "Organisations", "Neighbourhood committee"
        ),
        OrganisationKind.SCHOOL: QCoreApplication.translate("Organisations", "School"),
        OrganisationKind.MERCHANT: QCoreApplication.translate("Organisations", "Merchant"),
        OrganisationKind.OTHER: QCoreApplication.translate("Organisations", "Partner or other"),
        OrganisationKind.PROVIDER: QCoreApplication.translate("Organisations", "Provider"),
    }


class OrganisationDialog(QDialog):
    """Creates (uid '') or updates an organisation on OK; errors keep the dialog open."""

    def __init__(
        self, workspace: "Workspace", uid: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.uid = uid
        self.setWindowTitle(self.tr("Edit organisation") if uid else self.tr("New organisation"))
        self.setMinimumWidth(560)
        self.kind = QComboBox()
        for key, name in kind_names().items():
            self.kind.addItem(name, key)
        self.name = QLineEdit()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a municipality by name or postcode"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Municipalities found"))
        self.results.setMaximumHeight(110)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("Street and number"))
        self.postcode = QLineEdit()
        self.postcode.setMaximumWidth(70)
        self.municipality = QLineEdit()
        self.municipality.setAccessibleName(self.tr("Municipality"))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.website = QLineEdit()
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Municipality"), self.search)
        form.addRow("", self.results)
        form.addRow(self.tr("Address"), self.address)
        town = QHBoxLayout()
        town.addWidget(self.postcode)
        town.addWidget(self.municipality, 1)
        form.addRow(self.tr("Postcode and municipality"), town)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Website"), self.website)
        self._form = form
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._nis = ""
        # What the form does not show (the notes) stays as stored; the version read is
        # handed back so that another coach's change in the meantime is never overwritten.
        self._loaded: OrganisationInput | None = None
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.search.textChanged.connect(self._search)
        self.results.currentItemChanged.connect(self._chosen)
        if uid:
            self._load(workspace.organisations.organisation_form(uid))
        self._kind_changed()

    def _load(self, data: OrganisationInput) -> None:
        self._loaded = data
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.name.setText(data.name)
        self._nis = data.nis_code
        if data.nis_code:
            self.search.setText(data.name)
        for widget, text in (
            (self.address, data.address),
            (self.postcode, data.postcode),
            (self.municipality, data.municipality),
            (self.email, data.email),
            (self.phone, data.phone),
            (self.website, data.website),
        ):
            widget.setText(text)

    def _kind_changed(self) -> None:
        municipality = self.kind.currentData() == OrganisationKind.MUNICIPALITY
        for widget in (self.search, self.results):
            self._form.setRowVisible(widget, municipality)
        self._form.setRowVisible(self.name, not municipality)
        self.municipality.setReadOnly(municipality)

    def _search(self, text: str) -> None:
        self.results.clear()
        if len(text.strip()) < 2:
            return
        for choice in municipality_choices(text, limit=10):
            item = QListWidgetItem(f"{choice.name} ({choice.postcodes}) · {choice.province}")
            item.setData(CHOICE, choice)
            self.results.addItem(item)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        choice = item.data(CHOICE)
        self._nis = choice.nis_code
        self.municipality.setText(choice.name)
        if not self.postcode.text():
            self.postcode.setText(choice.postcodes.split(", ")[0])

    def values(self) -> OrganisationInput:
        loaded = self._loaded
        return OrganisationInput(
            notes=loaded.notes if loaded is not None else "",
            version=loaded.version if loaded is not None else None,
            kind=str(self.kind.currentData()),
            name=self.name.text(),
            nis_code=self._nis,
            address=self.address.text(),
            postcode=self.postcode.text(),
            municipality=self.municipality.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            website=self.website.text(),
        )

    def accept(self) -> None:
        data = self.values()
        organisations = self.workspace.organisations
        try:
            if self.uid:
                uid = self.uid
                run_edit(
                    self.workspace,
                    self.tr("edit organisation"),
                    lambda: organisations.update_organisation(uid, data),
                )
            else:
                self.uid = run_edit(
                    self.workspace,
                    self.tr("add organisation"),
                    lambda: organisations.create_organisation(data),
                )
        except EditConflict as conflict:
            if self._loaded is not None:  # stored again: over theirs, knowingly
                self._loaded = replace(self._loaded, version=conflict.stored_version)
            self.error.setText(user_message(conflict))
            return
        except UserError as error:
            self.error.setText(user_message(error))
            return
        super().accept()
