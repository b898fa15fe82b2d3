"""The interpreter survives PySide6 6.12's reference leak on None (fatal on CPython 3.11)."""

import subprocess
import sys
import textwrap

import pytest

CALLS = 100_000

SCRIPT = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([sys.argv[0], "-platform", "offscreen"])
    label = QLabel()
    for i in range({CALLS} // 4):
        label.setText("x")
        label.setObjectName("y")
        label.resize(10, 10)
        label.setToolTip("z")
    print("survived")
    """
)


@pytest.mark.slow
def test_hundred_thousand_void_qt_calls_do_not_kill_the_process() -> None:
    """100,000 calls of Qt methods returning nothing leave the process alive."""
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout


def test_running_on_a_python_with_immortal_none() -> None:
    """The app runs on Python 3.12 or later, where None cannot be deallocated."""
    assert sys.version_info >= (3, 12)
