"""The domain hands out texts the catalogue can find: literal English source texts with named
parameters, shown in English in an English window and in Dutch in the Dutch one and on the
command line."""

import ast
import re
import string
from pathlib import Path

import pytest

from desktop.shell.messages import domain_phrase, dutch_message, user_message
from models.core.errors import DomainText, Phrase, UserError, domain_text, phrase

ROOT = Path(__file__).resolve().parents[2]
TEXT_CALLS = {
    "UserError",
    "DatabaseRefused",
    "ProgrammeError",
    "SourceDamaged",
    "CopyFailedCheck",
    "domain_text",
    "phrase",
}
# Keywords of the error types that are not parameters of the text.
NOT_PARAMETERS = {"field", "file_name", "line"}
# Modules whose engineers are rewriting them right now: their Dutch f-strings are still to do.
# Shrink this list as they are rewritten; never add to it.
NOT_YET_LITERAL: dict[str, int] = {}
# Places that pass on a text written as a literal elsewhere, and how many.
RELAYS = {
    # The refusal for a file that is something else: chosen from a table of domain_text literals.
    "models/people/importing/refusals.py": 1,
    # The reading child's UserError taken back: raised there with a literal text.
    "models/people/importing/sandbox.py": 1,
}


def _called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _marked_names(tree: ast.Module) -> set[str]:
    """Module-level names bound to domain_text("literal"): a text the catalogue knows."""
    names = set()
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and _called(node.value) == "domain_text"
            and node.value.args
            and isinstance(node.value.args[0], ast.Constant)
        ):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def _hidden_texts() -> dict[str, list[str]]:
    """Per module, the text calls whose text lupdate cannot see (f-strings, variables)."""
    found: dict[str, list[str]] = {}
    paths = sorted((ROOT / "models").rglob("*.py"))
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in paths}
    marked = set().union(*(_marked_names(tree) for tree in trees.values()))  # imported too
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _called(node) in TEXT_CALLS and node.args):
                continue
            text = node.args[0]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                continue
            if isinstance(text, ast.Name) and text.id in marked:
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            found.setdefault(str(path.relative_to(ROOT)), []).append(where)
    return found


def test_every_domain_text_is_a_literal_the_catalogue_can_find() -> None:
    """No UserError, domain_text or phrase in models/ gets an f-string or a computed text."""
    hidden = _hidden_texts()
    relayed = {path: len(spots) for path, spots in hidden.items() if path in RELAYS}
    assert relayed == RELAYS, "a text passed on changed: check it is still a literal elsewhere"
    new = {
        path: spots
        for path, spots in hidden.items()
        if path not in NOT_YET_LITERAL and path not in RELAYS
    }
    assert new == {}, "texts lupdate cannot see (write a literal with named parameters)"
    grown = {
        path: len(spots)
        for path, spots in hidden.items()
        if path in NOT_YET_LITERAL and len(spots) > NOT_YET_LITERAL[path]
    }
    assert grown == {}, "more hidden texts than before in a module not yet rewritten"


# Calls whose second argument names what a code points to ("no valid code for a session").
NOUN_CALLS = {"parse_uid", "_optional_uid"}


def test_what_a_code_points_to_is_named_through_the_catalogue() -> None:
    """parse_uid and its kin get a noun from models/core/nouns.py, never a Dutch literal."""
    literal = []
    for path in sorted((ROOT / "models").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and _called(node) in NOUN_CALLS
                and len(node.args) > 1
                and isinstance(node.args[1], ast.Constant)
            ):
                literal.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert literal == []


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_placeholder_of_a_domain_text_gets_its_value() -> None:
    """A literal text's {names} are exactly the parameters given, so none shows as {name}."""
    wrong = []
    for path in sorted((ROOT / "models").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and _called(node) in TEXT_CALLS and node.args):
                continue
            text = node.args[0]
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                continue
            if _called(node) == "domain_text" or any(k.arg is None for k in node.keywords):
                continue  # a label (filled by its user), or parameters passed on as **params
            given = {k.arg for k in node.keywords if k.arg} - NOT_PARAMETERS
            if _placeholders(text.value) != given:
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert wrong == []


def test_no_dutch_source_text_is_left_in_the_rewritten_modules() -> None:
    """The rewritten features speak English in their source texts (the Dutch is in the .ts)."""
    dutch = re.compile(r"\b(de|het|een|niet|bestaat|kies|geen|deze|dit|hoort)\b", re.IGNORECASE)
    rewritten = [
        "actions",
        "core",
        "evaluation",
        "intake",
        "overview",
        "partners",
        "people",
        "planning",
        "programmes",
        "projects",
        "quotes",
        "sessions",
        "storage",
        "trajectories",
    ]
    found = []
    for folder in rewritten:
        for path in sorted((ROOT / "models" / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and _called(node) in TEXT_CALLS and node.args:
                    text = node.args[0]
                    if isinstance(text, ast.Constant) and dutch.search(str(text.value)):
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno} {text.value!r}")
    assert found == []


@pytest.fixture
def english_window(qapp):
    """A window with no catalogue installed: the English source texts."""
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("Domain", "This action no longer exists.") == (
        "This action no longer exists."
    ), "a test left the Dutch catalogue installed"
    return qapp


def test_a_domain_error_reads_english_in_an_english_window(english_window) -> None:
    """An English window shows the English text, its parameters and nested words filled in."""
    from models.core.formatting import parse_date

    with pytest.raises(UserError) as caught:
        parse_date("30/02/2027")
    assert user_message(caught.value) == (
        "'30/02/2027' is not an existing date: February 2027 has 28 days. "
        "Type a date as dd/mm/yyyy, for example 22/11/2026."
    )


def test_the_same_error_reads_dutch_in_a_dutch_window(dutch_ui) -> None:
    """The Dutch window shows the text the coach always read, word for word."""
    from models.core.formatting import parse_date

    with pytest.raises(UserError) as caught:
        parse_date("30/02/2027")
    assert user_message(caught.value) == (
        "'30/02/2027' is geen bestaande datum: februari 2027 heeft 28 dagen. "
        "Typ een datum als dd/mm/jjjj, bijvoorbeeld 22/11/2026."
    )


def test_the_command_line_reads_dutch_whatever_the_window_speaks(english_window) -> None:
    """dutch_message reads the Dutch catalogue itself: the command line's contract."""
    from models.core.nouns import SESSION
    from models.trajectories.listing import parse_uid

    with pytest.raises(UserError) as caught:
        parse_uid("abc", SESSION)
    assert dutch_message(caught.value) == (
        "'abc' is geen geldige code van een bijeenkomst. "
        "Gebruik 'trajectwijzer list' om de codes (uid) te zien."
    )
    assert user_message(caught.value) == (
        "'abc' is not a valid code for a session. Use 'trajectwijzer list' to see the codes (uid)."
    )


def test_phrases_and_lists_inside_a_message_are_translated_too(dutch_ui) -> None:
    """A phrase parameter and a tuple of words read in the window's language, joined by commas."""
    from models.core.nouns import NONE

    error = UserError(
        "{problem} (and {count} more problems)",
        problem=phrase("must be at least {ge}", ge=3),
        count=2,
    )
    assert user_message(error) == "moet minstens 3 zijn (en nog 2 problemen)"
    choice = UserError("'{value}' is not a status. Choose from: {known}.", value="x", known=(NONE,))
    assert user_message(choice) == "'x' is geen status. Kies uit: geen."
    assert domain_phrase(phrase("{phase} is already done", phase="Fase 2")) == (
        "Fase 2 is al afgerond"
    )


def test_an_untranslated_message_still_fills_in_its_values() -> None:
    """Without any catalogue the source text is shown with its values: nothing goes missing."""
    error = UserError("The name is at most {limit} characters long.", limit=200)
    assert error.message == "The name is at most 200 characters long."
    assert str(Phrase("{a} and {b}", {"a": domain_text("one"), "b": ("x", "y")})) == "one and x, y"
    assert isinstance(domain_text("one"), DomainText)


def test_the_same_phrase_twice_counts_once() -> None:
    """Warnings are phrases: two equal ones are one (a list of warnings drops repeats)."""
    first = phrase("{phase} now overlaps with {other}.", phase="Fase 1", other="Fase 2")
    again = phrase("{phase} now overlaps with {other}.", phase="Fase 1", other="Fase 2")
    other = phrase("{phase} now overlaps with {other}.", phase="Fase 1", other="Fase 3")
    assert list(dict.fromkeys([first, again, other])) == [first, other]
