"""Ctrl-C on a long command: the first asks the work to stop cleanly (what is done is kept), a
second one stops at once. One rule for `transcribe`, `diarize` and `record`."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def stop_on_ctrl_c(message: str = "") -> Iterator[threading.Event]:
    """The event is set on the first Ctrl-C (and `message` written to stderr); the previous
    handler is put back on leaving."""
    stop = threading.Event()

    def on_interrupt(_signum, _frame):
        stop.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        if message:
            sys.stderr.write(message)

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)
