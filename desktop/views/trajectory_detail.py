"""One trajectory: its header and the tabs Intake · Offerte · Planning · … · Evaluatie."""

from typing import Any

from PySide6.QtWidgets import QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from desktop.item_models.row_table import RowTableModel
from desktop.labels import status_label
from desktop.views.columns import (
    contact_columns,
    partner_columns,
    phase_columns,
    project_columns,
    session_columns,
)
from desktop.views.intake_view import IntakeView
from desktop.views.quote_view import QuoteView
from desktop.views.widgets import empty_label, fit_columns, subtitle_label, table_view
from models.formatting import format_date
from models.services.dto import TrajectoryDetail


class TableTab(QWidget):
    """A tab showing one or more tables, with a line saying when a table is empty."""

    def __init__(self, sections: list[tuple[str, RowTableModel, str]]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.sections: list[tuple[RowTableModel, QTableView, QLabel]] = []
        for heading, model, empty_text in sections:
            if heading:
                layout.addWidget(QLabel(f"<b>{heading}</b>"))
            view = table_view(model)
            empty = empty_label(empty_text)
            layout.addWidget(empty)
            layout.addWidget(view, 1)
            self.sections.append((model, view, empty))

    def refresh(self) -> None:
        for model, view, empty in self.sections:
            has_rows = model.rowCount() > 0
            view.setVisible(has_rows)
            empty.setVisible(not has_rows)
            if has_rows:
                fit_columns(view)


class TrajectoryDetailView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.facts = subtitle_label()
        self.tabs = QTabWidget()
        self.phases = RowTableModel(phase_columns(), self)
        self.sessions = RowTableModel(session_columns(), self)
        self.contacts = RowTableModel(contact_columns(), self)
        self.projects = RowTableModel(project_columns(), self)
        self.partners = RowTableModel(partner_columns(), self)
        self.actions_summary = subtitle_label()
        later = self.tr("This part of the trajectory is not filled in yet.")
        self.table_tabs = {
            "planning": TableTab([("", self.phases, self.tr("No phases planned yet."))]),
            "sessions": TableTab([("", self.sessions, self.tr("No sessions yet."))]),
            "participants": TableTab(
                [
                    (self.tr("Contact persons"), self.contacts, self.tr("No contact persons yet.")),
                    (self.tr("Participant projects"), self.projects, self.tr("No projects.")),
                ]
            ),
            "partners": TableTab([("", self.partners, self.tr("No partners yet."))]),
        }
        self.intake = IntakeView()
        self.quote = QuoteView()
        actions_tab = QWidget()
        QVBoxLayout(actions_tab).addWidget(self.actions_summary)
        for title, widget in (
            (self.tr("Intake"), self.intake),
            (self.tr("Quote"), self.quote),
            (self.tr("Planning"), self.table_tabs["planning"]),
            (self.tr("Sessions"), self.table_tabs["sessions"]),
            (self.tr("Participants"), self.table_tabs["participants"]),
            (self.tr("Partners"), self.table_tabs["partners"]),
            (self.tr("Actions"), actions_tab),
            (self.tr("Evaluation"), empty_label(later)),
        ):
            self.tabs.addTab(widget, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.tabs, 1)
        self._store: Any = None
        self.setEnabled(False)

    def set_store(self, store: Any) -> None:
        self._store = store
        self.intake.set_store(store)
        self.quote.set_store(store)

    def show_trajectory(self, detail: TrajectoryDetail) -> None:
        row = detail.row
        self.setEnabled(True)
        self.heading.setText(row.name)
        start = format_date(row.start_date) if row.start_date else self.tr("not set")
        self.facts.setText(
            " · ".join(
                part
                for part in (
                    row.programme_name,
                    ", ".join(row.clients),
                    self.tr("start %1").replace("%1", start),
                    status_label(row.status),
                    row.current_phase,
                )
                if part
            )
        )
        self.intake.show_trajectory(row.uid)
        self.quote.show_trajectory(row.uid)
        self.phases.set_rows(detail.phases)
        self.sessions.set_rows(detail.sessions)
        self.contacts.set_rows(detail.contacts)
        self.projects.set_rows(detail.projects)
        self.partners.set_rows(detail.partners)
        self.actions_summary.setText(self.tr("%n open actions", "", detail.open_actions))
        for tab in self.table_tabs.values():
            tab.refresh()
