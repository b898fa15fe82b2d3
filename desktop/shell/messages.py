"""The coach's words for what the domain reports: UserError texts through the catalogue.

In the window the installed translators decide the language; the command line, which has
no application object, reads the Dutch catalogue itself (its messages are Dutch by contract).
"""

from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

import resources
from models.core.errors import Phrase, UserError, render

CONTEXT = "Domain"
CATALOGUE = Path(resources.__file__).parent / "translations" / "trajectwijzer_nl.qm"


@cache
def _dutch() -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(str(CATALOGUE)) else None


def dutch_words(text: str) -> str:
    """A domain text in Dutch, whatever language the window speaks."""
    translator = _dutch()
    translated = translator.translate(CONTEXT, text) if translator is not None else ""
    return translated or text


def domain_words(text: str) -> str:
    """A domain text in the interface's language (Dutch on the command line)."""
    if QCoreApplication.instance() is not None:
        return QCoreApplication.translate(CONTEXT, text)
    return dutch_words(text)


def domain_phrase(words: Phrase | str) -> str:
    """A label the domain handed out (a domain text or a phrase) in the interface's language."""
    if isinstance(words, Phrase):
        return words.render(domain_words)
    return domain_words(words)


def user_message(error: UserError) -> str:
    """What the coach reads for a UserError: its text translated, its parameters filled in."""
    return render(error.text, error.params, domain_words)


def dutch_message(error: UserError) -> str:
    """A UserError as the command line prints it: in Dutch, from the same catalogue."""
    return render(error.text, error.params, dutch_words)
