"""Prints one of the README's two set-up commands, exactly as a newcomer would copy it.

    python3 tools/readme_commands.py app    the command that installs and starts the app
    python3 tools/readme_commands.py test   the command that installs and runs the tests

`.ci/run` runs the test command through this script, so CI fails whenever the README's
command would fail on a fresh machine; a test runs the app command in a fresh clone.
"""

import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def set_up_commands(text: str) -> dict[str, str]:
    """The first two ```sh blocks under '## Set up': the app command, then the test command."""
    section = text.split("\n## Set up", 1)[1].split("\n## ", 1)[0]
    blocks = [part.split("```", 1)[0].strip() for part in section.split("```sh\n")[1:]]
    if len(blocks) < 2 or any("\n" in block for block in blocks[:2]):
        raise SystemExit("README.md: '## Set up' must hold two one-line ```sh blocks")
    return {"app": blocks[0], "test": blocks[1]}


def main() -> int:
    if len(sys.argv) != 2 or sys.argv[1] not in ("app", "test"):
        print(__doc__, file=sys.stderr)
        return 2
    print(set_up_commands(README.read_text(encoding="utf-8"))[sys.argv[1]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
