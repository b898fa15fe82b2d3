"""Hand-over between coaches: export a trajectory to an encrypted file; preview and import one."""

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.formats import datetime_text
from desktop.shell.messages import user_message
from desktop.shell.operations import Operation, run_operation
from desktop.widgets.common import subtitle_label

if TYPE_CHECKING:
    from models.storage.handover_merge import HandoverPreview
    from models.workspace import Workspace


FILE_PATTERN = "Trajectwijzer (*.twoverdracht)"


def _file_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class HandoverExportDialog(QDialog):
    """Choose a trajectory, a passphrase (twice) and a file; writes the encrypted hand-over."""

    def __init__(self, workspace: "Workspace", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Hand over a trajectory"))
        self.trajectory = QComboBox()
        for row in workspace.trajectories.trajectories():
            self.trajectory.addItem(row.name, row.uid)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.target = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.message = subtitle_label()
        form = QFormLayout()
        form.addRow(self.tr("Trajectory"), self.trajectory)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Passphrase again"), self.repeat)
        form.addRow(self.tr("File"), _file_row(self.target, browse))
        self.operation: Operation[Any] | None = None
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            subtitle_label(
                self.tr(
                    "Everything about the trajectory travels in one encrypted file: people, "
                    "sessions, actions, evaluations, quotes. Give the passphrase to the other "
                    "coach by phone, not in the same e-mail."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Hand-over file"), self.trajectory.currentText(), FILE_PATTERN
        )
        if target:
            self.target.setText(target)

    def save(self) -> None:
        """Encrypts and writes off the GUI thread (deriving the key takes a moment on purpose)."""
        if self.passphrase.text() != self.repeat.text():
            self.message.setText(self.tr("The two passphrases differ."))
            return
        if not self.target.text().strip():
            self.message.setText(self.tr("Choose where to save the file."))
            return
        handover = self.workspace.handover
        uid, target = self.trajectory.currentData(), self.target.text().strip()
        passphrase = self.passphrase.text()
        self.message.setText(self.tr("Encrypting…"))
        self.buttons.setEnabled(False)
        self.operation = run_operation(
            self,
            lambda progress: handover.export_handover(uid, target, passphrase, progress=progress),
            self._saved,
            title=self.tr("Encrypting the hand-over"),
            on_error=self._failed,
        )

    def _saved(self, path: str) -> None:
        self.buttons.setEnabled(True)
        QMessageBox.information(
            self, self.windowTitle(), self.tr("Saved in %1").replace("%1", path)
        )
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(_problem(error))


class HandoverImportDialog(QDialog):
    """Choose a file and the passphrase, see what would change (conflicts too), then import."""

    def __init__(self, workspace: "Workspace", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Take over a trajectory"))
        self.resize(640, 520)
        self.source = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.policy = QComboBox()
        self.policy.addItem(self.tr("Keep the version changed last"), "newer")
        self.policy.addItem(self.tr("Keep the version in the file"), "file")
        self.policy.addItem(self.tr("Keep the version on this laptop"), "here")
        self.show_preview = QPushButton(self.tr("Show what changes"))
        self.show_preview.clicked.connect(self.preview)
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("What the file holds"))
        self.summary.setReadOnly(True)
        self.message = subtitle_label()
        form = QFormLayout()
        form.addRow(self.tr("File"), _file_row(self.source, browse))
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("When both changed"), self.policy)
        self.operation: Operation[Any] | None = None
        self.imported: HandoverPreview | None = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.show_preview)
        layout.addWidget(QLabel(self.tr("What the import does")))
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for edit in (self.source, self.passphrase):
            edit.textChanged.connect(lambda _text: self.import_button.setEnabled(False))
        self.policy.currentIndexChanged.connect(lambda _i: self.import_button.setEnabled(False))

    def _browse(self) -> None:
        source, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Hand-over file"), "", FILE_PATTERN
        )
        if source:
            self.source.setText(source)

    def preview(self) -> None:
        """Decrypts and compares off the GUI thread; nothing changes yet."""
        handover = self.workspace.handover
        source, passphrase = self.source.text().strip(), self.passphrase.text()
        policy = self.policy.currentData()
        self.message.setText(self.tr("Decrypting…"))
        self.show_preview.setEnabled(False)
        self.operation = run_operation(
            self,
            lambda progress: handover.preview_handover(source, passphrase, policy, progress),
            self._previewed,
            title=self.tr("Decrypting the hand-over"),
            on_error=self._failed,
        )

    def _previewed(self, result: "HandoverPreview") -> None:
        self.show_preview.setEnabled(True)
        self.message.clear()
        self.summary.setPlainText(self.describe(result))
        self.import_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.show_preview.setEnabled(True)
        self.summary.clear()
        self.message.setText(_problem(error))
        self.import_button.setEnabled(False)

    def describe(self, result: Any) -> str:
        lines = [self.tr("Trajectory: %1").replace("%1", result.trajectory_name)]
        lines.append(self.tr("New:"))
        lines += [f"  {count} {label}" for label, count in sorted(result.new.items())] or [
            "  " + self.tr("nothing")
        ]
        lines.append(self.tr("Unchanged: %1").replace("%1", str(result.unchanged)))
        lines.append(
            self.tr("Conflicts (changed on both laptops): %1").replace(
                "%1", str(len(result.conflicts))
            )
        )
        for conflict in result.conflicts:
            kept = self.tr("file") if conflict.keep_file else self.tr("this laptop")
            here = datetime_text(conflict.changed_here) if conflict.changed_here else "?"
            there = datetime_text(conflict.changed_in_file) if conflict.changed_in_file else "?"
            lines.append(
                f"  {conflict.kind} «{conflict.name}»: "
                + self.tr("here %1, in the file %2, kept: %3")
                .replace("%1", here)
                .replace("%2", there)
                .replace("%3", kept)
            )
        lines += [f"  {note}" for note in result.notes]
        if result.erased_dropped:
            lines.append(
                self.tr(
                    "%n item(s) about people erased on this laptop are left out or kept "
                    "anonymous: an erasure is never undone by a hand-over.",
                    "",
                    result.erased_dropped,
                )
            )
        if result.erased_here:
            lines.append(
                self.tr(
                    "%n person(s) erased on the other laptop will be erased here too.",
                    "",
                    result.erased_here,
                )
            )
        return "\n".join(lines)

    def run_import(self) -> None:
        """Imports off the GUI thread in one transaction; the dialog closes when it is done."""
        handover = self.workspace.handover
        source, passphrase = self.source.text().strip(), self.passphrase.text()
        policy = self.policy.currentData()
        self.import_button.setEnabled(False)
        self.operation = run_operation(
            self,
            lambda progress: handover.import_handover(source, passphrase, policy, progress),
            self._imported,
            title=self.tr("Importing the hand-over"),
            on_error=self._failed,
        )

    def _imported(self, result: "HandoverPreview") -> None:
        self.imported = result
        self.accept()


def _problem(error: BaseException) -> str:
    """A UserError's message; anything else is a bug and goes to the crash handler."""
    from models.core.errors import UserError

    if not isinstance(error, UserError):
        raise error
    return user_message(error)
