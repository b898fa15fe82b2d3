"""The Partners tab: partners with category and engagement, ambassadors, category coverage."""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.partners.partner_dialog import PartnerDialog
from desktop.shell.labels import engagement_label
from desktop.shell.messages import user_message
from desktop.shell.theme import qcolor
from desktop.widgets.common import empty_label, fit_columns, subtitle_label, table_view
from desktop.widgets.list_table import Index
from desktop.widgets.row_table import Column, RowTableModel
from desktop.widgets.workspace_view import WorkspaceView
from models.core.changes import DataKind
from models.core.errors import EditConflict, UserError
from models.partners.dto import CategoryCoverage, PartnerInput, PartnersOverview

if TYPE_CHECKING:
    from models.workspace import Workspace


def partner_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("PartnersView", "Partner"), lambda p: p.name),
        Column(QCoreApplication.translate("PartnersView", "Category"), lambda p: p.category_name),
        Column(
            QCoreApplication.translate("PartnersView", "Engagement"),
            lambda p: engagement_label(p.engagement),
            lambda p: p.engagement_rank,
        ),
        Column(
            QCoreApplication.translate("PartnersView", "Contact person"), lambda p: p.contact_name
        ),
        Column(
            QCoreApplication.translate("PartnersView", "Ambassador"),
            lambda p: "✓" if p.is_ambassador else "",
        ),
        Column(QCoreApplication.translate("PartnersView", "What they do"), lambda p: p.activities),
    ]


def _coverage_text(item: CategoryCoverage) -> str:
    if item.covered:
        return ", ".join(item.partners)
    return QCoreApplication.translate("PartnersView", "not yet") + (
        " — "
        + QCoreApplication.translate("PartnersView", "e.g. %1").replace(
            "%1", ", ".join(item.examples)
        )
        if item.examples
        else ""
    )


class CoverageModel(RowTableModel):
    """Every category of the guidance; the uncovered ones stand out in a warm colour."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column("", lambda c: "✓" if c.covered else "○"),
                Column(QCoreApplication.translate("PartnersView", "Category"), lambda c: c.name),
                Column(QCoreApplication.translate("PartnersView", "Partners"), _coverage_text),
            ],
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and not self.row_at(index.row()).covered
        ):
            return QBrush(qcolor("attention"))
        return super().data(index, role)


class PartnersView(WorkspaceView, QWidget):
    """Lays out the partners, their coverage of the categories and the ambassadors."""

    shows = frozenset(
        {DataKind.PARTNER, DataKind.TRAJECTORY_CONTACT, DataKind.ORGANISATION, DataKind.PERSON}
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uid = ""
        self._overview: PartnersOverview | None = None
        self.model = RowTableModel(partner_columns(), self)
        self.table = table_view(self.model)
        self.table.setAccessibleName(self.tr("Partners"))
        self.empty = empty_label(
            self.tr(
                "No partners yet. Local organisations that communicate or work along reach "
                "more people: add the first with 'New partner'."
            )
        )
        self.new_button = QPushButton(self.tr("New partner…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.coverage_heading = QLabel()
        self.coverage_heading.setProperty("role", "strong")
        self.coverage_model = CoverageModel(self)
        self.coverage = table_view(self.coverage_model)
        self.coverage.setAccessibleName(self.tr("Partner categories"))
        self.coverage.setSortingEnabled(False)
        self.ambassadors_heading = QLabel()
        self.ambassadors_heading.setProperty("role", "strong")
        self.ambassadors = subtitle_label()
        self.ambassador_person = QComboBox()
        self.ambassador_person.setMinimumWidth(180)
        self.add_ambassador = QPushButton(self.tr("Make ambassador"))
        self.remove_ambassador = QPushButton(self.tr("No longer ambassador"))
        self._lay_out()
        self.new_button.clicked.connect(self.new_partner)
        self.edit_button.clicked.connect(self.edit_partner)
        self.delete_button.clicked.connect(lambda: self.delete_partner())
        self.table.doubleClicked.connect(lambda _index: self.edit_partner())
        self.add_ambassador.clicked.connect(lambda: self._set_ambassador(True))
        self.remove_ambassador.clicked.connect(lambda: self._set_ambassador(False))
        self.ambassador_person.currentIndexChanged.connect(self._ambassador_buttons)
        self.setEnabled(False)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.ambassadors_heading)
        left_layout.addWidget(self.ambassadors)
        row = QHBoxLayout()
        row.addWidget(self.ambassador_person, 1)
        row.addWidget(self.add_ambassador)
        row.addWidget(self.remove_ambassador)
        left_layout.addLayout(row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.coverage_heading)
        right_layout.addWidget(self.coverage, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([680, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace

    def refresh(self) -> None:
        if self._uid:
            indexes = self.table.selectionModel().selectedRows()
            keep = self.model.row_at(indexes[0].row()).uid if indexes else ""
            self.show_trajectory(self._uid, keep)

    def show_trajectory(self, uid: str, select_uid: str = "") -> None:
        try:
            overview: PartnersOverview = self.workspace.partners.partners_overview(uid)
        except UserError as error:
            self._uid, self._overview = "", None
            self.model.set_rows([])
            self.empty.setText(user_message(error))
            self.empty.show()
            self.table.hide()
            return
        self._uid, self._overview = uid, overview
        self.setEnabled(True)
        self.model.set_rows(overview.partners)
        self.table.setVisible(bool(overview.partners))
        self.empty.setVisible(not overview.partners)
        fit_columns(self.table, 170)
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).uid == select_uid:
                self.table.selectRow(row)
        self.coverage_model.set_rows(overview.coverage)
        fit_columns(self.coverage, 200)
        self.coverage_heading.setText(
            self.tr("Categories covered: %1 of %2")
            .replace("%1", str(overview.covered_count))
            .replace("%2", str(len(overview.coverage)))
        )
        self._show_ambassadors(overview)
        self._update_buttons()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def _show_ambassadors(self, overview: PartnersOverview) -> None:
        self.ambassadors_heading.setText(
            self.tr("Ambassadors (%1)").replace("%1", str(len(overview.ambassadors)))
        )
        names = ", ".join(a.name for a in overview.ambassadors)
        self.ambassadors.setText(names or self.tr("No ambassadors yet."))
        current = self.ambassador_person.currentData()
        self.ambassador_person.blockSignals(True)
        self.ambassador_person.clear()
        self.ambassador_person.addItem(self.tr("Choose a person…"), None)
        for person in overview.people:
            mark = " ★" if person.is_ambassador else ""
            self.ambassador_person.addItem(person.name + mark, person.uid)
        self.ambassador_person.setCurrentIndex(max(0, self.ambassador_person.findData(current)))
        self.ambassador_person.blockSignals(False)
        self._ambassador_buttons()

    def _ambassador_buttons(self) -> None:
        uid = self.ambassador_person.currentData()
        person = None
        if self._overview is not None and uid:
            person = next((p for p in self._overview.people if p.uid == uid), None)
        self.add_ambassador.setEnabled(person is not None and not person.is_ambassador)
        self.remove_ambassador.setEnabled(person is not None and person.is_ambassador)

    def _set_ambassador(self, ambassador: bool) -> None:
        uid = self.ambassador_person.currentData()
        if not uid:
            return
        try:
            self.workspace.partners.set_ambassador(self._uid, uid, ambassador)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Ambassadors"), user_message(error))
        self.show_trajectory(self._uid)

    def _selected(self) -> Any:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def _update_buttons(self, *_args: object) -> None:
        selected = self._selected() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def partner_dialog(self, partner: Any = None) -> PartnerDialog:
        assert self._overview is not None
        uid = self._uid
        read = [partner.row_version if partner is not None else None]

        def submit(data: PartnerInput) -> None:
            if partner is None:
                self._last_saved = self.workspace.partners.create_partner(uid, data)
                return
            try:
                self.workspace.partners.update_partner(partner.uid, data, read[0])
            except EditConflict as conflict:
                read[0] = conflict.stored_version  # stored again: over theirs, knowingly
                raise
            self._last_saved = partner.uid

        return PartnerDialog(self._overview, submit, partner, self)

    def _run(self, dialog: PartnerDialog) -> None:
        self._last_saved = ""
        if dialog.exec():
            self.show_trajectory(self._uid, self._last_saved)

    def new_partner(self) -> None:
        self._run(self.partner_dialog())

    def edit_partner(self) -> None:
        partner = self._selected()
        if partner is not None:
            self._run(self.partner_dialog(partner))

    def delete_partner(self, confirm: bool = True) -> None:
        partner = self._selected()
        if partner is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Delete"), self.tr("Delete partner '%1'?").replace("%1", partner.name)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.workspace.partners.delete_partner(partner.uid)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Delete"), user_message(error))
            return
        self.show_trajectory(self._uid)
