"""Every user setting declared once, with its type and default, over QSettings."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Trajectwijzer"
APPLICATION = "Trajectwijzer"


@dataclass(frozen=True)
class Setting[T]:
    key: str
    default: T

    def get(self, workspace: QSettings | None = None) -> T:
        workspace = workspace or qsettings()
        value: Any = workspace.value(self.key, self.default)
        if isinstance(self.default, bool) and isinstance(value, str):
            return value.lower() == "true"  # type: ignore[return-value]
        if isinstance(self.default, int) and not isinstance(self.default, bool):
            return int(value)  # type: ignore[return-value]
        return value  # type: ignore[no-any-return]

    def set(self, value: T, workspace: QSettings | None = None) -> None:
        (workspace or qsettings()).setValue(self.key, value)


def qsettings() -> QSettings:
    import os

    override = os.environ.get("TRAJECTWIJZER_DATA_DIR")
    if override:  # tests and portable use keep settings beside the data
        return QSettings(f"{override}/settings.ini", QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


LANGUAGE = Setting[str]("ui/language", "nl")
# "system" (light or dark as the system is), "light" or "dark".
COLOUR_SCHEME = Setting[str]("ui/colour_scheme", "system")
WINDOW_GEOMETRY = Setting[QByteArray]("ui/window_geometry", QByteArray())
WINDOW_STATE = Setting[QByteArray]("ui/window_state", QByteArray())
LAST_PAGE = Setting[int]("ui/last_page", 0)
# A second folder for backups (a USB stick); the backups go in a folder of their own inside it.
SECOND_BACKUP_FOLDER = Setting[str]("backup/second_folder", "")
# A team's server database (postgresql+psycopg://user@host/db), never with its password.
SERVER_URL = Setting[str]("database/server_url", "")


def forget_text(texts: list[str], keep: tuple[str, ...] = ()) -> list[str]:
    """Removes every remembered value that contains one of `texts` (an erased person's name
    in a remembered folder or file name); returns the keys removed. Keys in `keep` stay."""
    needles = [t.strip().casefold() for t in texts if len(t.strip()) >= 4]
    store = qsettings()
    removed = []
    for key in store.allKeys():
        value = store.value(key)
        if key in keep or not isinstance(value, str):
            continue
        if any(needle in value.casefold() for needle in needles):
            store.remove(key)
            removed.append(key)
    return removed
