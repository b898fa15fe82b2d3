"""Live session mode: a large-type screen for the hall, readable from two metres at 1366×768.

Left the agenda with the clock, the current block and its time left (or over time); right the
door (check-in, walk-ins), the notebook (notes per block, decisions) and the actions. Every
keystroke that changes data is stored at once, and the session is marked open while the
window shows it, so that after a crash the app offers to come back with every draft. Closing
asks first and can print the action plan in the same click. The clock is injectable.
"""

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.sessions.live_capture import ActionsPanel, NotesPanel
from desktop.sessions.live_checkin import CheckInPanel
from desktop.sessions.live_questions import ClosingDialog
from desktop.shell.formats import time_text
from desktop.widgets.touch import TOUCH_TARGETS, hall_points, make_swipeable, screen_fit, scrolled
from models.sessions.dto import SessionDetail
from models.sessions.live_clock import LiveState, live_state, minutes_text

if TYPE_CHECKING:
    from models.workspace import Workspace


def live_style(fit: float) -> str:
    """Sizes only (colours come from the app's theme): large for the hall, shrunk by `fit` on
    a small or scaled screen."""
    return f"""
LiveModeWindow QWidget {{ font-size: {hall_points(1.78, fit)}; }}
QLabel#liveTitle {{ font-size: {hall_points(2.2, fit)}; font-weight: 600; }}
QLabel#liveClock {{ font-size: {hall_points(3.8, fit)}; font-weight: 600; }}
QLabel#liveCounts {{ font-size: {hall_points(1.78, fit)}; font-weight: 600; }}
QLabel#liveNote {{ font-size: {hall_points(1.33, fit)}; }}
{TOUCH_TARGETS}
QLabel#liveTimeLeft {{ font-size: {hall_points(2.9, fit)}; font-weight: 600; }}
QLabel#liveCurrent {{ font-size: {hall_points(2.0, fit)}; }}
QLabel#liveMessage {{ font-size: {hall_points(2.0, fit)}; font-weight: 600; }}
QLineEdit#liveSearch {{ font-size: {hall_points(2.67, fit)}; padding: 6px; }}
QListWidget::item {{ padding: 4px; }}
"""


class LiveModeWindow(QWidget):
    """One session in the hall; `closed_session` fires when the coach closes it as held."""

    closed_session = Signal(str)
    print_plan_requested = Signal(str)  # closed with "Close and print the action plan"
    sheet_requested = Signal(str)  # "Print sign-in sheet", offered before the start

    def __init__(
        self,
        workspace: "Workspace",
        session_uid: str,
        clock: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Live session"))
        self.fit = screen_fit(self)
        self.setStyleSheet(live_style(self.fit))
        self._workspace = workspace
        self._uid = session_uid
        self._clock = clock or (lambda: workspace.clock.now().replace(microsecond=0))
        self._detail: SessionDetail | None = None
        self._note_block: str | None = None
        self.closing_dialog: ClosingDialog | None = None
        self.title = QLabel()
        self.title.setObjectName("liveTitle")
        self.title.setWordWrap(True)
        # A long title wraps and never widens the window past the screen.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("liveClock")
        self.counts = QLabel()
        self.counts.setObjectName("liveCounts")
        self.counts.setWordWrap(True)
        self.counts.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.agenda = QListWidget()
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setWordWrap(True)
        self.current = QLabel()
        self.current.setObjectName("liveCurrent")
        self.current.setWordWrap(True)
        self.current.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.time_left = QLabel()
        self.time_left.setObjectName("liveTimeLeft")
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next item ▶"))
        self.close_button = QPushButton(self.tr("Close session"))
        self.sheet_button = QPushButton(self.tr("Print sign-in sheet"))
        self.sheet_button.hide()  # before the start only
        self.checkin = CheckInPanel(self._clock)
        self.notes = NotesPanel()
        self.actions_panel = ActionsPanel(self._clock)
        self.tabs = QTabWidget()
        # Each tab scrolls when the screen is short (1366×768 at 150 %): the clock stays in view.
        for panel, title in (
            (self.checkin, self.tr("Check-in (F1)")),
            (self.notes, self.tr("Notes (F2)")),
            (self.actions_panel, self.tr("Actions (F3)")),
        ):
            self.tabs.addTab(scrolled(panel, title.split(" (")[0]), title)
        self._lay_out()
        self._connect()
        make_swipeable(self)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        drafts = workspace.live.live_drafts(session_uid)
        self.checkin.set_session(workspace, session_uid, drafts)
        self.notes.set_session(workspace, session_uid, drafts)
        self.actions_panel.set_session(workspace, session_uid, drafts)
        self.reload()
        workspace.live.mark_live_open(session_uid)
        self._show_capture()
        self.tick()
        self.timer.start()
        self.checkin.search.setFocus()

    def _lay_out(self) -> None:
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.counts)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addSpacing(24)
        top.addWidget(self.clock_label, 0, Qt.AlignmentFlag.AlignTop)
        left = QVBoxLayout()
        left.addWidget(self.current)
        left.addWidget(self.time_left)
        left.addWidget(self.sheet_button)
        left.addWidget(self.agenda, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        left.addLayout(buttons)
        left.addWidget(self.close_button)
        body = QHBoxLayout()
        body.addLayout(left, 9)
        body.addWidget(self.tabs, 11)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    def _connect(self) -> None:
        self.checkin.changed.connect(self.reload)
        self.actions_panel.added.connect(lambda _uid: self.reload())
        self.next_button.clicked.connect(lambda: self.step_block(1))
        self.previous_button.clicked.connect(lambda: self.step_block(-1))
        self.close_button.clicked.connect(self.close_session)
        self.sheet_button.clicked.connect(lambda: self.sheet_requested.emit(self._uid))
        self.agenda.itemClicked.connect(self._agenda_clicked)
        shortcuts = {
            "F1": lambda: self.show_tab(0),
            "F2": lambda: self.show_tab(1),
            "F3": lambda: self.show_tab(2),
            "Ctrl+PgDown": lambda: self.step_block(1),
            "Ctrl+PgUp": lambda: self.step_block(-1),
        }
        for keys, slot in shortcuts.items():
            QShortcut(QKeySequence(keys), self, slot)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        focus = (self.checkin.search, self.notes.note, self.actions_panel.title)[index]
        focus.setFocus()

    # ------------------------------------------------------------ data

    def reload(self) -> None:
        detail = self._detail = self._workspace.sessions.session_detail(self._uid)
        self.title.setText(detail.title)
        counts = detail.counts
        text = self.tr("%1 present · %2 registered").replace("%1", str(counts.present))
        text = text.replace("%2", str(counts.registered))
        if counts.walk_ins:
            text += " · " + self.tr("%1 walk-ins").replace("%1", str(counts.walk_ins))
        self.counts.setText(text)
        self.actions_panel.show_detail(detail)
        self.tick()

    def state(self) -> LiveState:
        assert self._detail is not None
        return live_state(self._detail.agenda, self._detail.starts_at, self._clock())

    def tick(self) -> None:
        """Clock, current block and time left; the agenda list marks the current block."""
        if self._detail is None:
            return
        now = self._clock()
        self.clock_label.setText(time_text(now.time()))
        state = self.state()
        agenda = self._detail.agenda
        over = state.seconds_left < 0 and not state.before_start
        if state.before_start:
            start = self._detail.starts_at
            self.current.setText(
                self.tr("Starts at %1").replace("%1", time_text(start.time())) if start else ""
            )
            self.time_left.setText(
                self.tr("in %1").replace("%1", minutes_text(state.seconds_left)) if start else ""
            )
        elif state.current_index is not None:
            block = agenda[state.current_index]
            self.current.setText(f"{state.current_index + 1}. {block.title}")
            text = self.tr("%1 over time") if over else self.tr("%1 left")
            self.time_left.setText(text.replace("%1", minutes_text(state.seconds_left)))
        else:
            self.current.setText(self.tr("No agenda"))
            self.time_left.clear()
        if self.time_left.property("over") != over:
            self.time_left.setProperty("over", over)
            self.time_left.style().unpolish(self.time_left)
            self.time_left.style().polish(self.time_left)
        self.sheet_button.setVisible(state.before_start and not state.started)
        self._fill_agenda(state)
        self.next_button.setText(
            self.tr("Next item ▶") if state.started else self.tr("Start the agenda ▶")
        )

    def _fill_agenda(self, state: LiveState) -> None:
        assert self._detail is not None
        rows = self._detail.agenda
        if self.agenda.count() != len(rows):
            self.agenda.clear()
            for _ in rows:
                self.agenda.addItem(QListWidgetItem())
        for index, row in enumerate(rows):
            item = self.agenda.item(index)
            start = time_text(row.starts_at.time()) if row.starts_at else ""
            item.setText(f"{start}  {row.title}  ({row.minutes}′)")
            item.setData(Qt.ItemDataRole.UserRole, row.uid)
            font = item.font()
            font.setBold(index == state.current_index)
            item.setFont(font)
        if state.current_index is not None and self.agenda.currentRow() != state.current_index:
            self.agenda.setCurrentRow(state.current_index)

    # ------------------------------------------------------------ agenda

    def step_block(self, step: int) -> None:
        """Next or previous agenda item: it starts now; notes follow the current item."""
        assert self._detail is not None
        agenda = self._detail.agenda
        if not agenda:
            return
        state = self.state()
        if state.started and state.current_index is not None:
            index = state.current_index + step
        else:
            # Nothing started yet: the first press means "we begin now", with the first item.
            index = 0 if step > 0 else -1
        if index < 0:
            self._workspace.live.start_block(self._uid, None, self._clock())
        elif index < len(agenda):
            self._workspace.live.start_block(self._uid, agenda[index].uid, self._clock())
        self._detail = self._workspace.sessions.session_detail(self._uid)
        self._show_capture()
        self.tick()

    def _agenda_clicked(self, item: QListWidgetItem) -> None:
        """Clicking an item opens its notes (it does not restart the clock)."""
        assert self._detail is not None
        self._note_block = item.data(Qt.ItemDataRole.UserRole)
        self.notes.show_block(self._detail, self._note_block)
        self.show_tab(1)

    def _show_capture(self) -> None:
        assert self._detail is not None
        state = self.state()
        agenda = self._detail.agenda
        index = state.current_index
        self._note_block = agenda[index].uid if index is not None and agenda else None
        self.notes.show_block(self._detail, self._note_block)

    # ------------------------------------------------------------ closing

    def close_session(self) -> None:
        """Asks first (see `ClosingDialog`); the answer comes in `_closing_answered`."""
        check = self._workspace.live.session_closing_check(self._uid, self._clock().date())
        dialog = self.closing_dialog = ClosingDialog(check, self)
        dialog.buttonClicked.connect(lambda button: self._closing_answered(dialog, button))
        dialog.open()

    def _closing_answered(self, dialog: ClosingDialog, button: object) -> None:
        self.closing_dialog = None
        if button is not dialog.print_button and button is not dialog.close_button:
            return  # Cancel (or Escape): everything stays as it is
        absent = self._workspace.live.close_session(self._uid, mark_absent=dialog.mark_absent)
        self.checkin.message.setText(
            self.tr("Session closed; %1 registered people marked absent.").replace(
                "%1", str(absent)
            )
        )
        self.timer.stop()
        self.closed_session.emit(self._uid)
        if button is dialog.print_button:
            self.print_plan_requested.emit(self._uid)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Leaving live mode normally: nothing to offer at the next start."""
        self.timer.stop()
        self._workspace.live.mark_live_closed(self._uid)
        super().closeEvent(event)
