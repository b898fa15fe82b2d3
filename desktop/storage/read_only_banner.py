"""The bar above every screen when the database opened for reading only: why, and what to do."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from models.storage.faults import Fault


class ReadOnlyBanner(QLabel):
    """Hidden while the database can be written; otherwise says why it cannot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Read only"))
        self.hide()

    def show_reason(self, reason: Fault | None) -> None:
        """Shows the bar for `reason`, or hides it (None: the database can be written)."""
        if reason is None:
            self.clear()
            self.hide()
            return
        self.setText(self.text_for(reason))
        self.show()

    def text_for(self, reason: Fault) -> str:
        if reason is Fault.DISK_FULL:
            return self.tr(
                "Read only: the disk is full. You can look and print; changes are not saved. "
                "Make room on the disk, then start Trajectwijzer again."
            )
        if reason is Fault.NO_PERMISSION:
            return self.tr(
                "Read only: you may not write to this file. You can look and print; changes "
                "are not saved. To work in it, copy it to a folder of your own and open the copy."
            )
        return self.tr(
            "Read only: this database is on a locked USB stick, a CD or a read-only network "
            "folder. You can look and print; changes are not saved. To work in it, copy the "
            "file to your own disk and open the copy."
        )
