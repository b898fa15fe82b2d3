"""A second app on the same database is refused with a message; a killed app's lock is stale."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.storage.instance_lock import InstanceLock
from models.core.errors import UserError

HOLDER = """
import sys
from pathlib import Path
from desktop.storage.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]))
lock.acquire()
print("locked", flush=True)
sys.stdin.readline()
lock.release()
"""


def _holder(database: Path) -> subprocess.Popen[str]:
    root = Path(__file__).resolve().parents[2]
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    return process


def _close(process: subprocess.Popen[str]) -> None:
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            stream.close()


@pytest.mark.slow
def test_second_instance_is_refused_with_a_message(tmp_path: Path) -> None:
    """While another process has the database, acquiring says so in Dutch and names it."""
    database = tmp_path / "data.sqlite"
    holder = _holder(database)
    try:
        with pytest.raises(UserError, match="al open") as info:
            InstanceLock(database).acquire()
        assert str(holder.pid) in info.value.message
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=10)
        _close(holder)
    with InstanceLock(database):  # released: free again
        pass


@pytest.mark.slow
def test_lock_of_a_killed_app_is_taken_over(tmp_path: Path) -> None:
    """After a crash (SIGKILL) the lock file stays, but the next start is not refused."""
    database = tmp_path / "data.sqlite"
    holder = _holder(database)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    _close(holder)
    assert Path(f"{database}.lock").exists()
    with InstanceLock(database):
        pass


def test_other_databases_are_independent(tmp_path: Path) -> None:
    """A lock on one database does not block another one."""
    with InstanceLock(tmp_path / "a.sqlite"), InstanceLock(tmp_path / "b.sqlite"):
        pass
