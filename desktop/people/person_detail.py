"""One person or organisation beside the list: contact data, roles, trajectories, consent."""

from dataclasses import replace
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
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.people.merge_history import MergeHistory
from desktop.people.person_form import PersonForm
from desktop.shell.formats import date_text, datetime_text
from desktop.shell.messages import user_message
from desktop.shell.undo import run_edit
from desktop.widgets.common import subtitle_label, title_label
from desktop.widgets.debounce import Debouncer
from desktop.widgets.workspace_view import WorkspaceView
from models.core.errors import EditConflict, UserError
from models.core.formatting import parse_date
from models.people.editing import PersonInput

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


def section_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "strong")
    label.setContentsMargins(0, 8, 0, 0)
    return label


FIELD_STEPS = {
    "first_name": "name",
    "last_name": "name",
    "email": "email",
    "phone": "phone",
    "postcode": "place",
    "municipality": "place",
    "organisation": "organisation",
    "notes": "notes",
}


def step_name(step: str) -> str:
    """The Edit menu's name of a step in the person editor ("naam wijzigen")."""
    from PySide6.QtCore import QCoreApplication

    return {
        "name": QCoreApplication.translate("People", "change name"),
        "email": QCoreApplication.translate("People", "change email"),
        "phone": QCoreApplication.translate("People", "change phone"),
        "place": QCoreApplication.translate("People", "change municipality"),
        "organisation": QCoreApplication.translate("People", "change organisation"),
        "notes": QCoreApplication.translate("People", "change notes"),
    }[step]


def person_input(detail: Any) -> PersonInput:
    return PersonInput(
        detail.first_name,
        detail.last_name,
        detail.email,
        detail.phone,
        detail.postcode,
        detail.municipality,
        detail.organisation,
        detail.notes,
    )


class PersonDetailPanel(WorkspaceView, QWidget):
    """The person's details, stored as they are typed (each field on its own, so that a wrong
    phone never holds back a corrected name); roles, trajectories, sessions and consent."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: Any = None
        self.name = title_label("")
        self.form = PersonForm()
        self._pending: set[str] = set()
        self.saver = Debouncer(self._save_pending, self)
        self.form.edited.connect(self._typed)
        self.form.left.connect(lambda _field: self.saver.flush())
        self.form.place_chosen.connect(self._place_chosen)
        self.roles = QListWidget()
        self.roles.setMaximumHeight(90)
        self.add_role_button = QPushButton(self.tr("Add role…"))
        self.remove_role_button = QPushButton(self.tr("Remove role"))
        self.trajectories = subtitle_label()
        self.sessions = QListWidget()
        self.sessions.setMaximumHeight(110)
        self.consents = QListWidget()
        self.consents.setMaximumHeight(90)
        for listing in (self.sessions, self.consents, self.roles):
            listing.setWordWrap(True)
        self.add_consent = QPushButton(self.tr("Record consent…"))
        self.withdraw = QPushButton(self.tr("Withdraw consent"))
        self.withdraw.setEnabled(False)
        self.consents.currentItemChanged.connect(
            lambda item, _old: self.withdraw.setEnabled(item is not None)
        )
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 0, 8, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.form)
        layout.addWidget(section_label(self.tr("Roles")))
        layout.addWidget(self.roles)
        layout.addLayout(_row(self.add_role_button, self.remove_role_button))
        layout.addWidget(section_label(self.tr("Trajectories")))
        layout.addWidget(self.trajectories)
        layout.addWidget(section_label(self.tr("Sessions taken part in")))
        layout.addWidget(self.sessions)
        layout.addWidget(section_label(self.tr("Consent")))
        layout.addWidget(self.consents)
        layout.addLayout(_row(self.add_consent, self.withdraw))
        self.merges_title = section_label(self.tr("Merged records"))
        self.merges = MergeHistory()
        self.merges.undone.connect(lambda _uid: self.changed.emit())
        layout.addWidget(self.merges_title)
        layout.addWidget(self.merges)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Details"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.add_consent.clicked.connect(self._add_consent)
        self.withdraw.clicked.connect(self._withdraw)
        self.add_role_button.clicked.connect(self._add_role)
        self.remove_role_button.clicked.connect(self._remove_role)
        self.show_person(None)

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace
        self.merges.set_workspace(workspace)

    # ------------------------------------------------------------ saving as typed

    def _typed(self, field: str) -> None:
        if self._detail is not None:
            self._pending.add(FIELD_STEPS[field])
            self.saver.poke()

    def _place_chosen(self) -> None:
        self._typed("municipality")
        self.saver.flush()

    def _save_pending(self) -> None:
        steps, self._pending = self._pending, set()
        for step in sorted(steps):
            self.save_step(step)

    def save_step(self, step: str) -> bool:
        """Stores one detail (the others as stored); an error shows under its field."""
        if self._detail is None or self._workspace is None:
            return False
        typed = self.form.values()
        data = person_input(self._detail)
        fields = [name for name, owner in FIELD_STEPS.items() if owner == step]
        data = replace(data, **{name: getattr(typed, name) for name in fields})
        if data == person_input(self._detail):
            return False
        uid, version = self._detail.uid, self._detail.row_version
        try:
            detail = run_edit(
                self.workspace,
                step_name(step),
                lambda: self.workspace.people.update_person(uid, data, version),
                key=f"person:{uid}:{step}",
            )
        except EditConflict as conflict:
            self._show_theirs(conflict, fields)
            return False
        except UserError as error:
            suggestions = []
            if error.field == "municipality":
                suggestions = self.workspace.people.place_suggestions(data.municipality)
            self.form.show_error(error.field, user_message(error), suggestions)
            return False
        self.form.show_error(None, "")
        self._detail = detail
        self.name.setText(detail.name)
        return True

    def _show_theirs(self, conflict: EditConflict, typed: list[str]) -> None:
        """Another coach stored this person first: their values in the other fields, the
        coach's own text kept in the fields typed in, and the message under them."""
        if self._detail is None:
            return
        kept = self.form.values()
        try:
            current = self.workspace.people.person_detail(self._detail.uid)
        except UserError as error:
            self.form.show_error(None, user_message(error))
            return
        self._detail = current
        shown = replace(person_input(current), **{n: getattr(kept, n) for n in typed})
        self.form.set_values(shown)
        self.form.show_error(typed[0] if typed else None, user_message(conflict))

    def flush(self) -> None:
        """Stores what is being typed (before the list changes or the window closes)."""
        self.saver.flush()

    def refresh_fields(self) -> None:
        """Shows the stored values (after leaving a field: '0470…' becomes '+32 470 …')."""
        if self._detail is not None:
            self.form.set_values(person_input(self._detail))

    # ------------------------------------------------------------ showing

    def show_person(self, detail: Any) -> None:
        same = detail is not None and self._detail is not None and detail.uid == self._detail.uid
        if not same:
            self.saver.flush()
            self._pending = set()
        self._detail = detail
        for widget in (
            self.form,
            self.add_consent,
            self.sessions,
            self.consents,
            self.roles,
            self.add_role_button,
            self.remove_role_button,
        ):
            widget.setEnabled(detail is not None)
        self.withdraw.setEnabled(False)
        if not same:
            self.form.show_error(None, "")
        self.sessions.clear()
        self.consents.clear()
        self.roles.clear()
        merges = detail.merges if detail is not None else ()
        self.merges.show_merges(merges)
        self.merges_title.setVisible(bool(merges))
        self.merges.setVisible(bool(merges))
        if detail is None:
            self.name.setText(self.tr("No one chosen"))
            self.form.set_values(PersonInput())
            self.trajectories.setText(self.tr("Choose a person in the list to see their details."))
            return
        self.name.setText(detail.name)
        # The field being typed in keeps what is typed: a refresh never takes keystrokes back.
        self.form.set_values(person_input(detail), keep_focused=same)
        for role_uid, organisation, title in detail.roles:
            item = QListWidgetItem(f"{title} · {organisation}" if title else organisation)
            item.setData(ROLE_DATA, role_uid)
            self.roles.addItem(item)
        self.trajectories.setText("\n".join(name for _, name, _ in detail.trajectories) or "—")
        for part in detail.sessions:
            when = datetime_text(part.starts_at) if part.starts_at else ""
            self.sessions.addItem(f"{when}  {part.title} · {part.trajectory_name}".strip())
        for consent in detail.consents:
            purposes = ", ".join(purpose_label(p) for p in consent.purposes)
            text = self.tr("%1 via %2: %3").replace("%1", date_text(consent.given_on))
            text = text.replace("%2", consent.source).replace("%3", purposes)
            if consent.withdrawn_on:
                withdrawn = self.tr("withdrawn on %1").replace(
                    "%1", date_text(consent.withdrawn_on)
                )
                text += f" ({withdrawn})"
            item = QListWidgetItem(text)
            item.setData(ROLE_DATA, consent.uid)
            self.consents.addItem(item)
        if not detail.consents:
            self.consents.addItem(self.tr("No consent recorded"))
            self.consents.item(0).setData(ROLE_DATA, None)

    # ------------------------------------------------------------ roles

    def _add_role(self) -> None:
        if self._detail is None or self._workspace is None:
            return
        from desktop.people.role_dialog import RoleDialog

        dialog = RoleDialog(self.workspace.people.organisations(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.organisation_uid():
            return
        uid = self._detail.uid
        try:
            run_edit(
                self.workspace,
                self.tr("add role"),
                lambda: self.workspace.people.add_role(
                    uid, dialog.organisation_uid(), dialog.title.currentText()
                ),
            )
        except UserError as error:
            QMessageBox.warning(self, self.tr("Role not added"), user_message(error))
            return
        self.changed.emit()

    def _remove_role(self) -> None:
        item = self.roles.currentItem()
        uid = item.data(ROLE_DATA) if item is not None else None
        if not uid or self._workspace is None:
            return
        run_edit(
            self.workspace, self.tr("remove role"), lambda: self.workspace.people.remove_role(uid)
        )
        self.changed.emit()

    # ------------------------------------------------------------ consent

    def _add_consent(self) -> None:
        if self._detail is None or self._workspace is None:
            return
        dialog = ConsentDialog(self.workspace.clock.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        uid = self._detail.uid
        try:
            given_on = parse_date(dialog.given_on.text(), field="given_on")
            run_edit(
                self.workspace,
                self.tr("record consent"),
                lambda: self.workspace.people.add_consent(
                    uid, given_on, dialog.source.text(), dialog.purposes()
                ),
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
            run_edit(
                self.workspace,
                self.tr("withdraw consent"),
                lambda: self.workspace.people.update_consent(uid, withdraw=True),
            )
        except UserError as error:
            QMessageBox.warning(self, self.tr("Consent not changed"), user_message(error))
            return
        self.changed.emit()


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class ConsentDialog(QDialog):
    """When, how and for what a person gave consent."""

    PURPOSES = ("contact_traject", "uitnodigingen", "nieuwsbrief", "fotos")

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record consent"))
        self.given_on = QLineEdit(date_text(today))
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
