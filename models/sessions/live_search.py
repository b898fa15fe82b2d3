"""Check-in search: a few letters of a first or last name find the person at the door.

The people expected tonight rank first, then those already in, then the trajectory's other
people, then everyone known; so in the common case three letters and Enter check someone in.
Pure functions over plain candidates: live mode loads them once and filters per keystroke.
"""

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# Tiers: lower ranks first.
EXPECTED = 0  # registered or invited for this session, not checked in yet
PRESENT = 1  # already checked in (Enter then says so, nothing changes)
EXCUSED = 2  # said they would not come, or marked absent: they may still turn up
TRAJECTORY = 3  # known from another session, a project or as a contact of this trajectory
ANYONE = 4


@dataclass(frozen=True)
class Candidate:
    person_uid: str
    name: str
    detail: str  # municipality or organisation: tells two Jan Peeters apart
    tier: int
    words: tuple[str, ...]  # folded name words a typed word may start


def fold(text: str) -> str:
    """Lower case without accents: 'Véronique' is found by 'veron'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_SPLIT = re.compile(r"[\s\-]+")


def name_words(first_name: str, last_name: str) -> tuple[str, ...]:
    """Words a query may start: each name part, 'dhondt' for D'hondt, 'vandenbroeck' too."""
    words: list[str] = []
    for part in (first_name, last_name):
        folded = fold(part).strip()
        if not folded:
            continue
        pieces = [p for p in _SPLIT.split(folded) if p]
        for piece in pieces:
            words.append(piece.replace("'", ""))
            words.extend(p for p in piece.split("'") if p)
        joined = "".join(pieces).replace("'", "")
        words.append(joined)
    return tuple(dict.fromkeys(w for w in words if w))


def make_candidate(
    person_uid: str, first_name: str, last_name: str, detail: str, tier: int
) -> Candidate:
    name = f"{first_name} {last_name}".strip()
    return Candidate(person_uid, name, detail, tier, name_words(first_name, last_name))


def matches(candidate: Candidate, query_words: Sequence[str]) -> bool:
    """Every typed word starts some word of the name (each name word used once)."""
    free = list(candidate.words)
    for word in query_words:
        hit = next((w for w in free if w.startswith(word)), None)
        if hit is None:
            return False
        free.remove(hit)
    return True


def query_words(query: str) -> list[str]:
    return [w.replace("'", "") for w in _SPLIT.split(fold(query)) if w.replace("'", "")]


def rank(candidates: Sequence[Candidate], query: str, limit: int = 8) -> list[Candidate]:
    """The candidates matching the query, best first: by tier, then first name before last."""
    words = query_words(query)
    if not words:
        return [c for c in candidates if c.tier == EXPECTED][:limit]
    found = [c for c in candidates if matches(c, words)]
    first_word = words[0]

    def key(c: Candidate) -> tuple[int, int, str]:
        on_first_name = 0 if c.words and c.words[0].startswith(first_word) else 1
        return (c.tier, on_first_name, fold(c.name))

    found.sort(key=key)
    return found[:limit]


def keystrokes_to_check_in(candidates: Sequence[Candidate], person_uid: str) -> int | None:
    """The fewest keys (letters of the first or last name, then Enter) that check this person in.

    None when no prefix of either name puts the person on top. Used by the tests and the
    benchmark to hold live mode to "a known person in at most 4 keystrokes".
    """
    person = next((c for c in candidates if c.person_uid == person_uid), None)
    if person is None:
        return None
    best: int | None = None
    for word in person.words:
        for length in range(1, len(word) + 1):
            top = rank(candidates, word[:length], limit=1)
            if top and top[0].person_uid == person_uid:
                if best is None or length + 1 < best:
                    best = length + 1
                break
    return best
