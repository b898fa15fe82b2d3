"""The Intake tab: the programme's questionnaire and first meeting, saved as the coach types."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.intake.intake_parts import AreaEditor, ConditionsBanner
from desktop.intake.intake_widgets import NotesEdit, QuestionEditor, small_label
from desktop.shell.messages import user_message
from desktop.shell.undo import run_edit
from desktop.widgets.common import empty_label
from desktop.widgets.workspace_view import WorkspaceView
from models.core.changes import DataKind
from models.core.errors import UserError
from models.intake.state import IntakeState, MeetingItemState
from models.intake.values import Area, RawAnswer

if TYPE_CHECKING:
    from models.workspace import Workspace


CONTENT_WIDTH = 920


class IntakeView(WorkspaceView, QWidget):
    """Built from the programme file alone: any programme's intake shows without code."""

    shows = frozenset({DataKind.INTAKE_ANSWER})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uid = ""
        self.questions: dict[str, QuestionEditor] = {}
        self.notes: dict[str, NotesEdit] = {}
        self.note_errors: dict[str, QLabel] = {}
        self.areas: dict[str, AreaEditor] = {}
        self.attendees: list[QCheckBox] = []
        self.banner = ConditionsBanner(self)
        self.banner.question_requested.connect(self.focus_question)
        self.form_area = QScrollArea(self)
        self.form_area.setAccessibleName(self.tr("Intake questions"))
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.message = empty_label(self.tr("Choose a trajectory to see its intake."), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addWidget(self.form_area, 1)
        self.banner.hide()
        self.form_area.hide()

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace

    def show_trajectory(self, uid: str) -> None:
        """Builds the form of this trajectory's programme and fills in what is stored."""
        self._retire_form()
        try:
            state: IntakeState = self.workspace.intake.intake_state(uid)
        except UserError as error:
            self._uid = ""
            self.message.setText(user_message(error))
            self.message.show()
            self.banner.hide()
            self.form_area.hide()
            return
        self._uid = uid
        self.form_area.setWidget(self._build(state))  # deletes the previous form
        self.banner.show_report(state.report)
        self.message.hide()
        self.banner.show()
        self.form_area.show()

    def refresh(self) -> None:
        """The answers as stored now (after an undo, say), in place: the form keeps its scroll
        position, and the field with the cursor keeps what is being typed."""
        if not self._uid:
            return
        try:
            state = self.workspace.intake.intake_state(self._uid)
        except UserError:
            return
        focus = QApplication.focusWidget()
        for question in (q for section in state.sections for q in section.questions):
            editor = self.questions.get(question.key)
            if editor is None or (focus is not None and editor.isAncestorOf(focus)):
                continue
            if editor.current_text() != question.text_value or not editor.types_text:
                editor.set_answer(question)
        for item in state.meeting_items:
            notes = self.notes.get(item.key)
            if notes is not None and not notes.hasFocus() and notes.toPlainText() != item.notes:
                notes.blockSignals(True)
                notes.setPlainText(item.notes)
                notes.blockSignals(False)
                notes.setProperty("saved", item.notes)
        self.banner.show_report(state.report)

    def _retire_form(self) -> None:
        """Saves what is being typed, then silences the old form before it goes.

        A field that loses the focus while being deleted would otherwise save its text again,
        by then under the next trajectory's uid.
        """
        self.save_pending()
        old = self.form_area.widget()
        if old is not None:
            for child in old.findChildren(QObject):
                child.blockSignals(True)

    def _build(self, state: IntakeState) -> QWidget:
        content = QWidget()
        content.setMaximumWidth(CONTENT_WIDTH)  # lines longer than this are hard to read
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 0, 16, 16)
        layout.setSpacing(6)
        self.questions, self.notes, self.note_errors, self.areas = {}, {}, {}, {}
        self.attendees = []
        layout.addWidget(small_label(self.tr("Questionnaire"), "heading", content))
        if state.introduction:
            layout.addWidget(small_label(state.introduction, "help", content))
        layout.addWidget(small_label(self.tr("Questions marked * are required."), "help", content))
        for section in state.sections:
            layout.addWidget(small_label(section.title, "section", content))
            if section.description:
                layout.addWidget(small_label(section.description, "help", content))
            for question in section.questions:
                editor = QuestionEditor(question, content)
                editor.edited.connect(self._save_answer)
                editor.typed.connect(self._save_typed)
                layout.addWidget(editor)
                self.questions[question.key] = editor
        title = state.meeting_title or self.tr("First meeting")
        layout.addWidget(small_label(title, "heading", content))
        hint = self.tr("The agenda of the first meeting: note per item what was agreed.")
        layout.addWidget(small_label(hint, "help", content))
        if state.attendees:
            layout.addWidget(small_label(self.tr("Present at least"), "section", content))
            for attendee in state.attendees:
                check = QCheckBox(attendee.role, content)
                check.setChecked(attendee.present)
                check.toggled.connect(lambda present, i=attendee.index: self._tick(i, present))
                layout.addWidget(check)
                self.attendees.append(check)
        for number, item in enumerate(state.meeting_items, start=1):
            self._add_item(layout, content, number, item)
        layout.addStretch(1)
        return content

    def _add_item(
        self, layout: QVBoxLayout, content: QWidget, number: int, item: MeetingItemState
    ) -> None:
        layout.addWidget(small_label(f"{number}. {item.title}", "section", content))
        if item.description:
            layout.addWidget(small_label(item.description, "help", content))
        layout.addWidget(small_label(item.notes_prompt, "prompt", content))
        notes = NotesEdit(content)
        notes.setAccessibleName(self.tr("Notes: %1").replace("%1", item.title))
        notes.setPlainText(item.notes)
        notes.setProperty("saved", item.notes)
        notes.finished.connect(lambda key=item.key: self._save_notes(key))
        layout.addWidget(notes)
        error = small_label("", "error", content)
        error.hide()
        layout.addWidget(error)
        self.notes[item.key], self.note_errors[item.key] = notes, error
        if item.area_selection is not None:
            areas = AreaEditor(item.area_selection, content)
            areas.changed.connect(lambda rows, key=item.key: self._save_areas(key, rows))
            layout.addWidget(areas)
            self.areas[item.key] = areas

    def _call(
        self, save: Callable[[], IntakeState], show_error: Callable[[str], None]
    ) -> IntakeState | None:
        """Runs one save; the new state updates the banner, a UserError shows at the field."""
        try:
            state = save()
        except UserError as error:
            show_error(user_message(error))
            return None
        show_error("")
        self.banner.show_report(state.report)
        return state

    def _save_answer(self, key: str, raw: RawAnswer) -> None:
        editor = self.questions[key]
        uid, intake = self._uid, self.workspace.intake
        state = self._call(
            lambda: run_edit(
                self.workspace,
                self.tr("change answer"),
                lambda: intake.save_intake_answer(uid, key, raw),
                key=f"intake:{uid}:{key}",
            ),
            editor.show_error,
        )
        if state is not None:  # shows the answer as stored: "3500" becomes "3.500,00"
            editor.set_answer(next(q for s in state.sections for q in s.questions if q.key == key))

    def _save_typed(self, key: str, raw: RawAnswer) -> None:
        """A pause in typing: stored if it can be (a half-typed date waits for the next pause
        or for leaving the field); the field keeps what is being typed."""
        editor = self.questions[key]
        uid, intake = self._uid, self.workspace.intake
        try:
            state = run_edit(
                self.workspace,
                self.tr("change answer"),
                lambda: intake.save_intake_answer(uid, key, raw),
                key=f"intake:{uid}:{key}",
            )
        except UserError:
            return
        editor.mark_saved(str(raw))
        self.banner.show_report(state.report)

    def _save_notes(self, key: str) -> None:
        notes = self.notes[key]
        if notes.toPlainText().strip() == notes.property("saved"):
            return
        label = self.note_errors[key]

        def show(message: str) -> None:
            label.setText(message)
            label.setVisible(bool(message))

        text = notes.toPlainText()
        uid, intake = self._uid, self.workspace.intake
        if self._call(
            lambda: run_edit(
                self.workspace,
                self.tr("change notes"),
                lambda: intake.save_first_meeting_notes(uid, key, text),
                key=f"intake:{uid}:notes:{key}",
            ),
            show,
        ):
            notes.setProperty("saved", text.strip())

    def _save_areas(self, key: str, rows: list[Area]) -> None:
        editor = self.areas[key]
        uid, intake = self._uid, self.workspace.intake
        saved = self._call(
            lambda: run_edit(
                self.workspace,
                self.tr("change kernen and wijken"),
                lambda: intake.save_areas(uid, key, rows),
            ),
            editor.show_error,
        )
        if saved is None:  # put back what is stored: the screen never shows what was refused
            stored = self.workspace.intake.intake_state(self._uid)
            item = next(i for i in stored.meeting_items if i.key == key)
            if item.area_selection is not None:
                editor.set_areas(item.area_selection.areas)

    def _tick(self, index: int, present: bool) -> None:
        uid, intake = self._uid, self.workspace.intake
        self._call(
            lambda: run_edit(
                self.workspace,
                self.tr("tick attendee"),
                lambda: intake.tick_attendee(uid, index, present),
            ),
            lambda _m: None,
        )

    def focus_question(self, key: str) -> None:
        """Scrolls to a question and puts the cursor in it (from a link in the banner)."""
        editor = self.questions.get(key)
        if editor is not None:
            self.form_area.ensureWidgetVisible(editor)
            editor.focus_target().setFocus()

    def save_pending(self) -> None:
        """Saves the field being typed in: call before closing or switching trajectory."""
        if not self._uid:
            return
        for key, notes in self.notes.items():
            if notes.hasFocus():
                self._save_notes(key)
        for editor in self.questions.values():
            if editor.types_text and editor.focus_target().hasFocus():
                editor.commit()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_pending()
        super().hideEvent(event)
