"""Clean text: what may be stored, the one rule for imports, the app's own fields and exports.

Removed everywhere: C0 control characters (NUL, BEL, ESC …), DEL, C1 control characters, the
bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069: they turn "gpj.exe" into
"exe.jpg" on screen), lone surrogates and the non-characters U+FFFE and U+FFFF (neither can be
written to XML, so no Excel file could hold them). A multi-line field (notes, descriptions)
keeps tabs and line breaks, with every kind of line break made "\n"; a single-line field (a
name, an e-mail address) gets a space for each tab or line break instead.

`str.isprintable()` is false for every character removed here, so clean text (nearly all of
it) is recognised by one C-level call and returned as it is.
"""

import re

_REMOVED = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff"
_REMOVE = re.compile(f"[{_REMOVED}]")
_LINE_BREAK = re.compile("\r\n|[\n\r\u2028\u2029]")
_BREAK_OR_TAB = re.compile("\r\n|[\t\n\r\u2028\u2029]")


def clean_line(text: str) -> str:
    """`text` for a single-line field: tabs and line breaks become spaces, the rest goes."""
    if text.isprintable():
        return text
    return _REMOVE.sub("", _BREAK_OR_TAB.sub(" ", text))


def clean_multiline(text: str) -> str:
    """`text` for a multi-line field: tabs and line breaks ("\\n") stay, the rest goes."""
    if text.isprintable():
        return text
    return _REMOVE.sub("", _LINE_BREAK.sub("\n", text))


def is_clean(text: str, multiline: bool = False) -> bool:
    """Whether `text` is stored as it is."""
    return (clean_multiline if multiline else clean_line)(text) == text
