"""The main window: navigation on the left, one page at a time on the right."""

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.overview.overview_page import OverviewPage
from desktop.people.people_page import PeoplePage
from desktop.printing.shortcut import print_current_view
from desktop.programmes.programmes_page import ProgrammesPage
from desktop.shell import settings
from desktop.shell.help import app_icon
from desktop.shell.menus import PAGE_ANCHORS, TAB_ANCHORS, WindowMenus
from desktop.shell.operations import finish_operations
from desktop.shell.settings_page import SettingsPage
from desktop.storage.read_only_banner import ReadOnlyBanner
from desktop.trajectories.trajectories_page import TrajectoriesPage
from desktop.widgets.keyboard import next_pane, panes
from desktop.widgets.workspace_view import WorkspaceView

if TYPE_CHECKING:
    from desktop.shell.changes import ChangeRelay
    from models.workspace import Workspace


class Page(Protocol):
    def set_workspace(self, workspace: "Workspace") -> None: ...


class MainWindow(WorkspaceView, QMainWindow):
    """Overzicht · Trajecten · Personen & organisaties · Programma's · Instellingen."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Trajectwijzer"))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(1000, 640)
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(220)
        self.pages = QStackedWidget()
        self.overview = OverviewPage()
        self.trajectories = TrajectoriesPage()
        self.people = PeoplePage()
        self.programmes = ProgrammesPage()
        self.settings_page = SettingsPage()
        for title, page in zip(
            self.page_titles(),
            (self.overview, self.trajectories, self.people, self.programmes, self.settings_page),
            strict=True,
        ):
            self.navigation.addItem(title)
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.overview.trajectory_requested.connect(self.show_trajectory)

        self.read_only_banner = ReadOnlyBanner()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.read_only_banner)
        right.addWidget(self.pages, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self.change_relay: ChangeRelay | None = None
        self.loading = QLabel(self.tr("Opening the database…"))
        self.statusBar().addWidget(self.loading)
        self.menus = WindowMenus(self)
        # F6 (Shift+F6 back): from the navigation to each pane of the page (the list, the
        # detail) and round again.
        for keys, forward in (("F6", True), ("Shift+F6", False)):
            QShortcut(QKeySequence(keys), self, lambda forward=forward: self.next_pane(forward))
        self._restore_geometry()

    def _restore_geometry(self) -> None:
        geometry = settings.WINDOW_GEOMETRY.get()
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 720)
        self.navigation.setCurrentRow(min(max(settings.LAST_PAGE.get(), 0), 4))

    def set_workspace(self, workspace: "Workspace") -> None:
        """Hands the opened database to every page and fills them."""
        from desktop.shell.changes import ChangeRelay, tell_screens

        if self.change_relay is not None:
            self.change_relay.close()
        self._workspace = workspace
        self.change_relay = ChangeRelay(workspace.changes, self)
        self.change_relay.changed.connect(tell_screens)
        self.loading.setText(self.tr("Database: %1").replace("%1", workspace.where))
        self.read_only_banner.show_reason(workspace.read_only)
        for page in (self.overview, self.trajectories, self.people, self.programmes):
            page.set_workspace(workspace)
        self.settings_page.set_workspace(workspace)
        self.menus.set_workspace(workspace)

    def page_titles(self) -> list[str]:
        return [
            self.tr("Overview"),
            self.tr("Trajectories"),
            self.tr("People & organisations"),
            self.tr("Programmes"),
            self.tr("Settings"),
        ]

    # ------------------------------------------------------------ what the menus do

    def show_page(self, number: int) -> None:
        self.navigation.setCurrentRow(number)

    def new_trajectory(self) -> None:
        if self._workspace is not None:
            self.show_page(1)
            self.trajectories.new_trajectory()

    def import_people(self) -> None:
        if self._workspace is not None:
            self.show_page(2)
            self.people.choose_import_file()

    def new_person(self) -> None:
        if self._workspace is not None:
            self.show_page(2)
            self.people.new_person()

    def backup_now(self) -> None:
        if self._workspace is not None:
            self.show_page(4)
            self.settings_page.tabs.setCurrentWidget(self.settings_page.backups)
            self.settings_page.backups.back_up.click()

    def print_current(self) -> None:
        """Prints the document of the view in front (action plan, quote, …)."""
        print_current_view(self.pages.currentWidget())

    def focus_search(self) -> None:
        page = self.pages.currentWidget()
        search = getattr(page, "search", None)
        if isinstance(search, QWidget) and search.isVisible():
            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif page is not self.people:
            self.show_page(2)
            self.people.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def next_pane(self, forward: bool = True) -> None:
        """The navigation, then each pane of the page in front (F6)."""
        page = self.pages.currentWidget()
        parts = [self.navigation, *(panes(page) if page is not None else [])]
        next_pane(parts, QApplication.focusWidget(), forward)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def help_anchor(self) -> str:
        """The handleiding's section for the screen in front (the trajectory's tab too)."""
        row = max(self.navigation.currentRow(), 0)
        detail = self.trajectories.built_detail()
        if row == 1 and detail is not None and detail.isEnabled():
            index = detail.tabs.currentIndex()
            if 0 <= index < len(TAB_ANCHORS):
                return TAB_ANCHORS[index]
        return PAGE_ANCHORS[row]

    def show_help(self) -> None:
        from desktop.shell.help import HelpDialog

        self._help = HelpDialog(self.help_anchor(), self)
        self._help.show()

    def show_shortcuts(self) -> None:
        from desktop.shell.help import ShortcutsDialog, shortcut_rows

        ShortcutsDialog(shortcut_rows(self.menus.all_actions()), self).exec()

    def show_about(self) -> None:
        from desktop.shell.help import AboutDialog

        AboutDialog(self).exec()

    def show_trajectory(self, uid: str) -> None:
        self.navigation.setCurrentRow(1)
        self.trajectories.select_trajectory(uid)

    def open_live_session(self, trajectory_uid: str, session_uid: str) -> Any:
        """Live mode on a session, its trajectory's sessions behind it (no question asked)."""
        self.navigation.setCurrentRow(1)
        sessions = self.trajectories.show_session(trajectory_uid, session_uid)
        return sessions.open_live(session_uid, ask_day=False)

    def offer_to_resume_live(self) -> None:
        """At start: back into the live session that was open when the app stopped?"""
        from desktop.sessions.live_resume import offer_resume

        workspace = self._workspace  # closed again meanwhile, or read-only: nothing to resume
        if workspace is not None and workspace.read_only is None:
            offer_resume(self, workspace, self)

    def close_workspace(self) -> None:
        self.read_only_banner.show_reason(None)
        if self.change_relay is not None:
            self.change_relay.close()
            self.change_relay = None
        if self._workspace is not None:
            self.workspace.close()
            self._workspace = None

    def closeEvent(self, event: QCloseEvent) -> None:
        detail = self.trajectories.built_detail()
        kiosk = detail.evaluation.kiosk if detail is not None else None
        if kiosk is not None:  # the kiosk refuses to close without the coach's code
            kiosk.force_close()
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        settings.LAST_PAGE.set(self.navigation.currentRow())
        finish_operations()  # a backup or an export half-way is finished, not cut off
        super().closeEvent(event)
