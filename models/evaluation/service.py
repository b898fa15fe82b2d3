"""Evaluation's calls: forms, questions, responses, results and the report's data."""

from datetime import date
from typing import TYPE_CHECKING

from models.core.enums import ResponseChannel
from models.core.lookup import form_or_fail
from models.core.nouns import (
    ANSWER,
    FORM,
    FORM_SESSION_OR_TRAJECTORY,
    PERSON,
    QUESTION,
    SESSION,
    TRAJECTORY,
    TRAJECTORY_OR_SESSION,
)
from models.core.service_base import ServiceBase
from models.evaluation import editing, forms, responses, results
from models.evaluation.dto import (
    Comparison,
    EvaluationOverview,
    EvaluationReport,
    FormDTO,
    FormResults,
    QuestionChange,
    QuestionDraft,
    RawAnswers,
    RawTable,
    ResponseRow,
)
from models.evaluation.report import evaluation_report
from models.trajectories.listing import parse_uid

if TYPE_CHECKING:
    pass


class EvaluationService(ServiceBase):
    """Forms, responses and results for the Evaluatie tab, kiosk mode and the exports."""

    # ---------------------------------------------------------------- forms
    def evaluation_overview(self, trajectory_uid: str) -> EvaluationOverview:
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory() as session:
            return forms.evaluation_overview(session, uid)

    def create_session_form(self, session_uid: str, template_key: str | None = None) -> str:
        """The session's form (copied from the programme on first use); its uid."""
        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory.begin() as session:
            return str(forms.create_session_form(session, uid, template_key))

    def create_end_form(self, trajectory_uid: str) -> str:
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory.begin() as session:
            return str(forms.create_end_form(session, uid))

    def evaluation_form(self, form_uid: str) -> FormDTO:
        uid = parse_uid(form_uid, FORM)
        with self.database.session_factory() as session:
            return forms.form_dto(session, uid)

    def paper_form(self, uid: str) -> FormDTO:
        """The form to print on paper: uid names a form, a session (its form) or a trajectory
        (its end-of-trajectory form); the last two are copied from the programme first when
        they have no form yet, as opening them in the Evaluatie tab does."""
        parsed = parse_uid(uid, FORM_SESSION_OR_TRAJECTORY)
        with self.database.session_factory.begin() as session:
            return forms.form_dto(session, forms.paper_form_uid(session, parsed))

    def rename_evaluation_form(self, form_uid: str, title: str, introduction: str) -> FormDTO:
        uid = parse_uid(form_uid, FORM)
        with self.database.session_factory.begin() as session:
            editing.update_form_text(session, uid, title, introduction)
            return forms.form_dto(session, uid)

    def add_evaluation_question(
        self, form_uid: str, draft: QuestionDraft, after_uid: str | None = None
    ) -> str:
        uid = parse_uid(form_uid, FORM)
        after = parse_uid(after_uid, QUESTION) if after_uid else None
        with self.database.session_factory.begin() as session:
            return str(editing.add_question(session, uid, draft, after))

    def update_evaluation_question(self, question_uid: str, draft: QuestionDraft) -> QuestionChange:
        """In place, or retire-and-replace when stored answers would change meaning."""
        uid = parse_uid(question_uid, QUESTION)
        with self.database.session_factory.begin() as session:
            return editing.update_question(session, uid, draft)

    def remove_evaluation_question(self, question_uid: str) -> QuestionChange:
        uid = parse_uid(question_uid, QUESTION)
        with self.database.session_factory.begin() as session:
            return editing.remove_question(session, uid)

    def move_evaluation_question(self, question_uid: str, offset: int) -> None:
        uid = parse_uid(question_uid, QUESTION)
        with self.database.session_factory.begin() as session:
            editing.move_question(session, uid, offset)

    # ---------------------------------------------------------------- responses
    def add_evaluation_response(
        self,
        form_uid: str,
        answers: RawAnswers,
        channel: str = ResponseChannel.PAPER,  # a ResponseChannel value, checked here
        *,
        session_uid: str | None = None,
        person_uid: str | None = None,
        consent: bool = False,
        today: date | None = None,
    ) -> str:
        """Stores one response in one transaction; UserError (field = question uid) keeps none."""
        uid = parse_uid(form_uid, FORM)
        planned = parse_uid(session_uid, SESSION) if session_uid else None
        person = parse_uid(person_uid, PERSON) if person_uid else None
        with self.database.session_factory.begin() as session:
            return str(
                responses.add_response(
                    session,
                    uid,
                    answers,
                    channel,
                    session_uid=planned,
                    person_uid=person,
                    consent=consent,
                    today=today or self.clock.today(),
                )
            )

    def delete_evaluation_response(self, response_uid: str) -> None:
        uid = parse_uid(response_uid, ANSWER)
        with self.database.session_factory.begin() as session:
            responses.delete_response(session, uid)

    def evaluation_responses(self, form_uid: str) -> list[ResponseRow]:
        uid = parse_uid(form_uid, FORM)
        with self.database.session_factory() as session:
            return responses.response_rows(session, uid)

    def evaluation_people(self, form_uid: str) -> list[tuple[str, str]]:
        """(uid, name) of the form's session attendees, for a respondent who adds a name."""
        uid = parse_uid(form_uid, FORM)
        with self.database.session_factory() as session:
            form = form_or_fail(session, uid)
            return responses.session_people(session, form.session_uid)

    # ---------------------------------------------------------------- results and exports
    def evaluation_results(self, form_uid: str) -> FormResults:
        uid = parse_uid(form_uid, FORM)
        with self.database.session_factory() as session:
            return results.form_results(session, uid)

    def evaluation_comparisons(self, trajectory_uid: str) -> list[Comparison]:
        """Sessions of the trajectory side by side, then each form against other trajectories."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory() as session:
            found = [results.compare_sessions(session, uid)]
            found += results.compare_trajectories(session, uid)
            return [c for c in found if c is not None]

    def evaluation_report(self, uid: str) -> EvaluationReport:
        """The report of a trajectory or of a session (either uid)."""
        parsed = parse_uid(uid, TRAJECTORY_OR_SESSION)
        with self.database.session_factory() as session:
            return evaluation_report(session, parsed, self.clock.utcnow())

    def evaluation_raw_table(self, form_uid: str) -> RawTable:
        uid = parse_uid(form_uid, FORM)
        with self.database.session_factory() as session:
            return responses.raw_table(session, uid)
