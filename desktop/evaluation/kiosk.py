"""Kiosk mode: the laptop passed around the room, one respondent at a time, anonymous by default.

Leaving needs the coach: the coach chooses a code (at least 4 digits) when starting kiosk mode;
Escape, Alt+F4 and the window's close button do nothing until the code is typed under
"Coach". After each submit the form is empty again for the next person.
"""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.messages import user_message
from desktop.widgets.touch import TOUCH_TICKS
from models.core.enums import QuestionKind, ResponseChannel
from models.core.errors import UserError
from models.evaluation.dto import FormDTO, QuestionDTO, RawValue

if TYPE_CHECKING:
    from models.workspace import Workspace


BIG = 15
THANKS_MS = 4000
MIN_PIN = 4
# Questions answered by clicking a button.
CLICKED = (QuestionKind.YES_NO, QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE)


class KioskQuestion(QFrame):
    """One question with big buttons (or a big text field); `value()` gives the answer."""

    def __init__(self, question: QuestionDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.group = QButtonGroup(self)
        self.group.setExclusive(question.kind != QuestionKind.MULTIPLE_CHOICE)
        self.text_edit: QLineEdit | QPlainTextEdit | None = None
        layout = QVBoxLayout(self)
        title = QLabel(f"{question.number}. {question.text}")
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: 600;")
        layout.addWidget(title)
        if question.kind == QuestionKind.SCALE:
            layout.addLayout(self._scale())
        elif question.kind in CLICKED:
            layout.addLayout(self._choices())
        elif question.kind == QuestionKind.SHORT_TEXT:
            self.text_edit = QLineEdit()
            layout.addWidget(self.text_edit)
        else:
            self.text_edit = QPlainTextEdit()
            self.text_edit.setFixedHeight(96)
            layout.addWidget(self.text_edit)

    def _button(self, text: str, value: Any) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setMinimumHeight(52)
        button.setProperty("answer", value)
        button.setStyleSheet(
            "QPushButton { padding: 8px 16px; border: 2px solid #AAB4B2; border-radius: 6px; }"
            "QPushButton:checked { background: #1F5F5B; color: white; border-color: #1F5F5B; }"
        )
        self.group.addButton(button)
        return button

    def _scale(self) -> QHBoxLayout:
        row = QHBoxLayout()
        low = 1 if self.question.scale_min is None else self.question.scale_min
        high = 5 if self.question.scale_max is None else self.question.scale_max
        row.addWidget(QLabel(self.question.min_label))
        for point in range(low, high + 1):
            button = self._button(str(point), point)
            button.setMinimumWidth(64)
            row.addWidget(button)
        row.addWidget(QLabel(self.question.max_label))
        row.addStretch(1)
        return row

    def _choices(self) -> QVBoxLayout | QHBoxLayout:
        if self.question.kind == QuestionKind.YES_NO:
            row = QHBoxLayout()
            row.addWidget(self._button(self.tr("Yes"), True))
            row.addWidget(self._button(self.tr("No"), False))
            row.addStretch(1)
            return row
        column = QVBoxLayout()
        for option in self.question.options:
            button = self._button(option.label, option.key)
            button.setStyleSheet(button.styleSheet() + "QPushButton { text-align: left; }")
            column.addWidget(button)
        return column

    def value(self) -> RawValue:
        if self.text_edit is not None:
            if isinstance(self.text_edit, QLineEdit):
                return self.text_edit.text()
            return self.text_edit.toPlainText()
        chosen = [b.property("answer") for b in self.group.buttons() if b.isChecked()]
        if self.question.kind == QuestionKind.MULTIPLE_CHOICE:
            return [str(key) for key in chosen]
        return chosen[0] if chosen else None

    def buttons(self) -> list[QPushButton]:
        return [b for b in self.group.buttons() if isinstance(b, QPushButton)]


class KioskWindow(QWidget):
    """Full-screen form for respondents; only the coach's code closes it."""

    submitted = Signal(int)  # responses given in this kiosk session
    closed = Signal()

    def __init__(
        self, workspace: "Workspace", form: FormDTO, pin: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if len(pin) < MIN_PIN or not pin.isdigit():
            raise UserError(
                f"Kies een code van minstens {MIN_PIN} cijfers om kioskmodus te verlaten."
            )
        self.setWindowTitle(form.title)
        self._workspace, self._form, self._pin = workspace, form, pin
        self._unlocked = False
        self.count = 0
        # A style sheet, not setFont: the app's style sheet stops fonts from propagating.
        self.setStyleSheet(f"QWidget {{ font-size: {BIG}pt; }}" + TOUCH_TICKS)
        self.questions: list[KioskQuestion] = []
        self.thanks = QLabel(self.tr("Thank you! Your answers are saved. Pass the laptop on."))
        self.thanks.setStyleSheet(
            "background: #E1EAE9; color: #1F5F5B; padding: 14px; font-weight: 600;"
        )
        self.thanks.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9B2C2C; font-weight: 600;")
        self.error.hide()
        self.named = QCheckBox(self.tr("I agree that my name is kept with my answers"))
        self.person = QComboBox()
        self.person.addItem(self.tr("(choose your name)"), None)
        for uid, name in workspace.evaluation.evaluation_people(form.uid):
            self.person.addItem(name, uid)
        self.person.setEnabled(False)
        self.named.toggled.connect(self.person.setEnabled)
        self.submit_button = QPushButton(self.tr("Submit"))
        self.submit_button.setMinimumHeight(64)
        self.submit_button.setProperty("role", "primary")
        self.coach_button = QPushButton(self.tr("Coach"))
        self.coach_button.setFlat(True)
        self.pin_field = QLineEdit()
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setPlaceholderText(self.tr("Coach's code"))
        self.pin_field.hide()
        self.pin_message = QLabel()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self._lay_out()
        self.submit_button.clicked.connect(self.submit)
        self.coach_button.clicked.connect(self._ask_pin)
        self.pin_field.returnPressed.connect(self._check_pin)
        self._thanks_timer = QTimer(self)
        self._thanks_timer.setSingleShot(True)
        self._thanks_timer.timeout.connect(self.thanks.hide)
        self.reset()

    def _lay_out(self) -> None:
        title = QLabel(self._form.title)
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 22pt; font-weight: 600;")
        footer = QHBoxLayout()
        footer.addWidget(self.named)
        footer.addWidget(self.person, 1)
        footer.addWidget(self.submit_button, 1)
        coach = QHBoxLayout()
        coach.addStretch(1)
        coach.addWidget(self.pin_message)
        coach.addWidget(self.pin_field)
        coach.addWidget(self.coach_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        if self._form.introduction:
            intro = QLabel(self._form.introduction)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addWidget(self.thanks)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.error)
        layout.addLayout(footer)
        layout.addLayout(coach)

    def reset(self) -> None:
        """An empty form for the next respondent, anonymous again."""
        page = QWidget()
        column = QVBoxLayout(page)
        self.questions = []
        for section, questions in self._form.sections():
            if section:
                label = QLabel(section)
                label.setStyleSheet("font-size: 17pt; color: #1F5F5B; font-weight: 600;")
                column.addWidget(label)
            for question in questions:
                item = KioskQuestion(question)
                self.questions.append(item)
                column.addWidget(item)
        column.addStretch(1)
        self.scroll_area.setWidget(page)
        self.named.setChecked(False)
        self.person.setCurrentIndex(0)

    def answers(self) -> dict[str, RawValue]:
        return {item.question.uid: item.value() for item in self.questions}

    def submit(self) -> None:
        person = self.person.currentData() if self.named.isChecked() else None
        if self.named.isChecked() and person is None:
            self._show_error(self.tr("Choose your name, or untick the box to stay anonymous."))
            return
        try:
            self._workspace.evaluation.add_evaluation_response(
                self._form.uid,
                self.answers(),
                ResponseChannel.KIOSK,
                person_uid=person,
                consent=person is not None,
            )
        except UserError as error:
            self._show_error(user_message(error))
            return
        self.count += 1
        self.error.hide()
        self.reset()
        self.scroll_area.verticalScrollBar().setValue(0)
        self.thanks.show()
        self._thanks_timer.start(THANKS_MS)
        self.submitted.emit(self.count)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _ask_pin(self) -> None:
        self.pin_field.clear()
        self.pin_field.show()
        self.pin_field.setFocus()
        self.pin_message.setText(self.tr("Type the code and press Enter"))

    def _check_pin(self) -> None:
        if self.pin_field.text() == self._pin:
            self.force_close()
            return
        self.pin_field.clear()
        self.pin_message.setText(self.tr("Wrong code"))

    def force_close(self) -> None:
        """Close without the code: for the coach's code and for the app shutting down."""
        self._unlocked = True
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.pin_field.isVisible():
                self.pin_field.hide()
                self.pin_message.clear()
            return  # Escape never leaves kiosk mode
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._unlocked:
            event.ignore()
            self._ask_pin()
            return
        self._thanks_timer.stop()
        self.closed.emit()
        event.accept()
