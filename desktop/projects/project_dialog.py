"""The form of one project: name, place, goals, functions or menukaart, stage, budget, people."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.formats import money_text
from desktop.shell.messages import user_message
from models.core.errors import UserError
from models.core.formatting import MONEY_EXAMPLE, parse_money
from models.projects.dto import MemberInput, ProjectInput, ProjectOptions, ProjectSummary

LEAD_COLUMN, MEMBER_COLUMN = 1, 2


class ProjectDialog(QDialog):
    """Built from the programme's options; `submit` stores the input or raises UserError."""

    def __init__(
        self,
        options: ProjectOptions,
        submit: Callable[[ProjectInput], None],
        project: ProjectSummary | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._options = options
        self._submit = submit
        label = options.label or self.tr("Project")
        title = self.tr("New: %1") if project is None else self.tr("Edit: %1")
        self.setWindowTitle(title.replace("%1", label.lower() if project is None else project.name))
        self.name = QLineEdit()
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Village, kern or wijk"))
        self.goals = QPlainTextEdit()
        self.goals.setTabChangesFocus(True)
        self.goals.setFixedHeight(self.goals.fontMetrics().lineSpacing() * 3 + 14)
        self.stage = QComboBox()
        for stage in options.stages:
            self.stage.addItem(stage.name, stage.key)
            self.stage.setItemData(
                self.stage.count() - 1, stage.description, Qt.ItemDataRole.ToolTipRole
            )
        self.menu = QComboBox()
        self.menu.addItem(self.tr("Own idea (not from the menu)"), None)
        for item in options.menu:
            self.menu.addItem(item.name, item.key)
        self.requested = QLineEdit()
        self.granted = QLineEdit()
        for line in (self.requested, self.granted):
            line.setPlaceholderText(MONEY_EXAMPLE)
            line.setMaximumWidth(160)
        self.functions: dict[str, QCheckBox] = {}
        self.people = QTableWidget(len(options.people), 3)
        self.people.setAccessibleName(self.tr("People in the project"))
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(options)
        if project is not None:
            self._fill(project)
        self.resize(760, 640)

    def _lay_out(self, options: ProjectOptions) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Goals"), self.goals)
        if options.menu:
            form.addRow(self.tr("From the menu"), self.menu)
        form.addRow(self.tr("Stage"), self.stage)
        if options.uses_budget:
            budget = QHBoxLayout()
            budget.addWidget(QLabel(self.tr("asked")))
            budget.addWidget(self.requested)
            budget.addSpacing(16)
            budget.addWidget(QLabel(self.tr("granted")))
            budget.addWidget(self.granted)
            budget.addStretch(1)
            form.addRow(self.tr("Budget"), budget)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(form)
        if options.function_groups:
            box = QGroupBox(self.tr("Functions it combines"))
            grid = QGridLayout(box)
            for column, group in enumerate(options.function_groups):
                grid.addWidget(QLabel(f"<b>{group.name}</b>"), 0, column)
                for row, function in enumerate(group.functions, start=1):
                    check = QCheckBox(function.name)
                    self.functions[function.key] = check
                    grid.addWidget(check, row, column, Qt.AlignmentFlag.AlignTop)
            grid.setRowStretch(grid.rowCount(), 1)
            layout.addWidget(box)
        layout.addWidget(QLabel("<b>" + self.tr("Leads and members") + "</b>"))
        self._fill_people(options)
        layout.addWidget(self.people, 1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Project"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.error)
        outer.addWidget(self.buttons)

    def _fill_people(self, options: ProjectOptions) -> None:
        table = self.people
        table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Lead"), self.tr("Member")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (LEAD_COLUMN, MEMBER_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for row, person in enumerate(options.people):
            name = QTableWidgetItem(person.name)
            name.setData(Qt.ItemDataRole.UserRole, person.uid)
            table.setItem(row, 0, name)
            for column in (LEAD_COLUMN, MEMBER_COLUMN):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Unchecked)
                table.setItem(row, column, item)
        table.setMinimumHeight(140)

    def _fill(self, project: ProjectSummary) -> None:
        self.name.setText(project.name)
        self.place.setText(project.place)
        self.goals.setPlainText(project.goals)
        if project.stage is not None:
            self.stage.setCurrentIndex(max(0, self.stage.findData(project.stage.key)))
        if project.menu_item is not None:
            self.menu.setCurrentIndex(max(0, self.menu.findData(project.menu_item.key)))
        for function in project.functions:
            if function.key in self.functions:
                self.functions[function.key].setChecked(True)
        if project.budget_requested_cents is not None:
            self.requested.setText(money_text(project.budget_requested_cents).lstrip("€ \u00a0"))
        if project.budget_granted_cents is not None:
            self.granted.setText(money_text(project.budget_granted_cents).lstrip("€ \u00a0"))
        members = {m.person_uid: m for m in project.members}
        for row in range(self.people.rowCount()):
            uid = self._item(row, 0).data(Qt.ItemDataRole.UserRole)
            member = members.get(uid)
            if member is not None:
                column = LEAD_COLUMN if member.is_lead else MEMBER_COLUMN
                self._item(row, column).setCheckState(Qt.CheckState.Checked)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.people.item(row, column)
        assert item is not None  # every cell is filled in _fill_people
        return item

    def set_checked(self, person_uid: str, column: int, checked: bool = True) -> None:
        """Ticks a person as lead (column 1) or member (column 2)."""
        for row in range(self.people.rowCount()):
            if self._item(row, 0).data(Qt.ItemDataRole.UserRole) == person_uid:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                self._item(row, column).setCheckState(state)

    def _members(self) -> tuple[MemberInput, ...]:
        members = []
        for row in range(self.people.rowCount()):
            uid = self._item(row, 0).data(Qt.ItemDataRole.UserRole)
            lead = self._item(row, LEAD_COLUMN).checkState() == Qt.CheckState.Checked
            member = self._item(row, MEMBER_COLUMN).checkState() == Qt.CheckState.Checked
            if lead or member:
                members.append(MemberInput(uid, lead, "trekker" if lead else ""))
        return tuple(members)

    def project_input(self) -> ProjectInput:
        """The form as input; raises UserError for an amount typed wrong."""
        requested = self.requested.text().strip()
        granted = self.granted.text().strip()
        return ProjectInput(
            name=self.name.text(),
            place=self.place.text(),
            goals=self.goals.toPlainText(),
            functions=tuple(key for key, check in self.functions.items() if check.isChecked()),
            stage=self.stage.currentData() or "",
            menu_item_key=self.menu.currentData() if self._options.menu else None,
            budget_requested_cents=parse_money(requested, field="requested") if requested else None,
            budget_granted_cents=parse_money(granted, field="granted") if granted else None,
            members=self._members(),
        )

    def save(self) -> None:
        """Stores through `submit`; a refusal shows here and the dialog stays open."""
        try:
            self._submit(self.project_input())
        except UserError as error:
            self.error.setText(user_message(error))
            self.error.show()
            target = {"name": self.name, "requested": self.requested, "granted": self.granted}
            widget = target.get(error.field or "")
            if widget is not None:
                widget.setFocus()
            return
        self.accept()
