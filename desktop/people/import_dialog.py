"""Importing a people list: file → columns → preview (fix, skip, decide) → import → result.

The file is read in a guarded child process (a hostile file only ever gives a message here);
reading, checking and previewing run off the GUI thread (`run_operation`) with the dialog's
own progress bar and Cancel button, so the window stays responsive. Other parts of the app
call `start_import`.
"""

import logging
from collections.abc import Callable
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

from desktop.people import import_lines
from desktop.people.import_models import ProblemLine
from desktop.people.import_pages import (
    SPREADSHEETS,
    BusyPage,
    MappingPage,
    PersonLine,
    PreviewPage,
    ResultPage,
)
from desktop.shell.messages import user_message
from desktop.shell.operations import Operation, Progress, run_operation
from desktop.widgets.accelerators import set_button_text
from models.core.errors import UserError
from models.people.importing.plan import (
    Decisions,
    ImportPreview,
    with_accepted,
    with_fix,
    with_skip,
)
from models.people.importing.rows import RowKey

if TYPE_CHECKING:
    from models.people.importing.batches import ImportResult, KnownPeople
    from models.people.service import ImportDraft
    from models.workspace import Workspace


log = logging.getLogger(__name__)
BUSY, MAPPING, PREVIEW, RESULT = range(4)
Work = Callable[[Progress], Any]


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
        self.resize(1180, 660)  # fits a 1366×768 screen
        self._workspace = workspace
        self._path = path
        self._session_uid = session_uid
        self._task: Operation[Any] | None = None
        self._on_done: Callable[[Any], None] | None = None
        self._draft: ImportDraft | None = None
        self._known: KnownPeople | None = None
        self._preview: ImportPreview | None = None
        self._decisions = Decisions()
        self._batch_uid: str | None = None
        self.busy = BusyPage()
        self.mapping = MappingPage()
        self.preview = PreviewPage()
        self.result_page = ResultPage()
        self.pages = QStackedWidget()
        for page in (self.busy, self.mapping, self.preview, self.result_page):
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
        self.result_page.undo_requested.connect(self._undo)
        self.busy.another.clicked.connect(self._choose_another)
        self._show(BUSY)

    # Flow

    def start(self) -> None:
        """Reads the file in the background; the mapping page follows."""
        self._show(BUSY)
        self.busy.show_busy(self.tr("Reading %1…").replace("%1", self._path.name))
        workspace, path = self._workspace, self._path

        def work(progress: Progress) -> Any:
            draft = workspace.people.read_people_file(path, progress.cancelled, progress)
            return draft, workspace.people.known_people()

        self._run(work, self._read_done)

    def _choose_another(self) -> None:
        """After a file that could not be used: pick another one and start over."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a people list"),
            str(self._path.parent),
            self.tr("Spreadsheets (%1)").replace("%1", SPREADSHEETS),
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        """Starts over with `path`: nothing of the previous file is kept."""
        self._path = path
        self._draft = self._known = self._preview = None
        self._decisions = Decisions()
        self.start()

    def _read_done(self, result: "tuple[ImportDraft, KnownPeople]") -> None:
        self._draft, self._known = result
        notes = {
            sheet: import_lines.choice_notes(choices)
            for sheet, choices in self._draft.choices.items()
        }
        self.mapping.set_tables(self._draft.file.tables, self._draft.mappings, notes)
        self._show(MAPPING)

    def _run_preview(self, first: bool = False) -> None:
        workspace, draft, known = self._workspace, self._draft, self._known
        mappings, decisions = self.mapping.mappings(), self._decisions
        assert draft is not None

        def work(progress: Progress) -> Any:
            return workspace.people.preview_people_import(
                draft, mappings, decisions, known, progress=progress, cancelled=progress.cancelled
            )

        if first:
            self._show(BUSY)
            self.busy.show_busy(self.tr("Checking every row…"))
        else:
            self.preview.progress.setVisible(True)
            self.preview.progress.setRange(0, 0)
        self._run(work, self._preview_done)

    def _preview_done(self, preview: ImportPreview) -> None:
        self._preview = preview
        self.preview.progress.setVisible(False)
        self._fill_preview(preview)
        self._show(PREVIEW)

    def _commit(self) -> None:
        workspace, preview, session_uid = self._workspace, self._preview, self._session_uid
        assert preview is not None
        self._show(BUSY)
        self.busy.show_busy(self.tr("Importing…"))
        self.cancel_button.setEnabled(False)  # one transaction: it ends, then Undo is offered
        self._run(lambda _: workspace.people.commit_people_import(preview, session_uid), self._done)

    def _done(self, result: "ImportResult") -> None:
        self._batch_uid = result.batch_uid
        lines = [
            self._path.name,
            self.tr("%n new people added.", "", result.created),
            self.tr("%n known people completed.", "", result.updated),
            self.tr("%n rows skipped.", "", result.skipped),
        ]
        if self._preview is not None:
            lines.append(import_lines.summary(self._preview))
        if self._session_uid:
            lines.append(self.tr("%n people registered for the session.", "", result.registered))
        self.result_page.title.setText(self.tr("Import done"))
        self.result_page.summary.setText("\n".join(lines))
        self.result_page.undo.setEnabled(True)
        self._show(RESULT)
        self.imported.emit(result.batch_uid)

    def _undo(self) -> None:
        if self._batch_uid is None:
            return
        try:
            undo = self._workspace.people.undo_people_import(self._batch_uid)
        except UserError as error:
            self.result_page.summary.setText(user_message(error))
            return
        self.result_page.title.setText(self.tr("Import undone"))
        text = self.tr("%n people removed.", "", undo.removed)
        if undo.kept:
            text += "\n" + self.tr(
                "%n people kept because they were used since the import.", "", undo.kept
            )
        if undo.reverted:
            text += "\n" + self.tr("%n people set back as they were.", "", undo.reverted)
        self.result_page.summary.setText(text)
        self.result_page.undo.setEnabled(False)
        self.undone.emit(self._batch_uid)

    # Decisions in the preview

    def _fix(self, key: RowKey, field: str, text: str) -> None:
        self._decisions = with_fix(self._decisions, key, field, text)
        self._run_preview()

    def _skip(self, key: RowKey, skip: bool) -> None:
        self._decisions = with_skip(self._decisions, key, skip)
        self._run_preview()

    def _accept(self, key: RowKey, target: str, same: bool) -> None:
        self._decisions = with_accepted(self._decisions, key, target, same)
        self._run_preview()

    def _fill_preview(self, preview: ImportPreview) -> None:
        skipped = set(self._decisions.skipped)
        rows = {row.key: row for row in preview.rows}
        problems = []
        for p in preview.problems:
            row = rows.get(p.key)
            if row is None:
                value = ""
            else:
                value = row.values.full_name if p.field == "name" else row.text(p.field)
            problems.append(
                ProblemLine(
                    p.key, p.sheet, p.row, p.field, p.message, value, p.key in skipped, p.blocking
                )
            )
        # Rows the coach skipped without a problem stay listed, so that they can be taken back.
        listed = {p.key for p in problems}
        for key in sorted(skipped - listed):
            problems.append(
                ProblemLine(key, "", key[1], "name", self.tr("Skipped by you"), "", True, False)
            )
        self.preview.problems.set_rows(problems)
        self.preview.suggestions.set_rows(import_lines.suggestion_lines(preview))
        self.preview.people.set_rows(
            [
                PersonLine(p, import_lines.outcome_label(preview, p.rows[0], p.action))
                for p in preview.people
            ]
        )
        self.preview.set_counts(len(problems), len(preview.suggestions), len(preview.people))
        self.preview.summary.setText(import_lines.summary(preview))
        for view in (self.preview.problem_view, self.preview.people_view):
            view.resizeColumnsToContents()
            for column in range(view.model().columnCount()):
                view.setColumnWidth(column, min(view.columnWidth(column), 420))
        suggestions = self.preview.suggestion_view
        suggestions.resizeColumnToContents(0)
        suggestions.setColumnWidth(3, 300)
        suggestions.resizeColumnToContents(4)

    # Pages and buttons

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page == PREVIEW)
        self.next_button.setVisible(page in (MAPPING, PREVIEW))
        set_button_text(
            self.next_button, self.tr("Check") if page == MAPPING else self.tr("Import")
        )
        closing = page == RESULT
        set_button_text(self.cancel_button, self.tr("Close") if closing else self.tr("Cancel"))

    def _next(self) -> None:
        if self.pages.currentIndex() == MAPPING:
            self._run_preview(first=True)
        elif self.pages.currentIndex() == PREVIEW and self._preview is not None:
            self._commit()

    def _back(self) -> None:
        self._show(MAPPING)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()  # `cancelled` follows and closes the dialog
            return
        self.reject() if self.pages.currentIndex() != RESULT else self.accept()

    def _run(self, work: Work, on_done: Callable[[Any], None]) -> None:
        self._stop_task()
        self.next_button.setEnabled(False)
        self._on_done = on_done
        self._task = run_operation(
            self,
            work,
            self._task_done,
            title=self.windowTitle(),
            on_error=self._failed,
            cancellable=True,
            quiet=True,  # the dialog's own page shows the progress and the Cancel button
            on_progress=self._progress,
            on_cancelled=self._cancelled,
        )

    def _task_done(self, result: Any) -> None:
        self._task = None
        self.next_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        if self._on_done is not None:
            self._on_done(result)

    def _progress(self, done: int, total: int) -> None:
        for bar in (self.busy.progress, self.preview.progress):
            bar.setRange(0, max(total, 1))
            bar.setValue(done)

    def _failed(self, error: BaseException) -> None:
        """The reason, on the dialog's own page: the window (and the app) stay open."""
        self._task = None
        self.next_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        if isinstance(error, UserError):
            message = user_message(error)
        else:
            log.error("import failed", exc_info=error)  # the traceback only, no personal data
            message = self.tr("Something went wrong while reading the file. Nothing was saved.")
        self._show(BUSY)
        self.busy.show_error(self.tr("This file cannot be imported"), message)
        set_button_text(self.cancel_button, self.tr("Close"))

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
