"""Personen & organisaties: everyone known, searchable as you type, with details and imports."""

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.people.import_pages import SPREADSHEETS
from desktop.people.organisation_detail import OrganisationDetailPanel
from desktop.people.person_detail import PersonDetailPanel
from desktop.shell.formats import datetime_text
from desktop.shell.messages import user_message
from desktop.widgets.columns import people_columns
from desktop.widgets.common import fit_columns, subtitle_label, table_view, title_label
from desktop.widgets.row_table import Column, RowTableModel
from desktop.widgets.workspace_view import WorkspaceView
from models.core.changes import DataKind
from models.core.errors import UserError
from models.people.search import PeopleSearch

if TYPE_CHECKING:
    from models.workspace import Workspace


log = logging.getLogger(__name__)


def organisation_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Organisation"), lambda r: r.name),
        Column(QCoreApplication.translate("Columns", "Municipality"), lambda r: r.municipality),
        Column(QCoreApplication.translate("Columns", "Province"), lambda r: r.province),
        Column(
            QCoreApplication.translate("Columns", "People"),
            lambda r: str(r.people),
            lambda r: r.people,
            align_right=True,
        ),
    ]


def import_columns() -> list[Column]:
    def state(row: Any) -> str:
        if row.undone_at:
            return QCoreApplication.translate("Columns", "undone")
        return (
            QCoreApplication.translate("Columns", "%1 new, %2 completed")
            .replace("%1", str(row.created))
            .replace("%2", str(row.updated))
        )

    return [
        Column(
            QCoreApplication.translate("Columns", "When"),
            lambda r: datetime_text(r.imported_at),
            lambda r: r.imported_at,
        ),
        Column(QCoreApplication.translate("Columns", "File"), lambda r: r.source_name),
        Column(
            QCoreApplication.translate("Columns", "Rows"),
            lambda r: str(r.rows_read),
            lambda r: r.rows_read,
            align_right=True,
        ),
        Column(QCoreApplication.translate("Columns", "Result"), state),
    ]


class PeoplePage(WorkspaceView, QWidget):
    shows = frozenset(
        {
            DataKind.PERSON,
            DataKind.ORGANISATION,
            DataKind.ROLE,
            DataKind.CONSENT,
            DataKind.IMPORT_BATCH,
            DataKind.PERSON_MERGE,
        }
    )
    refresh_while_typing = True  # the search text stays; the list under it is renewed

    people_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = PeopleSearch([])
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, email, phone or municipality"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New person…"))
        self.new_button.setProperty("role", "primary")
        self.new_button.setToolTip(self.tr("Add a person by hand (Ctrl+Shift+N)"))
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setToolTip(self.tr("Select two records of the same person (Ctrl+click)"))
        self.merge_button.setEnabled(False)
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.setObjectName("danger")
        self.erase_button.setToolTip(
            self.tr("Erase the chosen person for good (their right to be forgotten)")
        )
        self.erase_button.setEnabled(False)
        self.erasure_dialog: Any = None  # shown after an erasure
        self.import_button = QPushButton(self.tr("Import list…"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.count = subtitle_label()
        self.model = RowTableModel(people_columns(), self)
        self.view = table_view(self.model)
        self.view.setAccessibleName(self.tr("People and organisations"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.detail = PersonDetailPanel()
        self.organisations = RowTableModel(organisation_columns(), self)
        self.organisation_view = table_view(self.organisations)
        self.organisation_detail = OrganisationDetailPanel()
        self.new_organisation_button = QPushButton(self.tr("New organisation…"))
        self.edit_organisation_button = QPushButton(self.tr("Edit organisation…"))
        self.imports = RowTableModel(import_columns(), self)
        self.import_view = table_view(self.imports)
        self.undo_button = QPushButton(self.tr("Undo the chosen import"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._split(self.view, self.detail), self.tr("People"))
        organisations_tab = QWidget()
        organisations_layout = QVBoxLayout(organisations_tab)
        organisations_layout.setContentsMargins(0, 0, 0, 0)
        organisations_layout.addWidget(
            self._split(self.organisation_view, self.organisation_detail), 1
        )
        organisation_buttons = QHBoxLayout()
        organisation_buttons.addWidget(self.new_organisation_button)
        organisation_buttons.addWidget(self.edit_organisation_button)
        organisation_buttons.addStretch(1)
        organisations_layout.addLayout(organisation_buttons)
        self.tabs.addTab(organisations_tab, self.tr("Organisations"))
        imports_tab = QWidget()
        imports_layout = QVBoxLayout(imports_tab)
        imports_layout.addWidget(self.import_view, 1)
        imports_layout.addWidget(self.undo_button)
        self.tabs.addTab(imports_tab, self.tr("Imports"))
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.search, 1)
        toolbar.addWidget(self.new_button)
        toolbar.addWidget(self.merge_button)
        toolbar.addWidget(self.erase_button)
        toolbar.addWidget(self.import_button)
        toolbar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title_label(self.tr("People & organisations")))
        layout.addLayout(toolbar)
        layout.addWidget(self.count)
        layout.addWidget(self.tabs, 1)
        self.search.textChanged.connect(self._apply_filter)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_person())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.new_button.clicked.connect(self.new_person)
        self.merge_button.clicked.connect(self.merge_selected)
        self.erase_button.clicked.connect(self.erase_selected)
        self.new_organisation_button.clicked.connect(self.new_organisation)
        self.edit_organisation_button.clicked.connect(self.edit_organisation)
        self.organisation_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_organisation()
        )
        self.detail.changed.connect(self._show_person)
        self.detail.merges.undone.connect(lambda _uid: self.reload())  # both in the list
        self.import_button.clicked.connect(self.choose_import_file)
        self.export_button.clicked.connect(self._export)
        self.undo_button.clicked.connect(self._undo_import)

    @staticmethod
    def _split(left: QWidget, right: QWidget) -> QSplitter:
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace
        self.detail.set_workspace(workspace)
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        workspace = self._workspace
        if workspace is None:
            return
        chosen = self._current(self.view, self.model)
        rows = workspace.people.people_list()
        self._search = PeopleSearch(rows)
        selection = self.view.selectionModel()
        selection.blockSignals(True)  # the detail is told once, below, not per reset
        try:
            self._apply_filter(self.search.text())
            if chosen is not None:
                self.select_person(chosen.uid)
        finally:
            selection.blockSignals(False)
        self._selection_changed()
        self._show_person()
        fit_columns(self.view)
        self.organisations.set_rows(workspace.people.organisations())
        self.imports.set_rows(workspace.people.import_batches())
        fit_columns(self.organisation_view)
        fit_columns(self.import_view)

    def _apply_filter(self, text: str) -> None:
        rows = self._search.filter(text)
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n people", "", len(rows)))

    def _current(self, view: Any, model: RowTableModel) -> Any:
        index = view.selectionModel().currentIndex()
        return model.row_at(index.row()) if index.isValid() else None

    def _show_person(self) -> None:
        row = self._current(self.view, self.model)
        if row is None or self._workspace is None:
            self.detail.show_person(None)
            return
        try:
            self.detail.show_person(self.workspace.people.person_detail(row.uid))
        except UserError:
            self.detail.show_person(None)

    def select_person(self, uid: str) -> bool:
        row = self.model.row_of(uid)
        if row < 0:
            return False
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self) -> None:
        chosen = len(self.view.selectionModel().selectedRows())
        self.merge_button.setEnabled(chosen == 2)
        self.erase_button.setEnabled(chosen == 1)

    def erase_selected(self) -> None:
        """Wissen: the chosen person, after the coach confirms (as on the Privacy page)."""
        from desktop.people.erasing import erase_person

        rows = [self.model.row_at(i.row()) for i in self.view.selectionModel().selectedRows()]
        if len(rows) != 1:
            return
        self.detail.flush()

        def erased(dialog: Any) -> None:
            self.erasure_dialog = dialog
            self.reload()

        erase_person(self, self.workspace, rows[0].uid, (rows[0].name, rows[0].email), erased)

    def new_person(self) -> None:
        """Nieuwe persoon: typed in, checked, stored as one step; then shown in the list."""
        from desktop.people.new_person_dialog import NewPersonDialog

        self.tabs.setCurrentIndex(0)
        dialog = NewPersonDialog(self.workspace, self)
        if dialog.exec() and dialog.created_uid:
            self.search.clear()
            self.reload()
            self.select_person(dialog.created_uid)

    def merge_selected(self) -> None:
        """Samenvoegen: the two selected records, after the preview."""
        from desktop.people.merge_dialog import MergeDialog

        rows = [self.model.row_at(i.row()) for i in self.view.selectionModel().selectedRows()]
        if len(rows) != 2:
            return
        self.detail.flush()
        dialog = MergeDialog(self.workspace, rows[0].uid, rows[1].uid, self)
        if dialog.exec() and dialog.merge_uid:
            self.reload()
            self.select_person(dialog.kept_uid)

    def new_organisation(self) -> None:
        from desktop.people.organisation_dialog import OrganisationDialog

        dialog = OrganisationDialog(self.workspace, "", self)
        if dialog.exec():
            self.reload()

    def edit_organisation(self) -> None:
        from desktop.people.organisation_dialog import OrganisationDialog

        row = self._current(self.organisation_view, self.organisations)
        if row is None:
            return
        if OrganisationDialog(self.workspace, row.uid, self).exec():
            self.reload()
            self._show_organisation()

    def _show_organisation(self) -> None:
        row = self._current(self.organisation_view, self.organisations)
        detail = self.workspace.people.organisation_detail(row.uid) if row is not None else None
        self.organisation_detail.show_organisation(detail)

    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a people list"),
            "",
            self.tr("Spreadsheets (%1)").replace("%1", SPREADSHEETS),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, session_uid: str | None = None) -> Any:
        from desktop.people.import_dialog import start_import

        dialog = start_import(self, self.workspace, path, session_uid)
        dialog.imported.connect(lambda _uid: self._changed())
        dialog.undone.connect(lambda _uid: self._changed())
        return dialog

    def _changed(self) -> None:
        self.reload()
        self.people_changed.emit()

    def _undo_import(self) -> None:
        row = self._current(self.import_view, self.imports)
        if row is None:
            return
        try:
            result = self.workspace.people.undo_people_import(row.uid)
        except UserError as error:
            QMessageBox.information(self, self.tr("Import not undone"), user_message(error))
            return
        message = self.tr("%n people removed.", "", result.removed)
        if result.kept:
            message += " " + self.tr(
                "%n people kept because they were used since the import.", "", result.kept
            )
        self.count.setText(message)
        self._changed()

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export people"), "personen.xlsx", self.tr("Excel (*.xlsx)")
        )
        if path:
            self.export_people(Path(path))

    def export_people(self, path: Path) -> Path:
        """The people now shown (the search applies) as an Excel file."""
        from exports.people.people_xlsx import write_people

        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        return write_people(path, rows)
