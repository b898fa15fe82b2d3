"""What the Partners tab shows and sends: plain data, no database (the window imports it)."""

from dataclasses import dataclass

from models.core.enums import Engagement
from models.projects.dto import TrajectoryPerson


@dataclass(frozen=True)
class CategoryChoice:
    key: str
    name: str
    examples: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class EngagementChoice:
    value: Engagement
    name: str  # Dutch name from the reference file (the screens name the value themselves)
    description: str
    rank: int


@dataclass(frozen=True)
class PartnerRow:
    uid: str
    name: str
    category_key: str
    category_name: str
    engagement: Engagement
    engagement_rank: int
    contact_person_uid: str | None
    contact_name: str
    contact_email: str
    contact_phone: str
    is_ambassador: bool  # the partner takes up an ambassador role
    activities: str  # what the partner does
    row_version: int = 0  # as read: handed back when the form is stored


@dataclass(frozen=True)
class CategoryCoverage:
    key: str
    name: str
    examples: tuple[str, ...]
    note: str
    partners: tuple[str, ...]
    deepest: Engagement | None  # the deepest engagement in this category, None when uncovered

    @property
    def covered(self) -> bool:
        return bool(self.partners)


@dataclass(frozen=True)
class PartnersOverview:
    """The Partners tab in one call."""

    trajectory_uid: str
    partners: tuple[PartnerRow, ...]
    coverage: tuple[CategoryCoverage, ...]
    categories: tuple[CategoryChoice, ...]
    engagement_levels: tuple[EngagementChoice, ...]
    ambassadors: tuple[TrajectoryPerson, ...]
    people: tuple[TrajectoryPerson, ...]  # everyone who can be a contact or an ambassador
    guidance: str  # the reference's introduction

    @property
    def covered_count(self) -> int:
        return sum(1 for c in self.coverage if c.covered)

    @property
    def uncovered(self) -> tuple[CategoryCoverage, ...]:
        return tuple(c for c in self.coverage if not c.covered)


@dataclass(frozen=True)
class NewContact:
    """A contact person not yet known to the app, typed in the partner form."""

    first_name: str
    last_name: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class PartnerInput:
    name: str
    category_key: str
    engagement: str = Engagement.INFORMS.value
    contact_person_uid: str | None = None
    new_contact: NewContact | None = None
    is_ambassador: bool = False
    activities: str = ""
