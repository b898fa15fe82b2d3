"""Who offers a programme, for whom, and the rest of what its description says."""

from enum import StrEnum
from typing import Self

from pydantic import Field, model_validator

from models.core.errors import phrase
from models.programmes.schema_base import (
    Count,
    Flag,
    FrozenModel,
    Key,
    Month,
    OptionalText,
    Owner,
    Text,
    check_unique_keys,
    rule_error,
)


class ContactPerson(FrozenModel):
    """A named contact at the provider."""

    name: Text
    role: OptionalText = ""
    email: OptionalText = ""
    phone: OptionalText = ""


class Provider(FrozenModel):
    """The organisation(s) offering the programme; printed on quotes and plans."""

    name: Text
    organisations: tuple[Text, ...] = Field(min_length=1)
    email: Text
    phone: OptionalText = ""
    website: OptionalText = ""
    contact_person: ContactPerson | None = None


class ClientKind(StrEnum):
    """What a trajectory's client is."""

    MUNICIPALITY = "municipality"
    CLUSTER = "cluster"
    LOCAL_GROUP = "local_group"
    NETWORK = "network"


class ClientOption(FrozenModel):
    """One way to book the programme; the counts are counts of municipalities or members."""

    key: Key
    kind: ClientKind
    label: Text
    description: OptionalText = ""
    min_count: Count
    max_count: Count | None = None
    # What the members of a cluster or network are; empty for a single client.
    member_kinds: tuple[ClientKind, ...] = ()

    @model_validator(mode="after")
    def _counts_in_order(self) -> Self:
        if self.max_count is not None and self.max_count < self.min_count:
            raise rule_error(
                "max_count", phrase("is less than min_count ({minimum})", minimum=self.min_count)
            )
        return self


class Participants(FrozenModel):
    """Who takes part in the sessions besides the client's staff."""

    label: Text
    description: OptionalText = ""
    # Each participant (or group of them) works on an own project with an own action plan.
    have_projects: Flag = False


class Responsibility(FrozenModel):
    """What the client or the participants take on."""

    key: Key
    text: Text
    owner: Owner
    phase: Key | None = None


class IncludedItem(FrozenModel):
    """Something the fee includes; with `scopes`, only when one of those scopes is booked
    (the speaker at three infomomenten comes with Fase 1+2+3, not with Fase 1)."""

    text: Text
    scopes: tuple[Key, ...] = ()

    def applies_to(self, scope_key: str | None) -> bool:
        return not self.scopes or scope_key is None or scope_key in self.scopes


def included_item(value: object) -> object:
    """A plain text in the file is an item included whatever is booked."""
    return {"text": value} if isinstance(value, str) else value


class Deliverable(FrozenModel):
    """Something the programme produces or sets up (a tool, a plan, a book, an event)."""

    key: Key
    name: Text
    description: OptionalText = ""
    phase: Key | None = None
    month: Month | None = None


class InfoBlock(FrozenModel):
    """Background text from the programme description, shown in the programme screen."""

    key: Key
    title: Text
    text: OptionalText = ""
    items: tuple[Text, ...] = ()


class PartnerNetwork(FrozenModel):
    """The local partners the programme builds on (see resources/reference/partner_categories)."""

    label: Text
    description: OptionalText = ""
    role: OptionalText = ""
    examples: tuple[Text, ...] = ()


class ProjectKind(StrEnum):
    """What a participant project is."""

    BUURTPUNT = "buurtpunt"
    CLIMATE_ACTION = "climate_action"


class Named(FrozenModel):
    """A keyed name with an optional description (project functions, stages, menu items)."""

    key: Key
    name: Text
    description: OptionalText = ""


class FunctionGroup(FrozenModel):
    """A group of functions a project can combine (e.g. mobility, social, commercial)."""

    key: Key
    name: Text
    functions: tuple[Named, ...] = Field(min_length=1)


class Projects(FrozenModel):
    """The participant projects of a programme: what they can contain and how they progress."""

    kind: ProjectKind
    label: Text
    label_plural: Text
    description: OptionalText = ""
    function_groups: tuple[FunctionGroup, ...] = ()
    stages: tuple[Named, ...] = Field(min_length=1)
    menu: tuple[Named, ...] = ()

    @model_validator(mode="after")
    def _unique_keys(self) -> Self:
        check_unique_keys(self.function_groups, "function_groups")
        check_unique_keys(self.stages, "stages")
        check_unique_keys(self.menu, "menu")
        # Function keys are stored on projects without their group, so they are unique overall.
        seen: set[str] = set()
        for g_index, group in enumerate(self.function_groups):
            for f_index, function in enumerate(group.functions):
                if function.key in seen:
                    raise rule_error(
                        f"function_groups.{g_index}.functions.{f_index}.key",
                        phrase("the function '{key}' occurs twice", key=function.key),
                    )
                seen.add(function.key)
        return self
