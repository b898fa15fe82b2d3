"""Live mode's walk-in form: name, contact, consent; people already known are offered first.

As the name is typed, people who may be the same (a typo, another spelling) are listed with
their place; before a new person is added the list gets the focus and one key decides: a
digit checks that known person in, N adds a new person. Every field is kept as a draft.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QWidget,
)

from models.sessions.live_search import CheckInSearch, Hit

if TYPE_CHECKING:
    from models.workspace import Workspace

SUGGESTIONS = 3
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 2


class WalkInForm(QGroupBox):
    """Emits `add_requested(person_uid)`: "" for a new person, else the known one picked."""

    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Not on the list"), parent)
        self._workspace: Workspace | None = None
        self._session_uid = ""
        self._search: CheckInSearch | None = None
        self._asking = False  # the suggestions have the focus: one key decides
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Email or phone"))
        self.consent = QCheckBox(self.tr("Agrees that we keep their details"))
        self.consent.setObjectName("touchTick")
        self.consent_note = QLabel()
        self.consent_note.setObjectName("liveNote")
        self.consent_note.setWordWrap(True)
        self.known_label = QLabel()
        self.known_label.setObjectName("liveNote")
        self.known_label.setWordWrap(True)
        self.known = QListWidget()
        self.known.setObjectName("liveKnown")
        self.add_button = QPushButton(self.tr("Add and check in"))
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.known_label)
        form.addRow(self.known)
        form.addRow(self.tr("Contact"), self.contact)
        row = QHBoxLayout()
        row.addWidget(self.consent, 1)
        row.addWidget(self.add_button)
        form.addRow(row)
        form.addRow(self.consent_note)
        self._show_known([])
        self._consent_changed(False)
        self.name.textEdited.connect(self._name_typed)
        self.contact.textEdited.connect(lambda text: self._keep("walk_in_contact", text))
        self.consent.toggled.connect(self._consent_changed)
        self.name.returnPressed.connect(self.contact.setFocus)
        self.contact.returnPressed.connect(self.request_add)
        self.add_button.clicked.connect(self.request_add)
        self.known.itemActivated.connect(lambda item: self._pick(self.known.row(item)))
        self.name.installEventFilter(self)
        self.known.installEventFilter(self)

    def set_session(self, workspace: "Workspace", session_uid: str, drafts: dict[str, str]) -> None:
        """The form as it was left (after a crash too): name, contact, consent tick."""
        self._workspace, self._session_uid = workspace, session_uid
        self.name.setText(drafts.get("walk_in_name", ""))
        self.contact.setText(drafts.get("walk_in_contact", ""))
        self.consent.blockSignals(True)
        self.consent.setChecked(drafts.get("walk_in_consent") == "1")
        self.consent.blockSignals(False)
        self._consent_changed(self.consent.isChecked(), keep=False)

    def set_search(self, search: CheckInSearch) -> None:
        """Everyone known, as the check-in search has them."""
        self._search = search
        self._update_known()

    def start_with(self, name: str) -> None:
        """The search found nobody: the walk-in starts with what was typed there."""
        self.name.setText(name)
        self._name_typed(name)
        self.contact.setFocus()
        QTimer.singleShot(0, self.show_whole)  # once the layout has made room for the form

    def show_whole(self) -> None:
        """On a short screen the tab scrolls: the contact field down to the consent note come
        into view."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(self.contact, 0, 0)
            parent.ensureWidgetVisible(self.consent_note, 0, 0)

    def clear(self) -> None:
        """An empty form for the next walk-in (its drafts go too)."""
        self.name.clear()
        self.contact.clear()
        self.consent.setChecked(False)
        for field in ("walk_in_name", "walk_in_contact"):
            self._keep(field, "")
        self._show_known([])

    # ------------------------------------------------------------ typing

    def _keep(self, field: str, text: str) -> None:
        if self._workspace is not None:
            self._workspace.live.save_live_draft(self._session_uid, field, text)

    def _name_typed(self, text: str) -> None:
        self._keep("walk_in_name", text)
        self._update_known()

    def _consent_changed(self, checked: bool, keep: bool = True) -> None:
        if keep:
            self._keep("walk_in_consent", "1" if checked else "")
        self.consent_note.setText(
            self.tr("Name, e-mail and phone are kept, to contact them about this trajectory.")
            if checked
            else self.tr(
                "Without the tick only the name is kept (for the attendance); "
                "e-mail and phone are not stored."
            )
        )

    def _update_known(self) -> None:
        text = self.name.text()
        hits = self._search.search(text, SUGGESTIONS) if self._search and text.strip() else []
        self._show_known(hits)

    def _show_known(self, hits: list[Hit]) -> None:
        self._asking = False
        self.known.clear()
        for number, hit in enumerate(hits, start=1):
            candidate = hit.candidate
            label = f"{number}  {candidate.name}"
            if candidate.detail:
                label += f"  ·  {candidate.detail}"
            item = QListWidgetItem(label)
            item.setData(CANDIDATE_ROLE, candidate.person_uid)
            self.known.addItem(item)
        if hits:
            self.known.setCurrentRow(0)
            rows = self.known.sizeHintForRow(0) * len(hits) + 2 * self.known.frameWidth()
            self.known.setFixedHeight(rows + 8)
        self.known.setVisible(bool(hits))
        self.known_label.setVisible(bool(hits))
        self.known_label.setText(self.tr("Already known? Type its number to check that person in."))

    # ------------------------------------------------------------ deciding

    def request_add(self) -> None:
        """Before adding a new person, the people already known get the focus: one key."""
        if self.known.count() and not self._asking:
            self._asking = True
            self.known_label.setText(
                self.tr("Is it one of these? Its number checks them in; N adds a new person.")
            )
            self.known.setFocus()
            return
        self._asking = False
        self.add_requested.emit("")

    def _pick(self, row: int) -> None:
        item = self.known.item(row)
        if item is not None:
            self._asking = False
            self.add_requested.emit(str(item.data(CANDIDATE_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A digit picks a known person (names hold no digits); N in the list adds anew."""
        if event.type() != QEvent.Type.KeyPress or not self.known.count():
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        text = event.text()
        if text.isdigit() and 1 <= int(text) <= self.known.count():
            self._pick(int(text) - 1)
            return True
        if watched is self.known:
            if text.casefold() == "n":
                self._asking = True  # asked and answered: a new person
                self.request_add()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self._asking = False
                self.name.setFocus()
                return True
        return super().eventFilter(watched, event)
