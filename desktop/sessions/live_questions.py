"""What live mode asks: opening a session that is not today, and closing a session.

Closing says what it will do and lets the coach choose: mark the registered who did not come
absent (ticked when the session is today, not ticked on another day), and close with the
action plan printed in the same click.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton, QWidget

from desktop.shell.formats import date_text
from models.sessions.live_closing import ClosingCheck
from models.sessions.live_day import SessionDay


def day_sentence(day: SessionDay) -> str:
    """'This session is planned for 04/01/2027, not today (02/12/2026).'"""
    if day.day is None:
        return QCoreApplication.translate("LiveQuestions", "This session has no date yet.")
    return (
        QCoreApplication.translate(
            "LiveQuestions", "This session is planned for %1, not today (%2)."
        )
        .replace("%1", date_text(day.day))
        .replace("%2", date_text(day.today))
    )


def confirm_other_day(parent: QWidget | None, day: SessionDay) -> bool:
    """Opening live mode on another day than the session's: asked first, Cancel by default."""
    if day.is_today:
        return True
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("LiveQuestions", "Start live mode"),
        day_sentence(day),
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "LiveQuestions",
            "Check-ins and notes are recorded with today's time. Open live mode anyway?",
        )
    )
    open_button = box.addButton(
        QCoreApplication.translate("LiveQuestions", "Open live mode"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is open_button


class ClosingDialog(QMessageBox):
    """The closing question; `print_button`, `close_button` or `cancel_button` answers it."""

    def __init__(self, check: ClosingCheck, parent: QWidget | None = None) -> None:
        super().__init__(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("LiveQuestions", "Close session"),
            "",
            parent=parent,
        )
        self.check = check
        lines = [
            QCoreApplication.translate(
                "LiveQuestions", "Close this session? It is then recorded as held."
            )
        ]
        if not check.day.is_today:
            lines.append(day_sentence(check.day))
        if check.unsaved:
            lines.append(
                QCoreApplication.translate(
                    "LiveQuestions",
                    "A decision, action or walk-in you typed has not been added yet "
                    "(Enter adds it); it is lost when you close now.",
                )
            )
        self.setText("\n\n".join(lines))
        self.absent_box: QCheckBox | None = None
        if check.not_checked_in:
            self.absent_box = QCheckBox(
                QCoreApplication.translate(
                    "LiveQuestions", "Mark the %1 registered people who did not check in as absent"
                ).replace("%1", str(check.not_checked_in))
            )
            # On another day nobody is marked absent unless the coach says so.
            self.absent_box.setChecked(check.day.is_today)
            self.setCheckBox(self.absent_box)
        self.print_button: QPushButton = self.addButton(
            QCoreApplication.translate("LiveQuestions", "Close and print the action plan"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.close_button: QPushButton = self.addButton(
            QCoreApplication.translate("LiveQuestions", "Close session"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        assert cancel is not None
        self.cancel_button: QPushButton = cancel
        self.setDefaultButton(self.print_button if check.day.is_today else self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    @property
    def mark_absent(self) -> bool:
        return self.absent_box is not None and self.absent_box.isChecked()
