"""Playing a meeting's recordings: `AudioPlayer` (no widgets) and `PlayerBar` (its controls).

A meeting may have several recordings, played one after another on one timeline: the meeting's
time is the sum of the durations of the earlier files plus the position in the current one.
`AudioPlayer` keeps one `QMediaPlayer` on the current file, switches the source when a seek lands
in another file, and moves on to the next file at the end of one.

Nothing here raises at the clerk: a missing file, an unsupported format or a machine with no
sound device becomes a translated `errorOccurred(message)`, and the rest keeps working (on a
machine without a sound device the position still runs, so the transcript still follows).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer

from meeting_assistant.models import AudioFile
from meeting_assistant.services import Services
from meeting_assistant.timeline import Timeline

log = logging.getLogger(__name__)

RATES = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
SKIP_S = 5.0
STUCK_AFTER_MS = 4000  # playing this long without the position moving: say so
_READY = (
    QMediaPlayer.MediaStatus.LoadedMedia,
    QMediaPlayer.MediaStatus.BufferingMedia,
    QMediaPlayer.MediaStatus.BufferedMedia,
    QMediaPlayer.MediaStatus.EndOfMedia,
)


class AudioPlayer(QObject):
    """Plays a meeting's recordings as one timeline.

    Signals: `positionChanged(audio_id, seconds)` (seconds into that recording),
    `stateChanged(playing)`, `errorOccurred(message)` (translated, for the clerk) and
    `timelineChanged(total_seconds)` after `load`.
    """

    positionChanged = Signal(int, float)
    stateChanged = Signal(bool)
    errorOccurred = Signal(str)
    timelineChanged = Signal(float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = QMediaPlayer(self)
        self._output = QAudioOutput(self)
        # With no sound device, an attached output can leave QMediaPlayer.stop() waiting
        # forever on its audio thread (Qt's FFmpeg backend): attach one only when there is one.
        # Playback then still runs on its clock, so the transcript follows it.
        if QMediaDevices.audioOutputs():
            self._player.setAudioOutput(self._output)
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._outputs_changed)
        self._player.positionChanged.connect(self._media_position)
        self._player.mediaStatusChanged.connect(self._media_status)
        self._player.playbackStateChanged.connect(self._update_state)
        self._player.errorOccurred.connect(self._media_error)

        self._files: list[AudioFile] = []
        self._paths: dict[int, Path] = {}
        self._timeline = Timeline.of([])
        self._current: AudioFile | None = None
        self._pending_seek_s: float | None = None  # applied once the current file has loaded
        self._want_playing = False
        self._advancing = False  # moving on to the next file at the end of one
        self._switching = False  # inside setSource: the old file's reports are ignored
        self._stop_at: float | None = None  # play_span's end, in the current file
        self._rate = 1.0
        self._playing = False
        self._told_no_output = False
        # Playing but the position does not move: the clerk is told, never left at 00:00:00.
        self._stuck_timer = QTimer(self)
        self._stuck_timer.setSingleShot(True)
        self._stuck_timer.setInterval(STUCK_AFTER_MS)
        self._stuck_timer.timeout.connect(self._check_moving)
        self._started_at: float | None = None
        self._last_message: Callable[[], str] | None = None

    # --- loading --------------------------------------------------------------------------------

    def load(self, services: Services, meeting_id: int) -> None:
        """Take a meeting's recordings (in their order); stopped at the start of the first."""
        self._want_playing = False
        self._stop_at = None
        self._last_message = None
        self._player.stop()
        self._timeline = Timeline.of(services.meetings.audio(meeting_id))
        self._files = list(self._timeline.files)
        self._paths = {a.id: services.meetings.media_path(a) for a in self._files}
        self._current = None
        if not self._player.isAvailable():
            self._say(
                lambda: self.tr(
                    "Máy này thiếu thành phần phát âm thanh nên không phát được bản ghi."
                )
            )
        if self._files:
            self._switch_to(self._files[0], 0.0)
        else:
            self._player.setSource(QUrl())
        self.timelineChanged.emit(self.total_duration())
        if self._current is not None:
            self.positionChanged.emit(self._current.id, 0.0)

    def media_player(self) -> QMediaPlayer:
        """The underlying QMediaPlayer (for tests and diagnostics)."""
        return self._player

    def audio_files(self) -> list[AudioFile]:
        return list(self._files)

    def current_audio(self) -> AudioFile | None:
        return self._current

    def total_duration(self) -> float:
        """The meeting's length: all its recordings one after another, in seconds."""
        return self._timeline.total

    def offset_of(self, audio_id: int) -> float:
        """Where a recording starts on the meeting's timeline, in seconds."""
        return self._timeline.offset(audio_id)

    # --- position ---------------------------------------------------------------------------------

    def position(self) -> tuple[int | None, float]:
        """(audio id, seconds into it)."""
        if self._current is None:
            return None, 0.0
        if self._pending_seek_s is not None:
            return self._current.id, self._pending_seek_s
        return self._current.id, self._player.position() / 1000.0

    def global_position(self) -> float:
        """Seconds from the start of the meeting's first recording."""
        audio_id, seconds = self.position()
        return self.offset_of(audio_id) + seconds if audio_id is not None else 0.0

    def seek(self, audio_id: int, seconds: float) -> None:
        """Go to `seconds` into recording `audio_id` (switching files if needed)."""
        self._stop_at = None
        self._seek(audio_id, seconds)

    def seek_global(self, seconds: float) -> None:
        """Go to a point on the meeting's timeline."""
        found = self._timeline.locate(seconds)
        if found is not None:
            self.seek(found[0].id, found[1])

    def skip(self, delta_s: float) -> None:
        """Jump forwards (or with a negative delta, back), across files if needed."""
        self.seek_global(self.global_position() + delta_s)

    def _seek(self, audio_id: int, seconds: float) -> None:
        audio = next((a for a in self._files if a.id == audio_id), None)
        if audio is None:
            return
        self._advancing = False
        seconds = min(max(0.0, seconds), audio.duration or 0.0)
        if self._current is None or audio.id != self._current.id:
            self._switch_to(audio, seconds)
        elif self._player.mediaStatus() in _READY:
            self._player.setPosition(round(seconds * 1000))
        else:
            self._pending_seek_s = seconds
        self.positionChanged.emit(audio.id, seconds)

    # --- playing ----------------------------------------------------------------------------------

    def is_playing(self) -> bool:
        return self._playing

    def play(self) -> None:
        if self._current is None:
            return
        if self._is_missing(self._current):
            self._tell_missing(self._current)
            return
        self._check_output()
        last = self._files[-1]
        if (
            self._current.id == last.id
            and self._player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia
        ):
            self._seek(self._files[0].id, 0.0)  # at the very end: start again
        self._want_playing = True
        if self._player.mediaStatus() in _READY and self._pending_seek_s is None:
            self._player.play()
        self._update_state()
        self._started_at = self.global_position()
        self._stuck_timer.start()

    def _check_moving(self) -> None:
        if not self._want_playing or self._advancing or self._started_at is None:
            return
        if abs(self.global_position() - self._started_at) < 0.05:
            self._say(
                lambda: self.tr(
                    "Bản ghi không chạy: vị trí phát vẫn đứng yên. Hãy bấm vào thanh thời gian"
                    " để chọn chỗ nghe, hoặc mở lại cuộc họp."
                )
            )

    def pause(self) -> None:
        self._stuck_timer.stop()
        self._want_playing = False
        self._stop_at = None
        self._advancing = False
        self._player.pause()
        self._update_state()

    def toggle(self) -> None:
        if self._want_playing:
            self.pause()
        else:
            self.play()

    def play_span(self, audio_id: int, start: float, end: float) -> None:
        """Play one stretch of a recording (a segment) and pause at its end."""
        self._seek(audio_id, start)
        self._stop_at = end
        self.play()

    def rate(self) -> float:
        return self._rate

    def set_rate(self, rate: float) -> None:
        """Playback speed (1.0 is normal); kept across files."""
        self._rate = float(rate)
        self._player.setPlaybackRate(self._rate)

    # --- QMediaPlayer events ----------------------------------------------------------------------

    def _switch_to(self, audio: AudioFile, seconds: float) -> None:
        self._current = audio
        path = self._paths.get(audio.id)
        if path is None or not path.is_file():
            self._pending_seek_s = None
            self._want_playing = self._advancing = False
            self._player.setSource(QUrl())
            self._update_state()
            self._tell_missing(audio)
            return
        self._pending_seek_s = seconds
        # Stop the old file first and ignore what it reports meanwhile: an ended file reports
        # itself "loaded" again when stopped, which must not pass for the new one.
        url = QUrl.fromLocalFile(str(path))
        same = self._player.source() == url
        self._switching = True
        try:
            self._player.stop()
            self._player.setSource(url)
        finally:
            self._switching = False
        self._player.setPlaybackRate(self._rate)
        if same and self._player.mediaStatus() in _READY:
            # The same file again (the meeting opened anew): Qt keeps it loaded and reports no
            # new status, so the waiting seek is applied now, or playing would never start.
            self._media_status(QMediaPlayer.MediaStatus.LoadedMedia)

    def _is_missing(self, audio: AudioFile) -> bool:
        path = self._paths.get(audio.id)
        return path is None or not path.is_file()

    def _tell_missing(self, audio: AudioFile) -> None:
        self._say(
            lambda: self.tr(
                "Không tìm thấy tệp ghi âm “{name}”. Tệp có thể đã bị xóa hoặc chuyển đi."
            ).format(name=audio.original_name)
        )

    def _say(self, message: Callable[[], str]) -> None:
        """Tell the clerk (errorOccurred); kept as a function, so that the message shown can be
        worded again in another language (`last_message`)."""
        self._last_message = message
        self.errorOccurred.emit(message())

    def last_message(self) -> str:
        """The last problem told, in the interface language of now ("" when none)."""
        return self._last_message() if self._last_message is not None else ""

    def _media_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if self._switching:
            return
        if status in (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia):
            if self._advancing and self._pending_seek_s is None:
                return  # the finished file, not the next one yet
            if self._pending_seek_s is not None:
                seconds, self._pending_seek_s = self._pending_seek_s, None
                if seconds > 0:
                    self._player.setPosition(round(seconds * 1000))
            if (
                self._want_playing
                and self._player.playbackState() != QMediaPlayer.PlaybackState.PlayingState
            ):
                self._player.play()
            self._advancing = False
        elif status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._end_of_file()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._want_playing = False
            self._update_state()

    def _end_of_file(self) -> None:
        if self._current is None:
            return
        index = next(i for i, a in enumerate(self._files) if a.id == self._current.id)
        if self._want_playing and self._stop_at is None and index + 1 < len(self._files):
            # Not from inside this notification: the backend is still finishing the old file
            # (it reports it "loaded" again right after), and a new source set now is not played.
            self._advancing = True
            QTimer.singleShot(0, self, lambda: self._advance(self._files[index + 1]))
        else:
            self._want_playing = False
            self._stop_at = None
            self._update_state()

    def _advance(self, following: AudioFile) -> None:
        if self._advancing:  # not paused or moved elsewhere meanwhile
            self._switch_to(following, 0.0)
            self.positionChanged.emit(following.id, 0.0)

    def _media_position(self, ms: int) -> None:
        if self._current is None or self._pending_seek_s is not None:
            return  # a position of the file being left, or before the seek is applied
        seconds = ms / 1000.0
        if self._stop_at is not None and seconds >= self._stop_at:
            self.pause()
        self.positionChanged.emit(self._current.id, seconds)
        duration = self._player.duration()
        if (
            self._player.audioOutput() is None
            and self._want_playing
            and not self._advancing
            and duration > 0
            and ms >= duration
        ):
            # Without a sound device the FFmpeg backend never says EndOfMedia: at the last
            # position, end the file ourselves.
            self._player.pause()
            self._end_of_file()

    def _update_state(self, *_args) -> None:
        # Stopped while still wanted means the file ended: with another after it, playing goes on.
        ending = (
            self._current is not None
            and self._files
            and self._current.id != self._files[-1].id
            and self._stop_at is None
        )
        playing = self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState or (
            self._want_playing
            and (ending or self._advancing or self._switching or self._pending_seek_s is not None)
        )
        if playing != self._playing:
            self._playing = playing
            self.stateChanged.emit(playing)

    def _media_error(self, error: QMediaPlayer.Error, detail: str) -> None:
        if error == QMediaPlayer.Error.NoError:
            return
        name = self._current.original_name if self._current is not None else ""
        log.warning("media error %s on %s: %s", error, name, detail)

        def message() -> str:
            if error == QMediaPlayer.Error.FormatError:
                text = self.tr("Máy này không phát được định dạng của tệp “{name}”.")
            elif error == QMediaPlayer.Error.AccessDeniedError:
                text = self.tr("Không có quyền đọc tệp ghi âm “{name}”.")
            elif error == QMediaPlayer.Error.ResourceError:
                text = self.tr("Không mở được tệp ghi âm “{name}”; tệp có thể bị hỏng.")
            else:
                text = self.tr("Không phát được tệp ghi âm “{name}”: {detail}")
            return text.format(name=name, detail=detail)

        self._want_playing = False
        self._advancing = False
        self._update_state()
        self._say(message)

    def _check_output(self) -> None:
        if not QMediaDevices.audioOutputs():
            if not self._told_no_output:
                self._told_no_output = True
                self._say(
                    lambda: self.tr(
                        "Không tìm thấy loa hoặc tai nghe: bản ghi vẫn chạy nhưng không nghe"
                        " được tiếng. Hãy cắm thiết bị âm thanh rồi phát lại."
                    )
                )

    def _outputs_changed(self) -> None:
        """Follow the system's default output (headphones plugged in or out)."""
        self._output.setDevice(QMediaDevices.defaultAudioOutput())
        if QMediaDevices.audioOutputs():
            self._told_no_output = False
            if self._player.audioOutput() is None:
                self._player.setAudioOutput(self._output)


# ------------------------------------------------------------------------------------------------
