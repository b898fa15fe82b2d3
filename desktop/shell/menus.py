"""The main window's menu bar: Bestand, Bewerken, Beeld, Help, with their shortcuts shown."""

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar

from desktop.printing.shortcut import PRINT_SHORTCUT
from desktop.shell.undo import edit_stack

if TYPE_CHECKING:
    from models.workspace import Workspace


class MenuHost(Protocol):
    """What the menus ask of the main window (a Protocol: the window imports the menus)."""

    def menuBar(self) -> QMenuBar: ...
    def page_titles(self) -> list[str]: ...
    def show_page(self, number: int) -> None: ...
    def new_trajectory(self) -> None: ...
    def import_people(self) -> None: ...
    def new_person(self) -> None: ...
    def backup_now(self) -> None: ...
    def print_current(self) -> None: ...
    def close(self) -> bool: ...
    def focus_search(self) -> None: ...
    def toggle_full_screen(self) -> None: ...
    def show_help(self) -> None: ...
    def show_shortcuts(self) -> None: ...
    def show_about(self) -> None: ...


PAGE_ANCHORS = ("overzicht", "trajecten", "personen", "programmas", "instellingen")
TAB_ANCHORS = (  # the tabs of one trajectory, in their order
    "intake",
    "offerte",
    "planning",
    "bijeenkomsten",
    "bijeenkomsten",
    "trajecten",
    "acties",
    "evaluatie",
    "contacten",
)


class WindowMenus:
    """Builds the menus of the main window and keeps Undo/Redo in step with the stack."""

    def __init__(self, window: MenuHost) -> None:
        self.window = window
        bar: QMenuBar = window.menuBar()
        self.file = bar.addMenu(QCoreApplication.translate("Menus", "&File"))
        self.new_trajectory = self._add(
            self.file,
            QCoreApplication.translate("Menus", "&New trajectory…"),
            window.new_trajectory,
            QKeySequence.StandardKey.New,
        )
        self.import_people = self._add(
            self.file,
            QCoreApplication.translate("Menus", "&Import people…"),
            window.import_people,
            "Ctrl+I",
        )
        self.file.addSeparator()
        self.backup = self._add(
            self.file,
            QCoreApplication.translate("Menus", "Make a &backup now"),
            window.backup_now,
            "Ctrl+Shift+B",
        )
        self.print = self._add(
            self.file,
            QCoreApplication.translate("Menus", "&Print…"),
            window.print_current,
            PRINT_SHORTCUT,
        )
        self.file.addSeparator()
        self.quit = self._add(
            self.file, QCoreApplication.translate("Menus", "&Quit"), window.close, "Ctrl+Q"
        )

        self.edit = bar.addMenu(QCoreApplication.translate("Menus", "&Edit"))
        self.undo = self._add(
            self.edit,
            QCoreApplication.translate("Menus", "&Undo"),
            self._undo,
            QKeySequence.StandardKey.Undo,
        )
        self.redo = self._add(
            self.edit, QCoreApplication.translate("Menus", "&Redo"), self._redo, "Ctrl+Shift+Z"
        )
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit.addSeparator()
        self.find = self._add(
            self.edit,
            QCoreApplication.translate("Menus", "&Find"),
            window.focus_search,
            QKeySequence.StandardKey.Find,
        )
        self.new_person = self._add(
            self.edit,
            QCoreApplication.translate("Menus", "New &person…"),
            window.new_person,
            "Ctrl+Shift+N",
        )

        self.view = bar.addMenu(QCoreApplication.translate("Menus", "&View"))
        self.pages: list[QAction] = []
        for number, title in enumerate(window.page_titles()):
            action = self._add(self.view, title, partial(window.show_page, number))
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            self.pages.append(action)
        self.view.addSeparator()
        self.full_screen = self._add(
            self.view,
            QCoreApplication.translate("Menus", "&Full screen"),
            window.toggle_full_screen,
            "F11",
        )

        self.help = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
        self.manual = self._add(
            self.help,
            QCoreApplication.translate("Menus", "&Manual"),
            window.show_help,
            QKeySequence.StandardKey.HelpContents,
        )
        self.shortcuts = self._add(
            self.help,
            QCoreApplication.translate("Menus", "&Keyboard shortcuts"),
            window.show_shortcuts,
        )
        self.help.addSeparator()
        self.about = self._add(
            self.help,
            QCoreApplication.translate("Menus", "&About Trajectwijzer"),
            window.show_about,
        )
        self._stack: QUndoStack | None = None
        self.set_workspace(None)

    def _add(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        keys: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, menu)  # the menu owns it
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def all_actions(self) -> list[QAction]:
        return [a for menu in (self.file, self.edit, self.view, self.help) for a in menu.actions()]

    def set_workspace(self, workspace: "Workspace | None") -> None:
        """Undo and Redo follow the stack of the database now open."""
        if self._stack is not None and shiboken6.isValid(self._stack):
            self._stack.indexChanged.disconnect(self.update_undo)
            self._stack.cleanChanged.disconnect(self.update_undo)
        self._stack = edit_stack(workspace) if workspace is not None else None
        for action in (self.new_trajectory, self.import_people, self.backup, self.new_person):
            action.setEnabled(workspace is not None)
        if self._stack is not None:
            self._stack.indexChanged.connect(self.update_undo)
            self._stack.cleanChanged.connect(self.update_undo)
        self.update_undo()

    def update_undo(self, *_args: object) -> None:
        stack = self._stack
        if stack is not None and not shiboken6.isValid(stack):  # closed with its database
            stack = self._stack = None
        if QCoreApplication.instance() is None or not shiboken6.isValid(self.undo):
            return
        can_undo = stack is not None and stack.canUndo()
        can_redo = stack is not None and stack.canRedo()
        self.undo.setEnabled(can_undo)
        self.redo.setEnabled(can_redo)
        undo_text = stack.undoText() if stack is not None and can_undo else ""
        redo_text = stack.redoText() if stack is not None and can_redo else ""
        self.undo.setText(
            QCoreApplication.translate("Menus", "&Undo: %1").replace("%1", undo_text)
            if undo_text
            else QCoreApplication.translate("Menus", "&Undo")
        )
        self.redo.setText(
            QCoreApplication.translate("Menus", "&Redo: %1").replace("%1", redo_text)
            if redo_text
            else QCoreApplication.translate("Menus", "&Redo")
        )

    def _undo(self) -> None:
        if self._stack is not None and self._stack.canUndo():
            self._stack.undo()
        self.update_undo()

    def _redo(self) -> None:
        if self._stack is not None and self._stack.canRedo():
            self._stack.redo()
        self.update_undo()
