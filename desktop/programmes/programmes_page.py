"""Programma's: the programme files, read-only, with their phases and rules."""

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.messages import user_message
from desktop.widgets.common import title_label

if TYPE_CHECKING:
    from models.workspace import Workspace


def sheet_html(data: Any) -> str:
    """The programme sheet as simple HTML for the read-only screen."""
    parts = [f"<h2>{escape(data.programme_name)}</h2>"]
    parts.append(
        f"<p><i>{escape(data.provider_name)}</i> · {escape(' · '.join(data.provider_contact))}</p>"
    )
    parts.append(f"<p>{escape(data.summary)}</p>")
    for phase in data.phases:
        heading = " · ".join(p for p in (phase.label, phase.name, phase.months) if p)
        parts.append(f"<h3>{escape(heading)}</h3><p>{escape(phase.description)}</p><ul>")
        parts += [
            f"<li><b>{escape(a.months)}</b> {escape(a.name)} <i>({escape(a.responsible)})</i></li>"
            for a in phase.activities
        ]
        parts.append("</ul>")
    for title, items in (
        ("Inbegrepen", data.included),
        ("Verantwoordelijkheid van de gemeente of deelnemers", data.responsibilities),
        ("Voorwaarden om te starten", data.conditions),
    ):
        if items:
            parts.append(f"<h3>{escape(title)}</h3><ul>")
            parts += [f"<li>{escape(item)}</li>" for item in items]
            parts.append("</ul>")
    parts.append(f"<h3>{escape(data.price_heading)}</h3><table cellpadding='3'>")
    parts += [
        f"<tr><td>{escape(line.label)}</td><td align='right'>{escape(line.amount)}</td></tr>"
        for line in data.price_lines
    ]
    parts.append("</table><ul>")
    parts += [f"<li>{escape(note)}</li>" for note in data.price_notes]
    parts.append("</ul>")
    return "".join(parts)


class ProgrammesPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._programmes: list[Any] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Programmes"))
        self.list.setMaximumWidth(300)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("About the programme"))
        self.save_button = QPushButton(self.tr("Save programme sheet as PDF…"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setEnabled(False)
        right = QVBoxLayout()
        right.addWidget(self.text, 1)
        right.addWidget(self.save_button)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title_label(self.tr("Programmes")))
        layout.addLayout(row, 1)
        self.list.currentRowChanged.connect(self._show)
        self.save_button.clicked.connect(self._save_pdf)

    def set_workspace(self, _workspace: "Workspace") -> None:
        from models.core.errors import UserError
        from models.programmes import load_programmes

        try:
            programmes = load_programmes()
        except UserError as error:
            QMessageBox.warning(self, self.tr("Programme files"), user_message(error))
            return
        self._programmes = sorted(programmes.values(), key=lambda p: p.name)
        self.list.clear()
        self.list.addItems([p.name for p in self._programmes])
        if self._programmes:
            self.list.setCurrentRow(0)

    def current_sheet(self) -> Any:
        from exports.programmes.programme_sheet_data import programme_sheet_data

        return programme_sheet_data(self._programmes[self.list.currentRow()])

    def _show(self, row: int) -> None:
        self.save_button.setEnabled(row >= 0)
        if row >= 0:
            self.text.setHtml(sheet_html(self.current_sheet()))

    def _save_pdf(self) -> None:
        from exports.programmes.programme_sheet import build_programme_sheet
        from models.core.errors import UserError
        from models.storage.paths import documents_dir

        data = self.current_sheet()
        suggested = documents_dir() / f"Programmafiche {data.programme_name}.pdf"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save programme sheet"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        try:
            Path(name).parent.mkdir(parents=True, exist_ok=True)
            path = build_programme_sheet(data, Path(name))
        except (UserError, OSError) as error:
            QMessageBox.warning(self, self.tr("Programme sheet"), str(error))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
