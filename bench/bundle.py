"""The PyInstaller bundle: size, zipped size and start to first window, against a hello window.

The baseline is a hello-window PySide6-Essentials app bundled by the same PyInstaller with
its defaults (one folder). The budget: the app at most 1.25x its size, and its window
shown at most 2 s after the process starts. Prints figures only.

Run: python bench/bundle.py [--app-dist DIR] [--hello-dist DIR] [--runs N]
     (without --app-dist / --hello-dist the bundles are built first, in a temporary folder)
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELLO = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hallo"))
window.resize(1280, 720)
window.show()
if os.environ.get("TRAJECTWIJZER_REPORT_SHOWN"):
    QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def build(args: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level=WARN", *args],
        cwd=cwd,
        check=True,
    )
    return time.perf_counter() - start


def folder_size(folder: Path) -> int:
    """Bytes of every file (symbolic links not followed, as a zip or an installer sees it)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def zipped_size(folder: Path, work: Path) -> int:
    target = work / f"{folder.name}.zip"
    target.unlink(missing_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder.parent))
    size = target.stat().st_size
    target.unlink()
    return size


def time_until_shown(executable: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen([str(executable)], stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - start
            process.wait(timeout=30)
            process.stdout.close()
            return elapsed
    raise RuntimeError(f"{executable} never showed its window")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app-dist", type=Path, help="an existing dist/trajectwijzer folder")
    parser.add_argument("--hello-dist", type=Path, help="an existing hello bundle folder")
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="twbench-") as tmp:
        work = Path(tmp)
        app_dist = options.app_dist
        if app_dist is None:
            seconds = build(
                ["--distpath", str(work / "dist"), "--workpath", str(work / "build"), "build.spec"],
                ROOT,
            )
            print(f"app build time:           {seconds:.0f} s")
            app_dist = work / "dist" / "trajectwijzer"
        hello_dist = options.hello_dist
        if hello_dist is None:
            script = work / "hello.py"
            script.write_text(HELLO, encoding="utf-8")
            seconds = build(
                ["--onedir", "--name", "hello", "--distpath", str(work / "hdist"),
                 "--workpath", str(work / "hbuild"), "--specpath", str(work), str(script)],
                work,
            )  # fmt: skip
            print(f"hello build time:         {seconds:.0f} s")
            hello_dist = work / "hdist" / "hello"
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            TRAJECTWIJZER_REPORT_SHOWN="1",
            TRAJECTWIJZER_DATA_DIR=str(work / "data"),
        )
        app_exe = app_dist / ("trajectwijzer.exe" if os.name == "nt" else "trajectwijzer")
        hello_exe = hello_dist / ("hello.exe" if os.name == "nt" else "hello")
        sizes = {name: folder_size(d) for name, d in (("app", app_dist), ("hello", hello_dist))}
        zipped = {
            name: zipped_size(d, work) for name, d in (("app", app_dist), ("hello", hello_dist))
        }
        time_until_shown(app_exe, env)  # warm the file cache once
        time_until_shown(hello_exe, env)
        app_times = [time_until_shown(app_exe, env) for _ in range(options.runs)]
        hello_times = [time_until_shown(hello_exe, env) for _ in range(options.runs)]
    mb = 1_000_000
    ratio = sizes["app"] / sizes["hello"]
    for name, label in (("hello", "hello bundle:        "), ("app", "Trajectwijzer bundle:")):
        print(f"{label}     {sizes[name] / mb:.1f} MB, zipped {zipped[name] / mb:.1f} MB")
    print(f"size ratio app / hello:   {ratio:.2f}  (budget <= 1.25)")
    hello_median, app_median = statistics.median(hello_times), statistics.median(app_times)
    print(f"hello window shown:       {hello_median:.3f} s (median of {options.runs})")
    print(f"Trajectwijzer shown:      {app_median:.3f} s (median of {options.runs}, target <= 2 s)")


if __name__ == "__main__":
    main()
