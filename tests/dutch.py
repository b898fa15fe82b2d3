"""What the coach reads in Dutch: a UserError through the Dutch catalogue, as the command line
(and the window in its default language) shows it."""

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from desktop.shell.messages import dutch_message, dutch_words
from models.core.errors import Phrase, UserError


def dutch(error: BaseException) -> str:
    """The Dutch message of a UserError (its text through the catalogue, values filled in)."""
    assert isinstance(error, UserError), error
    return dutch_message(error)


def dutch_phrase(words: Phrase | None) -> str:
    """A phrase the domain handed out (a notice, a warning) as the Dutch window shows it."""
    assert words is not None
    return words.render(dutch_words)


@contextmanager
def raises_dutch(
    pattern: str, kind: type[UserError] = UserError
) -> Iterator[pytest.ExceptionInfo[UserError]]:
    """Like pytest.raises(kind, match=pattern), matched against the Dutch message."""
    with pytest.raises(kind) as caught:
        yield caught
    message = dutch_message(caught.value)
    assert re.search(pattern, message), f"{pattern!r} does not match {message!r}"
