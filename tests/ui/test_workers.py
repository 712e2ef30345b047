"""The background-work helpers on their own."""

from __future__ import annotations

import gc
import threading

from desktop.ui.workers import collector_paused


def test_collector_is_held_off_while_any_read_runs_and_back_after() -> None:
    assert gc.isenabled()
    frozen_before = gc.get_freeze_count()
    inner_done = threading.Event()
    with collector_paused():
        assert not gc.isenabled()

        def other_read() -> None:
            with collector_paused():
                assert not gc.isenabled()
            inner_done.set()

        worker = threading.Thread(target=other_read)
        worker.start()
        worker.join()
        assert inner_done.is_set()
        # One read ending does not turn the collector back on under another.
        assert not gc.isenabled()
        kept = [[i] for i in range(1000)]
    assert gc.isenabled()
    # What was built is out of the collector's sight from now on.
    assert gc.get_freeze_count() >= frozen_before + len(kept)
    gc.unfreeze()


def test_collector_comes_back_when_a_read_fails() -> None:
    try:
        with collector_paused():
            raise RuntimeError("the disk went away")
    except RuntimeError:
        pass
    assert gc.isenabled()


def test_collector_left_off_if_it_was_off_before() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
