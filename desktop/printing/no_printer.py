"""When nothing would print now: no print system, no printer, or a printer that is stopped or
out of reach. Said plainly, with the PDF viewer and Save as… (a USB stick) offered instead,
and for a printer that is only away, Print anyway (the job waits in its queue)."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.printing import dialogs
from desktop.printing.printers import NoPrinting, Printer


def nothing_prints(missing: NoPrinting) -> str:
    if missing.system_running:
        return QCoreApplication.translate(
            "Printing", "No printer is installed on this computer, or none can be reached."
        )
    return QCoreApplication.translate(
        "Printing", "No print system is running on this computer, so nothing can be printed here."
    )


def would_wait(printer: Printer) -> str:
    """Why a job for this printer would wait in its queue; "" when it would print now."""
    if printer.stopped:
        return QCoreApplication.translate(
            "Printing",
            "The printer %1 is stopped (paused, or it reported a problem): the document would "
            "wait in its queue until the printer is started again.",
        ).replace("%1", printer.name)
    if printer.away:
        return QCoreApplication.translate(
            "Printing",
            "The printer %1 seems to be switched off or out of reach: the document would wait "
            "in its queue until the printer can be reached.",
        ).replace("%1", printer.name)
    return ""


class NoPrinterDialog(QMessageBox):
    """Says why nothing prints now; offers the PDF viewer, Save as… and (for a printer that
    is only away) Print anyway."""

    def __init__(
        self, parent: QWidget | None, path: Path, reason: str, print_anyway: bool = False
    ) -> None:
        super().__init__(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Printing", "No printer"),
            reason,
            parent=parent,
        )
        self.path = path
        self.setInformativeText(
            QCoreApplication.translate(
                "Printing",
                "The document is saved as %1. Open it in the PDF viewer, or save a copy "
                "(on a USB stick, for instance) to print it elsewhere.",
            ).replace("%1", str(path))
        )
        self.print_button = None
        if print_anyway:
            self.setWindowTitle(QCoreApplication.translate("Printing", "Printer not ready"))
            self.print_button = self.addButton(
                QCoreApplication.translate("Printing", "Print anyway"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        self.viewer_button = self.addButton(
            QCoreApplication.translate("Printing", "Open in PDF viewer"),
            QMessageBox.ButtonRole.ActionRole,
        )
        self.save_button = self.addButton(
            QCoreApplication.translate("Printing", "Save as…"), QMessageBox.ButtonRole.ActionRole
        )
        self.close_button = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.viewer_button)

    def run(self) -> bool:
        """Shows it and does what was chosen; True when the coach chose Print anyway."""
        self.exec()
        clicked = self.clickedButton()
        if clicked is self.viewer_button:
            dialogs.open_in_viewer(self.parentWidget(), self.path)
        elif clicked is self.save_button:
            dialogs.save_copy(self.parentWidget(), self.path)
        return self.print_button is not None and clicked is self.print_button
