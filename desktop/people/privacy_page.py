"""Instellingen → Privacy: who to review, export everything about a person, erase a person."""

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.people.erasing import erase_person
from desktop.people.erasure_dialog import ErasureDialog
from desktop.shell.formats import date_text
from desktop.widgets.common import fit_columns, subtitle_label, table_view
from desktop.widgets.row_table import Column, RowTableModel
from desktop.widgets.workspace_view import WorkspaceView
from models.core.changes import DataKind

if TYPE_CHECKING:
    from models.workspace import Workspace


class PrivacyPage(WorkspaceView, QWidget):
    """Two lists (people to review, people found by name) and the actions on the selected one."""

    shows = frozenset({DataKind.PERSON, DataKind.CONSENT})
    refresh_while_typing = True  # the search text stays

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.erasure_dialog: ErasureDialog | None = None  # shown after an erasure
        self.consent_months = QSpinBox()
        self.consent_months.setAccessibleName(self.tr("Consent older than (months)"))
        self.consent_months.setRange(1, 240)
        self.consent_months.setValue(24)
        self.consent_months.setSuffix(self.tr(" months"))
        self.ended_months = QSpinBox()
        self.ended_months.setAccessibleName(self.tr("Trajectories ended more than (months ago)"))
        self.ended_months.setRange(1, 240)
        self.ended_months.setValue(12)
        self.ended_months.setSuffix(self.tr(" months"))
        periods = QHBoxLayout()
        periods.addWidget(QLabel(self.tr("Consent older than")))
        periods.addWidget(self.consent_months)
        periods.addWidget(QLabel(self.tr("Trajectories ended more than")))
        periods.addWidget(self.ended_months)
        periods.addWidget(QLabel(self.tr("ago")))
        periods.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Or find a person by name or email"))
        self.search.setClearButtonEnabled(True)
        self.model = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Email"), lambda r: r.email),
                Column(self.tr("Why"), lambda r: r.reason),
                Column(
                    self.tr("Since"),
                    lambda r: date_text(r.since) if r.since else "",
                    lambda r: r.since,
                ),
            ],
            self,
        )
        self.view = table_view(self.model)
        self.view.setAccessibleName(self.tr("People to erase"))
        self.count = subtitle_label()
        self.export_json = QPushButton(self.tr("Export as JSON…"))
        self.export_xlsx = QPushButton(self.tr("Export as Excel…"))
        self.erase = QPushButton(self.tr("Erase person…"))
        self.erase.setObjectName("danger")
        buttons = QHBoxLayout()
        for button in (self.export_json, self.export_xlsx, self.erase):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = subtitle_label()
        layout = QVBoxLayout(self)
        layout.addWidget(
            subtitle_label(
                self.tr(
                    "Erasing a person wipes their name and contact details everywhere; their "
                    "attendance stays as an anonymous count, their actions and projects stay "
                    "with an erased owner. This cannot be undone."
                )
            )
        )
        layout.addLayout(periods)
        layout.addWidget(self.search)
        layout.addWidget(self.count)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.consent_months.valueChanged.connect(self.refresh)
        self.ended_months.valueChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.export_json.clicked.connect(lambda: self._export("json"))
        self.export_xlsx.clicked.connect(lambda: self._export("xlsx"))
        self.erase.clicked.connect(self._erase)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace
        self.refresh()

    def refresh(self) -> None:
        if self._workspace is None:
            return
        text = self.search.text().strip()
        if text:
            found = self.workspace.privacy.find_people_for_privacy(text)
            rows: list[Any] = [_Found(uid, name, email) for uid, name, email in found]
        else:
            rows = self.workspace.privacy.people_to_review(
                consent_months=self.consent_months.value(), ended_months=self.ended_months.value()
            )
        self.model.set_rows(rows)
        fit_columns(self.view)
        self.count.setText(
            self.tr("%n people found", "", len(rows))
            if text
            else self.tr("%n people to review", "", len(rows))
        )
        self._update_buttons()

    def selected(self) -> Any:
        index = self.view.currentIndex()
        selected = self.view.selectionModel().hasSelection()
        return self.model.row_at(index.row()) if index.isValid() and selected else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.export_json, self.export_xlsx, self.erase):
            button.setEnabled(chosen)

    def _export(self, kind: str) -> None:
        row = self.selected()
        if row is None or self._workspace is None:
            return
        title = self.tr("Export everything about %1").replace("%1", row.name)
        pattern = self.tr("JSON (*.json)") if kind == "json" else self.tr("Excel (*.xlsx)")
        target, _filter = QFileDialog.getSaveFileName(self, title, f"persoon.{kind}", pattern)
        if target:
            path = write_dossier(self.workspace.privacy.person_dossier(row.uid), Path(target), kind)
            self.status.setText(self.tr("Saved in %1").replace("%1", str(path)))

    def _erase(self) -> None:
        row = self.selected()
        if row is None or self._workspace is None:
            return

        def erased(dialog: ErasureDialog) -> None:
            self.erasure_dialog = dialog
            self.status.setText(self.tr("The person was erased."))
            self.refresh()

        erase_person(self, self.workspace, row.uid, (row.name, row.email), erased)


class _Found:
    """A search hit shown in the same table as the review rows."""

    def __init__(self, uid: str, name: str, email: str) -> None:
        self.uid, self.name, self.email = uid, name, email
        self.reason, self.since = "", None


def write_dossier(dossier: Any, target: Path, kind: str) -> Path:
    """The person's data as JSON, or as one Excel sheet (section, item, field, value)."""
    if kind == "json":
        from exports.pdf.atomic import write_atomically

        text = json.dumps(dossier.as_json(), ensure_ascii=False, indent=2)
        return write_atomically(target, text.encode("utf-8"))
    from exports.spreadsheet import write_table

    rows = [(line.section, line.item, line.field, line.value) for line in dossier.lines]
    return write_table(target, "Persoonsgegevens", ["Onderdeel", "Wat", "Veld", "Waarde"], rows)
