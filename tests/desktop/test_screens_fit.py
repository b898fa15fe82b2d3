"""The screens fit the coach's laptop: 1366×768 and 1920×1080, each at 100, 125 and 150 %
scaling (Windows' usual settings), with a taskbar.

Each size runs tests/screen_walk.py in its own process (the screen and the scaling are set
before Qt starts), which saves a screenshot of every screen it walks into pytest's tmp_path.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# The usable part of each screen: less a taskbar and the window's title bar (1366×700, and
# 1920×1030), at each scaling; at 150 % a 1366×768 laptop leaves 911×467 logical pixels.
LAPTOP = {"width": 1366, "height": 700, "dpr": 1}
LARGE = {"width": 1920, "height": 1030, "dpr": 1}
SIZES = {
    "1366x768@100%": (LAPTOP, "1"),
    "1366x768@125%": (LAPTOP, "1.25"),
    "1366x768@150%": (LAPTOP, "1.5"),
    "1920x1080@100%": (LARGE, "1"),
    "1920x1080@125%": (LARGE, "1.25"),
    "1920x1080@150%": (LARGE, "1.5"),
    "1366x768@150% dark": (LAPTOP, "1.5"),  # a Windows laptop in dark mode
}
# Rows each main table has room for, by size: 8 where the screen has 700 logical pixels of
# height or more, fewer on the smaller ones (their tables scroll).
MIN_ROWS = {
    "1366x768@100%": 8,
    "1366x768@125%": 3,
    "1366x768@150%": 0,
    "1920x1080@100%": 8,
    "1920x1080@125%": 8,
    "1920x1080@150%": 6,
    "1366x768@150% dark": 0,
}


@pytest.fixture(scope="module", params=sorted(SIZES))
def walk(request, demo_template, tmp_path_factory) -> dict:
    """One walk per size, shared by the tests of that size."""
    from tests.demo import DEMO_DAY

    screen, scale = SIZES[request.param]
    scheme = "dark" if request.param.endswith("dark") else "light"
    tmp_path = tmp_path_factory.mktemp("screens")
    database = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template(DEMO_DAY), database)
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "logicalDpi": 96, **screen}]})
    )
    images = tmp_path / request.param
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "PYTHONPATH": str(Path.cwd()),
        "TRAJECTWIJZER_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "tests/screen_walk.py", str(database), str(images), scheme],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict = json.loads(done.stdout.splitlines()[-1])
    report["size"] = request.param
    return report


def test_no_window_is_larger_than_the_screen(walk: dict) -> None:
    """The main window, live mode and the kiosk each fit the screen (live after a walk-in)."""
    assert all(walk["windows"].values()), walk["windows"]


def test_the_main_tables_show_at_least_eight_rows(walk: dict) -> None:
    """Trajectories, sessions, agenda, registrations, tasks, actions, …: room for 8 rows where
    the screen has the height for it."""
    least = MIN_ROWS[walk["size"]]
    short = {name: rows for name, rows in walk["rows"].items() if rows < least}
    assert not short, short


def test_nothing_essential_is_cut_off(walk: dict) -> None:
    """Task names in full, statuses in view, the evaluation question being typed in full
    (where the screen is 1280 logical pixels wide or more)."""
    if walk["screen"][0] < 1280:
        pytest.skip("a narrower screen scrolls the tables sideways")
    assert walk["cut"]["taken"] == [] and walk["cut"]["verantwoordelijkheden"] == []
    assert not walk["cut"]["taken: status buiten beeld"]
    assert not walk["cut"]["overzicht: status buiten beeld"]
    assert not walk["cut"]["trajecten: status buiten beeld"]
    assert not walk["cut"]["evaluatievraag"]


def test_a_screenshot_of_every_screen_is_saved(walk: dict) -> None:
    """The walk leaves a PNG per screen to look at, at the size of the laptop's pixels."""
    images = [Path(path) for path in walk["images"]]
    assert len(images) >= 16 and all(path.stat().st_size > 5_000 for path in images)
    from PySide6.QtGui import QImage

    main = QImage(str(next(p for p in images if p.stem == "overzicht")))
    expected = 1366 if walk["size"].startswith("1366") else 1920
    assert 0 <= expected - main.width() <= 8  # the client area, inside the frame
