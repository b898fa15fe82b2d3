"""The pages of the new-trajectory wizard: programme, clients, contact persons, name and start."""

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.shell.messages import domain_words
from desktop.widgets.keyboard import on_enter
from models.trajectories.setup import (
    CONTACT_ROLES,
    LOCAL_KINDS,
    ClientInput,
    ContactInput,
    municipality_choices,
)

CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1


def error_label() -> QLabel:
    label = QLabel()
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


class ProgrammePage(QWizardPage):
    def __init__(self, programmes: list[Any]) -> None:
        super().__init__()
        self.setTitle(self.tr("Programme"))
        self.setSubTitle(self.tr("Which programme does the trajectory follow, and for whom?"))
        self.programmes = programmes
        self.programme = QComboBox()
        self.programme.addItems([p.name for p in programmes])
        self.option = QComboBox()
        self.description = QLabel()
        self.description.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Programme"), self.programme)
        form.addRow(self.tr("Client"), self.option)
        form.addRow("", self.description)
        self.programme.currentIndexChanged.connect(self._programme_changed)
        self.option.currentIndexChanged.connect(self._option_changed)
        self._programme_changed(0)

    def current_programme(self) -> Any:
        return self.programmes[self.programme.currentIndex()]

    def current_option(self) -> Any:
        return self.current_programme().clients[max(self.option.currentIndex(), 0)]

    def _programme_changed(self, _index: int) -> None:
        self.option.clear()
        self.option.addItems([o.label for o in self.current_programme().clients])

    def _option_changed(self, index: int) -> None:
        if index >= 0:
            self.description.setText(self.current_option().description)


class ClientsPage(QWizardPage):
    """Municipalities found by name or postcode, or local organisations typed in."""

    def __init__(self, programme_page: ProgrammePage) -> None:
        super().__init__()
        self.setTitle(self.tr("Clients"))
        self.setSubTitle(
            self.tr("Search a municipality by name or postal code, or add a local organisation.")
        )
        self.programme_page = programme_page
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("e.g. Izegem or 8870"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Municipalities found"))
        self.results.setMaximumHeight(150)
        self.add_button = QPushButton(self.tr("Add municipality"))
        self.cluster = QLineEdit()
        self.cluster.setPlaceholderText(self.tr("its cluster, e.g. Zuiderkempen"))
        self.cluster.setAccessibleName(self.tr("Cluster"))
        self.local_name = QLineEdit()
        self.local_name.setPlaceholderText(self.tr("name of the local organisation"))
        self.local_kind = QComboBox()
        for kind, label in LOCAL_KINDS.items():
            self.local_kind.addItem(domain_words(label), kind)
        self.local_place = QLineEdit()
        self.local_place.setPlaceholderText(self.tr("municipality or village"))
        self.add_local = QPushButton(self.tr("Add organisation"))
        self.chosen = QListWidget()
        self.chosen.setAccessibleName(self.tr("Chosen clients"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.error = error_label()
        local_row = QHBoxLayout()
        for widget in (self.local_name, self.local_kind, self.local_place, self.add_local):
            local_row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.cluster)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        layout.addLayout(local_row)
        layout.addWidget(QLabel(self.tr("Chosen clients")))
        layout.addWidget(self.chosen)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        self.search.textChanged.connect(self._search)
        self.results.itemActivated.connect(lambda _item: self._add_municipality())
        # Enter adds what was found or typed and stays here: a cluster of three is three Enters.
        for field in (self.search, self.results, self.cluster):
            on_enter(field, self._add_municipality)
        for field in (self.local_name, self.local_place):
            on_enter(field, self._add_local)
        self.add_button.clicked.connect(self._add_municipality)
        self.add_local.clicked.connect(self._add_local)
        self.remove_button.clicked.connect(self._remove)

    def initializePage(self) -> None:
        """The cluster field only for a programme that works with clusters of municipalities."""
        programme = self.programme_page.current_programme()
        clustered = programme.pricing.per_cluster or any(
            t.repeat_per_cluster for t in programme.session_templates
        )
        self.cluster.setVisible(clustered)
        if not clustered:
            self.cluster.clear()

    def _search(self, text: str) -> None:
        self.results.clear()
        if len(text.strip()) < 2:
            return
        programme_key = self.programme_page.current_programme().key
        for choice in municipality_choices(text, programme_key, limit=12):
            label = f"{choice.name} ({choice.postcodes}) · {choice.province}"
            if choice.discount_hint:
                label += f" · {choice.discount_hint}"
            item = QListWidgetItem(label)
            item.setData(CHOICE_ROLE, choice)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _add_municipality(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        choice = item.data(CHOICE_ROLE)
        cluster = " ".join(self.cluster.text().split()) if self.cluster.isVisible() else ""
        label = f"{choice.name} · {choice.province}"
        label += " · " + self.tr("cluster %1").replace("%1", cluster) if cluster else ""
        self._append(label, ClientInput(nis_code=choice.nis_code, cluster=cluster))
        self.search.clear()
        self.search.setFocus()

    def _add_local(self) -> None:
        name = self.local_name.text().strip()
        if not name:
            self.show_error(self.tr("Type the name of the local organisation first."))
            return
        client = ClientInput(
            name=name, kind=self.local_kind.currentData(), place=self.local_place.text()
        )
        self._append(f"{name} · {self.local_kind.currentText()}", client)
        self.local_name.clear()
        self.local_place.clear()
        self.local_name.setFocus()

    def _append(self, label: str, client: ClientInput) -> None:
        item = QListWidgetItem(label)
        item.setData(CHOICE_ROLE, client)
        self.chosen.addItem(item)
        self.error.hide()
        self.completeChanged.emit()

    def _remove(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self.completeChanged.emit()

    def clients(self) -> tuple[ClientInput, ...]:
        return tuple(self.chosen.item(i).data(CHOICE_ROLE) for i in range(self.chosen.count()))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def isComplete(self) -> bool:
        return self.chosen.count() > 0


class ContactsPage(QWizardPage):
    """The municipality's contact persons with their role (optional, can follow later)."""

    COLUMNS = 5

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Contact persons"))
        self.setSubTitle(
            self.tr(
                "Who are the contact persons, and what is their role? You can add them later too."
            )
        )
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("First name"),
                self.tr("Last name"),
                self.tr("Role"),
                self.tr("Email"),
                self.tr("Phone"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("Add contact person"))
        remove = QPushButton(self.tr("Remove"))
        self.error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        add.clicked.connect(self.add_row)
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))

    def add_row(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        role = QComboBox()
        role.setEditable(True)
        role.addItems(CONTACT_ROLES)
        role.setCurrentText("")
        self.table.setCellWidget(row, 2, role)
        for column in (0, 1, 3, 4):
            self.table.setCellWidget(row, column, QLineEdit())
        self.table.setCurrentCell(row, 0)
        self.table.cellWidget(row, 0).setFocus()

    def _text(self, row: int, column: int) -> str:
        widget: QWidget = self.table.cellWidget(row, column)
        return widget.currentText() if isinstance(widget, QComboBox) else widget.text()  # type: ignore[attr-defined]

    def contacts(self) -> tuple[ContactInput, ...]:
        result = []
        for row in range(self.table.rowCount()):
            first, last, role, email, phone = (self._text(row, c) for c in range(self.COLUMNS))
            if any(value.strip() for value in (first, last, email, phone)):
                result.append(ContactInput(first, last, role, email, phone))
        return tuple(result)


class StartPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Name and start"))
        self.setSubTitle(self.tr("With a start date the phases are planned at once."))
        self.name = QLineEdit()
        self.has_start = QCheckBox(self.tr("The start date is known"))
        self.start = QDateEdit(QDate.currentDate())
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.start.setCalendarPopup(True)
        self.start.setEnabled(False)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Name of the trajectory"), self.name)
        form.addRow("", self.has_start)
        form.addRow(self.tr("Start date"), self.start)
        form.addRow("", self.error)
        self.has_start.toggled.connect(self.start.setEnabled)
