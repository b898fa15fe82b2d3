"""The coach's words for what the domain reports: UserError texts through the catalogue.

In the window the installed translators decide the language; the command line, which has
no application object, reads the Dutch catalogue itself (its messages are Dutch by contract).
"""

from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

import resources
from models.core.errors import UserError, fill

CONTEXT = "Domain"
CATALOGUE = Path(resources.__file__).parent / "translations" / "trajectwijzer_nl.qm"


@cache
def _dutch() -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(str(CATALOGUE)) else None


def domain_words(text: str) -> str:
    """A domain text in the interface's language (Dutch on the command line)."""
    if QCoreApplication.instance() is not None:
        return QCoreApplication.translate(CONTEXT, text)
    return dutch_words(text)


def dutch_words(text: str) -> str:
    """A domain text in Dutch, whatever the window's language: the command line's contract."""
    translator = _dutch()
    translated = translator.translate(CONTEXT, text) if translator is not None else ""
    return translated or text


def user_message(error: UserError) -> str:
    """What the coach reads for a UserError: its text translated, its parameters filled in."""
    return fill(domain_words(error.text), error.params)


def dutch_message(error: UserError) -> str:
    """A UserError as the command line prints it: always Dutch."""
    return fill(dutch_words(error.text), error.params)
