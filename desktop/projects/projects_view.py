"""The Deelnemers tab: the trajectory's people, its projects and their progress per session."""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.projects.project_dialog import ProjectDialog
from desktop.projects.projects_parts import (
    GridModel,
    budget_text,
    people_columns,
    project_columns,
)
from desktop.projects.projects_progress import ProjectProgressPanel
from desktop.shell.messages import user_message
from desktop.widgets.accelerators import set_tab_text
from desktop.widgets.common import empty_label, fit_columns, subtitle_label, table_view
from desktop.widgets.row_table import RowTableModel
from desktop.widgets.workspace_view import WorkspaceView
from models.core.changes import DataKind
from models.core.errors import EditConflict, UserError
from models.projects.dto import ProgressGrid, ProjectInput, ProjectsOverview

if TYPE_CHECKING:
    from models.workspace import Workspace


PEOPLE_PAGE, PROJECTS_PAGE, PROGRESS_PAGE = 0, 1, 2


class ProjectsView(WorkspaceView, QWidget):
    """Lays out people, projects and the progress grid; all data comes from the workspace."""

    # Not the progress notes (typed here and saved as typed): a reload would reset the editor.
    shows = frozenset({DataKind.PROJECT, DataKind.PROJECT_MEMBER, DataKind.PERSON, DataKind.ACTION})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uid = ""
        self._overview: ProjectsOverview | None = None
        self._grid: ProgressGrid | None = None
        self.people_model = RowTableModel(people_columns(), self)
        self.people = table_view(self.people_model)
        self.people.setAccessibleName(self.tr("Participants"))
        self.people_empty = empty_label(self.tr("No contact persons or participants yet."))
        self.budget = subtitle_label()
        self.menu_state = subtitle_label()
        self.no_projects = empty_label("")
        self.new_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.projects_model = RowTableModel([], self)
        self.projects = table_view(self.projects_model)
        self.grid_hint = subtitle_label(
            self.tr("Choose a cell to see and write the project's progress in that session.")
        )
        self.grid_model: RowTableModel = RowTableModel([], self)
        self.grid = table_view(self.grid_model)
        self.grid.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.grid.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.grid.setSortingEnabled(False)
        self.panel = ProjectProgressPanel()
        self._lay_out()
        self.new_button.clicked.connect(self.new_project)
        self.edit_button.clicked.connect(self.edit_project)
        self.delete_button.clicked.connect(self.delete_project)
        self.projects.doubleClicked.connect(lambda _index: self.edit_project())
        self.panel.changed.connect(self._refresh_grid)
        self.setEnabled(False)

    def _lay_out(self) -> None:
        # Inner pages: at 1366×768 the tab has about 1100×430 pixels, too little to stack
        # people, projects and the grid on one page.
        people = QWidget()
        column = QVBoxLayout(people)
        column.setContentsMargins(0, 4, 0, 0)
        column.addWidget(self.people_empty)
        column.addWidget(self.people, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.budget, 1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        projects = QWidget()
        top_layout = QVBoxLayout(projects)
        top_layout.setContentsMargins(0, 4, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.menu_state)
        top_layout.addWidget(self.no_projects)
        top_layout.addWidget(self.projects, 1)
        grid_part = QWidget()
        grid_layout = QVBoxLayout(grid_part)
        grid_layout.setContentsMargins(0, 4, 0, 0)
        grid_layout.addWidget(self.grid_hint)
        grid_layout.addWidget(self.grid, 1)
        self.progress_splitter = QSplitter(Qt.Orientation.Vertical)
        self.progress_splitter.addWidget(grid_part)
        self.progress_splitter.addWidget(self.panel)
        self.progress_splitter.setSizes([205, 195])
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(people, "")
        self.pages.addTab(projects, "")
        self.pages.addTab(self.progress_splitter, self.tr("Progress per session"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.pages)

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace
        self.panel.set_workspace(workspace)

    def show_trajectory(self, uid: str) -> None:
        """Loads the trajectory's people, projects and progress grid."""
        self.panel.save_note()
        try:
            overview: ProjectsOverview = self.workspace.projects.projects_overview(uid)
        except UserError as error:
            self._uid, self._overview = "", None
            self.people_model.set_rows([])
            self.people.hide()
            self.people_empty.setText(user_message(error))
            self.people_empty.show()
            self.pages.setTabVisible(PROJECTS_PAGE, False)
            self.pages.setTabVisible(PROGRESS_PAGE, False)
            self.setEnabled(True)
            return
        self._uid, self._overview = uid, overview
        self.setEnabled(True)
        self._show_overview(overview)
        self._refresh_grid(keep_cell=False)

    def _show_overview(self, overview: ProjectsOverview, select_uid: str = "") -> None:
        options = overview.options
        self.people_model.set_rows(options.people)
        self.people.setVisible(bool(options.people))
        self.people_empty.setVisible(not options.people)
        fit_columns(self.people, 220)
        contacts = sum(1 for p in options.people if p.is_contact)
        set_tab_text(
            self.pages,
            PEOPLE_PAGE,
            self.tr("Contact persons (%1) and participants (%2)")
            .replace("%1", str(contacts))
            .replace("%2", str(len(options.people) - contacts)),
        )
        has = options.has_projects
        self.pages.setTabVisible(PROJECTS_PAGE, has)
        self.pages.setTabVisible(PROGRESS_PAGE, has)
        if not has:
            self.people_empty.setText(
                self.tr(
                    "No contact persons or participants yet. The programme '%1' has no "
                    "participant projects: the participants take part in the sessions together."
                ).replace("%1", options.programme_name)
            )
            self.pages.setCurrentIndex(PEOPLE_PAGE)
            return
        self.people_empty.setText(self.tr("No contact persons or participants yet."))
        set_tab_text(
            self.pages, PROJECTS_PAGE, f"{options.label_plural} ({len(overview.projects)})"
        )
        self.new_button.setText(self.tr("Add %1…").replace("%1", options.label))
        self.new_button.setToolTip(options.description)
        self.no_projects.setText(self.tr("No projects yet: add the first with 'New'."))
        self.no_projects.setVisible(not overview.projects)
        self.projects.setVisible(bool(overview.projects))
        text = budget_text(overview.budget)
        over = overview.budget is not None and overview.budget.over_budget
        self.budget.setProperty("role", "error" if over else "")
        self.budget.style().unpolish(self.budget)
        self.budget.style().polish(self.budget)
        self.budget.setText(f"⚠ {text}" if over else text)  # a sign, not only the colour
        self.budget.setVisible(bool(text))
        self._show_menu_state(overview)
        old = self.projects_model
        self.projects_model = RowTableModel(project_columns(options, overview.projects), self)
        self.projects_model.set_rows(overview.projects)
        self.projects.setModel(self.projects_model)
        old.deleteLater()
        fit_columns(self.projects, 260)
        rows = [self.projects_model.row_at(i) for i in range(self.projects_model.rowCount())]
        for index, row in enumerate(rows):
            if row.uid == select_uid:
                self.projects.selectRow(index)
        self._update_buttons()
        self.projects.selectionModel().selectionChanged.connect(self._update_buttons)

    def _show_menu_state(self, overview: ProjectsOverview) -> None:
        if not overview.menu_use:
            self.menu_state.hide()
            return
        chosen = sum(1 for m in overview.menu_use if m.projects)
        still_open = [m.name for m in overview.menu_use if not m.projects]
        text = (
            self.tr("Menu: %1 of %2 chosen")
            .replace("%1", str(chosen))
            .replace("%2", str(len(overview.menu_use)))
        )
        if still_open:
            text += " · " + self.tr("not chosen yet: %1").replace("%1", ", ".join(still_open))
        self.menu_state.setText(text)
        self.menu_state.show()

    def _refresh_grid(self, keep_cell: bool = True) -> None:
        """Reloads the grid; the chosen cell stays chosen without reloading the panel."""
        if not self._uid or self._overview is None or not self._overview.options.has_projects:
            return
        current = self.grid.currentIndex() if keep_cell else QModelIndex()
        position = (current.row(), current.column()) if current.isValid() else None
        grid: ProgressGrid = self.workspace.projects.progress_grid(self._uid)
        self._grid = grid
        old = self.grid_model
        self.grid_model = GridModel(grid, self)
        self.grid.setModel(self.grid_model)
        old.deleteLater()
        fit_columns(self.grid, 200)
        if position is not None and position[0] < len(grid.projects):
            self.grid.setCurrentIndex(self.grid_model.index(*position))
        else:
            self.panel.clear(self.grid_hint.text() if grid.projects else "")
        self.grid.selectionModel().currentChanged.connect(self._cell_chosen)

    def _cell_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        grid, overview = self._grid, self._overview
        if grid is None or overview is None or not current.isValid():
            return
        project = grid.projects[current.row()]
        column = current.column()
        if column == 0:
            column = 1  # the project's name: its first session
        session_uid = grid.sessions[column - 1].uid if column - 1 < len(grid.sessions) else None
        self.panel.show_cell(
            project.uid,
            session_uid,
            overview.options.people,
            tuple(m.name for m in project.members),
        )

    def select_cell(self, project_row: int, session_column: int) -> None:
        """Chooses a grid cell (session_column counts from 1; past the sessions: between)."""
        self.grid.setCurrentIndex(self.grid_model.index(project_row, session_column))

    def _selected(self) -> Any:
        indexes = self.projects.selectionModel().selectedRows()
        return self.projects_model.row_at(indexes[0].row()) if indexes else None

    def _update_buttons(self, *_args: QItemSelection) -> None:
        selected = self._selected() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def project_dialog(self, project: Any = None) -> ProjectDialog:
        """The form for a new project, or for the given one."""
        assert self._overview is not None
        uid = self._uid
        read = [project.row_version if project is not None else None]

        def submit(data: ProjectInput) -> None:
            if project is None:
                self._last_saved = self.workspace.projects.create_project(uid, data)
                return
            try:
                self.workspace.projects.update_project(project.uid, data, read[0])
            except EditConflict as conflict:
                read[0] = conflict.stored_version  # stored again: over theirs, knowingly
                raise
            self._last_saved = project.uid

        return ProjectDialog(self._overview.options, submit, project, self)

    def new_project(self) -> None:
        self._run_dialog(self.project_dialog())

    def edit_project(self) -> None:
        project = self._selected()
        if project is not None:
            self._run_dialog(self.project_dialog(project))

    def _run_dialog(self, dialog: ProjectDialog) -> None:
        self._last_saved = ""
        if dialog.exec():
            self.reload(self._last_saved)

    def refresh(self) -> None:
        selected = self._selected()
        if self._uid:
            self.reload(selected.uid if selected is not None else "")

    def reload(self, select_uid: str = "") -> None:
        overview = self.workspace.projects.projects_overview(self._uid)
        self._overview = overview
        self._show_overview(overview, select_uid)
        self._refresh_grid()

    def delete_project(self, confirm: bool = True) -> None:
        project = self._selected()
        if project is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete"),
                self.tr(
                    "Delete '%1' with its progress notes? Its actions stay in the trajectory."
                ).replace("%1", project.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.workspace.projects.delete_project(project.uid)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Delete"), user_message(error))
            return
        self.panel.clear()
        self.reload()

    def save_pending(self) -> None:
        """Stores a progress note being typed: call before closing or switching trajectory."""
        self.panel.save_note()
