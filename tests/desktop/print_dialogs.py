"""Answering modal dialogs as a coach would, for tests that print from the window."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QRadioButton, QWidget

from desktop.printing.preview import PdfPreview

PRINT, CANCEL = QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.RejectRole


class Answers:
    """Answers the modal dialogs as they come up, like a coach would; records what it saw."""

    def __init__(self, qtbot: Any, **handlers: Callable[[QWidget], None]) -> None:
        self.handlers = handlers
        self.seen: list[str] = []
        self.texts: list[str] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._answer)
        self.timer.start(50)
        qtbot.addWidget(QWidget())  # keeps qtbot's cleanup ordering

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or isinstance(dialog, PdfPreview) or dialog.property("answered"):
            return
        dialog.setProperty("answered", True)
        name = type(dialog).__name__
        self.seen.append(name)
        if isinstance(dialog, QMessageBox):
            self.texts.append(dialog.text())
        try:
            self.handlers[name](dialog)
        except Exception as error:  # a wrong guess must fail the test, not hang it
            self.seen.append(f"failed: {error!r}")
            dialog.close()

    def stop(self) -> None:
        self.timer.stop()


def choose(printer: str, pages: str = "") -> Callable[[QWidget], None]:
    """The print dialog: pick the printer, type the pages, press Print."""

    def answer(dialog: QWidget) -> None:
        combo = dialog.findChild(QComboBox, "printers")
        assert combo is not None and combo.findText(printer) >= 0
        combo.setCurrentIndex(combo.findText(printer))
        if pages:
            radio = dialog.findChild(QRadioButton, "pagesRadioButton")
            edit = dialog.findChild(QLineEdit, "pagesLineEdit")
            assert radio is not None and edit is not None
            radio.setChecked(True)
            edit.setText(pages)
        dialog.accept()  # type: ignore[attr-defined]

    return answer


def click(role: QMessageBox.ButtonRole) -> Callable[[QWidget], None]:
    """A message box: press its button of that role (Print is accept, Cancel is reject)."""

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        button = next(b for b in box.buttons() if box.buttonRole(b) == role)
        button.click()

    return answer
