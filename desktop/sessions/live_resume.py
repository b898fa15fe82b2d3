"""Back into live mode after a crash: the session that was open, with everything typed.

At start the app asks whether live mode was showing a session when it stopped; if so it
offers to return to it. "Return" opens that session in live mode with its drafts (decision,
action with owner, due date and project, a half-typed walk-in); "Not now" forgets the mark
(the drafts stay for when the coach opens live mode on that session again).
"""

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.shell.formats import date_text, time_text

if TYPE_CHECKING:
    from models.sessions.live_drafts import OpenLiveSession
    from models.workspace import Workspace


class LiveHost(Protocol):
    """The window that can show a session in live mode (the main window)."""

    def open_live_session(self, trajectory_uid: str, session_uid: str) -> Any: ...


class ResumeQuestion(QMessageBox):
    """'Live mode was open for … when Trajectwijzer stopped. Go back to it?'"""

    def __init__(self, found: "OpenLiveSession", parent: QWidget | None = None) -> None:
        when = ""
        if found.starts_at is not None:
            when = f" ({date_text(found.starts_at.date())} {time_text(found.starts_at.time())})"
        super().__init__(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("LiveResume", "Back to live mode?"),
            QCoreApplication.translate(
                "LiveResume", "Live mode was open for '%1'%2 when Trajectwijzer stopped."
            )
            .replace("%1", found.title)
            .replace("%2", when),
            parent=parent,
        )
        details = QCoreApplication.translate(
            "LiveResume", "Go back to it? Check-ins and notes are kept."
        )
        if found.drafts:
            details += " " + QCoreApplication.translate(
                "LiveResume", "What was typed and not yet added is still there."
            )
        self.setInformativeText(details)
        self.return_button = self.addButton(
            QCoreApplication.translate("LiveResume", "Back to the session"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.later_button = self.addButton(
            QCoreApplication.translate("LiveResume", "Not now"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.return_button)


def offer_resume(host: LiveHost, workspace: "Workspace", parent: QWidget | None = None) -> Any:
    """Asks to go back to the live session that was open when the app stopped; returns the
    live window when the coach goes back, else None (also when nothing was open)."""
    found = workspace.live.open_live_session()
    if found is None:
        return None
    question = ResumeQuestion(found, parent)
    question.exec()
    if question.clickedButton() is question.return_button:
        return host.open_live_session(found.trajectory_uid, found.session_uid)
    workspace.live.mark_live_closed(found.session_uid)
    return None
