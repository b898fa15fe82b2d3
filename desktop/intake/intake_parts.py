"""The conditions banner and the kernen/wijken table of the intake view."""

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.intake.intake_widgets import QuietComboBox, small_label
from models.intake.state import AreaSelectionState, ConditionsReport
from models.intake.values import Area


class ConditionsBanner(QFrame):
    """'Voldaan' or 'Nog niet voldaan:' with what is missing; open questions are links."""

    question_requested = Signal(str)  # the key of an open required question

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionsBanner")
        self.met = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        self.headline = QLabel(self)
        self.headline.setProperty("role", "banner")
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        details = QWidget()
        columns = QHBoxLayout(details)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(24)
        self.conditions = self._details(details)
        self.questions = self._details(details)
        self.questions.linkActivated.connect(self.question_requested.emit)
        columns.addWidget(self.conditions, 1)
        columns.addWidget(self.questions, 1)
        # A long list scrolls inside the banner: the form below keeps most of a 768-pixel screen.
        self.details = QScrollArea(self)
        self.details.setWidget(details)
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details.setMaximumHeight(self._lines_height(5))
        layout.addWidget(self.details)

    def _lines_height(self, lines: int) -> int:
        """The height of whole lines of the detail text, so no line shows cut in half."""
        probe = self._details(parent=None)  # never shown
        probe.setText("<b>x</b>" + "<br>x" * (lines - 1))
        height = probe.sizeHint().height()
        probe.deleteLater()
        return height

    def _details(self, parent: QWidget | None = None) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        return label

    def show_report(self, report: ConditionsReport) -> None:
        self.met = report.ready
        self.setProperty("state", "met" if report.ready else "unmet")
        self.style().unpolish(self)
        self.style().polish(self)
        if report.ready:
            self.headline.setText("✓ " + self.tr("Conditions for starting: met"))
        else:
            self.headline.setText("✗ " + self.tr("Not met yet:"))
        unmet = [escape(c.text) for c in report.unmet]
        title = self.tr("Conditions not met (%1)").replace("%1", str(len(unmet)))
        self.conditions.setText(self._list(title, unmet))
        self.conditions.setVisible(bool(unmet))
        links = [
            f"<a href='{escape(key)}'>{escape(text)}</a>" for key, text in report.open_questions
        ]
        title = self.tr("Required questions still open (%1)").replace("%1", str(len(links)))
        self.questions.setText(self._list(title, links))
        self.questions.setVisible(bool(links))
        self.details.setVisible(not report.ready)

    @staticmethod
    def _list(title: str, items: list[str]) -> str:
        return f"<b>{escape(title)}</b>" + "".join(f"<br>• {item}" for item in items)


class AreaEditor(QWidget):
    """The kernen/wijken of an agenda item: name, potential, chosen; every change is handed on."""

    changed = Signal(list)  # list[Area]

    def __init__(self, selection: AreaSelectionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        # name, municipality (hidden for one), potential, chosen, remove
        self.rows: list[tuple[QLineEdit, QuietComboBox, QuietComboBox, QCheckBox, QPushButton]] = []
        self.several = len(selection.municipalities) > 1
        self._sent: list[Area] = list(selection.areas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        heading = small_label(selection.label, "question", self)
        layout.addWidget(heading)
        if selection.description:
            layout.addWidget(small_label(selection.description, "help", self))
        hint = self.tr("Tick the chosen one: at most %1.").replace(
            "%1", str(selection.choose_count)
        )
        if self.several:
            hint = self.tr("Each municipality chooses its own: at most %1 each.").replace(
                "%1", str(selection.choose_count)
            )
        layout.addWidget(small_label(hint, "help", self))
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        titles = (selection.item_label, self.tr("Municipality"), self.tr("Potential"))
        self.headers = [small_label(text, "column", self) for text in (*titles, self.tr("Chosen"))]
        for column, header in enumerate(self.headers):
            self.grid.addWidget(header, 0, column)
        self.headers[1].setVisible(False)
        self.grid.setColumnStretch(5, 1)
        layout.addLayout(self.grid)
        self.add_button = QPushButton(self.tr("Add %1").replace("%1", selection.item_label), self)
        self.add_button.clicked.connect(self.add_row)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.error = small_label("", "error", self)
        self.error.hide()
        layout.addWidget(self.error)
        self.set_areas(selection.areas)

    def set_areas(self, areas: tuple[Area, ...] | list[Area]) -> None:
        """Shows the stored list; rows are updated in place so that the focus stays put."""
        while len(self.rows) > len(areas):
            for widget in self.rows.pop():
                self.grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()  # it may be the sender of the signal being handled
        while len(self.rows) < len(areas):
            self._append_row()
        for (name, town, potential, chosen, _), area in zip(self.rows, areas, strict=True):
            for widget in (name, town, potential, chosen):
                widget.blockSignals(True)
            name.setText(area.name)
            if area.municipality and town.findData(area.municipality) < 0:
                town.addItem(area.municipality, area.municipality)  # no longer a client
            town.setCurrentIndex(max(0, town.findData(area.municipality or None)))
            if area.potential and potential.findData(area.potential) < 0:
                potential.addItem(area.potential, area.potential)  # a level the file dropped
            potential.setCurrentIndex(max(0, potential.findData(area.potential or None)))
            chosen.setChecked(area.chosen)
            for widget in (name, town, potential, chosen):
                widget.blockSignals(False)
        for index, header in enumerate(self.headers):
            # no column titles above an empty table; no municipality column for one
            header.setVisible(bool(self.rows) and (index != 1 or self.several))
        self._sent = list(areas)

    def _append_row(self) -> None:
        row = len(self.rows) + 1
        noun = self.selection.item_label
        name = QLineEdit(self)
        name.setAccessibleName(noun)
        name.setMinimumWidth(220)
        town = QuietComboBox(self)
        town.setAccessibleName(self.tr("Municipality"))
        town.addItem("—", None)
        for municipality in self.selection.municipalities:
            town.addItem(municipality, municipality)
        town.setVisible(self.several)
        potential = QuietComboBox(self)
        potential.setAccessibleName(self.tr("Potential"))
        potential.addItem("—", None)
        for level in self.selection.potential_levels:
            potential.addItem(level, level)
        chosen = QCheckBox(self)
        chosen.setAccessibleName(self.tr("Chosen"))
        remove = QPushButton(self.tr("Remove"), self)
        remove.setAccessibleName(self.tr("Remove %1").replace("%1", noun.lower()))
        name.editingFinished.connect(self._hand_on)
        town.currentIndexChanged.connect(self._hand_on)
        potential.currentIndexChanged.connect(self._hand_on)
        chosen.toggled.connect(self._hand_on)
        remove.clicked.connect(lambda: self._remove(name))
        for column, widget in enumerate((name, town, potential, chosen, remove)):
            self.grid.addWidget(widget, row, column)
        self.rows.append((name, town, potential, chosen, remove))

    def add_row(self) -> None:
        """A blank line to type a new kern/wijk in; it is saved once it has a name."""
        self._append_row()
        for index, header in enumerate(self.headers):
            header.setVisible(index != 1 or self.several)
        self.rows[-1][0].setFocus()

    def areas(self) -> list[Area]:
        """The lines as shown, leaving out blank ones."""
        found = [
            Area(
                name.text().strip(),
                potential.currentData() or "",
                chosen.isChecked(),
                town.currentData() or "",
            )
            for name, town, potential, chosen, _ in self.rows
        ]
        return [area for area in found if area.name or area.potential or area.chosen]

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _remove(self, name: QLineEdit) -> None:
        index = next(i for i, row in enumerate(self.rows) if row[0] is name)
        kept = [area for i, area in enumerate(self._rows_as_areas()) if i != index]
        self.set_areas(kept)
        target = self.rows[min(index, len(self.rows) - 1)][0] if self.rows else self.add_button
        target.setFocus()
        self._hand_on()

    def _rows_as_areas(self) -> list[Area]:
        return [
            Area(
                name.text(),
                potential.currentData() or "",
                chosen.isChecked(),
                town.currentData() or "",
            )
            for name, town, potential, chosen, _ in self.rows
        ]

    def _hand_on(self) -> None:
        areas = self.areas()
        if areas != self._sent or not self.error.isHidden():
            self._sent = areas
            self.changed.emit(areas)
