"""The fields of a person, with an error under the field that is wrong and place suggestions."""

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.core.reference import load_municipalities
from models.people.editing import PersonInput

FIELDS = ("first_name", "last_name", "email", "phone", "postcode", "municipality", "organisation")


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setProperty("role", "error")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.hide()
    return label


class PersonForm(QWidget):
    """Lays out a person's details; `edited(field)` while typing, `left(field)` on leaving."""

    edited = Signal(str)
    left = Signal(str)
    place_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = {name: QLineEdit() for name in FIELDS}
        self.lines["last_name"].setAccessibleName(self.tr("Family name"))
        self.lines["municipality"].setAccessibleName(self.tr("Municipality"))
        self.lines["email"].setPlaceholderText("naam@gemeente.be")
        self.lines["phone"].setPlaceholderText("0470 12 34 56")
        self.lines["postcode"].setPlaceholderText("3020")
        self.lines["postcode"].setMaximumWidth(70)
        self.lines["municipality"].setPlaceholderText(self.tr("name or postcode"))
        names = sorted({m.name for m in load_municipalities()})
        completer = QCompleter(QStringListModel(names, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.lines["municipality"].setCompleter(completer)
        completer.activated.connect(lambda _text: self._place_chosen())
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.errors = {name: _error_label() for name in (*FIELDS, "notes")}
        self.errors["municipality"].linkActivated.connect(self._take_suggestion)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        names_row = QHBoxLayout()
        names_row.addWidget(self.lines["first_name"], 1)
        names_row.addWidget(self.lines["last_name"], 1)
        form.addRow(
            self.tr("First and family name"),
            self._with_errors(names_row, "first_name", "last_name"),
        )
        form.addRow(self.tr("Email"), self._with_errors(self.lines["email"], "email"))
        form.addRow(self.tr("Phone"), self._with_errors(self.lines["phone"], "phone"))
        place = QHBoxLayout()
        place.addWidget(self.lines["postcode"])
        place.addWidget(self.lines["municipality"], 1)
        form.addRow(
            self.tr("Postcode and municipality"),
            self._with_errors(place, "postcode", "municipality"),
        )
        form.addRow(
            self.tr("Organisation"), self._with_errors(self.lines["organisation"], "organisation")
        )
        form.addRow(self.tr("Notes"), self._with_errors(self.notes, "notes"))
        for name, line in self.lines.items():
            line.textEdited.connect(lambda _text, n=name: self.edited.emit(n))
            line.editingFinished.connect(lambda n=name: self.left.emit(n))
        self.notes.textChanged.connect(self._notes_typed)
        self._loading = False

    def _with_errors(self, field: QWidget | QHBoxLayout, *names: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(field, QHBoxLayout):
            column.addLayout(field)
        else:
            column.addWidget(field)
        for name in names:
            column.addWidget(self.errors[name])
        return box

    def _notes_typed(self) -> None:
        if not self._loading:
            self.edited.emit("notes")

    def set_values(self, data: PersonInput, keep_focused: bool = False) -> None:
        """Shows stored values without signalling an edit (the focused field left alone)."""
        self._loading = True
        try:
            for name in FIELDS:
                text = getattr(data, name)
                if keep_focused and self.lines[name].hasFocus():
                    continue
                if self.lines[name].text() != text:
                    self.lines[name].setText(text)
                    self.lines[name].setCursorPosition(0)
            if self.notes.toPlainText() != data.notes and not (
                keep_focused and self.notes.hasFocus()
            ):
                self.notes.setPlainText(data.notes)
        finally:
            self._loading = False

    def values(self) -> PersonInput:
        return PersonInput(
            **{name: self.lines[name].text() for name in FIELDS}, notes=self.notes.toPlainText()
        )

    def show_error(self, field: str | None, message: str, suggestions: Sequence[str] = ()) -> None:
        """The message under its field (the name fields when none is named); '' clears all."""
        for label in self.errors.values():
            label.hide()
        if not message:
            return
        label = self.errors.get(field or "last_name", self.errors["last_name"])
        text = escape(message)
        if suggestions:
            links = ", ".join(f"<a href='{escape(s)}'>{escape(s)}</a>" for s in suggestions)
            text += "<br>" + escape(self.tr("Choose:")) + " " + links
        label.setText(text)
        label.show()

    def _take_suggestion(self, name: str) -> None:
        self.lines["municipality"].setText(name)
        self.errors["municipality"].hide()
        self._place_chosen()

    def _place_chosen(self) -> None:
        """A municipality from the list: a postcode of another one no longer applies."""
        from models.core.reference import load_municipalities

        chosen = next(
            (m for m in load_municipalities() if m.name == self.lines["municipality"].text()),
            None,
        )
        if chosen is not None and self.lines["postcode"].text() not in chosen.postcodes:
            self.lines["postcode"].clear()
        self.place_chosen.emit()
