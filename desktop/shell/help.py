"""Help that works offline: the handleiding (per screen), the shortcuts, About with licences."""

import html
from functools import cache
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import resources
from desktop.shell.version import app_version

HELP_FILE = Path(resources.__file__).parent / "help" / "handleiding.html"
ICONS = Path(resources.__file__).parent / "icons"


def app_icon() -> QIcon:
    """The application's icon in every size shipped (window, taskbar, alt-tab)."""
    icon = QIcon()
    for path in sorted(ICONS.glob("trajectwijzer-*.png")):
        icon.addFile(str(path))
    return icon


class HelpDialog(QDialog):
    """The handleiding in a browser that never goes online; opens at the screen's section."""

    def __init__(self, anchor: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trajectwijzer manual"))
        self.resize(760, 620)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Manual"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(HELP_FILE)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        if anchor:
            self.browser.scrollToAnchor(anchor)


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what, keys) of every menu action with a shortcut, as the menus show them."""
    rows = []
    for action in actions:
        keys = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…"), keys))
    return rows


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut, read from the menus (so the list stays true)."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        extra = [
            (self.tr("Move an agenda item up or down"), "Alt+↑ / Alt+↓"),
            (self.tr("Undo typing inside a text field"), "Ctrl+Z"),
        ]
        body = "".join(
            f"<tr><td style='padding:3px 18px 3px 0'>{html.escape(what)}</td>"
            f"<td><b>{html.escape(keys)}</b></td></tr>"
            for what, keys in [*rows, *extra]
        )
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.view.setHtml(f"<table>{body}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)


def _name(requirement: str) -> str:
    for stop in " <>=!~;[(":
        requirement = requirement.split(stop)[0]
    return requirement.strip()


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    licence = (meta.get("License") or "").strip()
    if licence and len(licence) < 60 and "\n" not in licence:
        return licence
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if "License" in c]
    return ", ".join(classifiers) or "—"


@cache
def shipped_libraries() -> tuple[tuple[str, str, str], ...]:
    """(name, version, licence) of every library the app installs, from their metadata."""
    seen: dict[str, tuple[str, str, str]] = {}
    todo = ["trajectwijzer"]
    while todo:
        name = todo.pop()
        key = name.lower().replace("_", "-")
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = (dist.metadata["Name"], dist.version, _licence(dist))
        for requirement in dist.requires or []:
            if "extra ==" not in requirement:
                todo.append(_name(requirement))
    seen.pop("trajectwijzer", None)
    return tuple(sorted(seen.values(), key=lambda row: row[0].lower()))


class AboutDialog(QDialog):
    """The version, what the app is for, and the libraries it ships with their licences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Trajectwijzer"))
        self.resize(620, 560)
        heading = QLabel(
            "<h2>Trajectwijzer</h2><p>"
            + self.tr("Version %1").replace("%1", html.escape(app_version()))
            + "</p><p>"
            + self.tr(
                "For coaches of climate and mobility trajectories with municipalities and "
                "citizen groups. Works without internet; your data stays on this computer."
            )
            + "</p>"
        )
        heading.setWordWrap(True)
        rows = "".join(
            f"<tr><td style='padding:2px 14px 2px 0'>{html.escape(n)}</td>"
            f"<td style='padding-right:14px'>{html.escape(v)}</td><td>{html.escape(lic)}</td></tr>"
            for n, v, lic in shipped_libraries()
        )
        self.libraries = QTextBrowser()
        self.libraries.setAccessibleName(self.tr("Libraries and licences"))
        self.libraries.setHtml(
            "<p><b>"
            + html.escape(self.tr("Libraries shipped with the app and their licences"))
            + f"</b></p><table>{rows}</table><p>"
            + html.escape(self.tr("Font: DejaVu Sans (free licence, see LICENSE-DejaVu.txt)."))
            + "</p>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.libraries, 1)
        layout.addWidget(buttons)
