"""Instellingen → Privacy and Reservekopieën: review list, export, erase, backups listed."""

import json
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.people.privacy_page import PrivacyPage
from desktop.shell.settings_page import SettingsPage
from models.workspace import Workspace


@pytest.fixture
def workspace(demo_workspace: Workspace) -> Workspace:
    return demo_workspace


def _withdraw_first_consent(workspace: Workspace) -> str:
    person = workspace.privacy.find_people_for_privacy("a")[0]
    from sqlalchemy import select

    from models.orm import Consent

    with workspace.database.session_factory.begin() as session:
        for consent in session.scalars(select(Consent)):
            if str(consent.person_uid) == person[0]:
                consent.withdrawn_on = workspace.clock.today() - timedelta(days=1)
    return person[0]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_review_list_search_and_erase(qtbot, workspace, monkeypatch) -> None:
    """A withdrawn consent shows up; erasing after confirmation removes the person from it."""
    uid = _withdraw_first_consent(workspace)
    page = PrivacyPage()
    qtbot.addWidget(page)
    page.set_workspace(workspace)
    uids = [page.model.row_at(r).uid for r in range(page.model.rowCount())]
    assert uid in uids
    assert not page.erase.isEnabled()
    page.view.selectRow(uids.index(uid))
    assert page.erase.isEnabled()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page._erase()
    qtbot.waitUntil(lambda: page.erasure_dialog is not None, timeout=20_000)
    page.erasure_dialog.close()
    assert uid not in [page.model.row_at(r).uid for r in range(page.model.rowCount())]
    page.search.setText("gewist")
    assert page.model.rowCount() == 0  # erased people are not found any more


def test_export_a_person_as_json_and_excel(qtbot, workspace, tmp_path, monkeypatch) -> None:
    """Both exports write a file holding the person's data."""
    page = PrivacyPage()
    qtbot.addWidget(page)
    page.set_workspace(workspace)
    page.search.setText("@")
    assert page.model.rowCount() > 0
    page.view.selectRow(0)
    email = page.model.row_at(0).email
    for kind in ("json", "xlsx"):
        target = tmp_path / f"persoon.{kind}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        page._export(kind)
        assert target.exists()
    assert email in json.dumps(json.loads((tmp_path / "persoon.json").read_text("utf-8")))
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "persoon.xlsx").active
    assert sheet is not None
    assert any(email == cell.value for row in sheet.iter_rows() for cell in row)


def test_settings_page_has_backups_and_privacy(qtbot, workspace) -> None:
    """The tabs are there; a backup made now is listed; restore asks the app by signal."""
    page = SettingsPage()
    qtbot.addWidget(page)
    page.resize(1366 - 220, 700)
    page.set_workspace(workspace)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["General", "Organisation", "Backups", "Privacy"]
    assert page.hand_over.isEnabled()
    page.backups._back_up_now()
    qtbot.waitUntil(lambda: page.backups.model.rowCount() == 1, timeout=20_000)
    page.backups.view.selectRow(0)
    with qtbot.waitSignal(page.restore_requested) as signal:
        from unittest import mock

        with mock.patch.object(
            QMessageBox, "question", return_value=QMessageBox.StandardButton.Yes
        ):
            page.backups._restore_selected()
    assert Path(signal.args[0]).exists()


# The offscreen platform says this whenever a dialog is shown; it is harmless.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_erasing_lists_the_coachs_notes_that_still_name_the_person(
    qtbot, dutch_ui, workspace, monkeypatch
) -> None:
    """The name in an action title is the coach's text: after erasing, the page says where."""
    from sqlalchemy import select

    from models.actions.editing import ActionInput, add_action
    from models.orm import Trajectory

    uid = _withdraw_first_consent(workspace)
    page = PrivacyPage()
    qtbot.addWidget(page)
    page.set_workspace(workspace)
    uids = [page.model.row_at(r).uid for r in range(page.model.rowCount())]
    name = page.model.row_at(uids.index(uid)).name
    with workspace.database.session_factory.begin() as session:
        trajectory = session.scalars(select(Trajectory)).first()
        add_action(session, trajectory.uid, ActionInput(title=f"Verslag sturen naar {name}"))
    page.view.selectRow(uids.index(uid))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page._erase()
    qtbot.waitUntil(lambda: page.erasure_dialog is not None, timeout=20_000)
    dialog = page.erasure_dialog
    assert dialog.isVisible()
    assert f"Actie 'Verslag sturen naar {name}'" in dialog.mentions.toPlainText()
    dialog.close()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_erasing_offers_to_clean_the_backups_and_does_so(qtbot, workspace, monkeypatch) -> None:
    """The dialog names the backups that still hold the person; cleaning them off the GUI
    thread leaves none, and the dialog says so."""
    workspace.backups.back_up_now()
    person = workspace.privacy.find_people_for_privacy("@")[0]
    page = PrivacyPage()
    qtbot.addWidget(page)
    page.set_workspace(workspace)
    page.search.setText(person[2])
    page.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page._erase()
    qtbot.waitUntil(lambda: page.erasure_dialog is not None, timeout=20_000)
    dialog = page.erasure_dialog
    assert dialog.clean.isVisible() and "1 backup(s)" in dialog.backups_text.text()
    dialog.clean.click()
    qtbot.waitUntil(lambda: not dialog.clean.isVisible(), timeout=20_000)
    assert "removed from 1 backup(s)" in dialog.backups_text.text()
    assert workspace.backups.erased_in_backups().holding == ()
    dialog.close()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_person_is_erased_from_the_people_page(qtbot, workspace, monkeypatch) -> None:
    """The coach who has the person in front of them erases them there: asked first, then
    gone from the list, with the window about the backups that still hold them."""
    from desktop.people.people_page import PeoplePage

    page = PeoplePage()
    qtbot.addWidget(page)
    page.set_workspace(workspace)
    page.reload()
    assert not page.erase_button.isEnabled()
    row = page.model.row_at(0)
    page.view.selectRow(0)
    assert page.erase_button.isEnabled()
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", answer)
    page.erase_button.click()
    qtbot.waitUntil(lambda: page.erasure_dialog is not None, timeout=20_000)
    page.erasure_dialog.close()
    assert row.name in asked[0]
    assert row.uid not in [page.model.row_at(r).uid for r in range(page.model.rowCount())]
