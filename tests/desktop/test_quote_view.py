"""The Offerte tab driven like a coach: choose, type, see the price, make a version, get the PDF."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.quotes.quote_view import QuoteView
from models.workspace import Workspace
from tests.demo import demo_name

DAY = date(2026, 11, 22)


@pytest.fixture
def workspace(demo_copy) -> Workspace:
    workspace = demo_copy(DAY)
    return workspace


def _uid(workspace: Workspace, programme: str) -> str:
    return next(
        row.uid for row in workspace.trajectories.trajectories() if row.name == demo_name(programme)
    )


@pytest.fixture
def view(qtbot, workspace: Workspace) -> QuoteView:
    view = QuoteView()
    qtbot.addWidget(view)
    view.set_workspace(workspace)
    view.show_trajectory(_uid(workspace, "autodelen"))
    return view


def test_versions_model_passes_the_qt_model_tester(qtmodeltester, view: QuoteView) -> None:
    """The versions table's model behaves as Qt's views expect, with a version in it."""
    assert view.versions_model.rowCount() == 1
    qtmodeltester.check(view.versions_model)


def test_the_form_proposes_scope_and_discount(view: QuoteView) -> None:
    """Izegem: three scopes, Fase 1+2+3 chosen, the West-Vlaanderen discount ticked with reason."""
    assert view.scope.count() == 3
    assert view.scope.currentData() == "fase_1_2_3"
    assert view.discount.isChecked() and view.discount.isEnabled()
    assert "West-Vlaanderen" in view.discount_reason.text()
    assert "3.250,00" in view.preview.text()


def test_a_word_for_an_amount_is_refused_at_the_field(
    qtbot, view: QuoteView, workspace, dutch_ui
) -> None:
    """'drieduizend' shows what to type under the price field and no version is made."""
    view.scope.setCurrentIndex(view.scope.findData("fase_1_2_3"))
    view.discount.setChecked(False)
    qtbot.keyClicks(view.amount, "drieduizend")
    assert not view.amount_error.isHidden()
    assert (
        view.amount_error.text() == "'drieduizend' is geen bedrag. Typ een bedrag zoals 3.500,00."
    )
    assert view.form_error.isHidden()
    view.make_version()
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    assert len(workspace.quotes.quotes(view._uid)) == 1


def test_a_typed_amount_updates_the_preview_and_makes_version_2(
    qtbot, view: QuoteView, workspace
) -> None:
    """3.500,00 without discount (with the reason typed): € 4.235,00 incl. btw previewed, then
    version 2 made as a draft; the accepted version 1 stays accepted."""
    view.discount.setChecked(False)
    assert not view.discount_box.note_error.isHidden()  # a deviation needs its reason
    assert not view.make_button.isEnabled()
    qtbot.keyClicks(view.discount_box.note, "Izegem tekende niet in op de oproep")
    qtbot.keyClicks(view.amount, "3.500,00")
    assert view.amount_error.isHidden() and view.discount_box.note_error.isHidden()
    assert "4.235,00" in view.preview.text() and "735,00" in view.preview.text()
    with qtbot.waitSignal(view.version_created) as signal:
        qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    versions = workspace.quotes.quotes(view._uid)
    assert [(v.version, v.status) for v in versions] == [(2, "draft"), (1, "accepted")]
    assert signal.args == [versions[0].uid]
    assert view.versions_model.row_at(0).version == 2
    assert "2" in view.message.text()


def test_the_same_choices_again_make_no_new_version(qtbot, view: QuoteView, workspace) -> None:
    """Making a version without changing anything says so and keeps one version."""
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    assert len(workspace.quotes.quotes(view._uid)) == 1
    assert view.message.text()


def test_a_firm_scope_locks_the_price_field(view: QuoteView) -> None:
    """Fase 1 has a fixed price: the price field is disabled and the preview shows € 1.750,00."""
    view.scope.setCurrentIndex(view.scope.findData("fase_1"))
    assert not view.amount.isEnabled()
    assert "1.750,00" in view.preview.text()


def test_free_and_fixed_programmes_hide_what_does_not_apply(qtbot, workspace) -> None:
    """Buurtpunt shows no scope and no price field; klimaatdoeners shows its working budget."""
    view = QuoteView()
    qtbot.addWidget(view)
    view.set_workspace(workspace)
    view.show_trajectory(_uid(workspace, "buurtpunt"))
    assert not view.form_layout.isRowVisible(view.scope)
    assert not view.form_layout.isRowVisible(view.amount_row)
    assert "Cera" in view.preview.text()
    view.show_trajectory(_uid(workspace, "klimaatdoeners"))
    assert not view.amount.isEnabled()
    assert "5.000,00" in view.preview.text() and "9.075,00" in view.preview.text()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_print_shows_the_selected_version_saved_in_the_documents_folder(
    qtbot, view: QuoteView, tmp_path
) -> None:
    """'Afdrukken…' saves the selected version under a readable name (never overwriting an
    earlier one) and shows it ready to print."""
    previews = []
    for _ in range(2):
        view.print_button.click()
        assert view.printing is not None
        with qtbot.waitSignal(view.printing.made, timeout=30_000) as made:
            pass
        previews.append(made.args[0])
    files = sorted((tmp_path / "data" / "documents").rglob("*.pdf"))
    assert [f.name for f in files] == [
        "2026-04-20 Offerte 2026-001 v1 Izegem (2).pdf",
        "2026-04-20 Offerte 2026-001 v1 Izegem.pdf",
    ]
    assert previews[0].path.name.endswith("Izegem.pdf") and previews[0].isVisible()


def test_save_pdf_as_writes_where_the_coach_chose(view: QuoteView, monkeypatch, tmp_path) -> None:
    """'PDF bewaren…' writes to the file chosen in the dialog."""
    target = tmp_path / "gekozen.pdf"
    monkeypatch.setattr(
        "desktop.quotes.quote_view.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), ""),
    )
    view.save_button.click()
    assert Path(target).read_bytes().startswith(b"%PDF")


def test_an_unknown_trajectory_shows_the_message_instead_of_a_form(
    qtbot, workspace, dutch_ui
) -> None:
    """A trajectory that cannot be found: the Dutch message shows and nothing can be made."""
    view = QuoteView()
    qtbot.addWidget(view)
    view.set_workspace(workspace)
    view.show_trajectory("00000000-0000-0000-0000-000000000000")
    assert not view.form_error.isHidden()
    assert "geen traject" in view.form_error.text()
    assert not view.make_button.isEnabled() and not view.print_button.isEnabled()


def test_a_new_version_is_sent_and_accepted_from_the_tab(qtbot, view: QuoteView, workspace) -> None:
    """Fase 1+2 (a smaller scope) made, recorded as sent, then accepted by the schepen: the
    tab shows it as the accepted version and the earlier one as superseded."""
    view.scope.setCurrentIndex(view.scope.findData("fase_1_2"))
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    new = view.selected_version()
    assert new.version == 2 and view.sent_button.isEnabled()
    assert view.record_step("sent", new.uid, "22/11/2026")
    assert not view.sent_button.isEnabled() and view.accept_button.isEnabled()
    assert not view.record_step("accepted", new.uid, "22/11/2026", "   ")  # nobody named
    assert "accepted" not in {v.status for v in workspace.quotes.quotes(view._uid)[:1]}
    with qtbot.waitSignal(view.version_changed):
        assert view.record_step("accepted", new.uid, "22/11/2026", "Ann Vanhoutte, schepen")
    statuses = [(v.version, v.status) for v in workspace.quotes.quotes(view._uid)]
    assert statuses == [(2, "accepted"), (1, "superseded")]
    assert "Ann Vanhoutte" in view.accepted.text() and "2" in view.accepted.text()
    assert not view.accept_button.isEnabled()  # accepted: locked


def test_a_joint_trajectory_offers_the_discount_per_municipality(qtbot, workspace) -> None:
    """Leiestreek: a box per municipality (all five eligible); one unticked needs a reason,
    then the preview charges that municipality its full share."""
    view = QuoteView()
    qtbot.addWidget(view)
    view.set_workspace(workspace)
    uid = next(r.uid for r in workspace.trajectories.trajectories() if r.name.startswith("Gez"))
    view.show_trajectory(uid)
    boxes = view.discount_box.clients
    assert len(boxes) == 5 and all(box.isChecked() for box in boxes.values())
    assert view.discount.isHidden()
    assert view.amount.text() == "12.500,00"  # the agreed price stays for the next version
    first = next(iter(boxes.values()))
    first.setChecked(False)
    assert not view.discount_box.note_error.isHidden()
    qtbot.keyClicks(view.discount_box.note, "Wielsbeke tekende niet in")
    assert view.discount_box.note_error.isHidden()
    # € 2.500 + 4 × € 1.250 = € 7.500 excl. btw, € 9.075 incl.
    assert "7.500,00" in view.preview.text() and "9.075,00" in view.preview.text()
