"""What the Planning tab asks and tells around a change: moving done items, stopping early.

The texts keep the Planning tab's translation context ("PlanningView").
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.shell.formats import money_text
from models.planning.dto import DonePolicy, PlanChange, StopResult


def ask_about_done(parent: QWidget, change: PlanChange) -> DonePolicy | None:
    """A change that also moves done items: move them too, keep their dates, or cancel."""
    names = "\n".join(f"• {name}" for name in change.done_items[:8])
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("PlanningView", "Move what is already done?"))
    box.setText(
        QCoreApplication.translate(
            "PlanningView", "This change also moves items that are already done:"
        )
        + "\n"
        + names
    )
    move = box.addButton(
        QCoreApplication.translate("PlanningView", "Move them too"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    keep = None
    if change.can_keep:
        keep = box.addButton(
            QCoreApplication.translate("PlanningView", "Keep their dates"),
            QMessageBox.ButtonRole.ActionRole,
        )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is move:
        return DonePolicy.MOVE
    if keep is not None and box.clickedButton() is keep:
        return DonePolicy.KEEP
    return None


def stop_message(result: StopResult) -> str:
    """What stopping after a phase did: items cancelled, and the quote's new version if any."""
    text = (
        QCoreApplication.translate("PlanningView", "Stopped after %1: %2 items cancelled.")
        .replace("%1", result.phase_title)
        .replace("%2", str(result.cancelled))
    )
    if result.quote is not None and result.quote_created:
        text += " " + QCoreApplication.translate(
            "PlanningView", "New quote version %1: %2 excl. VAT."
        ).replace("%1", f"{result.quote.number} v{result.quote.version}").replace(
            "%2", money_text(result.quote.total_excl_vat_cents)
        )
    elif result.quote is not None:
        text += " " + QCoreApplication.translate("PlanningView", "The quote stays as it was.")
    return text
