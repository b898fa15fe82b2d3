"""Editors of the intake view: one per question kind, notes boxes, the kernen/wijken list."""

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QWheelEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.debounce import Debouncer
from models.core.enums import IntakeQuestionKind as QuestionKind
from models.intake.state import QuestionState

LINE_KINDS = {QuestionKind.NUMBER: 140, QuestionKind.MONEY: 140, QuestionKind.DATE: 140}
TYPED_KINDS = {*LINE_KINDS, QuestionKind.TEXT, QuestionKind.LONG_TEXT}


class QuietComboBox(QComboBox):
    """A combo box that ignores the wheel unless focused, so scrolling the form changes nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class NotesEdit(QPlainTextEdit):
    """Multi-line text saved at each pause in typing and when focus leaves; Tab moves on."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)  # three lines, then scroll
        self.saver = Debouncer(self.finished.emit, self)
        self.textChanged.connect(self._typed)

    def _typed(self) -> None:
        if not self.signalsBlocked() and self.hasFocus():
            self.saver.poke()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.saver.cancel()
        self.finished.emit()


def small_label(text: str, role: str, parent: QWidget | None = None) -> QLabel:
    """A wrapped label styled by role: 'help' (grey), 'error' (red), 'prompt' (italic)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setProperty("role", role)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class QuestionEditor(QWidget):
    """A question with its help text, the editor for its kind and, when needed, an error."""

    edited = Signal(str, object)  # question key, what the coach entered (bool, key(s) or text)
    typed = Signal(str, object)  # question key, text typed so far (a pause in typing)

    def __init__(self, question: QuestionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = question.key
        self.kind = question.kind
        # Typed fields save when the coach leaves them; buttons and lists save on every click.
        self.types_text = question.kind in TYPED_KINDS
        self._saved: Any = None  # what is stored, to skip saving an unchanged field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        marker = " *" if question.required else ""
        self.title = small_label(question.text + marker, "question", self)
        layout.addWidget(self.title)
        if question.help:
            layout.addWidget(small_label(question.help, "help", self))
        self.input = self._build(question)
        if question.kind not in (QuestionKind.YES_NO, QuestionKind.MULTI_CHOICE):
            self.input.setAccessibleName(question.text)  # screen readers name the field
        wide = question.kind is QuestionKind.LONG_TEXT
        layout.addWidget(self.input, 0, Qt.AlignmentFlag(0) if wide else Qt.AlignmentFlag.AlignLeft)
        self.error = small_label("", "error", self)
        self.error.hide()
        layout.addWidget(self.error)
        self.set_answer(question)

    def _build(self, question: QuestionState) -> QWidget:
        kind = question.kind
        if kind is QuestionKind.YES_NO:
            box = QWidget(self)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            self.group = QButtonGroup(box)
            for value, text in ((True, self.tr("Yes")), (False, self.tr("No")), (None, "—")):
                button = QRadioButton(text, box)
                button.setProperty("answer", value)
                if value is None:
                    button.setToolTip(self.tr("Not answered"))
                    button.setAccessibleName(self.tr("Not answered"))
                self.group.addButton(button)
                row.addWidget(button)
            row.addStretch(1)
            self.group.buttonToggled.connect(self._radio_toggled)
            return box
        if kind is QuestionKind.CHOICE:
            self.combo = QuietComboBox(self)
            self.combo.addItem("—", None)
            for key, label in question.options:
                self.combo.addItem(label, key)
            self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.combo.currentIndexChanged.connect(
                lambda _index: self.edited.emit(self.key, self.combo.currentData())
            )
            return self.combo
        if kind is QuestionKind.MULTI_CHOICE:
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            self.checks = []
            for key, label in question.options:
                check = QCheckBox(label, box)
                check.setProperty("option", key)
                check.toggled.connect(self._checks_toggled)
                column.addWidget(check)
                self.checks.append(check)
            return box
        if kind is QuestionKind.LONG_TEXT:
            self.notes = NotesEdit(self)
            self.notes.finished.connect(self._notes_saved)
            return self.notes
        self.line = QLineEdit(self)
        self.line.setMaximumWidth(LINE_KINDS.get(kind, 560))
        if kind is QuestionKind.MONEY:
            self.line.setPlaceholderText("3.500,00")
        elif kind is QuestionKind.DATE:
            self.line.setPlaceholderText(self.tr("dd/mm/yyyy"))
        elif kind is QuestionKind.NUMBER:
            self.line.setPlaceholderText("12")
        self.line.editingFinished.connect(self._left)
        self.saver = Debouncer(self._paused, self)
        self.line.textEdited.connect(self.saver.poke)
        return self.line

    def focus_target(self) -> QWidget:
        """The widget that takes the focus when the banner points at this question."""
        if self.kind is QuestionKind.YES_NO:
            return self.group.checkedButton() or self.group.buttons()[0]
        if self.kind is QuestionKind.MULTI_CHOICE:
            return self.checks[0]
        return self.input

    def set_answer(self, question: QuestionState) -> None:
        """Shows the stored answer without saving it again."""
        self.blockSignals(True)
        try:
            if self.kind is QuestionKind.YES_NO:
                for button in self.group.buttons():
                    # Exclusive buttons cannot be unchecked: check the one that matches.
                    if button.property("answer") == question.answer:
                        button.setChecked(True)
            elif self.kind is QuestionKind.CHOICE:
                self.combo.setCurrentIndex(max(0, self.combo.findData(question.answer)))
            elif self.kind is QuestionKind.MULTI_CHOICE:
                chosen = question.answer if isinstance(question.answer, tuple) else ()
                for check in self.checks:
                    check.setChecked(check.property("option") in chosen)
            elif self.kind is QuestionKind.LONG_TEXT:
                self.notes.setPlainText(question.text_value)
            else:
                self.line.setText(question.text_value)
            self._saved = question.text_value
        finally:
            self.blockSignals(False)

    def _text(self) -> str:
        return self.notes.toPlainText() if self.kind is QuestionKind.LONG_TEXT else self.line.text()

    def current_text(self) -> str:
        """What a typed field shows now ('' for buttons and lists)."""
        return self._text() if self.types_text else ""

    def commit(self) -> None:
        """Hands on typed text, unless it is what is stored and shown without an error."""
        text = self._text()
        if text.strip() == self._saved and self.error.isHidden():
            return
        self.edited.emit(self.key, text)

    def _left(self) -> None:
        self.saver.cancel()
        self.commit()

    def _notes_saved(self) -> None:
        """A pause while typing (focus still here) saves quietly; leaving saves and shows."""
        if self.notes.hasFocus():
            self._paused()
        else:
            self.commit()

    def _paused(self) -> None:
        """Typing paused: store what is there (the field is not rewritten under the cursor)."""
        text = self._text()
        if text.strip() != self._saved:
            self.typed.emit(self.key, text)

    def mark_saved(self, text: str) -> None:
        """What a quiet save stored, so that leaving the field unchanged saves nothing more."""
        self._saved = text.strip()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _radio_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.edited.emit(self.key, button.property("answer"))

    def _checks_toggled(self, _checked: bool) -> None:
        chosen = [check.property("option") for check in self.checks if check.isChecked()]
        self.edited.emit(self.key, chosen)
