"""Alt+letter for every button, tick box, tab and labelled field, in Dutch and in English.

A letter is chosen per screen when its window first shows, or as a control first shows in a
window already open (as KDE's accelerator manager does):
the first letter of a word that no other control of the same page uses yet, else any free
letter of the text. Texts that already carry an '&' keep it. The scope is the page: the
widgets under the same page of a stack or tab widget (plus the window's own controls).
"""

from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)

TAKEN = "acceleratorsTaken"  # a property of the scope: the letters in use there
DONE = "acceleratorsGiven"  # a property of a window: its controls have their letters


def scope_of(widget: QWidget) -> QWidget:
    """The page a control belongs to: the child of the nearest stack (tab pages are stacked
    too), or the window."""
    if widget.isWindow():
        return widget
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            return child
        if parent.isWindow():
            return parent
        child, parent = parent, parent.parentWidget()
    return widget.window()


def _taken(scope: QWidget) -> set[str]:
    """The letters in use on the page, and those of the window's menus (Alt+B: Bestand)."""
    taken = set(str(scope.property(TAKEN) or ""))
    window = scope.window()
    if isinstance(window, QMainWindow):
        taken |= {marked(action.text()) for action in window.menuBar().actions()} - {""}
    return taken


def marked(text: str) -> str:
    """The letter after a single '&' ('' without one)."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return ""
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].lower()


def with_accelerator(text: str, taken: set[str]) -> tuple[str, str]:
    """`text` with an '&' before a free letter (word starts first), and the letter; the text
    as it was when every letter is taken."""
    if not text or marked(text) or "&" in text:
        return text, marked(text)
    starts = [
        i for i, c in enumerate(text) if c.isalnum() and (i == 0 or not text[i - 1].isalnum())
    ]
    rest = [i for i, c in enumerate(text) if c.isalnum() and i not in starts]
    for index in starts + rest:
        letter = text[index].lower()
        if letter.isascii() and letter not in taken:
            return text[:index] + "&" + text[index:], letter
    return text, ""


def _claim(scope: QWidget, letter: str) -> None:
    if letter:
        scope.setProperty(TAKEN, "".join(sorted(_taken(scope) | {letter})))


def give_accelerator(widget: QWidget) -> None:
    """Gives a button, tick box, labelled field's label or the tabs of a tab bar their Alt
    letter, unique on their page."""
    if isinstance(widget, QTabBar):
        scope = scope_of(widget)
        for index in range(widget.count()):
            text, letter = with_accelerator(widget.tabText(index), _taken(scope))
            widget.setTabText(index, text)
            _claim(scope, letter)
        return
    if isinstance(widget, QPushButton | QCheckBox | QRadioButton) and not widget.icon().isNull():
        return  # an icon button keeps its tooltip for its name
    if widget.property("role") == "answer":
        return  # the kiosk's answers: a question's 1 to 5, not one letter for the whole form
    if isinstance(widget, QAbstractButton) and isinstance(
        widget, QPushButton | QCheckBox | QRadioButton
    ):
        scope = scope_of(widget)
        text, letter = with_accelerator(widget.text(), _taken(scope))
        if text != widget.text():
            widget.setText(text)
        _claim(scope, letter)
        return
    if isinstance(widget, QLabel) and widget.buddy() is not None and "<" not in widget.text():
        scope = scope_of(widget)
        text, letter = with_accelerator(widget.text(), _taken(scope))
        if text != widget.text():
            widget.setText(text)
        _claim(scope, letter)


def give_accelerators(window: QWidget) -> None:
    """Every control of a window that is about to show, in the order they were made."""
    if window.property(DONE):
        return
    window.setProperty(DONE, True)
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is window or widget.window() is window:
            give_accelerator(widget)


def set_tab_text(tabs: QTabWidget, index: int, text: str) -> None:
    """A tab's new text ('Registrations (7)') with the Alt letter it had, where it still can."""
    letter = marked(tabs.tabText(index))
    position = text.lower().find(letter) if letter else -1
    if position >= 0 and "&" not in text:
        tabs.setTabText(index, text[:position] + "&" + text[position:])
        return
    scope = scope_of(tabs.tabBar())
    new, chosen = with_accelerator(text, _taken(scope))
    tabs.setTabText(index, new)
    _claim(scope, chosen)


def set_button_text(button: QAbstractButton, text: str) -> None:
    """A button's new text ('Import' after 'Check') with an Alt letter, its old one if the
    new text has it."""
    letter = marked(button.text())
    position = text.lower().find(letter) if letter else -1
    if position >= 0 and "&" not in text:
        button.setText(text[:position] + "&" + text[position:])
        return
    scope = scope_of(button)
    new, chosen = with_accelerator(text, _taken(scope))
    button.setText(new)
    _claim(scope, chosen)
