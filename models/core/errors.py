"""The one error type whose message a coach reads: a text and its parameters, no language.

The domain speaks English in its source texts and names the values it puts in:

    raise UserError("The file {name} is not a spreadsheet (it looks like {kind}).",
                    name=path.name, kind="a PDF", field="file")

The desktop and the command line look the text up in the translation catalogue (context
"Domain") and fill in the parameters, so the Dutch interface reads Dutch and the English one
English. `tools/update_translations.py` collects every such text from models/ for lupdate.
Texts that are not errors (labels the domain hands out) are marked with `domain_text(...)`.
"""

from typing import Any


class UserError(Exception):
    """A problem the coach can fix: the text says what is wrong and what to do.

    The GUI shows it in a dialog, the command line prints it and exits with status 1.
    Tracebacks of any other exception go to the log only.
    """

    def __init__(self, text: str, *, field: str | None = None, **params: Any) -> None:
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


def fill(text: str, params: dict[str, Any]) -> str:
    """`text` with its {name} placeholders filled in; a text without parameters as it is."""
    return text.format(**params) if params else text


def domain_text(text: str) -> str:
    """Marks a label the domain hands out, so it reaches the translation catalogue."""
    return text


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
