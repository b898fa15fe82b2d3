"""One person or organisation beside the list: contact data, roles, trajectories, consent."""

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.messages import user_message
from desktop.widgets.common import subtitle_label, title_label
from desktop.widgets.workspace_view import WorkspaceView
from models.core.errors import UserError
from models.core.formatting import format_date, format_datetime, parse_date

if TYPE_CHECKING:
    from models.workspace import Workspace


ROLE_DATA = 256  # Qt.UserRole: the consent uid behind a line


def purpose_label(key: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "contact_traject": QCoreApplication.translate("Consent", "Contact about the trajectory"),
        "uitnodigingen": QCoreApplication.translate("Consent", "Invitations to sessions"),
        "nieuwsbrief": QCoreApplication.translate("Consent", "Newsletter"),
        "fotos": QCoreApplication.translate("Consent", "Photos and reports"),
    }
    return labels.get(key, key)


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; margin-top: 8px;")
    return label


class PersonDetailPanel(WorkspaceView, QWidget):
    """Read-only contact data with the consent list, which can be added to and withdrawn."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: Any = None
        self.name = title_label("")
        self.contact = subtitle_label()
        self.contact.setTextFormat(self.contact.textFormat())
        self.roles = subtitle_label()
        self.trajectories = subtitle_label()
        self.sessions = QListWidget()
        self.sessions.setMaximumHeight(130)
        self.consents = QListWidget()
        self.consents.setMaximumHeight(110)
        for listing in (self.sessions, self.consents):
            listing.setWordWrap(True)
        self.add_consent = QPushButton(self.tr("Record consent…"))
        self.withdraw = QPushButton(self.tr("Withdraw consent"))
        self.withdraw.setEnabled(False)
        self.consents.currentItemChanged.connect(
            lambda item, _old: self.withdraw.setEnabled(item is not None)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_consent)
        buttons.addWidget(self.withdraw)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.contact)
        layout.addWidget(_section(self.tr("Roles")))
        layout.addWidget(self.roles)
        layout.addWidget(_section(self.tr("Trajectories")))
        layout.addWidget(self.trajectories)
        layout.addWidget(_section(self.tr("Sessions taken part in")))
        layout.addWidget(self.sessions)
        layout.addWidget(_section(self.tr("Consent")))
        layout.addWidget(self.consents)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.add_consent.clicked.connect(self._add_consent)
        self.withdraw.clicked.connect(self._withdraw)
        self.show_person(None)

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace

    def show_person(self, detail: Any) -> None:
        self._detail = detail
        for widget in (self.add_consent, self.sessions, self.consents):
            widget.setEnabled(detail is not None)
        self.withdraw.setEnabled(False)
        self.sessions.clear()
        self.consents.clear()
        if detail is None:
            self.name.setText(self.tr("No one chosen"))
            self.contact.setText(self.tr("Choose a person in the list to see their details."))
            self.roles.setText("")
            self.trajectories.setText("")
            return
        self.name.setText(detail.name)
        lines = [
            detail.email,
            detail.phone,
            " ".join(part for part in (detail.postcode, detail.municipality) if part),
            detail.organisation,
        ]
        self.contact.setText("\n".join(line for line in lines if line) or self.tr("No details"))
        self.roles.setText(
            "\n".join(f"{title} · {org}" if title else org for org, title in detail.roles)
            or self.tr("None")
        )
        self.trajectories.setText("\n".join(name for _, name, _ in detail.trajectories) or "—")
        for part in detail.sessions:
            when = format_datetime(part.starts_at) if part.starts_at else ""
            self.sessions.addItem(f"{when}  {part.title} · {part.trajectory_name}".strip())
        for consent in detail.consents:
            purposes = ", ".join(purpose_label(p) for p in consent.purposes)
            text = self.tr("%1 via %2: %3").replace("%1", format_date(consent.given_on))
            text = text.replace("%2", consent.source).replace("%3", purposes)
            if consent.withdrawn_on:
                withdrawn = self.tr("withdrawn on %1").replace(
                    "%1", format_date(consent.withdrawn_on)
                )
                text += f" ({withdrawn})"
            item = QListWidgetItem(text)
            item.setData(ROLE_DATA, consent.uid)
            self.consents.addItem(item)
        if not detail.consents:
            self.consents.addItem(self.tr("No consent recorded"))
            self.consents.item(0).setData(ROLE_DATA, None)

    def _add_consent(self) -> None:
        if self._detail is None or self._workspace is None:
            return
        dialog = ConsentDialog(self.workspace.clock.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            given_on = parse_date(dialog.given_on.text(), field="given_on")
            self.workspace.people.add_consent(
                self._detail.uid, given_on, dialog.source.text(), dialog.purposes()
            )
        except UserError as error:
            QMessageBox.warning(self, self.tr("Consent not recorded"), user_message(error))
            return
        self.changed.emit()

    def _withdraw(self) -> None:
        item = self.consents.currentItem()
        uid = item.data(ROLE_DATA) if item is not None else None
        if not uid or self._workspace is None:
            return
        try:
            self.workspace.people.update_consent(uid, withdraw=True)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Consent not changed"), user_message(error))
            return
        self.changed.emit()


class ConsentDialog(QDialog):
    """When, how and for what a person gave consent."""

    PURPOSES = ("contact_traject", "uitnodigingen", "nieuwsbrief", "fotos")

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record consent"))
        self.given_on = QLineEdit(format_date(today))
        self.source = QLineEdit(self.tr("sign-in sheet"))
        self.boxes = {key: QCheckBox(purpose_label(key)) for key in self.PURPOSES}
        for key in ("contact_traject", "uitnodigingen"):
            self.boxes[key].setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Given on"), self.given_on)
        form.addRow(self.tr("How"), self.source)
        for box in self.boxes.values():
            form.addRow("", box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def purposes(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.boxes.items() if box.isChecked())


class OrganisationDetailPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = title_label("")
        self.details = subtitle_label()
        self.people = subtitle_label()
        self.trajectories = subtitle_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addWidget(_section(self.tr("People")))
        layout.addWidget(self.people)
        layout.addWidget(_section(self.tr("Trajectories")))
        layout.addWidget(self.trajectories)
        layout.addStretch(1)
        self.show_organisation(None)

    def show_organisation(self, detail: Any) -> None:
        if detail is None:
            self.name.setText(self.tr("No organisation chosen"))
            for label in (self.details, self.people, self.trajectories):
                label.setText("")
            return
        row = detail.row
        self.name.setText(row.name)
        lines = [row.municipality, row.province, detail.address, detail.email, detail.phone]
        self.details.setText("\n".join(line for line in (*lines, detail.website) if line))
        self.people.setText(
            "\n".join(f"{name} · {title}" if title else name for _, name, title in detail.people)
            or "—"
        )
        self.trajectories.setText("\n".join(name for _, name in detail.trajectories) or "—")
