"""Evaluatie: the trajectory's forms, their editor, fast entry, results, comparison, exports."""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.evaluation.editor import EvaluationEditor
from desktop.evaluation.entry import EvaluationEntry
from desktop.evaluation.kiosk import KioskWindow
from desktop.evaluation.results import EvaluationComparisonView, EvaluationResultsView
from desktop.printing.flow import DocumentPrinting, print_document
from desktop.shell.formats import date_text
from desktop.shell.messages import user_message
from desktop.widgets.common import empty_label
from desktop.widgets.workspace_view import WorkspaceView
from exports.documents import DocumentKind
from models.core.changes import DataKind
from models.core.errors import UserError
from models.evaluation.dto import EvaluationOverview, FormRow

if TYPE_CHECKING:
    from models.workspace import Workspace


# What a new form is for, in the list of forms that can still be made.
SESSION_FORM, END_FORM = "session", "end"


def form_label(row: FormRow) -> str:
    when = f" ({date_text(row.starts_at.date())})" if row.starts_at else ""
    target = row.target or QCoreApplication.translate("EvaluationView", "End of the trajectory")
    return f"{target}{when} · {row.title} · {row.response_count}"


class EvaluationView(WorkspaceView, QWidget):
    """Lays out the tab; forms, answers and results all come from the workspace."""

    shows = frozenset(
        {
            DataKind.EVALUATION_FORM,
            DataKind.EVALUATION_QUESTION,
            DataKind.EVALUATION_RESPONSE,
            DataKind.SESSION,
        }
    )

    kiosk_started = Signal(object)  # the KioskWindow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trajectory = ""
        self._overview: EvaluationOverview | None = None
        self.kiosk: KioskWindow | None = None
        self.forms = QComboBox()
        self.forms.setAccessibleName(self.tr("Evaluation form"))
        self.forms.setMinimumWidth(420)
        self.new_session = QComboBox()
        self.new_button = QPushButton(self.tr("Make form"))
        self.paper_button = QPushButton(self.tr("Print paper form…"))
        self.report_button = QPushButton(self.tr("Print report…"))
        self.excel_button = QPushButton(self.tr("Responses (Excel)…"))
        self.kiosk_button = QPushButton(self.tr("Kiosk mode"))
        self.kiosk_button.setProperty("role", "primary")
        self.editor = EvaluationEditor()
        self.entry = EvaluationEntry()
        self.results = EvaluationResultsView()
        self.comparison = EvaluationComparisonView()
        self.pages = QTabWidget()
        self.pages.addTab(self.entry, self.tr("Type in"))
        self.pages.addTab(self.results, self.tr("Results"))
        self.pages.addTab(self.comparison, self.tr("Compare"))
        self.pages.addTab(self.editor, self.tr("Questions"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.empty = empty_label(self.tr("No evaluation forms yet: make one for a session."))
        self._lay_out()
        self.forms.currentIndexChanged.connect(self._form_changed)
        self.new_button.clicked.connect(self.make_form)
        self.paper_button.clicked.connect(self.print_paper_form)
        self.report_button.clicked.connect(self.print_report)
        self.excel_button.clicked.connect(self.save_excel)
        self.kiosk_button.clicked.connect(self.ask_kiosk)
        self.editor.changed.connect(self._refresh_form)
        self.entry.saved.connect(lambda _count: self._refresh_counts())
        self.pages.currentChanged.connect(lambda _index: self._refresh_page())
        self.setEnabled(False)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Form")))
        top.addWidget(self.forms, 2)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("New form for")))
        top.addWidget(self.new_session, 1)
        top.addWidget(self.new_button)
        actions = QHBoxLayout()
        for button in (self.paper_button, self.report_button, self.excel_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.kiosk_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.empty)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace
        self.editor.set_workspace(workspace)
        self.entry.set_workspace(workspace)

    def refresh(self) -> None:
        if self._trajectory:
            self.show_trajectory(self._trajectory, self.forms.currentData() or "")

    def show_trajectory(self, uid: str, select_form: str = "") -> None:
        try:
            overview = self.workspace.evaluation.evaluation_overview(uid)
        except UserError as error:
            self.setEnabled(True)
            self.message.setText(user_message(error))
            return
        self._trajectory, self._overview = uid, overview
        self.setEnabled(True)
        self.forms.blockSignals(True)
        self.forms.clear()
        for row in overview.forms:
            self.forms.addItem(form_label(row), row.uid)
        index = self.forms.findData(select_form) if select_form else 0
        self.forms.setCurrentIndex(max(index, 0))
        self.forms.blockSignals(False)
        self.new_session.clear()
        for choice in overview.sessions_without_form:
            when = f" ({date_text(choice.starts_at.date())})" if choice.starts_at else ""
            self.new_session.addItem(f"{choice.title}{when}", (SESSION_FORM, choice.uid))
        if overview.end_form_title:
            self.new_session.addItem(self.tr("End of the trajectory"), (END_FORM, uid))
        self.new_button.setEnabled(self.new_session.count() > 0)
        self.new_session.setEnabled(self.new_session.count() > 0)
        has_forms = bool(overview.forms)
        self.pages.setVisible(has_forms)
        self.empty.setVisible(not has_forms)
        for button in (self.paper_button, self.excel_button, self.kiosk_button):
            button.setEnabled(has_forms)
        self._form_changed()

    def current_form_uid(self) -> str:
        return str(self.forms.currentData() or "")

    def _form_changed(self) -> None:
        self.message.clear()
        self._refresh_form()

    def _refresh_form(self) -> None:
        uid = self.current_form_uid()
        if not uid:
            return
        form = self.workspace.evaluation.evaluation_form(uid)
        selected = self.editor.current_question()
        self.editor.show_form(form, selected.uid if selected else "")
        self.entry.show_form(form)
        self._refresh_page()

    def _refresh_page(self) -> None:
        uid = self.current_form_uid()
        if not uid:
            return
        page = self.pages.currentWidget()
        if page is self.results:
            self.results.show_results(self.workspace.evaluation.evaluation_results(uid))
        elif page is self.comparison:
            self.comparison.show_comparisons(
                self.workspace.evaluation.evaluation_comparisons(self._trajectory)
            )

    def _refresh_counts(self) -> None:
        """Keep the list's response counts current without rebuilding the pages."""
        if self._overview is None:
            return
        overview = self.workspace.evaluation.evaluation_overview(self._trajectory)
        for row in overview.forms:
            position = self.forms.findData(row.uid)
            if position >= 0:
                self.forms.setItemText(position, form_label(row))
        self._overview = overview

    def make_form(self) -> None:
        data = self.new_session.currentData()
        if not data:
            return
        kind, uid = data
        try:
            if kind == END_FORM:
                form_uid = self.workspace.evaluation.create_end_form(uid)
            else:
                form_uid = self.workspace.evaluation.create_session_form(uid)
        except UserError as error:
            self.message.setText(user_message(error))
            return
        self.show_trajectory(self._trajectory, form_uid)

    # ---------------------------------------------------------------- files
    def _target(self, suggested: str, filter_text: str) -> Path | None:
        from models.storage.paths import documents_dir

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), str(documents_dir() / suggested), filter_text
        )
        return Path(path) if path else None

    def _done(self, path: Path) -> None:
        self.message.setText(self.tr("Saved: %1").replace("%1", str(path)))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def print_paper_form(self) -> DocumentPrinting | None:
        """The selected form on paper, to fill in by hand: saved and shown ready to print."""
        return self._print(DocumentKind.EVALUATION_FORM, self.current_form_uid())

    def print_report(self) -> DocumentPrinting | None:
        """The trajectory's evaluation report: saved and shown ready to print."""
        return self._print(DocumentKind.EVALUATION_REPORT, self._trajectory)

    def print_document(self) -> DocumentPrinting | None:
        """Ctrl+P: the paper form while typing in or editing questions, else the report."""
        if self.pages.currentWidget() in (self.entry, self.editor):
            return self.print_paper_form()
        return self.print_report()

    def _print(self, kind: DocumentKind, uid: str) -> DocumentPrinting | None:
        if not uid or self._workspace is None:
            return None
        printing = print_document(self, self.workspace, kind, uid)
        printing.made.connect(
            lambda preview: self.message.setText(
                self.tr("Saved: %1").replace("%1", str(preview.path))
            )
        )
        return printing

    def save_excel(self, path: Path | None = None) -> Path | None:
        from exports.evaluation.responses_xlsx import raw_file_name, write_raw_responses

        table = self.workspace.evaluation.evaluation_raw_table(self.current_form_uid())
        path = path or self._target(raw_file_name(table), "Excel (*.xlsx)")
        return self._write(lambda p: write_raw_responses(table, p), path)

    def _write(self, work: Any, path: Path | None) -> Path | None:
        if path is None:
            return None
        try:
            written: Path = work(path)
        except UserError as error:
            self.message.setText(user_message(error))
            return None
        self._done(written)
        return written

    # ---------------------------------------------------------------- kiosk
    def ask_kiosk(self) -> None:
        pin, ok = QInputDialog.getText(
            self,
            self.tr("Kiosk mode"),
            self.tr("Choose a code of at least 4 digits. You need it to leave kiosk mode."),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self.start_kiosk(pin)

    def start_kiosk(self, pin: str, full_screen: bool = True) -> KioskWindow | None:
        uid = self.current_form_uid()
        if not uid:
            return None
        try:
            kiosk = KioskWindow(
                self.workspace, self.workspace.evaluation.evaluation_form(uid), pin.strip()
            )
        except UserError as error:
            self.message.setText(user_message(error))
            return None
        self.kiosk = kiosk
        kiosk.closed.connect(self._kiosk_closed)
        if full_screen:
            kiosk.showFullScreen()
        self.kiosk_started.emit(kiosk)
        return kiosk

    def _kiosk_closed(self) -> None:
        self.kiosk = None
        self.show_trajectory(self._trajectory, self.current_form_uid())
