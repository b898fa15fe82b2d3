"""Where the agenda stands at a moment: the current block, time left or over, the running end.

Pure functions over the agenda rows, so live mode and its tests share one truth; no clock is
read here, the moment is always passed in.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from models.sessions.dto import AgendaRow


@dataclass(frozen=True)
class LiveState:
    """What the live screen shows next to the agenda."""

    current_index: int | None  # None: before the first block, after the last, or no agenda
    started: bool  # a block was started by the coach (else the planned times are followed)
    block_ends_at: datetime | None
    seconds_left: int  # negative when the block runs over time
    expected_end: datetime | None
    before_start: bool
    finished: bool


def block_times(
    starts_at: datetime | None, minutes: Sequence[int]
) -> list[tuple[datetime | None, datetime | None]]:
    """Start and end of each block: the session start plus the minutes of the blocks before."""
    if starts_at is None:
        return [(None, None) for _ in minutes]
    times: list[tuple[datetime | None, datetime | None]] = []
    moment = starts_at
    for length in minutes:
        end = moment + timedelta(minutes=length)
        times.append((moment, end))
        moment = end
    return times


def live_state(agenda: Sequence[AgendaRow], starts_at: datetime | None, now: datetime) -> LiveState:
    """The current block and its time left; a started block counts from when it really started."""
    if not agenda:
        return LiveState(None, False, None, 0, None, False, False)
    started = [i for i, row in enumerate(agenda) if row.started_at is not None]
    if started:
        index = started[-1]
        block = agenda[index]
        assert block.started_at is not None
        block_end = block.started_at + timedelta(minutes=block.minutes)
        later = sum(row.minutes for row in agenda[index + 1 :])
        expected_end = max(block_end, now) + timedelta(minutes=later)
        left = int((block_end - now).total_seconds())
        return LiveState(index, True, block_end, left, expected_end, False, False)
    if starts_at is None:
        return LiveState(0, False, None, 0, None, True, False)
    times = block_times(starts_at, [row.minutes for row in agenda])
    planned_end = times[-1][1]
    if now < starts_at:
        left = int((starts_at - now).total_seconds())
        return LiveState(None, False, None, left, planned_end, True, False)
    for index, (begin, end) in enumerate(times):
        assert begin is not None and end is not None
        if begin <= now < end:
            left = int((end - now).total_seconds())
            return LiveState(index, False, end, left, planned_end, False, False)
    assert planned_end is not None
    left = int((planned_end - now).total_seconds())
    return LiveState(len(agenda) - 1, False, planned_end, left, now, False, True)


def minutes_text(seconds: int) -> str:
    """'12 min', '0 min', rounded up so the last minute still shows as 1 min."""
    minutes = (abs(seconds) + 59) // 60
    return f"{minutes} min"
