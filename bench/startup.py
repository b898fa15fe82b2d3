"""Start-up: process start to the main window shown (offscreen), against a bare QMainWindow.

Target: the app at most 3x the bare PySide6 window. Prints figures only.
Run: python bench/startup.py [runs]
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 720)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def _time_until_shown(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - start
            process.wait(timeout=30)
            return elapsed
    raise RuntimeError(f"{command} never showed its window")


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            TRAJECTWIJZER_DATA_DIR=tmp,
            TRAJECTWIJZER_REPORT_SHOWN="1",
            PYTHONPATH=str(ROOT),
        )
        app_cmd = [sys.executable, "-m", "desktop", "--database", str(Path(tmp) / "b.sqlite")]
        bare_cmd = [sys.executable, "-c", BARE]
        _time_until_shown(app_cmd, env)  # warm the file cache and byte-code once
        bare = [_time_until_shown(bare_cmd, env) for _ in range(runs)]
        app = [_time_until_shown(app_cmd, env) for _ in range(runs)]
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    print(f"bare QMainWindow shown:   {bare_median:.3f} s (median of {runs})")
    print(f"Trajectwijzer shown:      {app_median:.3f} s (median of {runs})")
    print(f"ratio app / bare:         {app_median / bare_median:.2f}  (target <= 3.0)")


if __name__ == "__main__":
    main()
