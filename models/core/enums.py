"""Enumerations of the domain, stored in the database by value."""

from enum import StrEnum


class OrganisationKind(StrEnum):
    MUNICIPALITY = "municipality"
    ASSOCIATION = "association"  # vereniging
    NEIGHBOURHOOD_COMMITTEE = "neighbourhood_committee"  # buurt- of wijkcomité
    SCHOOL = "school"
    MERCHANT = "merchant"  # handelaar
    CITIZEN_GROUP = "citizen_group"
    PROVIDER = "provider"
    OTHER = "other"


class TrajectoryStatus(StrEnum):
    INTAKE = "intake"
    PLANNED = "planned"
    RUNNING = "running"
    STOPPED = "stopped"  # ended early after a phase
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class ClientArrangement(StrEnum):
    SINGLE = "single"
    CLUSTER = "cluster"  # neighbouring municipalities sharing one trajectory
    JOINT = "joint"  # joint trajectory of 5+ municipalities, price on request
    NETWORK = "network"  # a learning network of local leads


class Responsible(StrEnum):
    PROVIDER = "provider"
    MUNICIPALITY = "municipality"
    BOTH = "both"
    PARTICIPANTS = "participants"
    PERSON = "person"


class WorkStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class QuoteStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    SUPERSEDED = "superseded"
    EXPIRED = "expired"  # never stored: a draft or sent version read after its validity


class QuoteLineKind(StrEnum):
    FEE = "fee"
    DISCOUNT = "discount"
    SHARE = "share"  # one municipality's share of a split price
    INFO = "info"  # shown, not part of the total (e.g. the citizen group's working budget)


class SessionKind(StrEnum):
    FIRST_MEETING = "kennismakingsoverleg"
    INFO_SESSION = "infosessie"
    FOLLOW_UP = "vervolgbijeenkomst"
    WORK_SESSION = "werksessie"
    NETWORK_SESSION = "lerend_netwerk_sessie"
    INSPIRATION_DAY = "inspiratiedag"
    PRESS_MOMENT = "persmoment"
    EVALUATION = "evaluatie"
    MEETING = "overleg"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class RegistrationStatus(StrEnum):
    INVITED = "invited"
    REGISTERED = "registered"
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class NoteKind(StrEnum):
    NOTE = "note"
    DECISION = "decision"
    PROGRESS = "progress"


class Engagement(StrEnum):
    INFORMS = "informs"  # informeert
    COMMUNICATES = "communicates"  # communiceert mee
    COOPERATES = "cooperates"  # werkt mee


class ProjectKind(StrEnum):
    BUURTPUNT = "buurtpunt"
    CLIMATE_ACTION = "climate_action"
    OTHER = "other"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class QuestionKind(StrEnum):
    SCALE = "scale"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    YES_NO = "yes_no"
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"


class ResponseChannel(StrEnum):
    PAPER = "paper"
    KIOSK = "kiosk"


class DuePick(StrEnum):
    """A quick pick for an action's due date (never stored: the date is)."""

    NEXT_WEEK = "next_week"
    NEXT_SESSION = "next_session"


class ComparisonKind(StrEnum):
    """What an evaluation comparison sets side by side (never stored)."""

    SESSIONS = "sessions"  # the sessions of one trajectory
    TRAJECTORIES = "trajectories"  # the same form in the programme's other trajectories


class ImportChangeKind(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    REGISTERED = "registered"


class IntakeQuestionKind(StrEnum):
    """How an intake question is answered; it fixes the Python type of the stored answer.

    yes_no: bool · text, long_text: str · choice: option key (str) · multi_choice: a sequence
    of option keys · number: int or Decimal · money: Decimal · date: datetime.date
    """

    YES_NO = "yes_no"
    TEXT = "text"
    LONG_TEXT = "long_text"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"


class PlanItemKind(StrEnum):
    """What a line of the plan or the overview is (never stored: each has its own table)."""

    PHASE = "phase"
    MILESTONE = "milestone"
    SESSION = "session"
    TASK = "task"
    ACTION = "action"
