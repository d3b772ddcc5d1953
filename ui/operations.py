"""Background work with one shape, after Anki's CollectionOp:

    Op(parent, services, lambda s: s.importing.import_audio(path)[0].id,
       describe=lambda: tr("Đang nhập …"), queue="import")
        .success(lambda meeting_id: ...)
        .failure(lambda error: ...)      # default: shown in the one error dialog
        .run()

The function runs on a pool thread with a Services of its own, opened on the same database (an
SQLite connection belongs to its thread) and closed after. `success` and `failure` run on the
GUI thread. Operations with the same `queue` run one after another (imports: the disk is the
bottleneck); the others run side by side on the pool.
"""

from __future__ import annotations

import itertools
import logging
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from meeting_assistant.services import Services
from ui.common.errors import show_error

log = logging.getLogger(__name__)

POOL_THREADS = 2  # two cores on an office PC: one for the GUI, one (or two) for work


class _Relay(QObject):
    """Lives in the GUI thread, so a signal emitted on it from a pool thread is delivered
    queued, on the GUI thread."""

    done = Signal(int, object, object)  # operation number, result, error


class _Runnable(QRunnable):
    def __init__(self, number: int, db_path: Path, fn: Callable[[Services], Any], relay: _Relay):
        super().__init__()
        self.number, self.db_path, self.fn, self.relay = number, db_path, fn, relay

    def run(self) -> None:
        try:
            with Services.open(self.db_path) as services:
                result = self.fn(services)
        except BaseException as exc:  # handed to the GUI thread, which shows it
            self.relay.done.emit(self.number, None, exc)
        else:
            self.relay.done.emit(self.number, result, None)


class _Runner(QObject):
    """The one pool: keeps each operation alive until its callbacks have run."""

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(POOL_THREADS)
        self.relay = _Relay(self)
        self.relay.done.connect(self._done)
        self.running: dict[int, Op] = {}
        self.queues: dict[str, deque[Op]] = {}
        self.numbers = itertools.count(1)

    def submit(self, op: Op) -> None:
        op.number = next(self.numbers)
        if op.queue is not None:
            waiting = self.queues.setdefault(op.queue, deque())
            waiting.append(op)
            if len(waiting) > 1:
                return  # starts when the one ahead of it is done
        self._start(op)

    def _start(self, op: Op) -> None:
        self.running[op.number] = op
        self.pool.start(_Runnable(op.number, op.db_path, op.fn, self.relay))

    def _done(self, number: int, result: Any, error: BaseException | None) -> None:
        op = self.running.pop(number, None)
        if op is None:
            return
        if op.queue is not None:
            waiting = self.queues[op.queue]
            waiting.popleft()
            if waiting:
                self._start(waiting[0])
        op.finish(result, error)

    def pending(self, queue: str | None = None) -> list[Op]:
        """Operations started or waiting (in `queue`, or all)."""
        if queue is not None:
            return list(self.queues.get(queue, ()))
        waiting = [op for q in self.queues.values() for op in q]
        return list(self.running.values()) + [
            op for op in waiting if op not in self.running.values()
        ]

    def wait(self) -> None:
        """Block until every started operation's work is done (closing the window)."""
        self.pool.waitForDone()


_runner: _Runner | None = None


def runner() -> _Runner:
    global _runner
    if _runner is None or _runner.parent() is not QCoreApplication.instance():
        _runner = _Runner()
    return _runner


class Op:
    def __init__(
        self,
        parent: QWidget | None,
        services: Services,
        fn: Callable[[Services], Any],
        *,
        describe: Callable[[], str] | None = None,
        queue: str | None = None,
    ) -> None:
        self.parent = parent
        self.db_path = services.path
        self.fn = fn
        self.describe = describe or (lambda: "")
        self.queue = queue
        self.number = 0
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None

    def success(self, callback: Callable[[Any], None]) -> Op:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op:
        self._failure = callback
        return self

    def run(self) -> Op:
        runner().submit(self)
        return self

    def finish(self, result: Any, error: BaseException | None) -> None:
        try:
            if error is None:
                if self._success is not None:
                    self._success(result)
            elif self._failure is not None:
                self._failure(error)
            else:
                show_error(self.parent, error)
        except RuntimeError:  # the widget that asked is gone (the window closed)
            log.info("an operation finished after its widget was deleted", exc_info=error)
