"""The one way long work leaves the GUI thread: a task on a single-thread pool.

A task is a plain function that takes a :class:`TaskContext`; it reports progress and asks
whether the analyst pressed Cancel through that context. Results, errors and progress come back
to the GUI thread as queued signals, so callbacks may touch widgets. One thread is enough and
keeps every database write in one writer, one after another.
"""

from __future__ import annotations

import gc
import logging
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_collector_lock = threading.Lock()
_collector_pauses = 0
_collector_was_enabled = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold off Python's cyclic garbage collector while a task builds a big, long-lived result.

    Reading 100,000 facts makes about half a million objects. Each full collection on the way
    walks all of them, holding the interpreter lock a tenth of a second or more, and the GUI
    thread waits out every one: the window stutters while the table loads. The records are
    freed by reference counting alone (a whole load leaves under a hundred objects in cycles),
    so nothing is lost by not collecting meanwhile. When the last pause ends, everything
    alive is moved out of the collector's sight (``gc.freeze``): the project's records then
    cost later collections nothing, and the little cyclic garbage of the moment stays frozen.
    """
    global _collector_pauses, _collector_was_enabled
    with _collector_lock:
        if _collector_pauses == 0:
            _collector_was_enabled = gc.isenabled()
        _collector_pauses += 1
        gc.disable()
    try:
        yield
    finally:
        with _collector_lock:
            _collector_pauses -= 1
            if _collector_pauses == 0:
                gc.freeze()
                if _collector_was_enabled:
                    gc.enable()


class TaskContext:
    """What a running task sees: a cancel flag and a way to say how far it has got."""

    def __init__(self, signals: TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)

    def deliver(self, part: object) -> None:
        """Hand over part of the result before the rest is ready (it arrives before the
        result, on the GUI thread): what can be shown at once need not wait for the rest."""
        self._signals.partial.emit(part)


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    partial = Signal(object)
    finished = Signal(object)
    failed = Signal(str)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], signals: TaskSignals) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = signals
        self.context = TaskContext(signals)
        #: what the task raised, kept for the GUI thread (the failed signal carries its text)
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            result = self.fn(self.context)
        except Exception as exc:  # reported to the analyst, never lost in a worker thread
            self.error = exc
            message = str(exc) or type(exc).__name__
            traceback.print_exc()
            # The trace goes to the log file too, where "Report a Problem" points.
            logging.getLogger("factlane").exception("background task failed")
            self.signals.failed.emit(message)
        else:
            self.signals.finished.emit(result)


class Task(QObject):
    """A handle on submitted work: cancel it, or connect to its signals."""

    progress = Signal(int, int, str)
    partial = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(
        self, name: str, runnable: _Runnable, parent: QObject | None = None, *, writes: bool = False
    ) -> None:
        super().__init__(parent)
        self.name = name
        #: whether the work writes to the project (an import, a re-extraction), not only reads
        self.writes = writes
        # Holding the runnable (and with it the signals object) keeps both alive until the
        # worker's last emit has been delivered.
        self._runnable = runnable
        self.running = True
        runnable.signals.progress.connect(self.progress)
        runnable.signals.partial.connect(self.partial)
        runnable.signals.finished.connect(self._on_finished)
        runnable.signals.failed.connect(self._on_failed)

    def cancel(self) -> None:
        self._runnable.context.cancel()

    def cancelled(self) -> bool:
        return self._runnable.context.cancelled()

    @property
    def error(self) -> Exception | None:
        """What the task raised, once it has failed (None before, or when it did not)."""
        return self._runnable.error

    def _on_finished(self, result: object) -> None:
        self.running = False
        self.finished.emit(result)
        self.done.emit()

    def _on_failed(self, message: str) -> None:
        self.running = False
        self.failed.emit(message)
        self.done.emit()


class TaskRunner(QObject):
    """Runs tasks one at a time off the GUI thread and keeps them alive until they end."""

    started = Signal(object)  # Task
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._tasks: list[Task] = []
        #: asked first about what a task raised: True when it has dealt with it (the project
        #: file was moved while open, say, and the window said so in its own box), and the
        #: task's own on_error is then not called
        self.intercept: Callable[[Exception], bool] | None = None

    def run(
        self,
        name: str,
        fn: Callable[[TaskContext], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_partial: Callable[[Any], None] | None = None,
        writes: bool = False,
    ) -> Task:
        """Run ``fn`` off the GUI thread; ``writes``: it changes the project (see
        writing())."""
        signals = TaskSignals()
        runnable = _Runnable(fn, signals)
        task = Task(name, runnable, self, writes=writes)
        if on_progress is not None:
            task.progress.connect(on_progress)
        if on_partial is not None:
            task.partial.connect(on_partial)
        if on_done is not None:
            task.finished.connect(on_done)
        if on_error is not None or self.intercept is not None:
            task.failed.connect(lambda message: self._failed(task, message, on_error))
        task.done.connect(lambda: self._forget(task))
        self._tasks.append(task)
        self.started.emit(task)
        self._pool.start(runnable)
        return task

    def _failed(self, task: Task, message: str, on_error: Callable[[str], None] | None) -> None:
        error = task.error
        if self.intercept is not None and error is not None and self.intercept(error):
            return
        if on_error is not None:
            on_error(message)

    def _forget(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        task.deleteLater()
        if not self._tasks:
            self.idle.emit()

    def busy(self) -> bool:
        return bool(self._tasks)

    def tasks(self) -> list[Task]:
        return list(self._tasks)

    def writing(self) -> Task | None:
        """The running task that writes to the project, if one does."""
        return next((t for t in self._tasks if t.writes and t.running), None)

    def cancel_all(self) -> None:
        for task in self._tasks:
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker thread is idle (closing the window, tests)."""
        return bool(self._pool.waitForDone(msecs))

    def active_threads(self) -> int:
        return int(self._pool.activeThreadCount())
