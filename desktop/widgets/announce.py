"""Saying something to a screen reader that is not where the focus is: a message that appears
(the kiosk's thank-you, an error), the bar the arrow keys moved to in a chart."""

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget


def announce(source: QWidget, text: str, *, assertive: bool = False) -> None:
    """Has the screen reader say `text` (an assertive message interrupts what it is saying:
    for errors)."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def show_and_announce(label: QLabel, text: str, *, assertive: bool = False) -> None:
    """Shows a message label with `text` and says it: what a sighted person sees appear."""
    label.setText(text)
    label.setAccessibleName(text)
    label.show()
    announce(label, text, assertive=assertive)
