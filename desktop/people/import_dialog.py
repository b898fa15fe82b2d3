"""Importing a people list: file → columns → preview (fix or skip) → import → result.

Reading, checking and previewing run in a background thread with a progress bar and a
Cancel button; the window stays responsive. Other parts of the app call `start_import`.
"""

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.people.import_models import ProblemLine, SuggestionLine
from desktop.people.import_pages import BusyPage, MappingPage, PreviewPage, ResultPage
from desktop.shell.background import BackgroundTask, run_in_background
from desktop.shell.messages import user_message
from models.core.errors import UserError
from models.people.importing.plan import Decisions, with_accepted, with_fix, with_skip

if TYPE_CHECKING:
    from models.workspace import Workspace


log = logging.getLogger(__name__)
BUSY, MAPPING, PREVIEW, RESULT = range(4)


class ImportDialog(QDialog):
    imported = Signal(str)  # the batch uid, after a successful import
    undone = Signal(str)

    def __init__(
        self,
        workspace: "Workspace",
        path: Path,
        session_uid: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import people"))
        self.resize(1000, 620)
        self._workspace = workspace
        self._path = path
        self._session_uid = session_uid
        self._task: BackgroundTask | None = None
        self._on_done: Any = None
        self._draft: Any = None
        self._known: Any = None
        self._preview: Any = None
        self._decisions = Decisions()
        self._batch_uid: str | None = None
        self.busy = BusyPage()
        self.mapping = MappingPage()
        self.preview = PreviewPage()
        self.result = ResultPage()
        self.pages = QStackedWidget()
        for page in (self.busy, self.mapping, self.preview, self.result):
            self.pages.addWidget(page)
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Check"))
        self.next_button.setProperty("role", "primary")
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.cancel_button.clicked.connect(self._cancel)
        self.preview.problems.fix_requested.connect(self._fix)
        self.preview.problems.skip_toggled.connect(self._skip)
        self.preview.suggestions.accept_toggled.connect(self._accept)
        self.result.undo_requested.connect(self._undo)
        self._show(BUSY)

    # Flow

    def start(self) -> None:
        """Reads the file in the background; the mapping page follows."""
        self._show(BUSY)
        self.busy.show_busy(self.tr("Reading %1…").replace("%1", self._path.name))
        workspace, path = self._workspace, self._path

        def work(progress: Any, cancelled: Any) -> Any:
            draft = workspace.people.read_people_file(path, cancelled, progress)
            return draft, workspace.people.known_people()

        self._run(work, self._read_done)

    def _read_done(self, result: Any) -> None:
        self._draft, self._known = result
        self.mapping.set_tables(self._draft.file.tables, self._draft.mappings)
        self._show(MAPPING)

    def _check(self) -> None:
        self._run_preview(first=True)

    def _run_preview(self, first: bool = False) -> None:
        workspace, draft, known = self._workspace, self._draft, self._known
        mappings, decisions = self.mapping.mappings(), self._decisions

        def work(progress: Any, cancelled: Any) -> Any:
            return workspace.people.preview_people_import(
                draft, mappings, decisions, known, progress=progress, cancelled=cancelled
            )

        if first:
            self._show(BUSY)
            self.busy.show_busy(self.tr("Checking every row…"))
        else:
            self.preview.progress.setVisible(True)
            self.preview.progress.setRange(0, 0)
        self._run(work, self._preview_done)

    def _preview_done(self, preview: Any) -> None:
        self._preview = preview
        self.preview.progress.setVisible(False)
        self._fill_preview(preview)
        self._show(PREVIEW)

    def _commit(self) -> None:
        workspace, preview, session_uid = self._workspace, self._preview, self._session_uid
        self._show(BUSY)
        self.busy.show_busy(self.tr("Importing…"))
        self._run(
            lambda p, c: workspace.people.commit_people_import(preview, session_uid), self._done
        )

    def _done(self, result: Any) -> None:
        self._batch_uid = result.batch_uid
        lines = [
            self._path.name,
            self.tr("%n new people added.", "", result.created),
            self.tr("%n known people completed.", "", result.updated),
            self.tr("%n rows skipped.", "", result.skipped),
        ]
        if self._session_uid:
            lines.append(self.tr("%n people registered for the session.", "", result.registered))
        self.result.title.setText(self.tr("Import done"))
        self.result.summary.setText("\n".join(lines))
        self.result.undo.setEnabled(True)
        self._show(RESULT)
        self.imported.emit(result.batch_uid)

    def _undo(self) -> None:
        if self._batch_uid is None:
            return
        try:
            undo = self._workspace.people.undo_people_import(self._batch_uid)
        except UserError as error:
            self.result.summary.setText(user_message(error))
            return
        self.result.title.setText(self.tr("Import undone"))
        text = self.tr("%n people removed.", "", undo.removed)
        if undo.kept:
            text += "\n" + self.tr(
                "%n people kept because they were used since the import.", "", undo.kept
            )
        if undo.reverted:
            text += "\n" + self.tr("%n people set back as they were.", "", undo.reverted)
        self.result.summary.setText(text)
        self.result.undo.setEnabled(False)
        self.undone.emit(self._batch_uid)

    # Decisions in the preview

    def _fix(self, key: Any, field: str, text: str) -> None:
        self._decisions = with_fix(self._decisions, key, field, text)
        self._run_preview()

    def _skip(self, key: Any, skip: bool) -> None:
        self._decisions = with_skip(self._decisions, key, skip)
        self._run_preview()

    def _accept(self, key: Any, target: str, same: bool) -> None:
        self._decisions = with_accepted(self._decisions, key, target, same)
        self._run_preview()

    def _fill_preview(self, preview: Any) -> None:
        skipped = set(self._decisions.skipped)
        problems = [
            ProblemLine(
                p.key,
                p.sheet,
                p.row,
                p.field,
                p.message,
                self._value_of(preview, p.key, p.field),
                p.key in skipped,
                p.blocking,
            )
            for p in preview.problems
        ]
        # Rows the coach skipped without a problem stay listed, so that they can be taken back.
        listed = {p.key for p in problems}
        for key in sorted(skipped - listed):
            problems.append(
                ProblemLine(key, "", key[1], "name", self.tr("Skipped by you"), "", True, False)
            )
        self.preview.problems.set_rows(problems)
        accepted = self._decisions.accepted
        names = {row.key: f"{row.sheet} {row.row}  {row.values.full_name}" for row in preview.rows}
        self.preview.suggestions.set_rows(
            [
                SuggestionLine(
                    s.key,
                    names.get(s.key, str(s.key[1])).strip(),
                    s.target,
                    s.label,
                    s.reason,
                    (s.key, s.target) in accepted,
                )
                for s in preview.suggestions
            ]
        )
        self.preview.people.set_rows(list(preview.people))
        self.preview.set_counts(len(problems), len(preview.suggestions), len(preview.people))
        merged = sum(len(group) - 1 for group in preview.duplicates)
        summary = [
            self.tr("%n rows read", "", preview.rows_read),
            self.tr("%n new", "", preview.created),
            self.tr("%n to complete", "", preview.updated),
            self.tr("%n skipped", "", preview.skipped),
            self.tr("%n duplicate rows merged", "", merged),
        ]
        self.preview.summary.setText(" · ".join(summary))
        for view in (self.preview.problem_view, self.preview.suggestion_view):
            view.resizeColumnsToContents()
            for column in range(view.model().columnCount()):
                view.setColumnWidth(column, min(view.columnWidth(column), 420))

    @staticmethod
    def _value_of(preview: Any, key: Any, field: str) -> str:
        row = next((r for r in preview.rows if r.key == key), None)
        if row is None:
            return ""
        if field == "name":
            return row.values.full_name
        return row.text(field)

    # Pages and buttons

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page == PREVIEW)
        self.next_button.setVisible(page in (MAPPING, PREVIEW))
        self.next_button.setText(self.tr("Check") if page == MAPPING else self.tr("Import"))
        closing = page == RESULT
        self.cancel_button.setText(self.tr("Close") if closing else self.tr("Cancel"))

    def _next(self) -> None:
        if self.pages.currentIndex() == MAPPING:
            self._check()
        elif self.pages.currentIndex() == PREVIEW and self._preview is not None:
            self._commit()

    def _back(self) -> None:
        self._show(MAPPING)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()  # `cancelled` follows and closes the dialog
            return
        self.reject() if self.pages.currentIndex() != RESULT else self.accept()

    def _run(self, work: Any, on_done: Any) -> None:
        self._stop_task()
        self.next_button.setEnabled(False)
        self._on_done = on_done
        self._task = run_in_background(
            work,
            self._task_done,
            self._failed,
            self,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
        )

    def _task_done(self, result: Any) -> None:
        self._task = None
        self.next_button.setEnabled(True)
        self._on_done(result)

    def _progress(self, done: int, total: int) -> None:
        for bar in (self.busy.progress, self.preview.progress):
            bar.setRange(0, max(total, 1))
            bar.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.next_button.setEnabled(True)
        if isinstance(error, UserError):
            message = user_message(error)
        else:
            log.error("import failed", exc_info=error)  # the traceback only, no personal data
            message = self.tr("Something went wrong while reading the file. Nothing was saved.")
        self._show(BUSY)
        self.busy.show_error(self.tr("This file cannot be imported"), message)
        self.cancel_button.setText(self.tr("Close"))

    def _cancelled(self) -> None:
        self._task = None
        self.reject()

    def _stop_task(self) -> None:
        if self._task is not None:
            self._task.discard()
            self._task.wait()
            self._task = None

    def done(self, result: int) -> None:
        self._stop_task()
        super().done(result)


def start_import(
    parent: QWidget | None, workspace: "Workspace", path: Path, session_uid: str | None = None
) -> ImportDialog:
    """Opens the import dialog for `path` (registrations for `session_uid` if given)."""
    dialog = ImportDialog(workspace, path, session_uid, parent)
    dialog.open()
    dialog.start()
    return dialog
