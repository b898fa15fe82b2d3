"""Offerte: the versions of a quote and their life, a form for a new version, the PDF."""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.printing.flow import DocumentPrinting, print_document
from desktop.quotes.discount_box import DiscountBox
from desktop.quotes.quote_life import LifeDialog
from desktop.quotes.quote_parts import (
    accepted_text,
    conditions_text,
    preview_html,
    version_columns,
)
from desktop.shell.formats import money_text
from desktop.shell.messages import user_message
from desktop.widgets.common import fit_columns, subtitle_label, table_view
from desktop.widgets.row_table import RowTableModel
from desktop.widgets.workspace_view import WorkspaceView
from exports.documents import DocumentKind
from models.core.changes import DataKind
from models.core.enums import QuoteStatus
from models.core.errors import UserError
from models.core.formatting import MONEY_EXAMPLE, parse_money
from models.quotes.pricing_data import PriceOptions

if TYPE_CHECKING:
    from models.workspace import Workspace


class QuoteView(WorkspaceView, QWidget):
    """Lays out the quote tab; every price and rule comes from the workspace."""

    shows = frozenset({DataKind.QUOTE, DataKind.QUOTE_LINE, DataKind.TRAJECTORY_CLIENT})

    version_created = Signal(str)  # the uid of the new version
    version_changed = Signal(str)  # the uid of a version sent, accepted or declined

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uid = ""
        self._form: Any = None
        self.printing: DocumentPrinting | None = None
        self.versions_model = RowTableModel(version_columns(), self)
        self.versions = table_view(self.versions_model)
        self.versions.setAccessibleName(self.tr("Quote versions"))
        self.accepted = subtitle_label()
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("The selected version, ready to print (Ctrl+P)"))
        self.sent_button = QPushButton(self.tr("Sent…"))
        self.accept_button = QPushButton(self.tr("Accepted…"))
        self.decline_button = QPushButton(self.tr("Declined…"))
        self.scope = QComboBox()
        self.discount_box = DiscountBox()
        self.discount, self.discount_reason = self.discount_box.discount, self.discount_box.reason
        self.amount = QLineEdit()
        self.amount_hint = subtitle_label()
        self.amount_error = self._error_label()
        self.budget = QLineEdit()
        self.budget.setPlaceholderText(MONEY_EXAMPLE)
        self.budget_error = self._error_label()
        self.conditions = QLabel()
        self.conditions.setWordWrap(True)
        self.form_error = self._error_label()
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.make_button = QPushButton(self.tr("Make new version"))
        self.make_button.setProperty("role", "primary")
        self.message = subtitle_label()
        self._lay_out()
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.discount_box.changed.connect(self.update_preview)
        self.amount.textEdited.connect(self.update_preview)
        self.budget.textEdited.connect(self.update_preview)
        self.make_button.clicked.connect(self.make_version)
        self.save_button.clicked.connect(self._save_pdf_as)
        self.print_button.clicked.connect(self.print_document)
        self.sent_button.clicked.connect(lambda: self.record(QuoteStatus.SENT))
        self.accept_button.clicked.connect(lambda: self.record(QuoteStatus.ACCEPTED))
        self.decline_button.clicked.connect(lambda: self.record(QuoteStatus.DECLINED))
        self.versions.selectionModel().selectionChanged.connect(self._enable_life)
        self.setEnabled(False)

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setProperty("role", "error")
        label.setProperty("role", "error")
        label.setWordWrap(True)
        label.hide()
        return label

    def _lay_out(self) -> None:
        buttons = QVBoxLayout()
        for button in (self.save_button, self.print_button):
            buttons.addWidget(button)
        buttons.addSpacing(8)
        for button in (self.sent_button, self.accept_button, self.decline_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.versions, 1)
        top.addLayout(buttons)
        form = self.form_layout = QFormLayout()
        form.addRow(self.tr("Scope"), self.scope)
        form.addRow(self.tr("Discount"), self.discount_box)
        amount = self.amount_row = QVBoxLayout()
        amount.addWidget(self.amount)
        amount.addWidget(self.amount_error)
        amount.addWidget(self.amount_hint)
        form.addRow(self.tr("Price excl. VAT"), amount)
        budget = self.budget_row = QVBoxLayout()
        budget.addWidget(self.budget)
        budget.addWidget(self.budget_error)
        form.addRow(self.tr("Working budget"), budget)
        box = self.box = QGroupBox(self.tr("New version"))
        inner = QHBoxLayout(box)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.form_error)
        left.addWidget(self.make_button)
        left.addWidget(self.message)
        left.addStretch(1)
        inner.addLayout(left, 1)
        preview = QVBoxLayout()
        heading = self.tr("Price of the new version")
        self.preview_heading = QLabel(f"<b>{heading}</b>")
        preview.addWidget(self.preview_heading)
        preview.addWidget(self.preview)
        preview.addWidget(self.conditions)
        preview.addStretch(1)
        inner.addLayout(preview, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.accepted)
        layout.addLayout(top, 1)
        layout.addWidget(box, 2)

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace

    def refresh(self) -> None:
        if self._uid:
            self.show_trajectory(self._uid)

    def show_trajectory(self, uid: str) -> None:
        """Loads the trajectory's versions and proposes the next version's choices."""
        try:
            form = self.workspace.quotes.quote_options(uid)
        except UserError as error:  # e.g. its programme file was removed: say so, offer nothing
            self._uid, self._form = "", None
            self.versions_model.set_rows([])
            self.setEnabled(True)
            self._show_error(error)
            for button in (self.make_button, self.save_button, self.print_button):
                button.setEnabled(False)
            return
        self._uid, self._form = uid, form
        self.scope.blockSignals(True)
        self.scope.clear()
        for choice in form.scopes:
            self.scope.addItem(f"{choice.name} ({money_text(choice.amount_cents)})", choice.key)
        index = self.scope.findData(form.scope_key)
        self.scope.setCurrentIndex(max(index, 0))
        self.scope.blockSignals(False)
        self.form_layout.setRowVisible(self.scope, bool(form.scopes))
        self.form_layout.setRowVisible(self.amount_row, not form.is_free)
        self.form_layout.setRowVisible(self.discount_box, form.has_discounts)
        self.form_layout.setRowVisible(self.budget_row, bool(form.working_budget_label))
        self.discount_box.show_form(form)
        budget = form.working_budget_cents
        self.budget.setText(money_text(budget).lstrip("€\u00a0 ") if budget is not None else "")
        self.box.setTitle(
            self.tr("New version of the participation agreement")
            if form.is_free
            else self.tr("New version")
        )
        heading = self.tr("Participation") if form.is_free else self.tr("Price of the new version")
        self.preview_heading.setText(f"<b>{heading}</b>")
        self.conditions.setText(conditions_text(form.open_conditions))
        self.conditions.setVisible(bool(form.open_conditions))
        self.accepted.setText(accepted_text(form.accepted))
        self.amount.clear()
        if form.typed_amount_cents is not None:  # the agreed price stays until changed
            self.amount.setText(money_text(form.typed_amount_cents).lstrip("€\u00a0 "))
        self.message.clear()
        self.setEnabled(True)
        self._refresh_versions()
        self._scope_changed()

    def _refresh_versions(self, select_uid: str = "") -> None:
        rows = self.workspace.quotes.quotes(self._uid)
        self.versions_model.set_rows(rows)
        self.versions.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # newest version on top
        rows = [self.versions_model.row_at(i) for i in range(self.versions_model.rowCount())]
        fit_columns(self.versions)
        for index, row in enumerate(rows):
            if row.uid == select_uid or (not select_uid and index == 0):
                self.versions.selectRow(index)
                break
        self.save_button.setEnabled(bool(rows))
        self.print_button.setEnabled(bool(rows))
        self._enable_life()

    def _enable_life(self) -> None:
        row = self.selected_version()
        is_open = row is not None and row.is_open
        self.sent_button.setEnabled(is_open and row is not None and row.status == QuoteStatus.DRAFT)
        self.accept_button.setEnabled(is_open and row is not None and not row.price_on_request)
        self.decline_button.setEnabled(is_open)

    def _scope_changed(self) -> None:
        form = self._form
        if form is None:
            return
        choice = next((c for c in form.scopes if c.key == self.scope.currentData()), None)
        adjustable = choice.adjustable if choice is not None else form.amount_adjustable
        editable = adjustable or form.manual_amount_required
        self.amount.setEnabled(editable)
        self.amount.setPlaceholderText(MONEY_EXAMPLE if editable else "")
        if form.manual_amount_required:
            hint = self.tr("Price on request: type the agreed price, or leave empty for now.")
        elif adjustable:
            hint = self.tr("Indicative price: leave empty for the list price or type another.")
        else:
            hint = self.tr("The programme sets this price.")
            self.amount.clear()
        self.amount_hint.setText(hint)
        self.update_preview()

    def _choices(self) -> tuple[str | None, PriceOptions]:
        """The form's choices; raises UserError (at its field) for an amount typed wrong."""
        text = self.amount.text().strip()
        amount = parse_money(text, field="manual_amount") if text else None
        budget_text = self.budget.text().strip()
        budget = None
        if self._form is not None and self._form.working_budget_label and budget_text:
            budget = parse_money(budget_text, field="working_budget")
        options = PriceOptions(
            discount=self.discount_box.single(),
            discount_overrides=self.discount_box.overrides(),
            discount_note=self.discount_box.note.text(),
            manual_amount_cents=amount,
            working_budget_cents=budget,
        )
        return self.scope.currentData(), options

    def _show_error(self, error: UserError | None) -> None:
        text = user_message(error) if error is not None else ""
        field = error.field if error is not None else None
        fields = {"manual_amount": self.amount_error, "working_budget": self.budget_error}
        for name, label in fields.items():
            label.setText(text if field == name else "")
            label.setVisible(field == name)
        at_note = field in ("discount_note", "discount")
        self.discount_box.show_error(text if at_note else "")
        general = error is not None and field not in fields and not at_note
        self.form_error.setText(text if general else "")
        self.form_error.setVisible(general)

    def update_preview(self) -> None:
        """Prices the form's choices through the workspace; a bad amount shows at its field."""
        if self._workspace is None or not self._uid:
            return
        try:
            scope_key, options = self._choices()
            price = self.workspace.quotes.preview_quote(self._uid, scope_key, options)
        except UserError as error:
            self._show_error(error)
            self.preview.clear()
            self.make_button.setEnabled(False)
            return
        self._show_error(None)
        self.make_button.setEnabled(True)
        self.preview.setText(preview_html(price, self._form.programme_name, self._form.is_free))

    def make_version(self) -> None:
        """A new version from the form, unless the amount is wrong or nothing changed."""
        try:
            scope_key, options = self._choices()
            result = self.workspace.quotes.new_quote_version(self._uid, scope_key, options)
        except UserError as error:
            self._show_error(error)
            return
        self._show_error(None)
        row = result.row
        if result.created:
            self.message.setText(
                self.tr("Version %1 of quote %2 made.")
                .replace("%1", str(row.version))
                .replace("%2", row.number)
            )
            self.version_created.emit(row.uid)
        else:
            self.message.setText(
                self.tr("Nothing changed since version %1: no new version made.").replace(
                    "%1", str(row.version)
                )
            )
        self._refresh_versions(row.uid)

    def record(self, step: QuoteStatus) -> None:
        """Sent, accepted or declined: asks the day (and who, or why), then records it."""
        row = self.selected_version()
        if row is None:
            return
        dialog = LifeDialog(step, row, self.workspace.clock.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.record_step(step, row.uid, dialog.day.text(), dialog.text.text())

    def record_step(self, step: QuoteStatus, quote_uid: str, day: str, text: str = "") -> bool:
        """Records one step of the version's life; a refusal shows why and changes nothing."""
        quotes = self.workspace.quotes
        try:
            if step == QuoteStatus.SENT:
                quotes.mark_quote_sent(quote_uid, day)
            elif step == QuoteStatus.ACCEPTED:
                quotes.accept_quote(quote_uid, day, text)
            else:
                quotes.decline_quote(quote_uid, day, text)
        except UserError as error:
            self.message.setText(user_message(error))
            return False
        uid = self._uid
        self.show_trajectory(uid)
        self._refresh_versions(quote_uid)
        self.version_changed.emit(quote_uid)
        return True

    def selected_version(self) -> Any:
        indexes = self.versions.selectionModel().selectedRows()
        if indexes:
            return self.versions_model.row_at(indexes[0].row())
        return self.versions_model.row_at(0) if self.versions_model.rowCount() else None

    def write_pdf(self, path: Path | None = None) -> Path | None:
        """The selected version's PDF at path, or under a free name in the documents folder."""
        from exports.quotes.quote_pdf import build_quote_pdf, save_quote_pdf

        row = self.selected_version()
        if row is None:
            return None
        try:
            document = self.workspace.quotes.quote_document(row.uid)
            return build_quote_pdf(document, path) if path else save_quote_pdf(document)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Quote"), user_message(error))
            return None

    def print_document(self) -> DocumentPrinting | None:
        """Print… and Ctrl+P: the selected version saved and shown ready to print."""
        row = self.selected_version()
        if row is None:
            return None
        self.printing = print_document(self, self.workspace, DocumentKind.QUOTE, row.uid)
        return self.printing

    def _save_pdf_as(self) -> None:
        from exports.quotes.quote_pdf import quote_pdf_path

        row = self.selected_version()
        if row is None:
            return
        suggested = quote_pdf_path(self.workspace.quotes.quote_document(row.uid))
        if not suggested.parent.exists():
            # Propose the documents folder itself rather than make a folder for a cancelled save.
            suggested = suggested.parent.parent / suggested.name
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save quote"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if name and self.write_pdf(Path(name)) is not None:
            self.message.setText(self.tr("Saved: %1").replace("%1", name))
