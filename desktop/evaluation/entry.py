"""Fast entry from paper: one form per row, a digit per scale or choice, Enter for the next form.

Keys on the new row: a digit answers a scale, yes/no (1 = ja, 2 = nee, or j/n) or single
choice and moves to the next question; digits toggle the options of a multiple choice and
letters fill a text answer, both ended with Tab; Tab / Shift+Tab skip forward and back;
Backspace removes; Enter stores the form and starts the next one.
"""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.messages import user_message
from desktop.shell.theme import qcolor
from desktop.widgets.workspace_view import WorkspaceView
from models.core.enums import QuestionKind, ResponseChannel
from models.core.errors import UserError
from models.evaluation.dto import FormDTO, QuestionDTO, ResponseRow
from models.evaluation.values import parse_answer

if TYPE_CHECKING:
    from models.workspace import Workspace


Index = QModelIndex | QPersistentModelIndex
ONE_KEY_KINDS = (QuestionKind.SCALE, QuestionKind.YES_NO, QuestionKind.SINGLE_CHOICE)


class EntryModel(QAbstractTableModel):
    """Stored responses (read-only) and, as the last row, the form being typed in."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.questions: list[QuestionDTO] = []
        self.saved: list[ResponseRow] = []
        self.draft: list[str] = []

    def set_form(self, questions: list[QuestionDTO], saved: list[ResponseRow]) -> None:
        self.beginResetModel()
        self.questions = list(questions)
        self.saved = list(saved)
        self.draft = [""] * len(self.questions)
        self.endResetModel()

    @property
    def draft_row(self) -> int:
        return len(self.saved)

    def set_draft(self, column: int, text: str) -> None:
        self.draft[column] = text
        index = self.index(self.draft_row, column)
        self.dataChanged.emit(index, index)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.questions else len(self.saved) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.questions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if row < len(self.saved):
                return self.saved[row].values[column]
            return self.draft[column]
        if role == Qt.ItemDataRole.BackgroundRole and row < len(self.saved):
            return QBrush(qcolor("alternate_base"))  # saved: set apart from the new row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.questions[column].text
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.questions):
                question = self.questions[section]
                short = question.text if len(question.text) <= 16 else question.text[:15] + "…"
                return f"{question.number}\n{short}"
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1) if section < len(self.saved) else "+"
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.ToolTipRole and horizontal and section < len(self.questions):
            return self.questions[section].text
        return None


class EntryGrid(QTableView):
    """The table the coach types into; every key on the new row is handled here."""

    submit_requested = Signal()
    problem = Signal(str)

    def __init__(self, model: EntryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = model
        self.setModel(model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(64)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setWordWrap(False)

    def go_to_draft(self, column: int = 0) -> None:
        row = self.entry.draft_row
        index = self.entry.index(row, max(0, min(column, self.entry.columnCount() - 1)))
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def event(self, event: QEvent) -> bool:
        # On the form being typed Tab moves between answers, as on paper; past the last (or
        # before the first) answer, on a saved row, or with Ctrl, it leaves the table.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and self._tab_stays_inside(event)
        ):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def _tab_stays_inside(self, event: QKeyEvent) -> bool:
        current = self.currentIndex()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        if not current.isValid() or current.row() != self.entry.draft_row:
            return False
        back = event.key() == Qt.Key.Key_Backtab or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        return current.column() > 0 if back else current.column() < self.entry.columnCount() - 1

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if not current.isValid() or current.row() != self.entry.draft_row:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.go_to_draft()
                return
            super().keyPressEvent(event)
            return
        if not self._handle(event, current.column()):
            super().keyPressEvent(event)

    def _move(self, column: int, step: int) -> None:
        target = column + step
        if 0 <= target < self.entry.columnCount():
            self.go_to_draft(target)

    def _handle(self, event: QKeyEvent, column: int) -> bool:
        key, text = event.key(), event.text()
        question = self.entry.questions[column]
        current = self.entry.draft[column]
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit_requested.emit()
            return True
        if key == Qt.Key.Key_Backtab or (
            key == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._move(column, -1)
            return True
        if key == Qt.Key.Key_Tab:
            self._move(column, 1)
            return True
        if key == Qt.Key.Key_Backspace:
            self.entry.set_draft(column, current[:-1] if question.is_text else "")
            return True
        if key == Qt.Key.Key_Delete:
            self.entry.set_draft(column, "")
            return True
        if not text or not text.isprintable():
            return False
        if question.is_text:
            self.entry.set_draft(column, current + text)
            return True
        if question.kind == QuestionKind.MULTIPLE_CHOICE:
            if text.isdigit() and self._valid(question, text):
                toggled = current.replace(text, "") if text in current else current + text
                self.entry.set_draft(column, "".join(sorted(toggled)))
            return True
        if question.kind in ONE_KEY_KINDS and self._valid(question, text):
            self.entry.set_draft(column, text)
            self._move(column, 1)
        return True

    def _valid(self, question: QuestionDTO, text: str) -> bool:
        try:
            parse_answer(question, text)
        except UserError as error:
            self.problem.emit(user_message(error))
            return False
        self.problem.emit("")
        return True


def question_text(question: QuestionDTO) -> str:
    """'3. Hoe waardevol was …? (1 = helemaal niet … 5 = heel erg)', the keys said."""
    text = f"{question.number}. {question.text}"
    if question.kind == QuestionKind.SCALE:
        low = 1 if question.scale_min is None else question.scale_min
        high = 5 if question.scale_max is None else question.scale_max
        ends = (f"{low} = {question.min_label}", f"{high} = {question.max_label}")
        if question.min_label or question.max_label:
            return f"{text}   ({ends[0]} … {ends[1]})"
        return f"{text}   ({low}–{high})"
    if question.kind == QuestionKind.YES_NO:
        yes = QCoreApplication.translate("EvaluationEntry", "yes")
        no = QCoreApplication.translate("EvaluationEntry", "no")
        return f"{text}   (1 = {yes}, 2 = {no})"
    if question.options:
        keys = " · ".join(f"{n} = {o.label}" for n, o in enumerate(question.options, start=1))
        return f"{text}   ({keys})"
    return text


class EvaluationEntry(WorkspaceView, QWidget):
    """The entry screen: the grid, a line on how to type, and what went wrong if anything."""

    saved = Signal(int)  # how many responses the form has now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form: FormDTO | None = None
        self.model = EntryModel(self)
        self.grid = EntryGrid(self.model)
        self.help = QLabel(
            self.tr(
                "Type a digit for a scale, 1/2 for yes/no, the option number for a choice. "
                "Tab skips a question or ends a text; Enter saves the form and starts the next."
            )
        )
        self.help.setWordWrap(True)
        self.help.setProperty("role", "subtitle")
        # The headers have room for a few words: the question being typed is shown in full.
        self.question = QLabel()
        self.question.setObjectName("entryQuestion")
        self.question.setWordWrap(True)
        self.question.setProperty("role", "strong")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.help)
        layout.addWidget(self.question)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.count)
        self.grid.submit_requested.connect(self.submit)
        self.grid.problem.connect(self._show_problem)
        selection = self.grid.selectionModel()
        selection.currentChanged.connect(lambda current, _old: self._show_question(current))

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace

    def show_form(self, form: FormDTO) -> None:
        self._form = form
        self.model.set_form(
            list(form.questions), self.workspace.evaluation.evaluation_responses(form.uid)
        )
        self._update_count()
        self.message.clear()
        self.grid.go_to_draft()

    def _show_question(self, current: QModelIndex) -> None:
        """The question of the column the cursor is in, in full, with what its keys mean."""
        column = current.column() if current.isValid() else -1
        if not 0 <= column < len(self.model.questions):
            self.question.clear()
            return
        self.question.setText(f"{question_text(self.model.questions[column])}")

    def _show_problem(self, text: str) -> None:
        self.message.setText(text)

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n forms typed in", "", len(self.model.saved)))

    def submit(self) -> None:
        """Workspace the new row; an error points at its question and keeps what was typed."""
        form = self._form
        if form is None:
            return
        answers = {
            q.uid: text for q, text in zip(self.model.questions, self.model.draft, strict=True)
        }
        try:
            self.workspace.evaluation.add_evaluation_response(
                form.uid, answers, ResponseChannel.PAPER
            )
        except UserError as error:
            self.message.setText(user_message(error))
            columns = [q.uid for q in self.model.questions]
            column = columns.index(error.field) if error.field in columns else 0
            self.grid.go_to_draft(column)
            return
        self.model.set_form(
            self.model.questions, self.workspace.evaluation.evaluation_responses(form.uid)
        )
        self.message.clear()
        self._update_count()
        self.grid.go_to_draft(0)
        self.grid.setFocus()
        self.saved.emit(len(self.model.saved))
