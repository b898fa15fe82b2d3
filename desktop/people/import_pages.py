"""The pages of the import dialog: busy, mapping, preview and result (layout only)."""

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.people.import_models import (
    ProblemTableModel,
    SuggestionTableModel,
    field_label,
)
from desktop.widgets.accelerators import give_accelerator, set_tab_text
from desktop.widgets.common import subtitle_label, table_view, title_label
from desktop.widgets.row_table import Column, RowTableModel
from models.people.importing.cleaning import cell_text
from models.people.importing.headers import Field, SheetTable
from models.people.importing.plan import PlannedPerson

SPREADSHEETS = "*.xlsx *.xls *.ods *.csv"  # what the file dialogs offer (content decides)

FIELD_ORDER = (
    Field.FIRST_NAME,
    Field.LAST_NAME,
    Field.LAST_FIRST_NAME,
    Field.FULL_NAME,
    Field.EMAIL,
    Field.PHONE,
    Field.POSTCODE,
    Field.MUNICIPALITY,
    Field.ORGANISATION,
    Field.CONSENT,
    Field.IGNORE,
)


class BusyPage(QWidget):
    """What is going on, a progress bar and, when it went wrong, why (and another try)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title_label(self.tr("Reading the file…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.message = subtitle_label()
        self.another = QPushButton(self.tr("Choose another file…"))
        self.another.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.another)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_busy(self, title: str) -> None:
        self.title.setText(title)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.message.setText("")
        self.another.setVisible(False)

    def show_error(self, title: str, message: str) -> None:
        self.title.setText(title)
        self.progress.setVisible(False)
        self.message.setText(message)
        self.another.setVisible(True)


class MappingPage(QWidget):
    """Per sheet: each column's header, an example value and the field it goes to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = subtitle_label(
            self.tr(
                "Check which column holds what. Columns set to “do not import” are left out. "
                "Your choice is remembered for files with the same column names."
            )
        )
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Columns")))
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        self._boxes: dict[int, dict[str, QComboBox]] = {}
        self._notes: dict[str, QLabel] = {}

    def set_tables(
        self,
        tables: Sequence[SheetTable],
        mappings: Mapping[int, Mapping[str, Field]],
        notes: Mapping[int, Mapping[str, str]] | None = None,
    ) -> None:
        """One tab per sheet; `notes` say why a column was chosen or left out by its values."""
        self.tabs.clear()
        self._boxes = {}
        self._notes = {}
        for table in tables:
            form_host = QWidget()
            form = QFormLayout(form_host)
            boxes: dict[str, QComboBox] = {}
            sheet_notes = (notes or {}).get(table.sheet_index, {})
            for index, header in enumerate(table.headers):
                box = QComboBox()
                for field in FIELD_ORDER:
                    box.addItem(field_label(field.value), field.value)
                chosen = mappings.get(table.sheet_index, {}).get(header, Field.IGNORE)
                box.setCurrentIndex(FIELD_ORDER.index(chosen))
                box.setAccessibleName(header)
                example = next(
                    (cell_text(c[index]) for _, c in table.rows[:5] if c[index] is not None), ""
                )
                label = QLabel(f"<b>{_escape(header)}</b>  <i>{_escape(example[:40])}</i>")
                form.addRow(label, self._with_note(box, sheet_notes.get(header), header))
                boxes[header] = box
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(form_host)
            title = self.tr("%1 (header on row %2)").replace("%1", table.sheet_name)
            scroll.setAccessibleName(title.replace("%2", str(table.header_row)))
            self.tabs.addTab(scroll, title.replace("%2", str(table.header_row)))
            self._boxes[table.sheet_index] = boxes
        give_accelerator(self.tabs.tabBar())  # the sheets' tabs come after the dialog shows

    def _with_note(self, box: QComboBox, note: str | None, header: str) -> QWidget:
        if note is None:
            return box
        host = QWidget()
        column = QVBoxLayout(host)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(box)
        label = subtitle_label(note)
        column.addWidget(label)
        self._notes[header] = label
        return host

    def note(self, header: str) -> str:
        """The note shown under a column's choice ("" when there is none)."""
        label = self._notes.get(header)
        return label.text() if label is not None else ""

    def mappings(self) -> dict[int, dict[str, Field]]:
        return {
            sheet: {header: Field(box.currentData()) for header, box in boxes.items()}
            for sheet, boxes in self._boxes.items()
        }

    def box(self, sheet_index: int, header: str) -> QComboBox:
        return self._boxes[sheet_index][header]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class PersonLine(NamedTuple):
    """A person the import makes or matches, and what happens to them, in words."""

    person: PlannedPerson
    what: str


def _people_columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("ImportPreview", "Row"),
            lambda line: ", ".join(str(k[1]) for k in line.person.rows),
            lambda line: line.person.rows[0],
        ),
        Column(
            QCoreApplication.translate("ImportPreview", "Name"),
            lambda line: line.person.values.full_name,
        ),
        Column(
            QCoreApplication.translate("ImportPreview", "Email"),
            lambda line: line.person.values.email or "",
        ),
        Column(
            QCoreApplication.translate("ImportPreview", "Phone"),
            lambda line: line.person.values.phone or "",
        ),
        Column(
            QCoreApplication.translate("ImportPreview", "Postcode"),
            lambda line: line.person.values.postcode or "",
        ),
        Column(
            QCoreApplication.translate("ImportPreview", "Municipality"),
            lambda line: line.person.values.municipality or "",
        ),
        Column(QCoreApplication.translate("ImportPreview", "What happens"), lambda line: line.what),
    ]


class PreviewPage(QWidget):
    """The summary, then the problems, the possible duplicates and the people to import."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = subtitle_label()
        self.problems = ProblemTableModel(self)
        self.suggestions = SuggestionTableModel(self)
        self.people = RowTableModel(_people_columns(), self)
        self.problem_view = self._editable_view(self.problems)
        self.problem_view.setAccessibleName(self.tr("Problems"))
        self.problem_view.horizontalHeader().setSectionResizeMode(
            ProblemTableModel.MESSAGE, QHeaderView.ResizeMode.Stretch
        )
        self.suggestion_view = self._editable_view(self.suggestions)
        self.suggestion_view.setWordWrap(True)  # both people, two lines each, side by side
        header = self.suggestion_view.horizontalHeader()
        for column in (SuggestionTableModel.MINE, SuggestionTableModel.THEIRS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.suggestion_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.people_view = table_view(self.people)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.problem_view, "")
        self.tabs.addTab(self.suggestion_view, "")
        self.tabs.addTab(self.people_view, "")
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Preview")))
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)

    @staticmethod
    def _editable_view(model: Any) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.verticalHeader().setVisible(False)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.horizontalHeader().setStretchLastSection(False)
        return view

    def set_counts(self, problems: int, suggestions: int, people: int) -> None:
        set_tab_text(self.tabs, 0, self.tr("Problems (%1)").replace("%1", str(problems)))
        duplicates = self.tr("Possible duplicates (%1)").replace("%1", str(suggestions))
        set_tab_text(self.tabs, 1, duplicates)
        set_tab_text(self.tabs, 2, self.tr("People (%1)").replace("%1", str(people)))
        if suggestions and not problems:
            self.tabs.setCurrentIndex(1)  # what the coach should look at first


class ResultPage(QWidget):
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title_label(self.tr("Import done"))
        self.summary = subtitle_label()
        self.undo = QPushButton(self.tr("Undo this import"))
        self.undo.clicked.connect(self.undo_requested)
        self.undo_hint = subtitle_label(
            self.tr(
                "Undo removes the people this import added (unless they were used since) and "
                "sets completed people back as they were. It stays possible later from "
                "People & organisations."
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.undo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addWidget(self.undo_hint)
        layout.addStretch(1)
