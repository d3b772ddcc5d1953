"""Transcription off the GUI thread: the services' transcription generator driven in a QThread.

Three objects, each with one job:

- `_Worker` is moved to a `QThread`. It opens its own `Services` there (a connection belongs to the
  thread that opened it), loads the model and runs the generator, and hands events to the GUI
  thread: segments as queued signals, progress *coalesced* (the worker keeps only the latest
  value and posts at most one notification that has not been read yet, however fast the engine
  reports).
- `TranscriptionJob` lives in the GUI thread and is what the UI talks to: `start`, `cancel`,
  `is_running`, `wait`, and signals that are always emitted in the GUI thread. Progress reaches
  its listeners at most ten times a second (the latest value always arrives). `finished` and
  `failed` come only once the thread has ended and its database connection is closed, so a
  listener may start the next run at once.
- `TranscriptionManager` owns at most one running job for the whole application: two
  transcriptions at once would only share the same CPU cores, and the main window asks it on
  close what is still running.

Nothing here decides what to transcribe or how: that is the core's (`meeting_assistant`).
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QThread,
    QTimer,
    Signal,
    Slot,
)

from meeting_assistant.services import Services
from meeting_assistant.services.transcription import Finished, MeetingProgress, SegmentAdded

log = logging.getLogger(__name__)

# The GUI hears about progress at most this often (milliseconds).
PROGRESS_INTERVAL_MS = 100


class _Worker(QObject):
    """Runs one transcription in the thread it was moved to. Used by TranscriptionJob only."""

    segmentAdded = Signal(int)
    progressAvailable = Signal()

    def __init__(self, db_path: Path, meeting_id: int, options: dict, cancel: threading.Event):
        super().__init__()
        self._db_path = db_path
        self._meeting_id = meeting_id
        self._options = options
        self._cancel = cancel
        self._progress_lock = threading.Lock()
        self._latest: MeetingProgress | None = None
        self._posted = False
        # Read by the GUI thread only after the thread has finished.
        self.outcome: Finished | None = None
        self.error: BaseException | None = None
        self.replaced = None  # the clerk's segments a re-transcription replaced (a Change)

    @Slot()
    def run(self) -> None:
        try:
            with Services.open(self._db_path) as services:
                options = dict(self._options)
                service = services.transcription
                replace = options.pop("replace_edited", False)
                if options.pop("retranscribe", False):
                    events = service.retranscribe(
                        self._meeting_id, replace_edited=replace, cancel=self._cancel, **options
                    )
                else:
                    events = service.run(self._meeting_id, cancel=self._cancel, **options)
                try:
                    for event in events:
                        if isinstance(event, MeetingProgress):
                            self._post_progress(event)
                        elif isinstance(event, SegmentAdded):
                            self.segmentAdded.emit(event.segment.id)
                        elif isinstance(event, Finished):
                            self.outcome = event
                finally:
                    # Whatever happens, the generator's own clean-up (lock, 'interrupted') runs
                    # here, in the thread that owns the connection, never later in the GUI's.
                    events.close()
                    # However it ended (a failure too), what it replaced can be undone.
                    self.replaced = service.last_replaced() if replace else None
        except BaseException as exc:  # handed to the GUI thread, which shows it
            self.error = exc
        finally:
            # Leave the thread we are about to end, so the GUI thread can delete us safely, and
            # end it here (not by a queued signal: the GUI thread may be blocked in wait()).
            thread = self.thread()
            app = QCoreApplication.instance()
            if app is not None:
                self.moveToThread(app.thread())
            thread.quit()

    def _post_progress(self, event: MeetingProgress) -> None:
        with self._progress_lock:
            self._latest = event
            if self._posted:
                return  # the GUI has not read the previous one yet: it will read this one
            self._posted = True
        self.progressAvailable.emit()

    def take_progress(self) -> MeetingProgress | None:
        """The latest progress (GUI thread); later reports post a new notification."""
        with self._progress_lock:
            self._posted = False
            return self._latest


class TranscriptionJob(QObject):
    """One transcription at a time of one meeting, in a background thread.

    All signals are emitted in the GUI thread. After `finished` or `failed` the job is idle and
    may be started again (for instance to resume a cancelled run).
    """

    # fraction 0..1, seconds done, seconds in all, seconds of wall time, seconds left or None
    progress = Signal(float, float, float, float, object)
    segmentAdded = Signal(int)
    finished = Signal(bool, int)  # cancelled, segments added by this run
    failed = Signal(object)  # the exception; a UserError carries a message for the clerk

    def __init__(self, db_path: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = Path(db_path)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._cancel = threading.Event()
        self._meeting_id: int | None = None
        self._replaced = None
        self._latest: MeetingProgress | None = None
        self._unsent = False
        self._throttle = QTimer(self)
        self._throttle.setSingleShot(True)
        self._throttle.setInterval(PROGRESS_INTERVAL_MS)
        self._throttle.timeout.connect(self._send_unsent_progress)

    # --- control (GUI thread) -------------------------------------------------------------

    def start(
        self,
        meeting_id: int,
        model: str | None = None,
        language: str | None = None,
        *,
        beam_size: int = 5,
        cpu_threads: int = 0,
        window_s: float | None = None,
        engine: str | None = None,
        retranscribe: bool = False,
        replace_edited: bool = False,
    ) -> None:
        """Begin transcribing (or resume) `meeting_id`. Returns at once; the model is loaded in
        the background thread. Raises RuntimeError while this job is still running.
        `retranscribe` hears the whole meeting again (the clerk's edited segments stay, unless
        `replace_edited`: then `replaced()` is the undoable change once the run has ended)."""
        if self.is_running():
            raise RuntimeError(f"transcription of meeting {self._meeting_id} is still running")
        self._cancel = threading.Event()
        self._meeting_id = meeting_id
        self._latest = None
        self._unsent = False
        self._replaced = None
        options = {
            "model": model,
            "language": language,
            "beam_size": beam_size,
            "cpu_threads": cpu_threads,
            "window_s": window_s,
            "engine": engine,
            "retranscribe": retranscribe,
            "replace_edited": replace_edited,
        }
        thread = QThread()
        thread.setObjectName(f"transcription-{meeting_id}")
        worker = _Worker(self._db_path, meeting_id, options, self._cancel)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # Both are queued into this (GUI) thread, in the order the worker emitted them.
        worker.segmentAdded.connect(self.segmentAdded)
        worker.progressAvailable.connect(self._on_progress_available)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        thread.start()

    def cancel(self) -> None:
        """Ask the run to stop. The engine stops between segments (a few seconds); `finished`
        with cancelled=True follows. What was transcribed stays, and a later start resumes."""
        self._cancel.set()

    def is_cancelling(self) -> bool:
        return self.is_running() and self._cancel.is_set()

    def is_running(self) -> bool:
        """From `start` until `finished` or `failed` has been emitted."""
        return self._thread is not None

    def meeting_id(self) -> int | None:
        """The meeting being transcribed, or the last one when idle."""
        return self._meeting_id

    def replaced(self):
        """The `Change` of the clerk's segments the last run replaced (None: none replaced);
        set before `finished` or `failed` is emitted."""
        return self._replaced

    def last_progress(self) -> MeetingProgress | None:
        """The latest progress of the current run (for a view attached mid-run)."""
        return self._latest

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the run has ended (True), or `timeout_ms` has passed (False; -1: no limit).

        On True, `finished` or `failed` has been emitted before this returns. It blocks the GUI
        thread: for a short wait after `cancel`, or in scripts and tests."""
        thread = self._thread
        if thread is None:
            return True
        ended = thread.wait() if timeout_ms < 0 else thread.wait(int(timeout_ms))
        if ended:
            self._on_thread_finished()
        return ended

    # --- events from the worker (GUI thread) ------------------------------------------------

    @Slot()
    def _on_progress_available(self) -> None:
        worker = self._worker
        if worker is None:
            return
        latest = worker.take_progress()
        if latest is None:
            return
        self._latest = latest
        if self._throttle.isActive():
            self._unsent = True
        else:
            self._emit_progress()
            self._throttle.start()

    @Slot()
    def _send_unsent_progress(self) -> None:
        if self._unsent:
            self._emit_progress()
            self._throttle.start()

    def _emit_progress(self) -> None:
        self._unsent = False
        p = self._latest
        if p is not None:
            self.progress.emit(p.fraction, p.done_s, p.total_s, p.elapsed_s, p.eta_s)

    @Slot()
    def _on_thread_finished(self) -> None:
        thread, worker = self._thread, self._worker
        if thread is None or worker is None or not thread.isFinished():
            return  # already handled (wait() and the queued signal both call this)
        self._thread = self._worker = None
        thread.wait()
        # Deliver what the worker posted and we have not seen yet (only when wait() got here
        # before the queue did), so no segmentAdded ever follows finished.
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        latest = worker.take_progress()
        if latest is not None and latest is not self._latest:
            self._latest = latest
            self._unsent = True
        self._throttle.stop()
        if self._unsent:
            self._emit_progress()
        # Both are ours alone and have ended: dropping them here deletes them.
        self._replaced = worker.replaced
        if worker.error is not None:
            self.failed.emit(worker.error)
        else:
            outcome = worker.outcome or Finished(self._cancel.is_set(), 0)
            self.finished.emit(outcome.cancelled, outcome.segments_added)


class TranscriptionManager(QObject):
    """At most one running transcription in the application; the main window asks it on close.

    Signals: `runningChanged()` when a run begins or ends, `jobStarted(int meeting_id)`.
    """

    runningChanged = Signal()
    jobStarted = Signal(int)

    def __init__(self, db_path: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = Path(db_path)
        self._job: TranscriptionJob | None = None
        # The last job that ended, kept until the next start: its listeners may still hold it
        # while its finished signal is being delivered (deleting it then would pull it away).
        self._ended: TranscriptionJob | None = None

    @property
    def db_path(self) -> Path:
        return self._db_path

    def running_meeting_id(self) -> int | None:
        return self._job.meeting_id() if self._job is not None else None

    def job(self) -> TranscriptionJob | None:
        """The running job, if any."""
        return self._job

    def job_for(self, meeting_id: int) -> TranscriptionJob | None:
        """The running job of this meeting, if any (a page opened mid-run attaches to it)."""
        return self._job if self.running_meeting_id() == meeting_id else None

    def can_start(self) -> bool:
        return self._job is None

    def start(self, meeting_id: int, **options) -> TranscriptionJob:
        """Start a job (options as TranscriptionJob.start). RuntimeError while one is running:
        the UI offers no start button then."""
        if self._job is not None:
            raise RuntimeError(
                f"a transcription (meeting {self.running_meeting_id()}) is already running"
            )
        if self._ended is not None:
            self._ended.deleteLater()
            self._ended = None
        job = TranscriptionJob(self._db_path, self)
        # Connected before anyone else's slots: listeners of finished see the manager idle.
        job.finished.connect(self._on_job_ended)
        job.failed.connect(self._on_job_ended)
        self._job = job
        job.start(meeting_id, **options)
        self.jobStarted.emit(meeting_id)
        self.runningChanged.emit()
        return job

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel the running job and wait for it at most `timeout_ms`. True when nothing runs.

        While waiting, the GUI thread keeps painting and receiving the job's signals, but user
        input is held back (no re-entry from a second click on close). When the run does not
        stop in time, the process waits for it at exit, with the window already gone, instead
        of destroying a running thread (which would abort). The stored state is resumable
        either way: `recover_interrupted` marks it on the next start."""
        job = self._job
        if job is None:
            return True
        job.cancel()
        if job.is_running():
            loop = QEventLoop()
            job.finished.connect(loop.quit)
            job.failed.connect(loop.quit)
            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(loop.quit)
            timer.start(max(0, int(timeout_ms)))
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            timer.stop()
        if self._job is not job:  # it ended: _on_job_ended let it go
            return True
        self._linger_at_exit(job)
        return False

    def _linger_at_exit(self, job: TranscriptionJob) -> None:
        thread, worker = job._thread, job._worker
        if thread is None:
            return
        # Keep both alive whatever happens to the job and the window around them.
        _abandoned.append((thread, worker))

        def wait_then_leave() -> None:
            if not thread.wait(_EXIT_GRACE_MS):
                log.warning("transcription did not stop; leaving it to the next start to resume")
                os._exit(0)  # a running QThread must never be destroyed: that aborts

        atexit.register(wait_then_leave)

    def _on_job_ended(self, *_args) -> None:
        job = self._job
        if job is not None and not job.is_running():
            self._job, self._ended = None, job
            self.runningChanged.emit()


_abandoned: list[tuple[QThread, _Worker | None]] = []
_EXIT_GRACE_MS = 60_000
