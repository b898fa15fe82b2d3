"""Check-in search: a few letters of a first or last name find the person at the door.

The people expected tonight rank first, then those already in, then the trajectory's other
people, then everyone known; so in the common case three letters and Enter check someone in.
A typo or a Flemish spelling variant ('Saelans', 'Wuijts') still finds the person, after the
exact matches of the same tier. Pure functions over plain candidates: live mode loads them
once and filters per keystroke.
"""

import heapq
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from models.people.importing.matching import close_enough
from models.people.near_names import MIN_NEAR, near_word, spelling_key

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
    sounds: tuple[str, ...] = field(default=(), compare=False)  # their spelling keys


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
    words = name_words(first_name, last_name)
    sounds = tuple(dict.fromkeys(spelling_key(word) for word in words))
    return Candidate(person_uid, name, detail, tier, words, sounds)


def matches(candidate: Candidate, query_words: Sequence[str]) -> bool:
    """Every typed word starts some word of the name (each name word used once)."""
    free = list(candidate.words)
    for word in query_words:
        hit = next((w for w in free if w.startswith(word)), None)
        if hit is None:
            return False
        free.remove(hit)
    return True


def near_matches(candidate: Candidate, typed_sounds: Sequence[str]) -> bool:
    """Every typed word (as spelling key) is a name word, its start, or one typo away."""
    free = list(candidate.sounds)
    for word in typed_sounds:
        hit = next((w for w in free if near_word(word, w)), None)
        if hit is None:
            return False
        free.remove(hit)
    return True


def query_words(query: str) -> list[str]:
    return [w.replace("'", "") for w in _SPLIT.split(fold(query)) if w.replace("'", "")]


def rank(candidates: Sequence[Candidate], query: str, limit: int = 8) -> list[Candidate]:
    """The candidates matching the query, best first: by tier, exact before near, then first
    name before last name."""
    return [hit.candidate for hit in CheckInSearch(candidates).search(query, limit)]


@dataclass(frozen=True)
class Hit:
    candidate: Candidate
    near: bool  # found despite a typo or another spelling: the screen says so


class CheckInSearch:
    """Search as you type over everyone known (tens of thousands): the name words are indexed
    once, so a keystroke looks up words, not people, and only the few people whose words fit
    are checked one by one."""

    def __init__(self, candidates: Sequence[Candidate]) -> None:
        self.candidates = list(candidates)
        self._by_word: dict[str, list[int]] = {}
        self._by_sound: dict[str, list[int]] = {}
        for index, candidate in enumerate(self.candidates):
            for word in candidate.words:
                self._by_word.setdefault(word, []).append(index)
            for sound in candidate.sounds:
                self._by_sound.setdefault(sound, []).append(index)
        self._words = sorted(self._by_word)
        self._sounds = sorted(self._by_sound)
        self._cut: dict[int, list[str]] = {}  # spelling keys cut to a length, for typo'd starts
        by_name = sorted(range(len(self.candidates)), key=lambda i: fold(self.candidates[i].name))
        self._order = [0] * len(self.candidates)
        for position, index in enumerate(by_name):
            self._order[index] = position

    def search(self, query: str, limit: int = 8) -> list[Hit]:
        """The best `limit` people for what is typed, each said to be exact or near."""
        words = query_words(query)
        if not words:
            return [Hit(c, False) for c in self.candidates if c.tier == EXPECTED][:limit]
        sounds = [spelling_key(word) for word in words]
        exact: set[int] | None = None
        possible: set[int] | None = None
        for word, sound in zip(words, sounds, strict=True):
            starting = self._starting(self._words, self._by_word, word)
            exact = starting if exact is None else exact & starting
            fitting = starting | self._near(sound)
            possible = fitting if possible is None else possible & fitting
        assert exact is not None and possible is not None
        if len(words) > 1:
            # Two typed words may fit the same name word: check the few left one by one.
            exact = {i for i in exact if matches(self.candidates[i], words)}
            possible = {
                i for i in possible if i in exact or near_matches(self.candidates[i], sounds)
            }
        first_word = words[0]
        candidates, order = self.candidates, self._order

        def key(index: int) -> tuple[int, bool, int, int]:
            c = candidates[index]
            on_first_name = 0 if c.words and c.words[0].startswith(first_word) else 1
            return (c.tier, index not in exact, on_first_name, order[index])

        best = heapq.nsmallest(limit, possible, key=key)
        return [Hit(candidates[index], index not in exact) for index in best]

    @staticmethod
    def _starting(ordered: list[str], index: dict[str, list[int]], prefix: str) -> set[int]:
        """The people with a word starting with `prefix` (a range of the sorted words)."""
        found: set[int] = set()
        for position in range(bisect_left(ordered, prefix), len(ordered)):
            word = ordered[position]
            if not word.startswith(prefix):
                break
            found.update(index[word])
        return found

    def _near(self, sound: str) -> set[int]:
        """The people with a word that this spelling key starts, or is one typo away from."""
        found = self._starting(self._sounds, self._by_sound, sound)
        if len(sound) < MIN_NEAR:
            return found
        size = len(sound)
        for word in self._close(sound, self._sounds):
            found.update(self._by_sound[word])
        for length in (size - 1, size, size + 1):
            for cut in self._close(sound, self._cut_to(length)):
                found |= self._starting(self._sounds, self._by_sound, cut)
        return found

    def _cut_to(self, length: int) -> list[str]:
        if length not in self._cut:
            self._cut[length] = sorted({s[:length] for s in self._sounds if len(s) > length})
        return self._cut[length]

    @staticmethod
    def _close(sound: str, words: list[str]) -> list[str]:
        """The words one typo from `sound`, found by rapidfuzz over the whole list at once."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        return [
            word
            for word, _distance, _index in process.extract(
                sound, words, scorer=OSA.distance, score_cutoff=1, limit=None
            )
            if close_enough(sound, word)
        ]


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
