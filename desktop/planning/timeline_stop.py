"""The dialog to stop a trajectory after a phase: which phase, and why."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.labels import phase_label


class StopDialog(QDialog):
    """Asks after which phase the trajectory stops and the reason; the workspace does the rest."""

    def __init__(
        self,
        choices: tuple[tuple[str, str], ...],
        rule: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stop after a phase"))
        self.phase = QComboBox()
        for key, title in choices:
            self.phase.addItem(phase_label(title), key)
        self.phase.setCurrentIndex(len(choices) - 1)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            self.tr("e.g. decision of the college of mayor and aldermen")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        explanation = QLabel(
            self.tr(
                "Everything after the chosen phase is cancelled and a new quote version is "
                "calculated for the phases that were done."
            )
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Stop after"), self.phase)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.stop_button = QPushButton(self.tr("Stop the trajectory"))
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if rule:
            quote = QLabel(f"<i>{_escape(rule)}</i>")
            quote.setWordWrap(True)
            layout.addWidget(quote)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, 300)

    def phase_key(self) -> str:
        return str(self.phase.currentData() or "")

    def reason_text(self) -> str:
        return self.reason.toPlainText()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
