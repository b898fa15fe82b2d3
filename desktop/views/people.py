"""Personen & organisaties: everyone known, searchable as you type."""

from typing import Any

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop.item_models.row_table import RowTableModel
from desktop.views.columns import people_columns
from desktop.views.widgets import fit_columns, subtitle_label, table_view, title_label
from models.services.dto import PersonRow
from models.services.people_search import filter_people


class PeoplePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[PersonRow] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, email, phone or municipality"))
        self.search.setClearButtonEnabled(True)
        self.count = subtitle_label()
        self.model = RowTableModel(people_columns(), self)
        self.view = table_view(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title_label(self.tr("People & organisations")))
        layout.addWidget(self.search)
        layout.addWidget(self.count)
        layout.addWidget(self.view, 1)
        self.search.textChanged.connect(self._apply_filter)

    def set_store(self, store: Any) -> None:
        self._all = store.people()
        self._apply_filter(self.search.text())
        fit_columns(self.view)

    def _apply_filter(self, text: str) -> None:
        rows = filter_people(self._all, text)
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n people", "", len(rows)))
