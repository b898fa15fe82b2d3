"""Refreshes the Dutch catalogue from the source strings and compiles it.

Run after changing user-visible text: python tools/update_translations.py
Then translate the new entries in resources/translations/trajectwijzer_nl.ts (Qt Linguist,
`pyside6-linguist`, or any editor) and run this script again to compile the .qm file.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "trajectwijzer_nl.ts"
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


def lupdate(ts_file: Path) -> None:
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            "nl_BE",
            "-ts",
            str(ts_file),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def main() -> None:
    lupdate(TS_FILE)
    lrelease(TS_FILE, TS_FILE.with_suffix(".qm"))
    print(f"updated {TS_FILE.relative_to(ROOT)} and compiled it")


if __name__ == "__main__":
    main()
