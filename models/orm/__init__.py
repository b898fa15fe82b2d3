"""The mapped classes; importing this package registers every table on Base.metadata."""

from models.orm.actions import Action, ActionEvent
from models.orm.base import Base, Entity
from models.orm.evaluation import (
    EvaluationAnswer,
    EvaluationForm,
    EvaluationQuestion,
    EvaluationResponse,
)
from models.orm.imports import ImportBatch, ImportChange
from models.orm.people import Consent, ErasedPerson, Organisation, Person, PersonMerge, Role
from models.orm.planning import Milestone, Phase, Task
from models.orm.projects import ParticipantProject, Partner, ProjectMember
from models.orm.sessions import AgendaBlock, Registration, SessionNote, TrajectorySession
from models.orm.team import TakeOut
from models.orm.trajectories import (
    IntakeAnswer,
    Quote,
    QuoteLine,
    Setting,
    Trajectory,
    TrajectoryClient,
    TrajectoryContact,
)

__all__ = [
    "Action",
    "ActionEvent",
    "AgendaBlock",
    "Base",
    "Consent",
    "Entity",
    "ErasedPerson",
    "EvaluationAnswer",
    "EvaluationForm",
    "EvaluationQuestion",
    "EvaluationResponse",
    "ImportBatch",
    "ImportChange",
    "IntakeAnswer",
    "Milestone",
    "Organisation",
    "ParticipantProject",
    "Partner",
    "Person",
    "PersonMerge",
    "Phase",
    "ProjectMember",
    "Quote",
    "QuoteLine",
    "Registration",
    "Role",
    "SessionNote",
    "Setting",
    "TakeOut",
    "Task",
    "Trajectory",
    "TrajectoryClient",
    "TrajectoryContact",
    "TrajectorySession",
]
