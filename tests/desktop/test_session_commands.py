"""`export sign-in-sheet` and `export session-report` write their PDFs; a wrong uid is refused."""

import pytest

from exports.documents import DocumentKind, write_document
from models.workspace import Workspace
from tests.dutch import raises_dutch


@pytest.fixture
def workspace(demo_workspace: Workspace) -> Workspace:
    return demo_workspace


def test_both_exports_write_to_the_given_file_or_the_documents_folder(workspace, tmp_path) -> None:
    """-o FILE is used as given; without it a free name in the documents folder."""
    uid = next(r.uid for r in workspace.sessions.all_sessions() if r.title == "Kickoff")
    given = write_document(workspace, DocumentKind.SIGN_IN_SHEET, uid, tmp_path / "lijst.pdf")
    assert given == tmp_path / "lijst.pdf" and given.read_bytes().startswith(b"%PDF")
    first = write_document(workspace, DocumentKind.SESSION_REPORT, uid, None)
    second = write_document(workspace, DocumentKind.SESSION_REPORT, uid, None)
    assert first != second and first.exists() and second.exists()
    assert "Verslag Kickoff" in first.name


def test_a_wrong_uid_is_a_user_error(workspace) -> None:
    """A trajectory uid or nonsense is not a session: the message says how to find one."""
    trajectory = workspace.trajectories.trajectories()[0].uid
    with raises_dutch("list sessions"):
        write_document(workspace, DocumentKind.SIGN_IN_SHEET, trajectory, None)
    with raises_dutch("geen geldige code"):
        write_document(workspace, DocumentKind.SESSION_REPORT, "abc", None)
