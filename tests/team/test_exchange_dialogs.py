"""The bring-back window: each conflict with both values, nothing until each is chosen."""

import uuid

from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from desktop.shell.operations import running_operations
from desktop.team.exchange_dialogs import BringBackDialog, TakeOutDialog
from models.orm import Action
from models.workspace import Workspace
from tests.demo import trajectory_uid


def _first_action(workspace: Workspace, trajectory: str) -> str:
    with workspace.database.session_factory() as session:
        return str(
            session.scalars(
                select(Action.uid)
                .where(Action.trajectory_uid == uuid.UUID(trajectory))
                .order_by(Action.uid)
            ).first()
        )


def _retitle(workspace: Workspace, uid: str, title: str) -> None:
    with workspace.database.session_factory.begin() as session:
        action = session.get(Action, uuid.UUID(uid))
        assert action is not None
        action.title = title


def test_take_out_then_bring_back_with_a_choice_in_the_window(
    qtbot, server: Workspace, laptop: Workspace
) -> None:
    """Ticked trajectories come to the laptop; a conflict shows both titles and the window
    brings back only once the coach chose, and the choice is what the server keeps."""
    trajectory = trajectory_uid(server, "klimaatdoeners")
    taking = TakeOutDialog(laptop, server.database)
    qtbot.addWidget(taking)
    for row in range(taking.list.count()):
        item = taking.list.item(row)
        if item.data(256) == trajectory:
            item.setCheckState(item.checkState().Checked)
    taking.take()
    qtbot.waitUntil(lambda: running_operations() == 0 and bool(laptop.team.taken_out()))
    action = _first_action(server, trajectory)
    _retitle(laptop, action, "Laptop: zaal boeken")
    _retitle(server, action, "Server: zaal boeken")

    (out,) = laptop.team.taken_out()
    dialog = BringBackDialog(laptop, server.database, out.uid)
    qtbot.addWidget(dialog)
    dialog.resize(1366 - 100, 600)
    shown = {
        dialog.table.item(row, column).text()
        for row in range(dialog.table.rowCount())
        for column in range(4)
        if dialog.table.item(row, column) is not None
    }
    assert {"Server: zaal boeken", "Laptop: zaal boeken"} <= shown
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    (choice,) = dialog.choices.values()
    choice.setCurrentIndex(choice.findData("laptop"))
    assert ok.isEnabled()
    dialog.grab().save(str(qtbot_screenshot_path()))
    ok.click()
    qtbot.waitUntil(lambda: running_operations() == 0 and not laptop.team.taken_out())
    with server.database.session_factory() as session:
        assert session.get(Action, uuid.UUID(action)).title == "Laptop: zaal boeken"


def qtbot_screenshot_path() -> str:
    import tempfile

    return f"{tempfile.gettempdir()}/bring-back.png"
