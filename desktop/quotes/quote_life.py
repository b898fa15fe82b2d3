"""The steps of a quote's life from the Offerte tab: sent, accepted (by whom), declined."""

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.formats import date_text
from models.core.enums import QuoteStatus

if TYPE_CHECKING:
    from models.quotes.dto import QuoteVersionRow


class LifeDialog(QDialog):
    """Asks the day (today proposed) and, to accept, who accepted; to decline, why."""

    def __init__(
        self,
        step: QuoteStatus,
        row: "QuoteVersionRow",
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.step = step
        titles = {
            QuoteStatus.SENT: self.tr("Quote sent"),
            QuoteStatus.ACCEPTED: self.tr("Quote accepted"),
            QuoteStatus.DECLINED: self.tr("Quote declined"),
        }
        self.setWindowTitle(titles[step])
        self.day = QLineEdit(date_text(today))
        self.day.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.text = QLineEdit()
        intro = QLabel(
            self.tr("Version %1 of quote %2.")
            .replace("%1", str(row.version))
            .replace("%2", row.number)
        )
        form = QFormLayout()
        form.addRow(self.tr("On"), self.day)
        if step == QuoteStatus.ACCEPTED:
            self.text.setPlaceholderText(self.tr("e.g. Ann Vanhoutte, schepen"))
            form.addRow(self.tr("Accepted by"), self.text)
            note = QLabel(
                self.tr(
                    "An accepted version is locked: a later change makes a new version. "
                    "Its phases become the booked scope of the plan."
                )
            )
            note.setWordWrap(True)
            form.addRow(note)
        elif step == QuoteStatus.DECLINED:
            self.text.setPlaceholderText(self.tr("why, if known"))
            form.addRow(self.tr("Note"), self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
