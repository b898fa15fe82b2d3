"""The README's set-up commands work verbatim in a fresh clone, on the machine's own PATH."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from readme_commands import set_up_commands  # noqa: E402

README = (ROOT / "README.md").read_text(encoding="utf-8")
LEFT_OUT = (".venv", ".ci-venv", ".ci-build", "build", "dist", "__pycache__", ".mypy_cache")


def _stock_path() -> str:
    """PATH without any virtual environment's folder, as a new shell on this machine has it."""
    folders = os.environ.get("PATH", "").split(os.pathsep)
    return os.pathsep.join(
        folder for folder in folders if not (Path(folder).parent / "pyvenv.cfg").exists()
    )


def _fresh_clone(target: Path) -> None:
    if (ROOT / ".git").exists() and shutil.which("git"):
        subprocess.run(["git", "clone", "--quiet", str(ROOT), str(target)], check=True)
    else:  # a source tree without its history: copy it as it is
        shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns(*LEFT_OUT))


def test_the_two_commands_are_one_line_each_and_use_python_3_12() -> None:
    """Both commands make their venv with python3.12, which .python-version selects."""
    commands = set_up_commands(README)
    assert commands["app"].startswith("python3.12 -m venv .venv && ")
    assert commands["app"].endswith(".venv/bin/trajectwijzer --demo")
    assert commands["test"].startswith("python3.12 -m venv .venv && ")
    assert "QT_QPA_PLATFORM=offscreen .venv/bin/pytest" in commands["test"]
    assert (ROOT / ".python-version").read_text().strip() == "3.12"


def test_ci_runs_the_readme_test_command() -> None:
    """CI takes its test command from the README, so the two cannot drift apart."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "tools/readme_commands.py test" in ci
    assert 'bash -c "$TEST_COMMAND"' in ci


@pytest.mark.slow
def test_the_app_command_installs_and_starts_in_a_fresh_clone(tmp_path: Path) -> None:
    """The README's first command, --demo swapped for --self-test, works in a new clone."""
    clone = tmp_path / "trajectwijzer"
    _fresh_clone(clone)
    command = set_up_commands(README)["app"].replace(" --demo", " --self-test")
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("VIRTUAL_ENV", "PYENV_VERSION", "PYTHONPATH", "TRAJECTWIJZER_DATA_DIR")
    }
    environment |= {
        "PATH": _stock_path(),
        "QT_QPA_PLATFORM": "offscreen",
        "TRAJECTWIJZER_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        ["bash", "-c", command],
        cwd=clone,
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "self-test" in done.stdout.lower() or "zelftest" in done.stdout.lower()
