"""The cyclic garbage collector held off while an import builds its many small objects.

Reading, checking and committing 10,000 rows makes a few hundred thousand tuples and strings,
none of them in reference cycles; every few hundred allocations the collector would walk all
of them again (a quarter of the import's time, measured). Reference counting still frees
everything as usual; the collector catches up when the outermost pause ends.
"""

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pauses cyclic collection for the block; nests, and works from several threads."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
