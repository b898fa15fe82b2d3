"""The application version, read once from the installed distribution."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("trajectwijzer")
except PackageNotFoundError:  # running from a source tree or a bundle without metadata
    __version__ = "0.1.0"
