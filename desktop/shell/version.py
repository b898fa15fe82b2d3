"""The application version, read from the installed distribution when first asked.

Looking it up scans the installed packages (~40 ms), so it is not done at import time:
the command line and the window only ask when they show it.
"""

from functools import cache


@cache
def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("trajectwijzer")
    except PackageNotFoundError:  # running from a source tree or a bundle without metadata
        return "0.1.0"
