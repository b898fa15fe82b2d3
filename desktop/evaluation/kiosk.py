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
from desktop.widgets.announce import announce, show_and_announce
from desktop.widgets.touch import TARGET_PX, TOUCH_TARGETS, hall_points, make_swipeable, screen_fit
from models.core.enums import QuestionKind, ResponseChannel
from models.core.errors import UserError
from models.evaluation.dto import FormDTO, QuestionDTO, RawValue

if TYPE_CHECKING:
    from models.workspace import Workspace


BIG = 1.65  # times the system's font: readable at arm's length (15 pt on a 9 pt system)
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
        self.title = QLabel(f"{question.number}. {question.text}")
        self.title.setWordWrap(True)
        self.title.setProperty("role", "strong")
        layout.addWidget(self.title)
        if question.kind == QuestionKind.SCALE:
            layout.addLayout(self._scale())
        elif question.kind in CLICKED:
            layout.addLayout(self._choices())
        elif question.kind == QuestionKind.SHORT_TEXT:
            self.text_edit = QLineEdit()
            layout.addWidget(self.text_edit)
        else:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            lines = edit.fontMetrics().lineSpacing()
            edit.setFixedHeight(max(TARGET_PX * 2, 3 * lines + 12))
            self.text_edit = edit
            layout.addWidget(edit)
        if self.text_edit is not None:
            self.title.setBuddy(self.text_edit)
            self.text_edit.setAccessibleName(self.title.text())

    def _button(self, text: str, value: Any, description: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setMinimumHeight(TARGET_PX + 4)
        button.setMinimumWidth(TARGET_PX + 16)
        button.setProperty("answer", value)
        button.setProperty("role", "answer")
        # Read with its question: "3. How useful was this evening?: 4", not only "4".
        button.setAccessibleName(f"{self.title.text()}: {text}")
        if description:
            button.setAccessibleDescription(description)
        self.group.addButton(button)
        return button

    def _scale(self) -> QHBoxLayout:
        row = QHBoxLayout()
        low = 1 if self.question.scale_min is None else self.question.scale_min
        high = 5 if self.question.scale_max is None else self.question.scale_max
        row.addWidget(self._end_label(self.question.min_label))
        for point in range(low, high + 1):
            end = {low: self.question.min_label, high: self.question.max_label}.get(point, "")
            button = self._button(str(point), point, end or "")
            row.addWidget(button)
        row.addWidget(self._end_label(self.question.max_label))
        row.addStretch(1)
        return row

    @staticmethod
    def _end_label(text: str) -> QLabel:
        """A scale's end ('not at all'): wraps rather than widening the window."""
        label = QLabel(text)
        label.setWordWrap(True)
        label.setMaximumWidth(label.fontMetrics().horizontalAdvance("x" * 14))
        return label

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
            button.setStyleSheet("text-align: left;")
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

    def focus_target(self) -> QWidget | None:
        """Where the keyboard starts on this question: its field, or its first answer."""
        buttons = self.buttons()
        return self.text_edit or (buttons[0] if buttons else None)


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
                "Choose a code of at least {digits} digits to leave kiosk mode.", digits=MIN_PIN
            )
        self.setWindowTitle(form.title)
        self._workspace, self._form, self._pin = workspace, form, pin
        self._unlocked = False
        self.count = 0
        self.fit = 1.0
        self.questions: list[KioskQuestion] = []
        self.thanks = QLabel(self.tr("Thank you! Your answers are saved. Pass the laptop on."))
        self.thanks.setProperty("role", "notice")
        self.thanks.setWordWrap(True)
        self.thanks.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()
        self.named = QCheckBox(self.tr("I agree that my name is kept with my answers"))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Your name"))
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
        self.pin_field.setAccessibleName(self.tr("Coach's code"))
        self.pin_field.hide()
        self.pin_message = QLabel()
        self.pin_message.setBuddy(self.pin_field)
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("Questions"))
        self.scroll_area.setWidgetResizable(True)
        # Questions wrap to the width: up and down only, never a bar sideways.
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._lay_out()
        make_swipeable(self)
        self.fit_to_screen()
        self.submit_button.clicked.connect(self.submit)
        self.coach_button.clicked.connect(self._ask_pin)
        self.pin_field.returnPressed.connect(self._check_pin)
        self._thanks_timer = QTimer(self)
        self._thanks_timer.setSingleShot(True)
        self._thanks_timer.timeout.connect(self.thanks.hide)
        self.reset()

    def fit_to_screen(self) -> None:
        """Type as large as the screen allows: smaller on a small or scaled screen, so the
        form, the tick box and Submit stay on it."""
        self.fit = screen_fit(self)
        # A style sheet, not setFont: the app's style sheet stops fonts from propagating.
        self.setStyleSheet(
            f"QWidget {{ font-size: {hall_points(BIG, self.fit)}; }}"
            f"QLabel#kioskTitle {{ font-size: {hall_points(2.4, self.fit)}; font-weight: 600; }}"
            f"QLabel[role='section'] {{ font-size: {hall_points(1.9, self.fit)}; }}" + TOUCH_TARGETS
        )

    def _lay_out(self) -> None:
        title = QLabel(self._form.title)
        title.setObjectName("kioskTitle")
        title.setWordWrap(True)
        footer = QHBoxLayout()
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
        layout.addWidget(self.named)
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
                label.setProperty("role", "section")
                label.setWordWrap(True)
                column.addWidget(label)
            for question in questions:
                item = KioskQuestion(question)
                self.questions.append(item)
                column.addWidget(item)
        column.addStretch(1)
        self.scroll_area.setWidget(page)
        self.setTabOrder(self.scroll_area, self.named)
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
        show_and_announce(self.thanks, self.thanks.text())
        self._thanks_timer.start(THANKS_MS)
        first = self.questions[0].focus_target() if self.questions else None
        if first is not None:  # the next person starts at the first question
            first.setFocus()
        self.submitted.emit(self.count)

    def _show_error(self, text: str) -> None:
        show_and_announce(self.error, text, assertive=True)

    def _ask_pin(self) -> None:
        self.pin_field.clear()
        self.pin_field.show()
        self.pin_field.setFocus()
        self.pin_message.setText(self.tr("Type the code and press Enter"))
        announce(self.pin_field, self.pin_message.text())

    def _check_pin(self) -> None:
        if self.pin_field.text() == self._pin:
            self.force_close()
            return
        self.pin_field.clear()
        self.pin_message.setText(self.tr("Wrong code"))
        announce(self.pin_field, self.pin_message.text(), assertive=True)

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
