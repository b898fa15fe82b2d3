"""The one error type whose message a coach reads: a text and its parameters, no language.

The domain speaks English in its source texts and names the values it puts in:

    raise UserError("The file {name} is not a spreadsheet (it looks like {kind}).",
                    name=path.name, kind=domain_text("a PDF"), field="file")

The desktop and the command line look the text up in the translation catalogue (context
"Domain") and fill in the parameters, so the Dutch interface reads Dutch and the English one
English. A parameter that is itself a domain text (`domain_text(...)`) or a phrase
(`phrase(...)`: a text with parameters of its own) is translated as well; a tuple of them
reads as a list. `tools/update_translations.py` collects every such literal text from models/
for lupdate. Texts that are not errors (labels the domain hands out) are marked with
`domain_text(...)`: the screens show them through the catalogue.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

type Words = Callable[[str], str]


class DomainText(str):
    """A label of the domain: the screens and messages show it in the coach's language."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Phrase:
    """A domain text with parameters of its own, told inside a message or handed to a screen."""

    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return fill(self.text, self.params)

    def __hash__(self) -> int:
        # Equal phrases say the same: a list of warnings can drop repeats.
        return hash((self.text, tuple(sorted((k, repr(v)) for k, v in self.params.items()))))

    def render(self, words: Words) -> str:
        """The phrase in the language of `words`, its parameters too."""
        return render(self.text, self.params, words)


class UserError(Exception):
    """A problem the coach can fix: the text says what is wrong and what to do.

    The GUI shows it in a dialog, the command line prints it and exits with status 1.
    Tracebacks of any other exception go to the log only.
    """

    def __init__(self, text: str, /, *, field: str | None = None, **params: Any) -> None:
        super().__init__(text)
        self.text = text
        self.params = params
        self.field = field

    @property
    def message(self) -> str:
        """The source text with its parameters filled in (untranslated)."""
        return fill(self.text, self.params)

    def __str__(self) -> str:
        return self.message


def _same(text: str) -> str:
    return text


def render(text: str, params: dict[str, Any], words: Words) -> str:
    """`text` and the domain texts among its parameters through `words`, then filled in."""
    return fill(words(text), {name: _shown(value, words) for name, value in params.items()})


def _shown(value: Any, words: Words) -> Any:
    if isinstance(value, Phrase):
        return value.render(words)
    if isinstance(value, DomainText):
        return words(value)
    if isinstance(value, tuple):
        return ", ".join(str(_shown(item, words)) for item in value)
    return value


def fill(text: str, params: dict[str, Any]) -> str:
    """`text` with its {name} placeholders filled in; a text without parameters as it is."""
    if not params:
        return text
    return text.format(**{name: _shown(value, _same) for name, value in params.items()})


def domain_text(text: str) -> DomainText:
    """Marks a label the domain hands out, so it reaches the translation catalogue."""
    return DomainText(text)


def phrase(text: str, /, **params: Any) -> Phrase:
    """A domain text with named parameters (collected for the catalogue like a UserError's)."""
    return Phrase(text, params)


EDIT_CONFLICT = domain_text(
    "Someone else changed {name} in the meantime. Your change was not stored; what you typed "
    "is still on the screen, beside what is stored now. Store it again if it still applies."
)
EDIT_CONFLICT_UNNAMED = domain_text(
    "Someone else changed this in the meantime. Your change was not stored; what you typed "
    "is still on the screen, beside what is stored now. Store it again if it still applies."
)


EDIT_CONFLICT_IN_FORM = domain_text(
    "Someone else changed {name} in the meantime. Your change was not stored; what you typed "
    "is still in this form. Store it again to put it over their change, or cancel to keep "
    "theirs."
)


class EditConflict(UserError):
    """Someone else changed the record since it was shown here (optimistic concurrency).

    Nothing of this change was stored; the screen keeps what the coach typed and shows the
    record as it is now, so that the coach decides and stores again. A form (a dialog) that
    cannot show both says so (`in_form`) and stores over theirs only when stored again,
    knowingly: `stored_version` is the version it then hands back.
    """

    def __init__(
        self,
        name: str | None = None,
        *,
        field: str | None = None,
        in_form: bool = False,
        stored_version: int | None = None,
    ) -> None:
        if name and in_form:
            super().__init__(EDIT_CONFLICT_IN_FORM, field=field, name=name)
        elif name:
            super().__init__(EDIT_CONFLICT, field=field, name=name)
        else:
            super().__init__(EDIT_CONFLICT_UNNAMED, field=field)
        self.stored_version = stored_version
