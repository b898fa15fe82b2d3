"""The plan of a programme: phases with activities and milestones, sessions, first meeting."""

from datetime import time
from enum import StrEnum
from typing import Annotated, Self

from pydantic import Field, StringConstraints, model_validator

from models.core.errors import phrase
from models.programmes.schema_base import (
    Count,
    Flag,
    FrozenModel,
    Key,
    Month,
    OptionalText,
    Responsible,
    Text,
    check_month_range,
    check_unique_keys,
    rule_error,
)


class Activity(FrozenModel):
    """Work done during a phase, by month offset (month 0 is the start of the trajectory)."""

    key: Key
    name: Text
    description: OptionalText = ""
    start_month: Month
    end_month: Month
    responsible: Responsible
    optional: Flag = False
    # Keeps running after end_month with no fixed end ("na afloop"), so the plan draws it open.
    open_ended: Flag = False

    @model_validator(mode="after")
    def _months_in_order(self) -> Self:
        check_month_range(self.start_month, self.end_month)
        return self


class Milestone(FrozenModel):
    """A moment that marks progress, in one month."""

    key: Key
    name: Text
    description: OptionalText = ""
    month: Month
    responsible: Responsible
    # Reached by each municipality on its own in a trajectory of several (e.g. its wijk chosen).
    repeat_per_client: Flag = False


class Phase(FrozenModel):
    """One phase; the stop rule and the price scopes count in whole phases."""

    key: Key
    # Only where the seed numbers its phases ("Fase 1"); others show the name alone.
    number: Count | None = None
    name: Text
    description: OptionalText = ""
    start_month: Month
    end_month: Month
    activities: tuple[Activity, ...] = ()
    milestones: tuple[Milestone, ...] = ()

    @model_validator(mode="after")
    def _months_inside_phase(self) -> Self:
        check_month_range(self.start_month, self.end_month)
        check_unique_keys(self.activities, "activities")
        check_unique_keys(self.milestones, "milestones")
        span = phrase(
            "month {start} up to and including {end}", start=self.start_month, end=self.end_month
        )
        for index, activity in enumerate(self.activities):
            if not self.start_month <= activity.start_month <= activity.end_month <= self.end_month:
                raise rule_error(
                    f"activities.{index}",
                    phrase("the activity falls outside the phase ({span})", span=span),
                )
        for index, milestone in enumerate(self.milestones):
            if not self.start_month <= milestone.month <= self.end_month:
                raise rule_error(
                    f"milestones.{index}.month",
                    phrase("the milestone falls outside {span}", span=span),
                )
        return self

    def contains_month(self, month: int) -> bool:
        """Whether a month offset falls inside this phase."""
        return self.start_month <= month <= self.end_month


class SessionKind(StrEnum):
    """The kinds of session the app plans, prints and evaluates."""

    KENNISMAKINGSOVERLEG = "kennismakingsoverleg"
    INFOSESSIE = "infosessie"
    VERVOLGBIJEENKOMST = "vervolgbijeenkomst"
    WERKSESSIE = "werksessie"
    LEREND_NETWERK_SESSIE = "lerend_netwerk_sessie"
    INSPIRATIEDAG = "inspiratiedag"
    PERSMOMENT = "persmoment"
    EVALUATIE = "evaluatie"
    OVERLEG = "overleg"


class Audience(StrEnum):
    """Who a session is for; it sets the session's default hour (see SessionHours)."""

    OFFICIALS = "officials"  # staff of the municipality: office hours
    CITIZENS = "citizens"  # residents, volunteers, trekkers: the evening


class Arrangement(StrEnum):
    """How a trajectory's clients are arranged (models.core.enums.ClientArrangement)."""

    SINGLE = "single"
    CLUSTER = "cluster"
    JOINT = "joint"
    NETWORK = "network"


ClockTime = Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]


def clock_time(text: str) -> time:
    """'19:30' as a time."""
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


class SessionHours(FrozenModel):
    """The default hour of a session by its audience: officials in office hours, citizens in
    the evening."""

    officials: ClockTime = "10:00"
    citizens: ClockTime = "19:30"

    def for_audience(self, audience: "Audience") -> time:
        return clock_time(self.citizens if audience is Audience.CITIZENS else self.officials)


class AgendaBlock(FrozenModel):
    """A timed block of a session agenda; `who` leads it."""

    title: Text
    minutes: Count
    method: OptionalText = ""
    who: Responsible


class SessionTemplate(FrozenModel):
    """A session the programme foresees; the planner turns it into a dated session."""

    key: Key
    kind: SessionKind
    title: Text
    purpose: Text
    phase: Key
    month: Month
    optional: Flag = False
    # Who it is for: sets its default hour and whether school breaks are avoided.
    audience: Audience
    start_time: ClockTime | None = None  # instead of the audience's hour (an inspiration day)
    # Held once for every participant (e.g. an intake with each trekker), not once in total.
    repeat_per_participant: Flag = False
    # Held by each municipality (its own infosessie) or by each cluster of a trajectory.
    repeat_per_client: Flag = False
    repeat_per_cluster: Flag = False
    # Only in trajectories arranged so (e.g. the exchange moments of a joint trajectory).
    for_arrangements: tuple[Arrangement, ...] = ()
    duration_minutes: Count
    agenda: tuple[AgendaBlock, ...] = Field(min_length=1)
    minimum_attendees: tuple[Text, ...] = ()

    @model_validator(mode="after")
    def _agenda_fills_session(self) -> Self:
        total = sum(block.minutes for block in self.agenda)
        if total != self.duration_minutes:
            raise rule_error(
                "agenda",
                phrase(
                    "the agenda blocks last {total} minutes together, "
                    "but the session lasts {minutes} minutes",
                    total=total,
                    minutes=self.duration_minutes,
                ),
            )
        repeats = [self.repeat_per_participant, self.repeat_per_client, self.repeat_per_cluster]
        if sum(repeats) > 1:
            raise rule_error(
                "repeat_per_client",
                phrase("choose one repetition: per participant, per municipality or per cluster"),
            )
        return self

    def applies_to(self, arrangement: str) -> bool:
        """Whether a trajectory arranged so holds this session."""
        return not self.for_arrangements or arrangement in self.for_arrangements


class AreaSelection(FrozenModel):
    """A list the coach fills in during an agenda item: areas, their potential, the chosen one."""

    label: Text
    item_label: Text
    description: OptionalText = ""
    potential_levels: tuple[Text, ...] = Field(min_length=2)
    choose_count: Count = 1


class FirstMeetingItem(FrozenModel):
    """An agenda item of the first meeting, with a prompt for the coach's notes."""

    key: Key
    title: Text
    description: OptionalText = ""
    notes_prompt: Text
    area_selection: AreaSelection | None = None


class FirstMeeting(FrozenModel):
    """The first meeting (kennismakingsoverleg, intake): its session and the items to note."""

    session_template: Key
    items: tuple[FirstMeetingItem, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_items(self) -> Self:
        check_unique_keys(self.items, "items")
        return self
