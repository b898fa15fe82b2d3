"""The intake's calls: answers, first-meeting notes, areas and attendees, the state."""

from collections.abc import Sequence

from models.core.nouns import TRAJECTORY
from models.core.service_base import ServiceBase
from models.intake import answers as intake
from models.intake.state import IntakeState
from models.intake.values import Area, RawAnswer
from models.trajectories.listing import parse_uid


class IntakeService(ServiceBase):
    """Every save hands back the fresh intake state (banner included)."""

    def intake_state(self, trajectory_uid: str) -> IntakeState:
        with self.database.session_factory.begin() as session:
            return intake.intake_state(session, parse_uid(trajectory_uid, TRAJECTORY))

    def save_intake_answer(
        self, trajectory_uid: str, question_key: str, raw_value: RawAnswer
    ) -> IntakeState:
        """Stores one questionnaire answer; a UserError (field = question key) stores nothing."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory.begin() as session:
            intake.save_answer(session, uid, question_key, raw_value)
            return intake.intake_state(session, uid)

    def save_first_meeting_notes(
        self, trajectory_uid: str, item_key: str, text: str
    ) -> IntakeState:
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory.begin() as session:
            intake.save_meeting_notes(session, uid, item_key, text)
            return intake.intake_state(session, uid)

    def save_areas(self, trajectory_uid: str, item_key: str, areas: Sequence[Area]) -> IntakeState:
        """Replaces the kernen/wijken of an agenda item; too many chosen is a UserError."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory.begin() as session:
            intake.save_areas(session, uid, item_key, areas)
            return intake.intake_state(session, uid)

    def tick_attendee(
        self, trajectory_uid: str, role_index_or_key: int | str, present: bool
    ) -> IntakeState:
        """Ticks a minimum-attendee role of the first meeting, given by index or by its text."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory.begin() as session:
            intake.tick_attendee(session, uid, role_index_or_key, present)
            return intake.intake_state(session, uid)
