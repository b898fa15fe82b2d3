"""Reference data on local partners: the partner categories and how engaged a partner is."""

import functools
from pathlib import Path
from typing import Self

from pydantic import Field, model_validator

import resources
from models.core.errors import domain_text, phrase
from models.programmes.schema_base import (
    Count,
    FrozenModel,
    Key,
    OptionalText,
    Text,
    check_unique_keys,
    rule_error,
)
from models.programmes.tomlfile import FileKind, validate_file

_KIND = FileKind(
    noun=domain_text("reference file"),
    remedy=domain_text(
        "Repair the file in the folder resources/reference or reinstall the application."
    ),
)


class PartnerCategory(FrozenModel):
    """A kind of local organisation worth asking to take part, with examples."""

    key: Key
    name: Text
    examples: tuple[Text, ...] = ()
    note: OptionalText = ""


class EngagementLevel(FrozenModel):
    """How far a partner commits; a higher rank is a deeper engagement."""

    key: Key
    name: Text
    rank: Count
    description: Text
    examples: tuple[Text, ...] = ()


class Testimonial(FrozenModel):
    """A practitioner's experience quoted in the guidance."""

    text: Text
    author: Text


class PartnerReference(FrozenModel):
    """The contents of partner_categories.toml."""

    title: Text
    introduction: OptionalText = ""
    categories: tuple[PartnerCategory, ...] = Field(min_length=1)
    engagement_levels: tuple[EngagementLevel, ...] = Field(min_length=1)
    testimonials: tuple[Testimonial, ...] = ()

    @model_validator(mode="after")
    def _unique_and_ranked(self) -> Self:
        check_unique_keys(self.categories, "categories")
        check_unique_keys(self.engagement_levels, "engagement_levels")
        ranks = [level.rank for level in self.engagement_levels]
        if ranks != sorted(set(ranks)):
            raise rule_error("engagement_levels", phrase("the ranks must rise, without doubles"))
        return self


def default_path() -> Path:
    """The partner reference file shipped with the app."""
    return Path(resources.__file__).parent / "reference" / "partner_categories.toml"


@functools.cache
def _load_default() -> PartnerReference:
    return validate_file(PartnerReference, default_path(), _KIND)


def load_partner_reference(path: Path | None = None) -> PartnerReference:
    """The whole partner reference file (cached when read from the app's resources)."""
    return _load_default() if path is None else validate_file(PartnerReference, path, _KIND)


def load_partner_categories(path: Path | None = None) -> tuple[PartnerCategory, ...]:
    """The partner categories, in the order of the guidance."""
    return load_partner_reference(path).categories


def load_engagement_levels(path: Path | None = None) -> tuple[EngagementLevel, ...]:
    """The engagement levels, from the lightest to the deepest."""
    return load_partner_reference(path).engagement_levels
