"""Real storage faults for tests: a full disk, a read-only medium, a file nobody may write.

CI runs as root on Linux, where these are made for real: a tmpfs of a few hundred KB is a
full disk, a read-only bind mount is a locked USB stick, `chattr +i` makes a file nobody may
write (root included). Elsewhere the test that needs one is skipped with the reason, and a
simulated twin of it runs everywhere.
"""

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT_ONLY = "needs root on Linux to mount a tmpfs or a read-only bind mount"


def _run(*command: str) -> bool:
    try:
        done = subprocess.run(command, capture_output=True, check=False, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def can_mount() -> bool:
    return (
        sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount") is not None
    )


def _unmount(folder: Path) -> None:
    if not _run("umount", str(folder)):
        _run("umount", "-l", str(folder))


@contextmanager
def small_disk(folder: Path, size_kb: int = 512) -> Iterator[Path]:
    """A real disk of `size_kb` mounted at `folder` (tmpfs)."""
    if not can_mount():
        pytest.skip(ROOT_ONLY)
    folder.mkdir(parents=True, exist_ok=True)
    if not _run("mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)):
        pytest.skip("the kernel refused to mount a tmpfs here")
    try:
        yield folder
    finally:
        _unmount(folder)


def fill(folder: Path) -> Path:
    """Fills the disk under `folder` to the last byte; returns the filler file."""
    filler = folder / "filler.bin"
    with filler.open("wb", buffering=0) as handle:
        chunk = b"\0" * 4096
        try:
            while True:
                handle.write(chunk)
        except OSError:
            pass
        try:
            while True:
                handle.write(b"\0")
        except OSError:
            pass
    return filler


@contextmanager
def read_only_view(source: Path, folder: Path) -> Iterator[Path]:
    """`source` (a folder) seen read-only at `folder`, as a USB stick with its lock on."""
    if not can_mount():
        pytest.skip(ROOT_ONLY)
    folder.mkdir(parents=True, exist_ok=True)
    if not _run("mount", "--bind", str(source), str(folder)):
        pytest.skip("the kernel refused a bind mount here")
    if not _run("mount", "-o", "remount,bind,ro", str(folder)):
        _unmount(folder)
        pytest.skip("the kernel refused to make the bind mount read-only")
    try:
        yield folder
    finally:
        _unmount(folder)


@contextmanager
def immutable(path: Path) -> Iterator[Path]:
    """`chattr +i`: nobody may change, remove or rename the file or add to the folder."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("chattr"):
        pytest.skip("needs root and chattr on Linux")
    if not _run("chattr", "+i", str(path)):
        pytest.skip("this file system does not support chattr +i")
    try:
        yield path
    finally:
        _run("chattr", "-i", str(path))


def damage_inside(path: Path) -> bytes:
    """Garbage over pages in the middle; the header (and so the file's identity) stays."""
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, min(len(data), 4096 * 12)):
        data[offset] = 0xAA
    path.write_bytes(bytes(data))
    return bytes(data)


def side_files(path: Path) -> list[str]:
    """The -wal, -shm and -journal files beside `path`."""
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))
