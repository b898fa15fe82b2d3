"""The new-trajectory wizard: programme → clients → contact persons → name and start."""

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget, QWizard

from desktop.shell.messages import user_message
from desktop.trajectories.wizard_pages import ClientsPage, ContactsPage, ProgrammePage, StartPage
from models.core.errors import UserError
from models.trajectories.setup import NewTrajectory

if TYPE_CHECKING:
    from models.workspace import Workspace


class NewTrajectoryWizard(QWizard):
    """Creates the trajectory when finished; `created_uid` holds it afterwards."""

    def __init__(
        self, workspace: "Workspace", programmes: list[Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New trajectory"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(820, 560)
        self.workspace = workspace
        self.created_uid: str | None = None
        self.programme_page = ProgrammePage(programmes)
        self.clients_page = ClientsPage(self.programme_page)
        self.contacts_page = ContactsPage()
        self.start_page = StartPage()
        for page in (self.programme_page, self.clients_page, self.contacts_page, self.start_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_shown)

    def _page_shown(self, page_id: int) -> None:
        if self.page(page_id) is self.start_page and not self.start_page.name.text():
            names = ", ".join(
                self.clients_page.chosen.item(i).text().split(" · ")[0]
                for i in range(self.clients_page.chosen.count())
            )
            self.start_page.name.setText(
                f"{self.programme_page.current_programme().name} – {names}"
            )

    def request(self) -> NewTrajectory:
        start = (
            self.start_page.start.date().toPython()
            if self.start_page.has_start.isChecked()
            else None
        )
        return NewTrajectory(
            programme_key=self.programme_page.current_programme().key,
            client_option_key=self.programme_page.current_option().key,
            clients=self.clients_page.clients(),
            contacts=self.contacts_page.contacts(),
            name=self.start_page.name.text(),
            start_date=start,  # type: ignore[arg-type]
        )

    def accept(self) -> None:
        try:
            self.created_uid = self.workspace.trajectories.create_trajectory(self.request())
        except UserError as error:
            # The message goes to the page the problem is on, and the coach stays in the wizard.
            pages: dict[str, ClientsPage | ContactsPage | StartPage] = {
                "clients": self.clients_page,
                "contacts": self.contacts_page,
            }
            page = pages.get(error.field or "", self.start_page)
            page.error.setText(user_message(error))
            page.error.show()
            while self.currentPage() is not page and self.currentId() > 0:
                self.back()
            return
        super().accept()
