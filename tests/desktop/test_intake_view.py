"""The Intake tab: a form built from the programme file, saved as the coach types."""

import shutil
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QRadioButton

from desktop.intake.intake_view import IntakeView
from models.core.clock import FixedClock
from models.core.formatting import format_date
from models.trajectories.setup import ClientInput, NewTrajectory
from models.workspace import Workspace
from tests.demo import demo_name

TODAY = date(2026, 11, 23)
NEW = "Autodelen Menen"


@pytest.fixture(scope="module")
def intake_demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, made once: each test works on its own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    workspace = Workspace.open(path, clock=FixedClock(TODAY))
    workspace.demo.fill_demo_data(TODAY)
    # A trajectory whose intake has only just begun (the demo ones are filled in).
    workspace.trajectories.create_trajectory(
        NewTrajectory("autodelen", "gemeente", (ClientInput(nis_code="34027"),), name=NEW)
    )
    workspace.close()
    return path


@pytest.fixture
def workspace(tmp_path: Path, intake_demo_file: Path) -> Iterator[Workspace]:
    path = tmp_path / "intake.sqlite"
    shutil.copyfile(intake_demo_file, path)
    workspace = Workspace.open(path, clock=FixedClock(TODAY))
    yield workspace
    workspace.close()


def _uid(workspace: Workspace, programme: str) -> str:
    """The new trajectory for autodelen; the demo one for the other programmes."""
    rows = workspace.trajectories.trajectories(TODAY)
    if programme == "autodelen":
        return next(row.uid for row in rows if row.name == NEW)
    return next(row.uid for row in rows if row.name == demo_name(programme))


@pytest.fixture
def view(qtbot, workspace: Workspace) -> IntakeView:
    view = IntakeView()
    qtbot.addWidget(view)
    # A fixed size: a top-level window whose layout changes its minimum makes Qt warn offscreen.
    view.setFixedSize(1366, 768)
    view.set_workspace(workspace)
    view.show()
    qtbot.waitExposed(view)
    view.show_trajectory(_uid(workspace, "autodelen"))
    return view


def _answer(workspace: Workspace, uid: str, key: str) -> object:
    state = workspace.intake.intake_state(uid)
    return next(q.answer for s in state.sections for q in s.questions if q.key == key)


def _click_box(qtbot, box: QCheckBox) -> None:
    """Clicks a tick box on its square, where a coach clicks."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _focus_out(qtbot, widget) -> None:
    """Moves the keyboard focus away from a widget, as a click elsewhere does."""
    view = widget.window()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    widget.clearFocus()


def test_autodelen_shows_the_three_facets_and_five_agenda_items(view: IntakeView) -> None:
    """The questionnaire has the facets beleid, aanbod and vraag; the agenda its five items."""
    sections = [
        label.text()
        for label in view.findChildren(QLabel)
        if label.property("role") == "section" and label.isVisibleTo(view)
    ]
    assert {"Beleid: een goed beleidsmatig kader", "Aanbod: het aanbod van autodelen verruimen"} < {
        *sections
    }
    assert "Vraag: de vraag naar autodelen stimuleren" in sections
    assert {"beleid_engagement", "aanbod_engagement", "vraag_engagement"} <= set(view.questions)
    assert list(view.notes) == ["introductie", "ambities", "potentieel", "verwachtingen", "timing"]
    assert "3. Analyse van het potentieel in de kernen/wijken" in sections
    assert list(view.areas) == ["potentieel"]
    assert len(view.attendees) == 3
    assert not view.banner.met


def test_answering_the_commitments_turns_the_banner_to_met(
    view: IntakeView, workspace: Workspace, qtbot
) -> None:
    """With the other required answers in, committing to the three facets and the budget
    turns the banner from 'not met' (listing them) to 'met'."""
    uid = _uid(workspace, "autodelen")
    for key, value in (
        ("engagement_beschikbaar", True),
        ("lokale_trekker", "Els Claeys"),
        ("ambities", "Een autodeelgroep per deelgemeente."),
        ("gewenste_start", "01/02/2027"),
    ):
        workspace.intake.save_intake_answer(uid, key, value)
    view.show_trajectory(uid)
    assert not view.banner.met
    assert "De gemeente kan de nodige budgetten vrijmaken." in view.banner.conditions.text()
    for key, option in (
        ("beleid_engagement", "ja"),
        ("aanbod_engagement", "verleden"),
        ("vraag_engagement", "ja"),
    ):
        combo = view.questions[key].combo
        combo.setCurrentIndex(combo.findData(option))
    assert not view.banner.met
    yes = next(b for b in view.questions["budget_beschikbaar"].group.buttons() if b.text() == "Yes")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert not view.banner.met  # who was at the first meeting still counts
    assert "Bij het kennismakingsoverleg waren minstens" in view.banner.conditions.text()
    for check in list(view.attendees):
        _click_box(qtbot, check)
    assert view.banner.met
    assert view.banner.property("state") == "met"
    assert view.banner.details.isHidden()
    assert _answer(workspace, uid, "budget_beschikbaar") is True


def test_money_in_words_shows_the_message_under_it_and_stores_nothing(
    view: IntakeView, workspace: Workspace, qtbot, dutch_ui
) -> None:
    """'drieduizend' in the budget is refused under the field; '3500' is stored as 3.500,00."""
    uid = _uid(workspace, "autodelen")
    editor = view.questions["budget_bedrag"]
    qtbot.keyClicks(editor.line, "drieduizend")
    qtbot.keyClick(editor.line, Qt.Key.Key_Return)
    assert editor.error.isVisibleTo(view)
    assert "'drieduizend' is geen bedrag. Typ een bedrag zoals 3.500,00." in editor.error.text()
    assert editor.line.text() == "drieduizend"  # kept, so the coach can correct it
    assert _answer(workspace, uid, "budget_bedrag") is None
    editor.line.clear()
    qtbot.keyClicks(editor.line, "3500")
    qtbot.keyClick(editor.line, Qt.Key.Key_Return)
    assert not editor.error.isVisibleTo(view)
    assert editor.line.text() == "3.500,00"
    assert _answer(workspace, uid, "budget_bedrag") == 350000


def test_a_bad_date_is_refused_at_the_field(
    view: IntakeView, workspace: Workspace, qtbot, dutch_ui
) -> None:
    """A date that does not exist gets its Dutch message and the question stays open."""
    editor = view.questions["gewenste_start"]
    assert editor.line.placeholderText() == "dd/mm/yyyy"
    qtbot.keyClicks(editor.line, "31/02/2027")
    qtbot.keyClick(editor.line, Qt.Key.Key_Return)
    assert "februari 2027 heeft 28 dagen" in editor.error.text()
    assert _answer(workspace, _uid(workspace, "autodelen"), "gewenste_start") is None


def test_notes_typed_in_an_agenda_item_are_stored_on_focus_out(
    view: IntakeView, workspace: Workspace, qtbot
) -> None:
    """Leaving the notes box of an agenda item saves its notes in the database."""
    notes = view.notes["timing"]
    _focus_out(qtbot, view.questions["lokale_trekker"].line)
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    qtbot.keyClicks(notes, "Start op 1 februari, infosessie in september.")
    view.questions["lokale_trekker"].line.setFocus()
    qtbot.waitUntil(lambda: not notes.hasFocus())
    state = workspace.intake.intake_state(_uid(workspace, "autodelen"))
    item = next(i for i in state.meeting_items if i.key == "timing")
    assert item.notes == "Start op 1 februari, infosessie in september."


def test_switching_trajectory_saves_the_field_being_typed_to_its_own(
    view: IntakeView, workspace: Workspace, qtbot
) -> None:
    """A date typed but not yet left is saved to its trajectory, never to the next one."""
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    line = view.questions["gewenste_start"].line
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClicks(line, "1/3/2027")
    other = _answer(workspace, _uid(workspace, "klimaatdoeners"), "gewenste_start")
    view.show_trajectory(_uid(workspace, "klimaatdoeners"))
    assert _answer(workspace, _uid(workspace, "autodelen"), "gewenste_start") == date(2027, 3, 1)
    assert _answer(workspace, _uid(workspace, "klimaatdoeners"), "gewenste_start") == other
    assert other != date(2027, 3, 1)
    assert view.questions["gewenste_start"].line.text() == format_date(other)


def test_a_second_chosen_area_is_refused_and_unticked(
    view: IntakeView, workspace: Workspace, qtbot, dutch_ui
) -> None:
    """Choosing a second kern/wijk shows the limit under the table and keeps one chosen."""
    areas = view.areas["potentieel"]
    for name in ("Kachtem", "Emelgem"):
        areas.add_row()
        line = areas.rows[-1][0]
        qtbot.keyClicks(line, name)
        qtbot.keyClick(line, Qt.Key.Key_Return)
    kachtem, emelgem = areas.rows
    assert kachtem[1].isHidden()  # one municipality: no municipality column
    kachtem[2].setCurrentIndex(kachtem[2].findData("Hoog"))
    _click_box(qtbot, kachtem[3])
    _click_box(qtbot, emelgem[3])
    assert "hoogstens één kern/wijk" in areas.error.text()
    assert not emelgem[3].isChecked()
    state = workspace.intake.intake_state(_uid(workspace, "autodelen"))
    item = next(i for i in state.meeting_items if i.key == "potentieel")
    assert item.area_selection is not None
    assert [(a.name, a.potential, a.chosen) for a in item.area_selection.areas] == [
        ("Kachtem", "Hoog", True),
        ("Emelgem", "", False),
    ]


def test_ticking_a_minimum_attendee_is_stored(
    view: IntakeView, workspace: Workspace, qtbot
) -> None:
    """A tick beside a role of the first meeting is saved at once."""
    _click_box(qtbot, view.attendees[2])
    state = workspace.intake.intake_state(_uid(workspace, "autodelen"))
    assert [a.present for a in state.attendees] == [False, False, True]


def test_a_banner_link_puts_the_cursor_in_the_open_question(view: IntakeView, qtbot) -> None:
    """Following an open question in the banner focuses that question's field."""
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.banner.questions.linkActivated.emit("lokale_trekker")
    assert view.questions["lokale_trekker"].line.hasFocus()


def test_tab_reaches_every_field(view: IntakeView, qtbot) -> None:
    """Every editor, notes box, area field and tick box can be reached with Tab."""
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    first = view.questions["beleid_gedaan"].input
    first.setFocus()
    reached = set()
    for _ in range(200):
        widget = QApplication.focusWidget()
        reached.add(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    missed = [
        key
        for key, editor in view.questions.items()
        # Tab enters a group of radio buttons once; the arrow keys then move between them.
        if not reached & {editor.focus_target(), *editor.input.findChildren(QRadioButton)}
    ]
    assert missed == []
    others = [*view.notes.values(), *view.attendees, view.areas["potentieel"].add_button]
    assert [w for w in others if w not in reached] == []


def test_arrow_keys_answer_a_yes_no_question(view: IntakeView, workspace: Workspace, qtbot) -> None:
    """In a yes/no question the arrow keys move from Ja to Nee, and the answer is saved."""
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    yes, no, _unanswered = view.questions["logistiek"].group.buttons()
    yes.setFocus()
    qtbot.keyClick(yes, Qt.Key.Key_Space)
    assert _answer(workspace, _uid(workspace, "autodelen"), "logistiek") is True
    qtbot.keyClick(yes, Qt.Key.Key_Right)
    assert no.isChecked() and no.hasFocus()
    assert _answer(workspace, _uid(workspace, "autodelen"), "logistiek") is False


def test_klimaatdoeners_without_areas_shows_its_own_intake(
    view: IntakeView, workspace: Workspace
) -> None:
    """Another programme's file gives its own questions, six agenda items and no area table."""
    view.show_trajectory(_uid(workspace, "klimaatdoeners"))
    assert view.areas == {}
    assert len(view.notes) == 6
    channels = view.questions["wervingskanalen"]
    assert len(channels.input.findChildren(QCheckBox)) == 6
    assert isinstance(view.questions["werkingsbudget_bedrag"].input, QLineEdit)


def test_a_missing_programme_file_shows_its_message(
    view: IntakeView, workspace: Workspace, qtbot, dutch_ui
) -> None:
    """A trajectory whose programme file is gone shows the Dutch reason instead of a form."""
    from models.orm import Trajectory

    with workspace.database.session_factory.begin() as session:
        trajectory = Trajectory(name="Oud traject", programme_key="verdwenen")
        trajectory.programme_version = 1
        session.add(trajectory)
        session.flush()
        uid = str(trajectory.uid)
    view.show_trajectory(uid)
    assert "verdwenen" in view.message.text()
    assert view.form_area.isHidden()
    view.show_trajectory(str(uuid.uuid4()))
    assert "Er is geen traject" in view.message.text()


def test_screenshot_of_the_intake(view: IntakeView, workspace: Workspace, qtbot) -> None:
    """The intake at 1366×768 is saved as /tmp/intake.png to look at."""
    uid = _uid(workspace, "autodelen")
    workspace.intake.save_intake_answer(uid, "beleid_engagement", "ja")
    view.show_trajectory(uid)
    view.questions["budget_bedrag"].show_error("'drieduizend' is geen bedrag.")
    view.form_area.ensureWidgetVisible(view.questions["budget_bedrag"])
    qtbot.wait(10)
    path = Path("/tmp/intake.png")
    assert view.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_a_joint_trajectory_chooses_a_wijk_per_municipality_on_screen(
    view: IntakeView, workspace: Workspace, qtbot
) -> None:
    """Leiestreek: the kernen/wijken table gets a municipality column; one chosen wijk in
    Wielsbeke and one in Deinze are both kept."""
    rows = workspace.trajectories.trajectories(TODAY)
    view.show_trajectory(next(r.uid for r in rows if r.name == "Gezamenlijk autodelen Leiestreek"))
    areas = view.areas["potentieel"]
    assert areas.several
    for name, town in (("Centrum", "Wielsbeke"), ("Petegem", "Deinze")):
        areas.add_row()
        line, municipality, _potential, chosen, _remove = areas.rows[-1]
        assert municipality.isVisibleTo(view)
        municipality.setCurrentIndex(municipality.findData(town))
        qtbot.keyClicks(line, name)
        qtbot.keyClick(line, Qt.Key.Key_Return)
        _click_box(qtbot, chosen)
    assert areas.error.text() == ""
    state = workspace.intake.intake_state(view._uid)
    item = next(i for i in state.meeting_items if i.key == "potentieel")
    assert item.area_selection is not None
    assert [(a.name, a.municipality, a.chosen) for a in item.area_selection.areas] == [
        ("Centrum", "Wielsbeke", True),
        ("Petegem", "Deinze", True),
    ]
