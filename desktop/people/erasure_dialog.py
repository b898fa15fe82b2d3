"""After erasing a person: what was wiped, what still names them, and the backups that hold them.

The dialog tells the truth: the database no longer holds the person; backups made before do,
until they are cleaned (offered here, run off the GUI thread); a USB stick that is not
plugged in or a damaged copy cannot be cleaned and is listed; files the coach saved outside
the app (PDFs, exports, hand-over files) are the coach's to delete.
"""

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.formats import datetime_text
from desktop.shell.messages import domain_phrase, domain_words, user_message
from desktop.shell.operations import run_operation
from desktop.widgets.common import subtitle_label
from models.storage.backups import BackupKind

if TYPE_CHECKING:
    from models.people.privacy import ErasureResult
    from models.storage.backup_scrub import BackupReach, ScrubResult, Unreached
    from models.storage.backups import Backup
    from models.workspace import Workspace

MENTIONS_SHOWN = 15  # the rest is counted


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


class ErasureDialog(QDialog):
    """The report of one erasure, with the offer to clean the backups."""

    def __init__(
        self,
        workspace: "Workspace",
        second_folder: str,
        result: "ErasureResult",
        reach: "BackupReach",
        settings_cleared: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.second_folder = second_folder
        self.setWindowTitle(self.tr("Erase person"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        headline = QLabel(self.tr("The person was erased from the database."))
        font = headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        headline.setFont(font)
        layout.addWidget(headline)
        if not result.log_emptied:
            layout.addWidget(
                subtitle_label(
                    self.tr(
                        "Another screen was still reading: the database's log file keeps an "
                        "old copy of the changed pages until Trajectwijzer closes."
                    )
                )
            )
        wiped = [domain_words(place) for place in result.metadata_wiped] + settings_cleared
        if wiped:
            layout.addWidget(
                subtitle_label(
                    self.tr("Their name was also removed from:") + "\n" + _bullets(wiped)
                )
            )
        if result.mentions:
            shown = [domain_phrase(place) for place in result.mentions[:MENTIONS_SHOWN]]
            if len(result.mentions) > MENTIONS_SHOWN:
                shown.append(
                    self.tr("… and %1 more").replace(
                        "%1", str(len(result.mentions) - MENTIONS_SHOWN)
                    )
                )
            layout.addWidget(
                subtitle_label(
                    self.tr(
                        "Their name or e-mail address still stands in text you typed yourself; "
                        "edit these places by hand:"
                    )
                )
            )
            self.mentions = QPlainTextEdit(_bullets(shown))
            self.mentions.setReadOnly(True)
            self.mentions.setMaximumHeight(110)
            layout.addWidget(self.mentions)
        self.backups_text = subtitle_label()
        layout.addWidget(self.backups_text)
        self.places = QPlainTextEdit()
        self.places.setReadOnly(True)
        layout.addWidget(self.places, 1)
        layout.addWidget(
            subtitle_label(
                self.tr(
                    "Files you saved yourself (PDFs, exports, hand-over files, copies made with "
                    "“Save a copy as…”) are not changed by Trajectwijzer: delete those by hand."
                )
            )
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.clean = QPushButton(self.tr("Remove from these backups"))
        self.buttons.addButton(self.clean, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.clean.clicked.connect(self.clean_backups)
        layout.addWidget(self.buttons)
        self.show_reach(reach)

    def show_reach(self, reach: "BackupReach") -> None:
        holding = [self.describe(backup) for backup in reach.holding]
        if holding:
            self.backups_text.setText(
                self.tr(
                    "%n backup(s) made before still hold their data. Remove the person from "
                    "them too? Each is rewritten and checked; it stays a sound backup.",
                    "",
                    len(holding),
                )
            )
        else:
            self.backups_text.setText(self.tr("No backup the app keeps holds their data."))
        self.clean.setVisible(bool(holding))
        self._show_places(holding, reach.unreached)

    def describe(self, backup: "Backup") -> str:
        """A backup as the coach knows it: when it was made, what kind, where."""
        kind = {
            BackupKind.BEFORE_RESTORE: self.tr("kept before a restore"),
            BackupKind.BEFORE_UPDATE: self.tr("kept before an update"),
        }.get(backup.kind, self.tr("backup"))
        return f"{datetime_text(backup.taken_at)} · {kind} · {backup.path.parent}"

    def _show_places(self, holding: list[str], unreached: "tuple[Unreached, ...]") -> None:
        parts = [_bullets(holding)] if holding else []
        if unreached:
            problems = [user_message(place.problem) for place in unreached]  # names the place
            parts.append(self.tr("Could not be looked at or cleaned:") + "\n" + _bullets(problems))
        self.places.setPlainText("\n\n".join(parts))
        self.places.setVisible(bool(parts))

    def clean_backups(self) -> None:
        backups, second = self.workspace.backups, self.second_folder
        self.clean.setEnabled(False)
        run_operation(
            self,
            lambda progress: backups.remove_erased_from_backups(second, progress),
            self.cleaned,
            title=self.tr("Removing the person from the backups"),
        )

    def cleaned(self, result: "ScrubResult") -> None:
        self.clean.setVisible(False)
        text = self.tr("The person was removed from %n backup(s).", "", len(result.cleaned))
        if result.unreached:
            text += " " + self.tr("Some places could not be cleaned; they are listed below.")
        self.backups_text.setText(text)
        self._show_places([], result.unreached)
