"""The records merged into a person, each merge undoable later (also after a restart).

Edit → Undo takes a merge back while the window is open; this list keeps the way back for
the merge a coach finds wrong next week. Undoing puts both records back exactly as they were
(refused, with the reason, when the rows changed since in a way that would be lost).
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.formats import datetime_text
from desktop.shell.messages import user_message
from models.core.errors import UserError

if TYPE_CHECKING:
    from models.people.merging import MergeRow
    from models.workspace import Workspace

MERGE_ROLE = Qt.ItemDataRole.UserRole + 1


class MergeHistory(QWidget):
    """`show_merges(rows)`; `undone` after a merge was taken back (both records changed)."""

    undone = Signal(str)  # the uid of the person given back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace: Workspace | None = None
        self._names: dict[str, str] = {}
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Records merged into this person"))
        self.list.setMaximumHeight(70)
        self.list.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo merge…"))
        self.undo_button.setToolTip(
            self.tr("Split the chosen record off again, as it was before the merge")
        )
        self.undo_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda item, _old: self._choose(item))
        self.undo_button.clicked.connect(self.undo_chosen)

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace

    def show_merges(self, merges: "tuple[MergeRow, ...]") -> None:
        self.list.clear()
        self._names = {}
        for merge in merges:
            name = merge.merged_name or self.tr("a record")
            text = self.tr("%1: %2 merged in").replace("%1", datetime_text(merge.merged_at))
            text = text.replace("%2", name)
            if merge.undone:
                text += " " + self.tr("(undone)")
            item = QListWidgetItem(text)
            item.setData(MERGE_ROLE, None if merge.undone else merge.uid)
            self._names[merge.uid] = name
            self.list.addItem(item)
        self.undo_button.setEnabled(False)

    def _choose(self, item: QListWidgetItem | None) -> None:
        self.undo_button.setEnabled(item is not None and bool(item.data(MERGE_ROLE)))

    def undo_chosen(self) -> None:
        item = self.list.currentItem()
        uid = item.data(MERGE_ROLE) if item is not None else None
        if not uid or self._workspace is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo merge"),
            self.tr(
                "Split %1 off again? Both records go back exactly as they were before the "
                "merge, with their own registrations, actions and consent."
            ).replace("%1", self._names.get(uid, "")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            restored = self._workspace.people.undo_merge(uid)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Merge not undone"), user_message(error))
            return
        self.undone.emit(restored)
