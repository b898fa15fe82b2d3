"""The base of every screen that shows data: the open workspace, typed, once there is one."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.workspace import Workspace


class WorkspaceView:
    """Mixed into a widget that reads and writes through the workspace's services.

    Screens are built before the database is open (the window shows first); `set_workspace`
    hands it over later. `self.workspace` is the typed workspace from then on.
    """

    _workspace: "Workspace | None" = None

    @property
    def workspace(self) -> "Workspace":
        if self._workspace is None:
            raise RuntimeError(f"{type(self).__name__} was used before a database was open")
        return self._workspace
