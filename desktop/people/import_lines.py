"""The import preview in the coach's words: the lines of its tables and its summary.

Pure functions from the preview (plain data) to what the tables and labels show.
"""

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from desktop.people.import_models import SuggestionLine
from desktop.shell.messages import domain_words
from models.people.importing.columns import ColumnChoice
from models.people.importing.duplicates import Kind
from models.people.importing.plan import ImportPreview, Outcome, Suggestion
from models.people.importing.rows import PersonValues, RowKey


def person_lines(values: PersonValues) -> str:
    """Name and place on the first line, e-mail and phone on the second."""
    place = " ".join(part for part in (values.postcode, values.municipality) if part)
    first = " · ".join(part for part in (values.full_name, place) if part)
    contact = " · ".join(part for part in (values.email, values.phone) if part)
    if not contact:
        contact = QCoreApplication.translate("ImportPreview", "no e-mail address or phone number")
    return f"{first}\n{contact}"


def row_label(preview: ImportPreview, key: RowKey) -> str:
    sheet = _sheet(preview, key[0])
    return f"{sheet} {key[1]}".strip()


def _sheet(preview: ImportPreview, index: int) -> str:
    if len(preview.tables) < 2:
        return ""
    return next((t.sheet_name for t in preview.tables if t.sheet_index == index), "")


def _target(preview: ImportPreview, suggestion: Suggestion) -> str:
    kind, _, rest = suggestion.target.partition(":")
    if kind == "person":
        where = QCoreApplication.translate("ImportPreview", "Already known")
    else:
        sheet, _, number = rest.partition(":")
        where = QCoreApplication.translate("ImportPreview", "Row %1").replace(
            "%1", row_label(preview, (int(sheet), int(number)))
        )
    return f"{where}: {person_lines(suggestion.theirs)}"


def suggestion_lines(preview: ImportPreview) -> list[SuggestionLine]:
    lines = []
    for suggestion in preview.suggestions:
        reason = domain_words(suggestion.reason)
        conflict = suggestion.kind is Kind.CONFLICT
        if conflict:
            reason = QCoreApplication.translate(
                "ImportPreview", "Possibly the same person: %1"
            ).replace("%1", reason)
        lines.append(
            SuggestionLine(
                suggestion.key,
                row_label(preview, suggestion.key),
                person_lines(suggestion.mine),
                suggestion.target,
                _target(preview, suggestion),
                reason,
                conflict,
                suggestion.same,
            )
        )
    return lines


def summary(preview: ImportPreview) -> str:
    """Where every row read goes; the numbers add up to the rows read."""
    counts = preview.counts()
    parts = [
        QCoreApplication.translate("ImportPreview", "%n rows read:", None, preview.rows_read),
        QCoreApplication.translate("ImportPreview", "%n new", None, counts[Outcome.ADDED]),
        QCoreApplication.translate(
            "ImportPreview",
            "%n new but possibly a duplicate",
            None,
            counts[Outcome.POSSIBLE_DUPLICATE],
        ),
        QCoreApplication.translate(
            "ImportPreview", "%n to complete", None, counts[Outcome.COMPLETED]
        ),
        QCoreApplication.translate(
            "ImportPreview", "%n already known", None, counts[Outcome.ALREADY_KNOWN]
        ),
        QCoreApplication.translate(
            "ImportPreview", "%n merged with another row", None, counts[Outcome.MERGED]
        ),
        QCoreApplication.translate("ImportPreview", "%n skipped", None, counts[Outcome.SKIPPED]),
    ]
    return parts[0] + " " + " · ".join(parts[1:])


def outcome_label(preview: ImportPreview, key: RowKey, action: str) -> str:
    """What happens to a person, as the People tab says it."""
    if preview.outcomes.get(key) is Outcome.POSSIBLE_DUPLICATE:
        return QCoreApplication.translate(
            "ImportPreview", "New (possibly a duplicate, see that tab)"
        )
    labels = {
        "create": QCoreApplication.translate("ImportPreview", "New"),
        "update": QCoreApplication.translate("ImportPreview", "Completed"),
        "unchanged": QCoreApplication.translate("ImportPreview", "Already known"),
    }
    return labels.get(action, action)


def choice_notes(choices: tuple[ColumnChoice, ...]) -> Mapping[str, str]:
    """header → why it was used or left out, for the mapping step."""
    notes: dict[str, str] = {}
    for choice in choices:
        if choice.used:
            text = QCoreApplication.translate(
                "ImportPreview", "Chosen by its values: %1 of %2 fit (rather than “%3”)."
            )
        else:
            text = QCoreApplication.translate(
                "ImportPreview", "Left out: “%3” holds what this needs (here %1 of %2 fit)."
            )
        notes[choice.header] = (
            text.replace("%1", str(choice.fitting))
            .replace("%2", str(choice.filled))
            .replace("%3", choice.other)
        )
    return notes
