"""`export sign-in-sheet` and `export session-report` write their PDFs; a wrong uid is refused."""

from datetime import date

import pytest

from desktop.cli import export_session_report, export_sign_in_sheet
from models.core.errors import UserError
from models.store import Store


class _Store(Store):
    """Store with the sessions mixin, as the CLI will open it once wired."""


@pytest.fixture
def store(database) -> _Store:
    store = _Store(database)
    store.fill_demo_data(date(2026, 11, 22))
    return store


def test_both_exports_write_to_the_given_file_or_the_documents_folder(store, tmp_path) -> None:
    """-o FILE is used as given; without it a free name in the documents folder."""
    uid = next(r.uid for r in store.sessions() if r.title == "Kickoff")
    given = export_sign_in_sheet.export(store, uid, tmp_path / "lijst.pdf")
    assert given == tmp_path / "lijst.pdf" and given.read_bytes().startswith(b"%PDF")
    first = export_session_report.export(store, uid, None)
    second = export_session_report.export(store, uid, None)
    assert first != second and first.exists() and second.exists()
    assert "Verslag Kickoff" in first.name


def test_a_wrong_uid_is_a_user_error(store) -> None:
    """A trajectory uid or nonsense is not a session: the message says how to find one."""
    trajectory = store.trajectories()[0].uid
    with pytest.raises(UserError, match="list sessions"):
        export_sign_in_sheet.export(store, trajectory, None)
    with pytest.raises(UserError, match="geen geldige code"):
        export_session_report.export(store, "abc", None)
