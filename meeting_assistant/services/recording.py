"""Recording a meeting live: audio goes to a crash-safe WAV in the data folder as it is
captured, attached to its meeting, and (if asked) transcribed while the meeting goes on.

Threads: the capture thread only reads the source and writes the file (it never waits for
transcription, and a microphone's own callback only queues blocks). It opens its own Store at
the end to finalise the audio row. The live transcriber (services/live.py) only reads the
file, up to what the writer has synced. A file lock per recording tells a running session
from one whose process died, so that `recover_recordings` at the next start repairs only the
latter.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import threading
import uuid
from pathlib import Path

import numpy as np
from filelock import FileLock, Timeout

from ..audio.capture import FILE_PREFIX, Source, open_source
from ..audio.decode import MIN_DURATION
from ..audio.wav_writer import BYTES_PER_SECOND, SAMPLE_RATE, WavWriter, repair
from ..errors import NotFoundError, StorageError
from ..models import AudioFile
from ..paths import private_dir
from ..store import Store
from ..text import nfc
from .importing import sha256_of
from .live import LiveTranscriber, check_live_recogniser

LOW_DISK_WARNING_BYTES = 500 * 1024 * 1024  # about 4 hours of audio
MIN_FREE_TO_START_BYTES = 50 * 1024 * 1024  # refuse to start, or stop, below this
BLOCK_FRAMES = SAMPLE_RATE // 10  # 100 ms: the meter's pace and the capture granularity
DISK_CHECK_S = 2.0


def _free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def _lock(media_dir: Path, stored_path: str) -> FileLock:
    folder = media_dir / "locks"
    private_dir(folder)
    return FileLock(str(folder / f"recording-{Path(stored_path).stem}.lock"), timeout=0)


def _disk_full(folder: Path) -> StorageError:
    return StorageError(
        "Ổ đĩa chứa thư mục dữ liệu ({path}) gần đầy; không thể ghi âm tiếp. Phần đã ghi được"
        " giữ nguyên. Hãy giải phóng dung lượng rồi ghi tiếp vào cuộc họp này.",
        "The disk holding the data folder ({path}) is almost full; recording cannot go on. What"
        " was recorded is kept. Free some space, then record more into this meeting.",
        path=str(folder),
    )


def _finish_row(store: Store, audio: AudioFile, path: Path, duration: float) -> AudioFile | None:
    """The file is complete: give its row the real size, checksum and length, status ready.
    A recording with no sound at all is removed (row and file): there is nothing to keep."""
    if duration < MIN_DURATION:
        store.audio.delete(audio.id)
        path.unlink(missing_ok=True)
        return None
    checksum = sha256_of(path)
    other = store.audio.by_sha256(checksum)
    if other is not None and other.id != audio.id:  # the same file played in twice (tests)
        checksum = f"{checksum}-rec{audio.id}"
    store.audio.finish_recording(
        audio.id, duration=duration, size_bytes=path.stat().st_size, sha256=checksum
    )
    # Plain while it was being written (never lose work); encrypted at rest once complete.
    store.seal_media(audio.stored_path)
    meeting = store.meetings.get(audio.meeting_id)
    if meeting.state == "new":
        store.meetings.set_state(meeting.id, "audio")
    return store.audio.get(audio.id)


def recover_recordings(store: Store) -> list[AudioFile]:
    """Recordings left "recording" by a process that is gone (killed, power cut): repair the
    file from the data on disk, finalise the row, and return them to tell the clerk.

    A session still alive holds its lock, so another window or command never touches it."""
    recovered = []
    for audio in store.audio.recording():
        lock = _lock(store.media_dir, audio.stored_path)
        try:
            lock.acquire()
        except Timeout:
            continue  # still recording in another window or command
        try:
            path = store.media_dir / audio.stored_path
            if not path.is_file():
                store.audio.set_status(audio.id, "interrupted")
                continue
            finished = _finish_row(store, audio, path, repair(path))
            if finished is not None:
                recovered.append(finished)
        finally:
            lock.release()
    return recovered


class RecordingSession:
    """One recording, from start() to stop(). Its public attributes are safe to read from any
    thread (a window's timer polls elapsed, level, running, error, disk_warning)."""

    def __init__(
        self,
        db_path: Path,
        *,
        meeting_id: int | None = None,
        title: str | None = None,
        device: str | None = None,
        live_transcribe: bool = False,
        model: str | None = None,
        language: str | None = None,
        engine: str | None = None,
    ) -> None:
        self.db_path = Path(db_path)
        # None: the default recogniser for the meeting's language, as for `transcribe`.
        self.engine = engine
        self.meeting_id = meeting_id
        self.title = title
        self.device = device
        self.live_transcribe = live_transcribe
        self.model = model
        self.language = language
        self.audio_id: int | None = None
        self.path: Path | None = None
        self.level = 0.0
        self.paused = False
        self.error: BaseException | None = None
        self.free_bytes = 0
        self.disk_warning = False
        self._frames = 0
        self._source: Source | None = None
        self._writer: WavWriter | None = None
        self._lock: FileLock | None = None
        self._stop = threading.Event()
        self._finished = threading.Event()  # the file and its row are final
        self._thread: threading.Thread | None = None
        self._live: LiveTranscriber | None = None

    # --- what a window or the CLI reads -------------------------------------------------------

    @property
    def elapsed(self) -> float:
        return self._frames / SAMPLE_RATE

    @property
    def running(self) -> bool:
        return self._thread is not None and not self._finished.is_set()

    @property
    def transcribed_until(self) -> float:
        return self._live.transcribed_until if self._live else 0.0

    @property
    def transcription_error(self) -> BaseException | None:
        return self._live.error if self._live else None

    @property
    def recorded_s(self) -> float:
        """Seconds of audio another reader may read from the file now (synced to disk)."""
        writer = self._writer
        return writer.synced_frames / SAMPLE_RATE if writer else 0.0

    # --- control ------------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("a RecordingSession records once")
        with Store(self.db_path) as store:
            audio_dir = store.media_dir / "audio"
            try:
                private_dir(audio_dir)
                self.free_bytes = _free_bytes(audio_dir)
            except OSError as exc:
                raise StorageError(
                    "Không tạo được thư mục dữ liệu {path}: {reason}",
                    "Cannot create the data folder {path}: {reason}",
                    path=str(audio_dir),
                    reason=exc.strerror or str(exc),
                ) from exc
            if self.free_bytes < MIN_FREE_TO_START_BYTES:
                raise _disk_full(audio_dir)
            self.disk_warning = self.free_bytes < LOW_DISK_WARNING_BYTES
            if self.meeting_id is not None:
                store.meetings.get(self.meeting_id)  # NotFoundError before anything is opened
            if self.live_transcribe:  # an unknown model or language fails now, not at the end
                check_live_recogniser(self.engine, self.model, self.language)
            source = open_source(self.device)  # an unknown device: a UserError, nothing made
            now = dt.datetime.now()
            stored = f"audio/rec-{now:%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:8]}.wav"
            lock = _lock(store.media_dir, stored)
            lock.acquire()
            path = store.media_dir / stored
            try:
                writer = WavWriter(path)
                with store.atomic():
                    if self.meeting_id is None:
                        title = self.title or f"Ghi âm {now:%d/%m/%Y %H:%M}"
                        self.meeting_id = store.meetings.create(nfc(title)).id
                    audio = store.audio.add(
                        self.meeting_id,
                        stored_path=stored,
                        original_name=_original_name(self.device, now),
                        sha256=f"recording-{uuid.uuid4()}",
                        size_bytes=0,
                        duration=0.0,
                        sample_rate=SAMPLE_RATE,
                        channels=1,
                        codec="pcm_s16le",
                        source="recording",
                        status="recording",
                    )
            except BaseException:
                with contextlib.suppress(Exception):
                    writer.close()
                path.unlink(missing_ok=True)
                source.close()
                lock.release()
                raise
        self.audio_id, self.path = audio.id, path
        self._source, self._writer, self._lock = source, writer, lock
        self._thread = threading.Thread(target=self._capture, name="recording", daemon=False)
        self._thread.start()
        if self.live_transcribe:
            self._live = LiveTranscriber(
                self.db_path,
                audio.id,
                recorded_s=lambda: self.recorded_s,
                recording_done=self._finished,
                model=self.model,
                language=self.language,
                engine=self.engine,
            )
            self._live.start()

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.paused = False

    def stop(self) -> None:
        """Stop capturing and finalise the file and its row (status ready). With live
        transcription, its last pass over the tail then runs in the background: see
        wait_transcribed()."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def wait_transcribed(self, timeout: float | None = None) -> bool:
        """True once live transcription has finished everything, the tail included."""
        if self._live is None:
            return self._finished.wait(timeout)
        return self._live.wait(timeout) and self._live.error is None

    # --- the capture thread -------------------------------------------------------------------

    def _capture(self) -> None:
        source, writer = self._source, self._writer
        assert source is not None and writer is not None
        checked = 0.0
        try:
            while not self._stop.is_set():
                samples = source.read(BLOCK_FRAMES)
                if len(samples) == 0:
                    break  # the end of a file: device, or the device went away
                self.level = float(min(1.0, np.abs(samples).max()))
                if self.paused:
                    continue
                writer.write(samples)
                self._frames = writer.frames
                if self.elapsed - checked >= DISK_CHECK_S:
                    checked = self.elapsed
                    self.free_bytes = _free_bytes(writer.path.parent)
                    self.disk_warning = self.free_bytes < LOW_DISK_WARNING_BYTES
                    if self.free_bytes < MIN_FREE_TO_START_BYTES:
                        raise _disk_full(writer.path.parent)
        except OSError as exc:  # the disk filled up or went away: what is written stays
            self.error = StorageError(
                "Không ghi được tệp ghi âm {path}: {reason}. Phần đã ghi được giữ nguyên.",
                "Cannot write the recording {path}: {reason}. What was recorded is kept.",
                path=str(writer.path),
                reason=exc.strerror or str(exc),
            )
        except BaseException as exc:  # noqa: BLE001 - reported through .error
            self.error = exc
        finally:
            with contextlib.suppress(Exception):
                source.close()
            self._finalise()

    def _finalise(self) -> None:
        writer = self._writer
        assert writer is not None and self._lock is not None
        try:
            with contextlib.suppress(OSError):
                writer.close()
            duration = repair(writer.path)  # the header written by close(), or fixed here
            self._frames = int(round(duration * SAMPLE_RATE))
            with Store(self.db_path) as store:
                try:
                    audio = store.audio.get(self.audio_id)
                except NotFoundError:
                    return  # the meeting was deleted while recording
                _finish_row(store, audio, writer.path, duration)
        except BaseException as exc:  # noqa: BLE001 - the next start repairs it
            self.error = self.error or exc
        finally:
            self._lock.release()
            self._finished.set()


def _original_name(device: str | None, now: dt.datetime) -> str:
    if device and device.startswith(FILE_PREFIX):
        return nfc(Path(device[len(FILE_PREFIX) :]).name)
    return f"Ghi âm {now:%d-%m-%Y %H-%M}.wav"


def bytes_per_hour() -> int:
    return BYTES_PER_SECOND * 3600
