"""Hard limits the reading child process puts on itself before it opens the file.

Linux and macOS: the address space (RLIMIT_AS) and the processor time (RLIMIT_CPU); an
allocation beyond the limit fails, and the reader then stops the child, never the app.
Windows: the child joins a Job Object of its own with a memory and a processor-time limit
(and kill-on-close), which has the same effect. The app's own watchdog (`sandbox.py`) also
ends the child after the same number of seconds on the clock.
"""

import sys


def apply_limits(memory_bytes: int, seconds: int) -> bool:
    """Limits this process; False when the system refused (the watchdog still applies)."""
    try:
        if sys.platform == "win32":
            return _job_object(memory_bytes, seconds)
        return _rlimits(memory_bytes, seconds)
    except (OSError, ValueError, AttributeError):
        return False


def _rlimits(memory_bytes: int, seconds: int) -> bool:
    import resource

    for kind, soft, hard in (
        (resource.RLIMIT_AS, memory_bytes, memory_bytes),
        (resource.RLIMIT_CPU, seconds, seconds + 1),
    ):
        _, current = resource.getrlimit(kind)
        if current != resource.RLIM_INFINITY:
            soft, hard = min(soft, current), min(hard, current)
        resource.setrlimit(kind, (soft, hard))
    return True


def _job_object(memory_bytes: int, seconds: int) -> bool:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    class BasicLimits(ctypes.Structure):
        _fields_ = [
            ("PerProcessUserTimeLimit", ctypes.c_int64),
            ("PerJobUserTimeLimit", ctypes.c_int64),
            ("LimitFlags", wintypes.DWORD),
            ("MinimumWorkingSetSize", ctypes.c_size_t),
            ("MaximumWorkingSetSize", ctypes.c_size_t),
            ("ActiveProcessLimit", wintypes.DWORD),
            ("Affinity", ctypes.c_size_t),
            ("PriorityClass", wintypes.DWORD),
            ("SchedulingClass", wintypes.DWORD),
        ]

    class IoCounters(ctypes.Structure):
        _fields_ = [(field, ctypes.c_uint64) for field in ("r", "w", "o", "rb", "wb", "ob")]

    class ExtendedLimits(ctypes.Structure):
        _fields_ = [
            ("BasicLimitInformation", BasicLimits),
            ("IoInfo", IoCounters),
            ("ProcessMemoryLimit", ctypes.c_size_t),
            ("JobMemoryLimit", ctypes.c_size_t),
            ("PeakProcessMemoryUsed", ctypes.c_size_t),
            ("PeakJobMemoryUsed", ctypes.c_size_t),
        ]

    process_time, process_memory, kill_on_close = 0x0002, 0x0100, 0x2000
    extended_limit_information = 9
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        return False
    limits = ExtendedLimits()
    limits.BasicLimitInformation.LimitFlags = process_time | process_memory | kill_on_close
    limits.BasicLimitInformation.PerProcessUserTimeLimit = seconds * 10_000_000  # 100 ns units
    limits.ProcessMemoryLimit = memory_bytes
    size = ctypes.sizeof(limits)
    if not kernel32.SetInformationJobObject(
        wintypes.HANDLE(job), extended_limit_information, ctypes.byref(limits), size
    ):
        return False
    # The handle stays open for the child's lifetime: closing it would end the child.
    _JOBS.append(job)
    me = kernel32.GetCurrentProcess()
    return bool(kernel32.AssignProcessToJobObject(wintypes.HANDLE(job), wintypes.HANDLE(me)))


_JOBS: list[object] = []
