"""What the window's tests share: a DatabaseKeeper over a real main window, cleaned up after."""

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

import desktop.shell.app
from desktop.shell.app import DatabaseKeeper, create_application
from desktop.shell.main_window import MainWindow


@pytest.fixture
def keeper_for(qtbot, monkeypatch):
    """Builds keepers for a database path (None: the usual one); the app's exit is recorded."""
    made: list[DatabaseKeeper] = []
    exits: list[int] = []
    # create_application installs the Dutch catalogue in the one QApplication of the test run:
    # taken out again afterwards, or every later test would see Dutch texts.
    installed: list = []
    install = desktop.shell.app.install_translators
    monkeypatch.setattr(
        desktop.shell.app,
        "install_translators",
        lambda app, language: installed.extend(install(app, language)) or installed,
    )
    locale = QLocale()

    def build(database: Path | None) -> DatabaseKeeper:
        app = create_application()
        monkeypatch.setattr(app, "exit", exits.append)
        window = MainWindow()
        qtbot.addWidget(window)
        keeper = DatabaseKeeper(app, window, str(database) if database else None, demo=False)
        keeper.exits = exits  # type: ignore[attr-defined]
        made.append(keeper)
        return keeper

    yield build
    for keeper in made:
        keeper.close()
    for translator in installed:
        QApplication.instance().removeTranslator(translator)
    QLocale.setDefault(locale)
