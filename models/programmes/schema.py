"""The programme schema: one validated, immutable Programme per file in resources/programmes."""

from collections.abc import Collection, Mapping
from typing import Annotated, Self

from pydantic import BeforeValidator, Field, model_validator

from models.core.errors import phrase
from models.programmes.schema_base import (
    Count,
    FrozenModel,
    Key,
    OptionalText,
    Text,
    check_unique_keys,
    rule_error,
)
from models.programmes.schema_content import (
    ClientKind,
    ClientOption,
    Deliverable,
    IncludedItem,
    InfoBlock,
    Participants,
    PartnerNetwork,
    Projects,
    Provider,
    Responsibility,
    included_item,
)
from models.programmes.schema_evaluation import EvaluationFormTemplate, check_evaluation_forms
from models.programmes.schema_intake import Condition, ConditionKind, Intake, check_condition
from models.programmes.schema_plan import FirstMeeting, Phase, SessionHours, SessionTemplate
from models.programmes.schema_pricing import Pricing, PricingModel, Scope

Included = Annotated[IncludedItem, BeforeValidator(included_item)]


class Programme(FrozenModel):
    """A coaching programme as its provider describes it; user-facing texts are Dutch."""

    key: Key
    version: Count
    name: Text
    support_type: OptionalText = ""
    audience: tuple[Text, ...] = Field(min_length=1)
    themes: tuple[Text, ...] = Field(min_length=1)
    summary: Text
    # Months covered, counting month 0: a plan from month 0 to month 12 lasts 13 months.
    duration_months: Count
    goals: tuple[Text, ...] = ()
    focus_areas: tuple[Text, ...] = ()
    provider: Provider
    clients: tuple[ClientOption, ...] = Field(min_length=1)
    participants: Participants | None = None
    phases: tuple[Phase, ...] = Field(min_length=1)
    session_templates: tuple[SessionTemplate, ...] = ()
    session_hours: SessionHours = SessionHours()
    first_meeting: FirstMeeting
    intake: Intake
    conditions: tuple[Condition, ...] = ()
    included: tuple[Included, ...] = ()
    responsibilities: tuple[Responsibility, ...] = ()
    pricing: Pricing
    projects: Projects | None = None
    partner_network: PartnerNetwork | None = None
    deliverables: tuple[Deliverable, ...] = ()
    background: tuple[InfoBlock, ...] = ()
    evaluation_forms: tuple[EvaluationFormTemplate, ...] = ()

    @model_validator(mode="after")
    def _cross_references(self) -> Self:
        for name in ("clients", "phases", "session_templates", "conditions"):
            check_unique_keys(getattr(self, name), name)
        for name in ("responsibilities", "deliverables", "background"):
            check_unique_keys(getattr(self, name), name)
        self._check_phase_order()
        self._check_sessions()
        self._check_phase_references()
        for index, condition in enumerate(self.conditions):
            check_condition(condition, self.intake, f"conditions.{index}")
        self._check_projects_and_clients()
        self._check_scope_and_budget_references()
        check_evaluation_forms(self.evaluation_forms, self.session_templates)
        return self

    def _check_scope_and_budget_references(self) -> None:
        scopes = {scope.key for scope in self.pricing.scopes}
        for index, item in enumerate(self.included):
            for s_index, key in enumerate(item.scopes):
                if key not in scopes:
                    known = tuple(sorted(scopes)) or (phrase("none: the programme has no scopes"),)
                    raise rule_error(
                        f"included.{index}.scopes.{s_index}",
                        phrase(
                            "the scope '{key}' does not exist; choose from {known}",
                            key=key,
                            known=known,
                        ),
                    )
        for index, budget in enumerate(self.pricing.extra_budgets):
            if budget.intake_question is None:
                continue
            question = self.intake.question(budget.intake_question)
            if question is None or question.kind.value != "money":
                raise rule_error(
                    f"pricing.extra_budgets.{index}.intake_question",
                    phrase(
                        "the question '{key}' is not in the intake as an amount",
                        key=budget.intake_question,
                    ),
                )

    def _check_phase_order(self) -> None:
        for index in range(1, len(self.phases)):
            previous, phase = self.phases[index - 1], self.phases[index]
            if phase.start_month <= previous.end_month:
                raise rule_error(
                    f"phases.{index}.start_month",
                    phrase(
                        "the phase starts in month {start}, but the previous phase "
                        "'{previous}' runs until month {end}",
                        start=phase.start_month,
                        previous=previous.key,
                        end=previous.end_month,
                    ),
                )
        last = self.phases[-1].end_month
        if last != self.duration_months - 1:
            raise rule_error(
                "duration_months",
                phrase(
                    "the last phase ends in month {last}, so the trajectory lasts "
                    "{months} months (month 0 counts), not {given}",
                    last=last,
                    months=last + 1,
                    given=self.duration_months,
                ),
            )

    def _check_sessions(self) -> None:
        for index, template in enumerate(self.session_templates):
            path = f"session_templates.{index}"
            phase = self._phase_or_error(template.phase, f"{path}.phase")
            if not phase.contains_month(template.month):
                raise rule_error(
                    f"{path}.month",
                    phrase(
                        "month {month} falls outside phase '{phase}' "
                        "(month {start} up to and including {end})",
                        month=template.month,
                        phase=phase.key,
                        start=phase.start_month,
                        end=phase.end_month,
                    ),
                )
        if self.session_template(self.first_meeting.session_template) is None:
            raise rule_error(
                "first_meeting.session_template",
                phrase(
                    "the session '{key}' is not in session_templates",
                    key=self.first_meeting.session_template,
                ),
            )

    def _check_phase_references(self) -> None:
        for index, scope in enumerate(self.pricing.scopes):
            for p_index, key in enumerate(scope.phases):
                self._phase_or_error(key, f"pricing.scopes.{index}.phases.{p_index}")
        for index, item in enumerate(self.responsibilities):
            if item.phase is not None:
                self._phase_or_error(item.phase, f"responsibilities.{index}.phase")
        for index, deliverable in enumerate(self.deliverables):
            if deliverable.phase is not None:
                phase = self._phase_or_error(deliverable.phase, f"deliverables.{index}.phase")
                if deliverable.month is not None and not phase.contains_month(deliverable.month):
                    raise rule_error(
                        f"deliverables.{index}.month",
                        phrase("falls outside phase '{phase}'", phase=phase.key),
                    )

    def _check_projects_and_clients(self) -> None:
        have_projects = self.participants is not None and self.participants.have_projects
        if have_projects and self.projects is None:
            raise rule_error(
                "projects", phrase("is missing: the participants work on projects of their own")
            )
        if self.projects is not None and not have_projects:
            raise rule_error(
                "participants.have_projects",
                phrase("must be true when the programme has projects"),
            )
        joint = self.pricing.joint
        if joint is not None and not any(
            c.kind is ClientKind.CLUSTER and c.min_count == joint.min_municipalities
            for c in self.clients
        ):
            raise rule_error(
                "pricing.joint.min_municipalities",
                phrase(
                    "there is no client form 'cluster' with the same minimum number of "
                    "municipalities"
                ),
            )

    def _phase_or_error(self, key: str, path: str) -> Phase:
        phase = self.phase(key)
        if phase is None:
            raise rule_error(
                path,
                phrase(
                    "the phase '{key}' does not exist; choose from {known}",
                    key=key,
                    known=tuple(p.key for p in self.phases),
                ),
            )
        return phase

    @property
    def phase_keys(self) -> tuple[str, ...]:
        """Phase keys in plan order."""
        return tuple(phase.key for phase in self.phases)

    @property
    def is_free(self) -> bool:
        """Whether participants pay nothing."""
        return self.pricing.model is PricingModel.FREE

    def phase(self, key: str) -> Phase | None:
        """The phase with this key, if any."""
        return next((phase for phase in self.phases if phase.key == key), None)

    def session_template(self, key: str) -> SessionTemplate | None:
        """The session template with this key, if any."""
        return next((t for t in self.session_templates if t.key == key), None)

    def sessions_in_phase(self, key: str) -> tuple[SessionTemplate, ...]:
        """The session templates of one phase, in file order."""
        return tuple(t for t in self.session_templates if t.phase == key)

    def unmet_conditions(
        self, answers: Mapping[str, object], present: Collection[str] | None = None
    ) -> tuple[Condition, ...]:
        """The conditions for starting that the intake does not (yet) meet; `present` are the
        minimum-attendee roles ticked at the first meeting (None: attendance not checked)."""
        absent = [] if present is None else [r for r in self.minimum_attendees if r not in present]
        return tuple(
            c
            for c in self.conditions
            if not (present is None and c.kind is ConditionKind.FIRST_MEETING_ATTENDANCE)
            and not c.is_met(self.intake, answers, absent)
        )

    @property
    def minimum_attendees(self) -> tuple[str, ...]:
        """Who must at least be at the first meeting."""
        template = self.session_template(self.first_meeting.session_template)
        return template.minimum_attendees if template is not None else ()

    def scope(self, key: str | None) -> Scope | None:
        """The price scope with this key, if any."""
        return next((s for s in self.pricing.scopes if s.key == key), None)

    def booked_phase_keys(self, scope_key: str | None) -> tuple[str, ...]:
        """The phases a scope books, in plan order; every phase without scopes or a scope."""
        scope = self.scope(scope_key)
        if scope is None:
            return self.phase_keys
        return tuple(key for key in self.phase_keys if key in scope.phases)

    def included_texts(self, scope_key: str | None) -> tuple[str, ...]:
        """What the fee includes when this scope is booked (None: whatever is booked)."""
        return tuple(item.text for item in self.included if item.applies_to(scope_key))
