"""How a programme is priced: scopes or a fixed amount, discounts, stop rule, extra budgets."""

from collections.abc import Collection
from enum import StrEnum
from typing import Literal, Self

from pydantic import Field, field_validator, model_validator

from models.core.errors import phrase
from models.programmes.schema_base import (
    Flag,
    FrozenModel,
    Key,
    Money,
    OptionalText,
    Owner,
    Percent,
    Text,
    check_unique_keys,
    rule_error,
)

# Spelled as in resources/reference/municipalities.csv, so a municipality's province matches.
BELGIAN_PROVINCES = frozenset(
    {
        "Antwerpen",
        "Limburg",
        "Oost-Vlaanderen",
        "Vlaams-Brabant",
        "West-Vlaanderen",
        "Henegouwen",
        "Luik",
        "Luxemburg",
        "Namen",
        "Waals-Brabant",
    }
)


class PricingModel(StrEnum):
    """How the fee is computed.

    cumulative_scopes: the fee is the amount of the scope that covers the phases booked;
    fixed: one amount per trajectory; split_over_clients: one amount shared by the clients of
    the trajectory; free: no fee for the participants.
    """

    CUMULATIVE_SCOPES = "cumulative_scopes"
    FIXED = "fixed"
    SPLIT_OVER_CLIENTS = "split_over_clients"
    FREE = "free"


class Scope(FrozenModel):
    """A bookable set of phases with its price, excl. vat."""

    key: Key
    name: Text
    phases: tuple[Key, ...] = Field(min_length=1)
    amount: Money
    indicative: Flag = False
    note: OptionalText = ""


class Discount(FrozenModel):
    """A discount for clients in given provinces; `reason` is printed on the quote."""

    key: Key
    percent: Percent
    reason: Text
    provinces: tuple[Text, ...] = Field(min_length=1)

    @field_validator("provinces")
    @classmethod
    def _known_provinces(cls, provinces: tuple[str, ...]) -> tuple[str, ...]:
        for index, province in enumerate(provinces):
            if province not in BELGIAN_PROVINCES:
                raise rule_error(
                    str(index),
                    phrase(
                        "'{province}' is not a province; choose from {known}",
                        province=province,
                        known=tuple(sorted(BELGIAN_PROVINCES)),
                    ),
                )
        return provinces


class StopRule(FrozenModel):
    """Whether either party may stop after a phase; the fee then follows the phases done."""

    after_each_phase: Flag
    text: Text


class JointTrajectory(FrozenModel):
    """A trajectory shared by several municipalities, offered on request."""

    min_municipalities: int = Field(ge=2, strict=True)
    price_on_request: Flag
    text: Text


class ExtraBudget(FrozenModel):
    """Money the client must set aside beside the fee (not part of the quote total)."""

    key: Key
    label: Text
    paid_by: Owner
    description: OptionalText = ""
    amount: Money | None = None
    # The intake question (kind money) where the coach notes the amount; the quote reads it.
    intake_question: Key | None = None


class Pricing(FrozenModel):
    """The price rules of a programme; amounts are Decimal, excl. vat."""

    currency: Literal["EUR"] = "EUR"
    vat_rate: Percent
    indicative: Flag = False
    note: OptionalText = ""
    model: PricingModel
    scopes: tuple[Scope, ...] = ()
    amount: Money | None = None
    discounts: tuple[Discount, ...] = ()
    stop_rule: StopRule | None = None
    joint: JointTrajectory | None = None
    extra_budgets: tuple[ExtraBudget, ...] = ()
    free_for_participants: Flag = False
    funded_by: OptionalText = ""
    # split_over_clients: the amount is per cluster of municipalities, split within each.
    per_cluster: Flag = False

    @model_validator(mode="after")
    def _fields_match_model(self) -> Self:
        check_unique_keys(self.scopes, "scopes")
        check_unique_keys(self.discounts, "discounts")
        check_unique_keys(self.extra_budgets, "extra_budgets")
        if self.model is PricingModel.CUMULATIVE_SCOPES:
            self._check_cumulative()
        elif self.scopes:
            raise rule_error(
                "scopes",
                phrase("pricing model '{model}' uses no scopes", model=self.model.value),
            )
        if self.model in (PricingModel.FIXED, PricingModel.SPLIT_OVER_CLIENTS):
            if self.amount is None:
                raise rule_error(
                    "amount",
                    phrase(
                        "is missing: pricing model '{model}' asks for it", model=self.model.value
                    ),
                )
        elif self.amount is not None:
            raise rule_error(
                "amount",
                phrase("pricing model '{model}' uses no fixed amount", model=self.model.value),
            )
        if self.model is PricingModel.FREE and not self.free_for_participants:
            raise rule_error(
                "free_for_participants", phrase("must be true with pricing model 'free'")
            )
        if self.per_cluster and self.model is not PricingModel.SPLIT_OVER_CLIENTS:
            raise rule_error(
                "per_cluster", phrase("is only possible with pricing model 'split_over_clients'")
            )
        return self

    @property
    def is_indicative(self) -> bool:
        """Whether any price of the programme is a richtprijs."""
        return self.indicative or any(scope.indicative for scope in self.scopes)

    def _check_cumulative(self) -> None:
        if not self.scopes:
            raise rule_error(
                "scopes", phrase("is missing: pricing model 'cumulative_scopes' asks for scopes")
            )
        for index in range(1, len(self.scopes)):
            previous, scope = self.scopes[index - 1], self.scopes[index]
            if not set(previous.phases) <= set(scope.phases):
                raise rule_error(
                    f"scopes.{index}.phases",
                    phrase(
                        "must contain all phases of the previous scope '{scope}'",
                        scope=previous.key,
                    ),
                )
            if scope.amount < previous.amount:
                raise rule_error(
                    f"scopes.{index}.amount",
                    phrase(
                        "may not be lower than the amount of the previous scope '{scope}'",
                        scope=previous.key,
                    ),
                )

    def scope_for(self, phase_keys: Collection[str]) -> Scope | None:
        """The smallest scope that covers all the given phases (None if no scope does)."""
        wanted = set(phase_keys)
        return next((s for s in self.scopes if wanted <= set(s.phases)), None)

    def discount_for(self, province: str | None) -> Discount | None:
        """The discount a client in this province gets, if any."""
        return next((d for d in self.discounts if province in d.provinces), None)
