"""Read any audio or video file into 16 kHz mono float32, streaming, with PyAV (never Qt).

`probe` decodes a file once to check it and measure it; `iter_pcm` streams its samples in chunks
for Whisper, optionally from a point in the middle (to resume a transcription). Memory stays flat
whatever the length of the meeting: only one decoded frame and one output chunk live at a time.

Every problem a clerk can act on (missing file, not audio, no sound track, damaged data) becomes
an AudioError naming the file and saying what to do; anything else is a bug.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import av.error
import numpy as np

from ..errors import AudioError
from ..text import nfc
from .damage import check_plausible, expected_duration

SAMPLE_RATE = 16000  # what Whisper wants

MIN_DURATION = 0.1  # seconds; less than this is no recording at all

# Decoders need a little audio before the seek target to settle: AAC and MP3 overlap each frame
# with the previous one, Opus asks for 80 ms of pre-roll. Decoding 0.5 s early and throwing it
# away costs nothing and makes the seeked samples equal to the continuous decode.
_PREROLL = 0.5

# swresample's stereo->mono matrix is L*0.707 + R*0.707 (a -3 dB centre mix), which is louder
# than either channel and can exceed 1.0 in float. Capping the matrix gain at 1 turns it into a
# plain average for stereo and a normalised downmix for more channels.
_RESAMPLER_OPTIONS = {"rematrix_maxval": "1.0"}

_MESSAGES: dict[str, tuple[str, str]] = {
    "missing": (
        "Không tìm thấy tệp “{name}”. Có thể tệp đã bị xoá, đổi tên hoặc nằm trên ổ đĩa/USB đã "
        "rút ra. Hãy chọn lại tệp.",
        "The file “{name}” was not found. It may have been deleted or renamed, or be on a drive "
        "or USB stick that was removed. Please choose the file again.",
    ),
    "directory": (
        "“{name}” là một thư mục, không phải tệp ghi âm. Hãy mở thư mục đó và chọn tệp âm thanh "
        "bên trong.",
        "“{name}” is a folder, not a recording. Open it and choose the audio file inside.",
    ),
    "unreadable": (
        "Không đọc được tệp “{name}” (không có quyền truy cập, hoặc tệp đang bị chương trình "
        "khác giữ). Hãy sao chép tệp vào máy này rồi chọn lại bản sao.",
        "The file “{name}” cannot be read (no permission, or another program is holding it). "
        "Copy the file to this computer and choose the copy.",
    ),
    "empty": (
        "Tệp “{name}” trống (0 byte), không có nội dung ghi âm. Có thể việc sao chép hoặc ghi "
        "âm đã bị gián đoạn; hãy chọn lại tệp gốc.",
        "The file “{name}” is empty (0 bytes) and holds no recording. Copying or recording may "
        "have been interrupted; please choose the original file.",
    ),
    "not_media": (
        "Tệp “{name}” không phải tệp âm thanh/video, hoặc có định dạng không đọc được. Hãy chọn "
        "tệp ghi âm (MP3, M4A, WAV, …) hoặc chuyển đổi tệp sang MP3/WAV rồi thử lại.",
        "The file “{name}” is not an audio/video file, or its format cannot be read. Choose a "
        "recording (MP3, M4A, WAV, …) or convert the file to MP3/WAV and try again.",
    ),
    "no_audio": (
        "Tệp “{name}” không có tiếng (không có rãnh âm thanh), nên không thể chép lời. Hãy chọn "
        "tệp có ghi âm cuộc họp.",
        "The file “{name}” has no sound track, so there is nothing to transcribe. Choose a file "
        "that contains the meeting's sound.",
    ),
    "unsupported": (
        "Tệp “{name}” dùng kiểu mã hoá âm thanh “{codec}” mà chương trình không đọc được. Hãy "
        "chuyển đổi tệp sang MP3 hoặc WAV rồi thử lại.",
        "The file “{name}” uses the audio encoding “{codec}”, which this program cannot read. "
        "Convert the file to MP3 or WAV and try again.",
    ),
    "corrupt": (
        "Tệp “{name}” bị hỏng: không giải mã được âm thanh ở khoảng {at}. Hãy lấy lại bản gốc "
        "của tệp, hoặc chuyển đổi/sửa tệp bằng phần mềm khác rồi thử lại.",
        "The file “{name}” is damaged: its audio cannot be decoded around {at}. Get the original "
        "file again, or convert/repair it with another program and try again.",
    ),
    "implausible": (
        "Tệp “{name}” có thông số âm thanh không hợp lệ ({what}); có thể phần đầu tệp đã bị"
        " hỏng. Hãy lấy lại bản gốc của tệp, hoặc chuyển đổi tệp sang MP3/WAV rồi thử lại.",
        "The file “{name}” has impossible audio settings ({what}); its beginning may be"
        " damaged. Get the original file again, or convert it to MP3/WAV and try again.",
    ),
    "too_short": (
        "Tệp “{name}” không có nội dung âm thanh (dài chưa tới 0,1 giây). Hãy chọn tệp ghi âm "
        "khác.",
        "The file “{name}” contains no audio (less than 0.1 seconds). Choose another recording.",
    ),
}


@dataclass(frozen=True)
class AudioInfo:
    duration: float  # seconds, counted from the decoded samples, not from container metadata
    sample_rate: int  # of the source stream
    channels: int
    codec: str  # canonical codec name: "mp3", "aac", "opus", "flac", "pcm_s16le", ...
    container: str  # FFmpeg demuxer name: "mp3", "mov,mp4,m4a,3gp,3g2,mj2", "wav", ...
    peak: float  # max |sample| over the whole file and all channels, 0..1
    # When the file is damaged: where the readable audio ends (= duration) and how long the
    # file says it is (None when it does not say). A whole file has damaged_from None.
    damaged_from: float | None = None
    expected_duration: float | None = None


def probe(path: str | Path) -> AudioInfo:
    """Decode the whole file once, streaming, to validate it and measure its exact duration.

    Container durations are estimates (an MP3 without a header is guessed from its bit rate, a
    recording cut short keeps its original length in the header), so the length is counted from
    the samples actually decoded. Raises AudioError for anything that makes the file unusable.
    """
    path = check_file(path)
    samples: dict[int, int] = {}  # per sample rate, which (rarely) changes midway
    peak = 0.0
    broken = False
    with _open(path) as container:
        stream = _audio_stream(container, path)
        check_plausible(stream, path, _error)
        # Peak is measured in planar float at the source rate/layout: one scale for every codec.
        to_float = _Converter(format="fltp")
        try:
            for frame in _decode(container, stream, path):
                samples[frame.sample_rate] = samples.get(frame.sample_rate, 0) + frame.samples
                for converted in to_float.push(frame):
                    if converted.samples:
                        peak = max(peak, float(np.abs(converted.to_ndarray()).max()))
        except AudioError:
            broken = True  # damaged from here on: what was read before is kept, and said
        ctx = stream.codec_context
        duration = sum(count / rate for rate, count in samples.items() if rate)
        if broken and duration < MIN_DURATION:
            raise _error("corrupt", path, at=_clock(0))
        expected = expected_duration(container, stream, path)
        if expected == float("inf"):  # cut short: how long it was is not known
            damaged, expected = True, None
        else:
            damaged = broken or (
                expected is not None and expected - duration > max(1.0, 0.03 * expected)
            )
        info = AudioInfo(
            duration=duration,
            sample_rate=stream.sample_rate or ctx.sample_rate,
            channels=stream.channels or ctx.channels,
            codec=ctx.codec.canonical_name,
            container=container.format.name,
            peak=min(peak, 1.0),  # AAC and Opus decoders can overshoot full scale slightly
            damaged_from=duration if damaged else None,
            expected_duration=expected if damaged else None,
        )
    if info.duration < MIN_DURATION:
        raise _error("too_short", path)
    return info


def iter_pcm(
    path: str | Path, start: float = 0.0, chunk_seconds: float = 30.0
) -> Iterator[np.ndarray]:
    """Yield float32 mono 16 kHz arrays of at most chunk_seconds, from `start` seconds to the end.

    Every chunk but the last is exactly chunk_seconds long. Time 0 is the first decoded sample,
    as in probe(). For start > 0 the file is seeked (0.5 s early, for decoder pre-roll) and the
    samples are trimmed by timestamp, so the first sample is the one at `start`; files without
    usable timestamps are decoded from the beginning and the samples before `start` discarded.
    A missing or empty file is refused at the call; decoding errors come while iterating.
    """
    path = check_file(path)
    size = max(1, int(round(chunk_seconds * SAMPLE_RATE)))
    return _chunked(_timeline(path, max(0.0, float(start))), size)


def _chunked(blocks: Iterable[np.ndarray], size: int) -> Iterator[np.ndarray]:
    """Regroup blocks of any size into chunks of exactly `size` samples (the last one shorter)."""
    pending: list[np.ndarray] = []
    held = 0
    for block in blocks:
        pending.append(block)
        held += len(block)
        if held >= size:
            joined = np.concatenate(pending)
            cut = len(joined) - len(joined) % size
            yield from np.split(joined[:cut], cut // size)
            # Copy the remainder so that the big joined buffer is freed with the chunks.
            pending, held = [joined[cut:].copy()], len(joined) - cut
    if held:
        yield np.concatenate(pending)


def read_pcm(path: str | Path, start: float = 0.0, end: float | None = None) -> np.ndarray:
    """All samples from start to end (or the end of the file) in one array: for short files."""
    wanted = None if end is None else max(0, int(round((end - start) * SAMPLE_RATE)))
    parts: list[np.ndarray] = []
    got = 0
    for chunk in iter_pcm(path, start=start):
        if wanted is not None and got + len(chunk) >= wanted:
            parts.append(chunk[: wanted - got])
            break
        parts.append(chunk)
        got += len(chunk)
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)


# --- internals ---------------------------------------------------------------------------------

# Demuxers of pictures ("png_pipe", "jpeg_pipe", ...) and terminal art: a photo renamed .mp3
# opens as a one-frame "video", but for the clerk it is simply not a recording.
_PICTURE_DEMUXERS = {"image2", "tty", "gif", "apng"}


class _SeekUnusable(Exception):
    """Seeking gave no timestamp to trim by; raised before the first sample is yielded."""


def _error(key: str, path: Path, **params: object) -> AudioError:
    vi, en = _MESSAGES[key]
    return AudioError(vi, en, name=nfc(path.name), **params)  # NFC: macOS names come decomposed


def check_file(path: str | Path) -> Path:
    """Refuse what is not a readable, non-empty file before FFmpeg gives a vaguer reason."""
    path = Path(path)
    try:
        if path.is_dir():
            raise _error("directory", path)
        if not path.exists():
            raise _error("missing", path)
        if path.stat().st_size == 0:
            raise _error("empty", path)
        with open(path, "rb"):  # permissions, or a lock held by another program on Windows
            pass
    except OSError as exc:
        raise _error("unreadable", path) from exc
    return path


def _open(path: Path) -> av.container.InputContainer:
    try:
        # Tags in legacy Vietnamese encodings are not valid UTF-8; PyAV decodes container
        # metadata while opening and would raise UnicodeDecodeError on them with "strict".
        return av.open(str(path), "r", metadata_errors="replace")
    except av.error.FileNotFoundError as exc:
        raise _error("missing", path) from exc
    except (av.error.PermissionError, av.error.IsADirectoryError) as exc:
        raise _error("unreadable", path) from exc
    except av.FFmpegError as exc:  # no demuxer recognised it, or its header is garbage
        raise _error("not_media", path) from exc


def _audio_stream(container: av.container.InputContainer, path: Path) -> av.AudioStream:
    if not container.streams.audio:
        demuxer = container.format.name
        if not container.streams.video or demuxer in _PICTURE_DEMUXERS or "_pipe" in demuxer:
            raise _error("not_media", path)
        raise _error("no_audio", path)
    stream = container.streams.audio[0]
    if stream.codec_context is None:  # PyAV leaves it None when FFmpeg has no decoder for it
        # Stream attributes are forwarded to the (missing) context: read them defensively.
        raise _error("unsupported", path, codec=getattr(stream, "codec_tag", None) or "?")
    return stream


def _decode(
    container: av.container.InputContainer, stream: av.AudioStream, path: Path, at: float = 0.0
) -> Iterator[av.AudioFrame]:
    """The stream's frames; a demux or decode failure becomes a "damaged file" error.

    FFmpeg's command line shrugs off bad packets, but PyAV raises on the first one: we refuse
    the file rather than transcribe a recording with silent holes nobody knows about.
    """
    try:
        for frame in container.decode(stream):
            at += frame.samples / frame.sample_rate if frame.sample_rate else 0.0
            yield frame
    except av.FFmpegError as exc:
        raise _error("corrupt", path, at=_clock(at)) from exc


def _clock(seconds: float) -> str:
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class _Converter:
    """An AudioResampler that survives a change of rate or channel layout midway through a file.

    PyAV's resampler is configured from the first frame and raises ValueError on a later frame
    that differs (a stream switching to mono, HE-AAC revealing its real layout late): flush the
    old one and start a new one instead.
    """

    def __init__(self, **settings: object) -> None:
        self._settings = settings
        self._resampler: av.AudioResampler | None = None
        self._source: tuple[str, str, int] | None = None

    def push(self, frame: av.AudioFrame) -> list[av.AudioFrame]:
        source = (frame.format.name, frame.layout.name, frame.sample_rate)
        out = []
        if self._resampler is not None and source != self._source:
            out = self.flush()
        if self._resampler is None:
            self._resampler = av.AudioResampler(**self._settings)
            self._source = source
        return out + self._resampler.resample(frame)

    def flush(self) -> list[av.AudioFrame]:
        """The samples the resampler still holds back (its filter delay); it is spent after."""
        resampler, self._resampler = self._resampler, None
        return resampler.resample(None) if resampler is not None else []


def _resampled(frames: Iterable[av.AudioFrame]) -> Iterator[np.ndarray]:
    """Source frames in, 16 kHz mono float32 blocks out (the blocks' sizes follow the frames)."""
    converter = _Converter(
        format="flt", layout="mono", rate=SAMPLE_RATE, options=_RESAMPLER_OPTIONS
    )
    for frame in frames:
        for out in converter.push(frame):
            yield out.to_ndarray().reshape(-1)
    for out in converter.flush():
        yield out.to_ndarray().reshape(-1)


def _timeline(path: Path, start: float) -> Iterator[np.ndarray]:
    """16 kHz mono blocks beginning exactly at `start` (seconds after the first sample)."""
    if start > 0:
        try:
            yield from _from_seek(path, start)
            return
        except _SeekUnusable:
            pass
    yield from _from_beginning(path, start)


def _from_beginning(path: Path, start: float) -> Iterator[np.ndarray]:
    skip = int(round(start * SAMPLE_RATE))
    with _open(path) as container:
        stream = _audio_stream(container, path)
        for block in _resampled(_decode(container, stream, path)):
            if skip >= len(block):
                skip -= len(block)
                continue
            yield block[skip:]
            skip = 0


def _from_seek(path: Path, start: float) -> Iterator[np.ndarray]:
    """Seek, then give the samples from `start` on, equal to those a full decode gives there.

    Raises _SeekUnusable, before yielding anything, when the timestamps cannot place the audio.
    """
    target = int(round(start * SAMPLE_RATE))
    with _open(path) as container:
        stream = _audio_stream(container, path)
        time_base = stream.time_base
        if time_base is None:
            raise _SeekUnusable
        # Time 0 is the stream's first sample: MP3 starts at 25 ms (encoder delay), not at 0.
        origin = stream.start_time * time_base if stream.start_time else Fraction(0)
        seek_to = max(0.0, start - _PREROLL)
        try:
            container.seek(
                int((origin + Fraction(seek_to)) / time_base), backward=True, stream=stream
            )
        except av.FFmpegError as exc:
            raise _SeekUnusable from exc
        frames = _decode(container, stream, path, at=seek_to)
        first = next(frames, None)
        if first is None or first.pts is None or first.time_base is None:
            frames.close()
            raise _SeekUnusable  # past the end, or no timestamps: count from the beginning
        rate = first.sample_rate
        begin = int(round((first.pts * first.time_base - origin) * rate))  # source sample index
        # Resampling is only sample-exact when it starts where the source and 16 kHz grids meet
        # (every 441 samples at 44.1 kHz, every 3 at 48 kHz); elsewhere the output is shifted by
        # a fraction of a sample. Start at the first such point, if there is one before `start`.
        step = rate // math.gcd(rate, SAMPLE_RATE)
        aligned = -(-begin // step) * step
        if aligned * SAMPLE_RATE > target * rate:
            aligned = begin
        position = int(round(aligned * SAMPLE_RATE / rate))  # 16 kHz index of the next sample
        if position > target:  # the seek landed after `start`
            frames.close()
            raise _SeekUnusable
        source = _drop_samples(itertools.chain([first], frames), aligned - begin)
        for block in _resampled(source):
            drop = min(len(block), max(0, target - position))
            position += len(block)
            if drop < len(block):
                yield block[drop:]


def _drop_samples(frames: Iterable[av.AudioFrame], count: int) -> Iterator[av.AudioFrame]:
    """The frames without their first `count` samples (cutting one frame in two if needed)."""
    for frame in frames:
        if count >= frame.samples:
            count -= frame.samples
            continue
        if count:
            data = frame.to_ndarray()  # planar: (channels, n); packed: (1, n * channels)
            width = 1 if frame.format.is_planar else len(frame.layout.channels)
            tail = av.AudioFrame.from_ndarray(
                np.ascontiguousarray(data[:, count * width :]), frame.format.name, frame.layout
            )
            tail.sample_rate = frame.sample_rate
            frame, count = tail, 0
        yield frame
