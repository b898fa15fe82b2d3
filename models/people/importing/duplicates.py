"""When two records are one person: the rules of an honest import.

Never merged by a guess: two people whose e-mail addresses differ, or whose phone numbers
differ, are two people unless the coach says otherwise. Sure (merged, everywhere): the same
e-mail address with names that agree and no other phone number; or the same name with
exactly the same contact details. Likely (the preview merges it unless the coach unticks
it; the command line keeps both and lists them): the same name and the same place or phone
number, with nothing that conflicts. Possibly the same person (shown side by side, both
kept unless the coach ticks it): the same name and place but another e-mail address or phone
number, or the same e-mail address under another name. Near (both kept unless ticked): the
same name elsewhere, a missing accent, one letter off, when no contact detail differs.
"""

from enum import StrEnum
from typing import NamedTuple

from models.core.errors import domain_text
from models.people.importing.matching import NameKeys, Record, close_enough, identity


class Kind(StrEnum):
    SURE = "sure"  # merged without asking
    LIKELY = "likely"  # a suggestion merged unless the coach says no (never on the CLI)
    CONFLICT = "conflict"  # possibly the same person: both kept unless the coach says yes
    NEAR = "near"  # a near name: both kept unless the coach says yes


SAME_EMAIL = domain_text("same e-mail address")
IDENTICAL = domain_text("same name and the same details")
SAME_NAME_PLACE = domain_text("same name and place, nothing that conflicts")
SAME_NAME_PHONE = domain_text("same name and phone number, nothing that conflicts")
OTHER_EMAIL = domain_text("same name and place, but another e-mail address")
OTHER_PHONE = domain_text("same name and place, but another phone number")
SAME_PHONE_OTHER_EMAIL = domain_text("same name and phone number, but another e-mail address")
EMAIL_OTHER_NAME = domain_text("same e-mail address, but another name")
EMAIL_OTHER_PHONE = domain_text("same e-mail address, but another phone number")
SAME_NAME = domain_text("same name, other details")
SAME_LETTERS = domain_text("same name but for an accent or punctuation")
ONE_LETTER = domain_text("name differs by one letter (a typo?)")


class Verdict(NamedTuple):
    kind: Kind
    reason: str


def names_agree(a: NameKeys | None, b: NameKeys | None) -> bool:
    """The same name, or the same letters with another accent or punctuation. (One letter
    off is not enough here: An and Jan Peeters may share the family's e-mail address.)"""
    if a is None or b is None:
        return False
    return a.exact == b.exact or a.loose == b.loose


def conflict(a: Record, b: Record) -> str:
    """ "email" or "phone" when both records have one and they differ, else ""."""
    if a.email and b.email and a.email != b.email:
        return "email"
    if a.phone and b.phone and a.phone != b.phone:
        return "phone"
    return ""


def _same_place(a: Record, b: Record) -> bool:
    postcode_a, postcode_b = a.values.postcode, b.values.postcode
    return bool(postcode_a and postcode_a == postcode_b) or bool(a.place and a.place == b.place)


def judge(a: Record, b: Record) -> Verdict | None:
    """Whether and how `a` and `b` may be one person; None when nothing suggests it."""
    clash = conflict(a, b)
    if a.email and a.email == b.email:
        if not names_agree(a.names, b.names):
            return Verdict(Kind.CONFLICT, EMAIL_OTHER_NAME)
        if clash:
            return Verdict(Kind.CONFLICT, EMAIL_OTHER_PHONE)
        return Verdict(Kind.SURE, SAME_EMAIL)
    if a.names is None or b.names is None:
        return None
    exact = a.names.exact == b.names.exact
    if exact and identity(a) == identity(b):
        return Verdict(Kind.SURE, IDENTICAL)
    place = _same_place(a, b)
    phone = bool(a.phone and a.phone == b.phone)
    if exact and not clash and (place or phone):
        return Verdict(Kind.LIKELY, SAME_NAME_PLACE if place else SAME_NAME_PHONE)
    if exact and clash and phone:
        return Verdict(Kind.CONFLICT, SAME_PHONE_OTHER_EMAIL)
    if exact and clash and place:
        return Verdict(Kind.CONFLICT, OTHER_EMAIL if clash == "email" else OTHER_PHONE)
    if clash:
        return None  # a namesake elsewhere, or a near name, with other contact details
    if exact:
        return Verdict(Kind.NEAR, SAME_NAME)
    if a.names.loose == b.names.loose:
        return Verdict(Kind.NEAR, SAME_LETTERS)
    if close_enough(a.names.loose, b.names.loose):
        return Verdict(Kind.NEAR, ONE_LETTER)
    return None
