"""Holding off the cyclic collector during an import leaves it as it was found."""

import gc
import threading

import pytest

from models.people.importing.gc_pause import collector_paused


@pytest.fixture(autouse=True)
def _collector_enabled() -> None:
    gc.enable()


def test_paused_inside_and_enabled_again_after() -> None:
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()


def test_enabled_again_after_an_error() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("bestand onleesbaar")
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_pause_in_another_thread_keeps_the_collector_off_until_both_end() -> None:
    entered, release = threading.Event(), threading.Event()

    def worker() -> None:
        with collector_paused():
            entered.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    entered.wait(5)
    with collector_paused():
        pass
    assert not gc.isenabled()  # the worker's import is still running
    release.set()
    thread.join(5)
    assert gc.isenabled()
