"""Samenvoegen: the preview of merging two records of one person, then the merge itself."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.messages import user_message
from desktop.shell.undo import push_merge
from desktop.widgets.common import subtitle_label
from models.core.errors import UserError
from models.people.merging import MergePreview

if TYPE_CHECKING:
    from models.workspace import Workspace


def field_label(name: str) -> str:
    return {
        "first_name": QCoreApplication.translate("Merge", "First name"),
        "last_name": QCoreApplication.translate("Merge", "Family name"),
        "email": QCoreApplication.translate("Merge", "Email"),
        "phone": QCoreApplication.translate("Merge", "Phone"),
        "place": QCoreApplication.translate("Merge", "Municipality"),
        "organisation_text": QCoreApplication.translate("Merge", "Organisation"),
    }.get(name, name)


def move_label(kind: str, moved: int, combined: int) -> str:
    labels = {
        "registrations": QCoreApplication.translate("Merge", "%n registration(s)", "", moved),
        "actions": QCoreApplication.translate("Merge", "%n action(s) as owner", "", moved),
        "roles": QCoreApplication.translate("Merge", "%n role(s)", "", moved),
        "consents": QCoreApplication.translate("Merge", "%n consent(s)", "", moved),
        "evaluation_responses": QCoreApplication.translate(
            "Merge", "%n evaluation response(s)", "", moved
        ),
        "project_members": QCoreApplication.translate("Merge", "%n project link(s)", "", moved),
        "trajectory_contacts": QCoreApplication.translate(
            "Merge", "%n trajectory contact(s)", "", moved
        ),
        "partners": QCoreApplication.translate("Merge", "%n partner contact(s)", "", moved),
        "phases": QCoreApplication.translate(
            "Merge", "%n responsibility(ies) in a plan", "", moved
        ),
        "milestones": QCoreApplication.translate(
            "Merge", "%n responsibility(ies) in a plan", "", moved
        ),
        "tasks": QCoreApplication.translate("Merge", "%n responsibility(ies) in a plan", "", moved),
        "person_merges": QCoreApplication.translate("Merge", "%n earlier merge(s)", "", moved),
    }
    text = labels.get(kind, f"{moved} × {kind}")
    if combined:
        text += " " + QCoreApplication.translate(
            "Merge", "(%n combined with the same one of the first record)", "", combined
        )
    return text


class MergeDialog(QDialog):
    """Shows what moves and lets the coach pick, per differing detail, which one stays."""

    def __init__(
        self, workspace: "Workspace", first_uid: str, second_uid: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.merge_uid = ""
        self.setWindowTitle(self.tr("Merge two people"))
        self.setMinimumWidth(640)
        self.summary = subtitle_label()
        self.choices_box = QWidget()
        self.choices = QGridLayout(self.choices_box)
        self.moves = QLabel()
        self.moves.setWordWrap(True)
        self.swap_button = QPushButton(self.tr("Keep the other record"))
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.swap_button.clicked.connect(self.swap)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.choices_box)
        layout.addWidget(self.moves)
        layout.addWidget(self.swap_button)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._groups: dict[str, QButtonGroup] = {}
        self.preview: MergePreview | None = None
        self._uids = (first_uid, second_uid)
        self.load()

    def load(self) -> None:
        self.preview = self.workspace.people.merge_preview(*self._uids)
        preview = self.preview
        self.summary.setText(
            self.tr(
                "%1 stays; %2 is merged into it and disappears from the list. Everything "
                "below moves to %1. You can undo the merge (Ctrl+Z)."
            )
            .replace("%1", preview.kept_name)
            .replace("%2", preview.other_name)
        )
        while self.choices.count():
            item = self.choices.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._groups = {}
        if preview.choices:
            self.choices.addWidget(QLabel(self.tr("<b>Which one stays?</b>")), 0, 0, 1, 3)
        for row, choice in enumerate(preview.choices, start=1):
            group = QButtonGroup(self.choices_box)
            kept, other = QRadioButton(choice.kept), QRadioButton(choice.other)
            kept.setChecked(True)
            group.addButton(kept, 0)
            group.addButton(other, 1)
            self.choices.addWidget(QLabel(field_label(choice.field)), row, 0)
            self.choices.addWidget(kept, row, 1)
            self.choices.addWidget(other, row, 2)
            self._groups[choice.field] = group
        lines = [move_label(m.kind, m.moved, m.combined) for m in preview.moves]
        if preview.filled:
            filled = ", ".join(field_label(name) for name in preview.filled)
            lines.append(self.tr("Details the first record lacks: %1").replace("%1", filled))
        self.moves.setText(
            self.tr("What moves:") + "\n• " + "\n• ".join(lines)
            if lines
            else self.tr("Nothing else is linked to %1.").replace("%1", preview.other_name)
        )

    def swap(self) -> None:
        self._uids = (self._uids[1], self._uids[0])
        self.load()

    def take_other(self) -> frozenset[str]:
        return frozenset(name for name, group in self._groups.items() if group.checkedId() == 1)

    def accept(self) -> None:
        kept, other = self._uids
        try:
            self.merge_uid = self.workspace.people.merge_people(kept, other, self.take_other())
        except UserError as error:
            self.error.setText(user_message(error))
            return
        push_merge(self.workspace, self.tr("merge people"), self.merge_uid)
        super().accept()

    @property
    def kept_uid(self) -> str:
        return self._uids[0]
