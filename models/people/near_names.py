"""Names typed in a hurry: the same name despite a typo or a Flemish spelling variant.

The import's rule for a typo (`close_enough`: one letter added, left out, changed, or two
neighbours swapped) is applied to the spelling key of a word, where the variants a Flemish
name is written in are one: Wuyts and Wuijts, Claes and Klaas, D'hondt and Dhont.
"""

from models.people.importing.matching import close_enough

# Applied in this order to a folded word (lower case, no accents, no apostrophes).
_VARIANTS = (
    ("ij", "i"),
    ("y", "i"),
    ("ae", "a"),
    ("ck", "k"),
    ("c", "k"),
    ("dt", "t"),
    ("th", "t"),
    ("gh", "g"),
    ("ph", "f"),
)
MIN_NEAR = 4  # letters typed before a typo is forgiven: shorter words find too many


def spelling_key(folded_word: str) -> str:
    """The word with its Flemish spelling variants made one: 'wuijts' and 'wuyts' → 'wuits'."""
    key = folded_word
    for written, said in _VARIANTS:
        key = key.replace(written, said)
    return key


def near_word(typed: str, word: str) -> bool:
    """Whether a typed word (spelling key) may be meant as this name word (spelling key), or as
    the start of it: equal, a spelling variant, or one typo away once four letters are typed."""
    if word.startswith(typed):
        return True
    if len(typed) < MIN_NEAR:
        return False
    if close_enough(typed, word):
        return True
    # Still typing: the typo sits in the part typed so far ('saelan' for 'saelens'), with a
    # letter changed, left out or added.
    size = len(typed)
    return any(
        len(word) > length and close_enough(typed, word[:length])
        for length in (size, size + 1, size - 1)
    )
