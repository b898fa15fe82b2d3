"""The people's calls: lists, details, consent, and importing people lists."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from models.core.nouns import CONSENT, IMPORT, MERGE, ORGANISATION, PERSON, ROLE, SESSION
from models.core.service_base import ServiceBase
from models.people import directory
from models.people.importing import batches as importing
from models.people.importing.columns import ColumnChoice
from models.people.importing.files import ImportFile, open_import
from models.people.importing.gc_pause import collector_paused
from models.people.importing.headers import Field
from models.people.importing.plan import Decisions, ImportPreview, build_preview
from models.storage.database import one_at_a_time
from models.trajectories import listing
from models.trajectories.listing import parse_uid
from models.trajectories.rows import PersonRow

if TYPE_CHECKING:
    from models.people.editing import PersonInput
    from models.people.importing.sandbox import Reading
    from models.people.merging import MergePreview

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportDraft:
    """A file read and its tables found, with the mapping proposed for each table."""

    file: ImportFile
    mappings: Mapping[int, Mapping[str, Field]]  # sheet index → header → field
    # sheet index → the columns weighed against each other by their values, and the outcome
    choices: Mapping[int, tuple[ColumnChoice, ...]] = field(default_factory=dict)


class PeopleService(ServiceBase):
    """Personen & organisaties and `trajectwijzer import-people`; needs `self.database`."""

    # People and organisations

    def people_list(self) -> list[PersonRow]:
        with self.database.session_factory() as session:
            return directory.list_people(session)

    def person_detail(self, uid: str) -> directory.PersonDetail:
        with self.database.session_factory() as session:
            return directory.person_detail(session, parse_uid(uid, PERSON))

    def organisations(self) -> list[directory.OrganisationRow]:
        with self.database.session_factory() as session:
            return directory.list_organisations(session)

    def organisation_detail(self, uid: str) -> directory.OrganisationDetail:
        with self.database.session_factory() as session:
            return directory.organisation_detail(session, parse_uid(uid, ORGANISATION))

    def add_consent(
        self, person_uid: str, given_on: date, source: str, purposes: tuple[str, ...]
    ) -> directory.ConsentRow:
        uid = parse_uid(person_uid, PERSON)
        with self.database.session_factory.begin() as session:
            return directory.add_consent(
                session, uid, given_on, source, purposes, self.clock.today()
            )

    def update_consent(
        self,
        consent_uid: str,
        purposes: tuple[str, ...] | None = None,
        withdraw: bool = False,
        withdrawn_on: date | None = None,
    ) -> directory.ConsentRow:
        uid = parse_uid(consent_uid, CONSENT)
        with self.database.session_factory.begin() as session:
            return directory.update_consent(
                session, uid, purposes, withdrawn_on, withdraw, today=self.clock.today()
            )

    def session_attendees(self, session_uid: str) -> tuple[str, list[PersonRow]]:
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory() as session:
            return directory.session_attendees(session, uid)

    # Importing

    def read_people_file(
        self,
        path: Path,
        cancelled: Callable[[], bool] | None = None,
        progress: Progress | None = None,
        reading: "Reading | None" = None,
    ) -> ImportDraft:
        """Reads the file in a guarded child process (no database write); raises UserError
        for a file that cannot be used, `Cancelled` when `cancelled()` turns true.
        `reading`: that child, started earlier by the caller (`sandbox.Reading(path)`)."""
        with collector_paused():
            file = open_import(path, cancelled, progress, reading)
        with self.database.session_factory() as session:
            mappings, choices = importing.initial_mappings(session, file.tables)
        return ImportDraft(file, mappings, choices)

    def known_people(self) -> importing.KnownPeople:
        with collector_paused(), self.database.session_factory() as session:
            return importing.known_people(session)

    def preview_people_import(
        self,
        draft: ImportDraft,
        mappings: Mapping[int, Mapping[str, Field]] | None = None,
        decisions: Decisions | None = None,
        known: importing.KnownPeople | None = None,
        today: date | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        merge_likely: bool = True,
    ) -> ImportPreview:
        """What the import would do; writes nothing. `known` may be reused between previews.

        `merge_likely` False (the command line): nothing is merged on a guess; rows that
        resemble someone become people of their own, listed as possible duplicates.
        """
        from models.core.errors import UserError
        from models.people.importing.headers import NAME_FIELDS

        chosen = mappings or draft.mappings
        if not any(
            set(chosen.get(t.sheet_index, {}).values()) & NAME_FIELDS for t in draft.file.tables
        ):
            raise UserError(
                "No column with names was recognised in '{file}'. Give the column with the "
                "name a heading such as 'Voornaam' and 'Naam', or choose the columns yourself.",
                file=draft.file.source_name,
            )
        known = known or self.known_people()
        with collector_paused():
            return build_preview(
                draft.file.source_name,
                draft.file.tables,
                chosen,
                known.index,
                today or self.clock.today(),
                decisions,
                known.consented,
                progress,
                cancelled,
                merge_likely,
            )

    def commit_people_import(
        self, preview: ImportPreview, session_uid: str | None = None, today: date | None = None
    ) -> importing.ImportResult:
        """Writes the previewed import in one transaction, as a batch that can be undone."""
        uid = parse_uid(session_uid, SESSION) if session_uid else None
        with collector_paused(), self.database.session_factory.begin() as session:
            # Two coaches importing at once on a server: one after the other, nothing lost.
            one_at_a_time(session, "people import")
            return importing.commit_import(
                session, preview, uid, today or self.clock.today(), self.clock.utcnow()
            )

    def check_import_session(self, session_uid: str) -> None:
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory() as session:
            importing.check_session(session, uid)

    def undo_people_import(self, batch_uid: str) -> importing.UndoResult:
        uid = parse_uid(batch_uid, IMPORT)
        with self.database.session_factory.begin() as session:
            return importing.undo_import(session, uid, self.clock.utcnow())

    def import_batches(self) -> list[importing.ImportBatchRow]:
        with self.database.session_factory() as session:
            return importing.import_batches(session)

    def all_people(self) -> list[PersonRow]:
        """Everyone known, erased people left out (`trajectwijzer list people`)."""
        with self.database.session_factory() as session:
            return listing.people_rows(session)

    # Editing by hand

    def create_person(self, data: "PersonInput") -> str:
        """Adds a person typed in by hand (checked as at import); returns the uid."""
        from models.people.editing import create_person

        with self.database.session_factory.begin() as session:
            return str(create_person(session, data).uid)

    def update_person(
        self, uid: str, data: "PersonInput", version: int | None = None
    ) -> directory.PersonDetail:
        """Stores the person form; UserError (with its field) when a detail is not valid;
        EditConflict when someone else stored the person after `version` was read."""
        from models.people.editing import update_person

        parsed = parse_uid(uid, PERSON)
        with self.database.session_factory.begin() as session:
            update_person(session, parsed, data, version)
            return directory.person_detail(session, parsed)

    def add_role(self, person_uid: str, organisation_uid: str, title: str) -> None:
        from models.people.editing import add_role

        person = parse_uid(person_uid, PERSON)
        organisation = parse_uid(organisation_uid, ORGANISATION)
        with self.database.session_factory.begin() as session:
            add_role(session, person, organisation, title)

    def remove_role(self, role_uid: str) -> None:
        from models.people.editing import remove_role

        with self.database.session_factory.begin() as session:
            remove_role(session, parse_uid(role_uid, ROLE))

    def merge_preview(self, kept_uid: str, other_uid: str) -> "MergePreview":
        """What merging would do: the details to choose and what moves; writes nothing."""
        from models.people.merging import merge_preview

        kept, other = parse_uid(kept_uid, PERSON), parse_uid(other_uid, PERSON)
        with self.database.session_factory() as session:
            return merge_preview(session, kept, other)

    def merge_people(self, kept_uid: str, other_uid: str, take_other: frozenset[str]) -> str:
        """Merges the other record into the kept one in one transaction; the merge's uid."""
        from models.people.merging import merge_people

        kept, other = parse_uid(kept_uid, PERSON), parse_uid(other_uid, PERSON)
        with self.database.session_factory.begin() as session:
            return str(merge_people(session, kept, other, take_other, self.clock.utcnow()))

    def undo_merge(self, merge_uid: str) -> str:
        """Both records back as they were (one transaction); the uid of the one restored."""
        from models.people.merging import undo_merge

        with self.database.session_factory.begin() as session:
            return undo_merge(session, parse_uid(merge_uid, MERGE), self.clock.utcnow())

    def redo_merge(self, merge_uid: str) -> None:
        from models.people.merging import redo_merge

        with self.database.session_factory.begin() as session:
            redo_merge(session, parse_uid(merge_uid, MERGE))

    def place_suggestions(self, text: str) -> list[str]:
        """Municipalities near what was typed, for a suggestion under the field."""
        from models.people.validation import suggestions

        return [m.name for m in suggestions(text)] if text.strip() else []
