"""Evaluation forms, their questions, and the responses typed in or given in kiosk mode."""

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.core.clock import utcnow
from models.core.enums import QuestionKind, ResponseChannel
from models.orm.base import Entity, JsonValue, Text200, enum_column


class EvaluationForm(Entity):
    """A form used for a session or for the end of a trajectory."""

    __tablename__ = "evaluation_forms"

    trajectory_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trajectories.uid", ondelete="CASCADE"), index=True
    )
    session_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sessions.uid", ondelete="CASCADE"), index=True
    )
    template_key: Mapped[str | None] = mapped_column(String(64))
    title: Mapped[Text200]
    introduction: Mapped[str] = mapped_column(default="")

    questions: Mapped[list["EvaluationQuestion"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="EvaluationQuestion.position"
    )


class EvaluationQuestion(Entity):
    """A question; retired rather than deleted once answered, so old answers stay readable."""

    __tablename__ = "evaluation_questions"

    form_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("evaluation_forms.uid", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    section: Mapped[str] = mapped_column(String(200), default="")
    key: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(String(500))
    kind: Mapped[QuestionKind] = enum_column(QuestionKind)
    options: Mapped[JsonValue] = mapped_column(default=list)
    scale_min: Mapped[int | None]
    scale_max: Mapped[int | None]
    min_label: Mapped[str] = mapped_column(String(100), default="")
    max_label: Mapped[str] = mapped_column(String(100), default="")
    retired: Mapped[bool] = mapped_column(default=False)


class EvaluationResponse(Entity):
    """One respondent's filled-in form; linked to a person only when they agreed."""

    __tablename__ = "evaluation_responses"

    form_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("evaluation_forms.uid", ondelete="CASCADE"), index=True
    )
    session_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sessions.uid", ondelete="SET NULL"), index=True
    )
    person_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.uid", ondelete="SET NULL")
    )
    channel: Mapped[ResponseChannel] = enum_column(ResponseChannel, default=ResponseChannel.PAPER)
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)

    answers: Mapped[list["EvaluationAnswer"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class EvaluationAnswer(Entity):
    """An answer, with the question's text as it was asked."""

    __tablename__ = "evaluation_answers"

    response_uid: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("evaluation_responses.uid", ondelete="CASCADE"), index=True
    )
    question_uid: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("evaluation_questions.uid", ondelete="SET NULL"), index=True
    )
    question_text: Mapped[str] = mapped_column(String(500), default="")
    value: Mapped[JsonValue] = mapped_column(default=None)
