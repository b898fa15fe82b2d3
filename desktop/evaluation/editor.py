"""The form editor: the questions in order, and a panel to add, change, move or remove one."""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.messages import user_message
from desktop.widgets.common import fit_columns, table_view
from desktop.widgets.row_table import Column, RowTableModel
from desktop.widgets.workspace_view import WorkspaceView
from models.core.enums import QuestionKind
from models.core.errors import UserError
from models.evaluation.dto import FormDTO, QuestionDraft, QuestionDTO

if TYPE_CHECKING:
    from models.workspace import Workspace


KINDS = tuple(QuestionKind)
CHOICES = (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE)


def kind_label(kind: str) -> str:
    labels: dict[str, str] = {
        QuestionKind.SCALE: QCoreApplication.translate("EvaluationEditor", "scale"),
        QuestionKind.SINGLE_CHOICE: QCoreApplication.translate("EvaluationEditor", "single choice"),
        QuestionKind.MULTIPLE_CHOICE: QCoreApplication.translate(
            "EvaluationEditor", "multiple choice"
        ),
        QuestionKind.YES_NO: QCoreApplication.translate("EvaluationEditor", "yes/no"),
        QuestionKind.SHORT_TEXT: QCoreApplication.translate("EvaluationEditor", "short text"),
        QuestionKind.LONG_TEXT: QCoreApplication.translate("EvaluationEditor", "long text"),
    }
    return labels.get(kind, kind)


def question_columns() -> list[Column]:
    return [
        Column("#", lambda q: str(q.number), lambda q: q.number, align_right=True),
        Column(QCoreApplication.translate("EvaluationColumns", "Section"), lambda q: q.section),
        Column(QCoreApplication.translate("EvaluationColumns", "Question"), lambda q: q.text),
        Column(
            QCoreApplication.translate("EvaluationColumns", "Kind"), lambda q: kind_label(q.kind)
        ),
        Column(
            QCoreApplication.translate("EvaluationColumns", "Answers"),
            lambda q: str(q.answer_count),
            lambda q: q.answer_count,
            True,
        ),
    ]


class EvaluationEditor(WorkspaceView, QWidget):
    """Lays out the editor; the workspace decides what an edit does to earlier answers."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form: FormDTO | None = None
        self.model = RowTableModel(question_columns(), self)
        self.table = table_view(self.model)
        self.table.setSortingEnabled(False)
        self.section = QLineEdit()
        self.text = QLineEdit()
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.options = QPlainTextEdit()
        self.options.setPlaceholderText(self.tr("One option per line"))
        self.options.setMaximumHeight(90)
        self.scale_min, self.scale_max = QSpinBox(), QSpinBox()
        for spin, value in ((self.scale_min, 1), (self.scale_max, 5)):
            spin.setRange(0, 9)
            spin.setValue(value)
        self.min_label, self.max_label = QLineEdit(), QLineEdit()
        self.save_button = QPushButton(self.tr("Save question"))
        self.save_button.setProperty("role", "primary")
        self.add_button = QPushButton(self.tr("Add as new question"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._lay_out()
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.save_button.clicked.connect(self.save_question)
        self.add_button.clicked.connect(self.add_question)
        self.remove_button.clicked.connect(self.remove_question)
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        self._kind_changed()

    def _lay_out(self) -> None:
        form = self.form_layout = QFormLayout()
        form.addRow(self.tr("Section"), self.section)
        form.addRow(self.tr("Question"), self.text)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Options"), self.options)
        scale = self.scale_row = QHBoxLayout()
        for widget in (self.scale_min, self.min_label, QLabel("…"), self.scale_max, self.max_label):
            scale.addWidget(widget)
        form.addRow(self.tr("Scale and end labels"), scale)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        box = QGroupBox(self.tr("Question"))
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addLayout(buttons)
        inner.addWidget(self.message)
        inner.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 3)
        layout.addWidget(box, 2)

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace

    def show_form(self, form: FormDTO, select_uid: str = "") -> None:
        self._form = form
        self.model.set_rows(form.questions)
        fit_columns(self.table)
        for row, question in enumerate(form.questions):
            if question.uid == select_uid or (not select_uid and row == 0):
                self.table.selectRow(row)
                break

    def current_question(self) -> QuestionDTO | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _selected(self) -> None:
        question = self.current_question()
        if question is None:
            return
        self.section.setText(question.section)
        self.text.setText(question.text)
        self.kind.setCurrentIndex(max(self.kind.findData(question.kind), 0))
        self.options.setPlainText("\n".join(o.label for o in question.options))
        self.scale_min.setValue(1 if question.scale_min is None else question.scale_min)
        self.scale_max.setValue(5 if question.scale_max is None else question.scale_max)
        self.min_label.setText(question.min_label)
        self.max_label.setText(question.max_label)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.form_layout.setRowVisible(self.options, kind in CHOICES)
        self.form_layout.setRowVisible(self.scale_row, kind == QuestionKind.SCALE)

    def draft(self) -> QuestionDraft:
        lines = tuple(line for line in self.options.toPlainText().splitlines() if line.strip())
        return QuestionDraft(
            section=self.section.text(),
            text=self.text.text(),
            kind=self.kind.currentData(),
            options=lines,
            scale_min=self.scale_min.value(),
            scale_max=self.scale_max.value(),
            min_label=self.min_label.text(),
            max_label=self.max_label.text(),
        )

    def _reload(self, select_uid: str, message: str = "") -> None:
        assert self._form is not None
        self.show_form(self.workspace.evaluation.evaluation_form(self._form.uid), select_uid)
        self.message.setText(message)
        self.changed.emit()

    def _run(self, work: Any) -> Any:
        try:
            return work()
        except UserError as error:
            self.message.setText(user_message(error))
            return None

    def save_question(self) -> None:
        question = self.current_question()
        if question is None:
            return
        change = self._run(
            lambda: self.workspace.evaluation.update_evaluation_question(question.uid, self.draft())
        )
        if change is not None:
            self._reload(change.question_uid, change.message or self.tr("Question saved."))

    def add_question(self) -> None:
        if self._form is None:
            return
        after = self.current_question()
        uid = self._run(
            lambda: self.workspace.evaluation.add_evaluation_question(
                self._form.uid if self._form else "", self.draft(), after.uid if after else None
            )
        )
        if uid is not None:
            self._reload(uid, self.tr("Question added."))

    def remove_question(self) -> None:
        question = self.current_question()
        if question is None:
            return
        change = self._run(
            lambda: self.workspace.evaluation.remove_evaluation_question(question.uid)
        )
        if change is not None:
            self._reload("", change.message or self.tr("Question removed."))

    def move_question(self, offset: int) -> None:
        question = self.current_question()
        if question is None:
            return
        self._run(lambda: self.workspace.evaluation.move_evaluation_question(question.uid, offset))
        self._reload(question.uid)
