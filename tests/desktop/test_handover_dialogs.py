"""The hand-over dialogs encrypt and decrypt off the GUI thread and say what went wrong."""

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.storage.handover_dialogs import HandoverExportDialog, HandoverImportDialog
from models.workspace import Workspace
from tests.demo import DEMO_DAY

SECRET = "lange-zin-voor-de-usb"


@pytest.fixture
def laptops(tmp_path: Path, monkeypatch):
    import models.storage.handover_crypto as crypto

    monkeypatch.setattr(crypto, "SCRYPT_N", crypto.MIN_SCRYPT_N)  # the real cost: elsewhere
    a = Workspace.open(tmp_path / "a.sqlite")
    a.demo.fill_demo_data(DEMO_DAY)
    b = Workspace.open(tmp_path / "b.sqlite")
    yield a, b
    a.close()
    b.close()


@pytest.fixture
def key_threads(monkeypatch) -> list[str]:
    """The names of the threads that derived a key."""
    import models.storage.handover_crypto as crypto

    seen: list[str] = []
    real = crypto._derive

    def recording(*args):
        seen.append(threading.current_thread().name)
        return real(*args)

    monkeypatch.setattr(crypto, "_derive", recording)
    return seen


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_hand_over_and_take_over_without_blocking_the_window(
    qtbot, laptops, tmp_path, key_threads, monkeypatch
) -> None:
    """Export, preview and import each derive the key on a worker thread; the import lands."""
    a, b = laptops
    monkeypatch.setattr(QMessageBox, "information", lambda *args: QMessageBox.StandardButton.Ok)
    export = HandoverExportDialog(a)
    qtbot.addWidget(export)
    export.passphrase.setText(SECRET)
    export.repeat.setText(SECRET)
    export.target.setText(str(tmp_path / "izegem"))
    with qtbot.waitSignal(export.accepted, timeout=20_000):
        export.save()
    path = tmp_path / "izegem.twoverdracht"
    assert path.exists()

    take = HandoverImportDialog(b)
    qtbot.addWidget(take)
    take.source.setText(str(path))
    take.passphrase.setText("verkeerd-wachtwoord")
    take.preview()
    qtbot.waitUntil(lambda: take.show_preview.isEnabled(), timeout=20_000)
    assert "passphrase is not right" in take.message.text()  # no catalogue in tests
    assert not take.import_button.isEnabled()
    take.passphrase.setText(SECRET)
    take.preview()
    qtbot.waitUntil(lambda: take.import_button.isEnabled(), timeout=20_000)
    assert "New:" in take.summary.toPlainText()
    with qtbot.waitSignal(take.accepted, timeout=20_000):
        take.run_import()
    assert take.imported is not None and b.trajectories.trajectories()
    assert key_threads and threading.main_thread().name not in key_threads
