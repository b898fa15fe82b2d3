"""The quote form's discount: one box for one client, a box per municipality for several,
and the reason the coach gives when the discount differs from the rule."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.widgets.common import subtitle_label

if TYPE_CHECKING:
    from models.quotes.dto import QuoteForm


class DiscountBox(QWidget):
    """Lays out the discount choices; the rule and the prices stay with the workspace."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.discount = QCheckBox(self.tr("Apply the discount"))
        self.reason = subtitle_label()
        self.clients: dict[str, QCheckBox] = {}
        self.client_area = QWidget()
        self.client_layout = QVBoxLayout(self.client_area)
        self.client_layout.setContentsMargins(0, 0, 0, 0)
        self.client_layout.setSpacing(2)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            self.tr("Why the discount differs from the rule (printed on the quote)")
        )
        self.note.setAccessibleName(self.tr("Reason for the discount"))
        self.note_error = QLabel()
        self.note_error.setProperty("role", "error")
        self.note_error.setWordWrap(True)
        self.note_error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.discount,
            self.client_area,
            self.reason,
            self.note,
            self.note_error,
        ):
            layout.addWidget(widget)
        self.discount.toggled.connect(self.changed)
        self.note.textEdited.connect(self.changed)

    def show_form(self, form: "QuoteForm") -> None:
        """One box for a single client, one per municipality for a shared price."""
        for box in self.clients.values():
            self.client_layout.removeWidget(box)
            box.deleteLater()
        self.clients = {}
        several = len(form.client_discounts) > 1
        for client in form.client_discounts if several else ():
            label = client.name
            label += f" ({client.province})" if client.province else ""
            if not client.eligible:
                label += " – " + self.tr("no discount by the rule")
            box = QCheckBox(label)
            box.setChecked(client.applied)
            box.toggled.connect(self.changed)
            self.client_layout.addWidget(box)
            self.clients[client.key] = box
        self.client_area.setVisible(several)
        self.discount.setVisible(not several)
        self.discount.blockSignals(True)
        applied = form.client_discounts[0].applied if form.client_discounts else False
        self.discount.setChecked(applied if form.latest else form.discount_proposed)
        self.discount.blockSignals(False)
        self.discount.setEnabled(form.has_discounts)
        self.reason.setText(form.discount_reason or self.tr("No discount applies."))
        self.note.setText(form.discount_note)
        self.note.setVisible(not form.is_free)
        self.show_error("")

    def overrides(self) -> dict[str, bool] | None:
        """Per municipality: discount on or off (the workspace compares it with the rule)."""
        if not self.clients:
            return None
        return {key: box.isChecked() for key, box in self.clients.items()}

    def single(self) -> bool | None:
        """The one client's choice; None when the box does not apply."""
        if self.clients or not self.discount.isEnabled():
            return None
        return self.discount.isChecked()

    def show_error(self, text: str) -> None:
        self.note_error.setText(text)
        self.note_error.setVisible(bool(text))
