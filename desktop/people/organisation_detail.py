"""An organisation's details beside the list on the People page: where, who, which trajectories."""

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.people.person_detail import section_label
from desktop.widgets.common import subtitle_label, title_label


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
        layout.addWidget(section_label(self.tr("People")))
        layout.addWidget(self.people)
        layout.addWidget(section_label(self.tr("Trajectories")))
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
