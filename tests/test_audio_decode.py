"""Decoding real encoded files to 16 kHz mono: lengths, seeking, downmix, memory, and refusals."""

from __future__ import annotations

import tracemalloc
import wave
from pathlib import Path

import av
import numpy as np
import pytest

from meeting_assistant.audio import SAMPLE_RATE, AudioInfo, iter_pcm, probe, read_pcm
from meeting_assistant.errors import AudioError
from meeting_assistant.i18n import set_language

from .audio_fixtures import dev_clip, read_wav, write_silent_video, write_tone, write_wav

# fmt -> (codec, a piece of the container name, source rate, lossless)
FORMATS = {
    "wav": ("pcm_s16le", "wav", 44100, True),
    "mp3": ("mp3", "mp3", 44100, False),
    "m4a": ("aac", "mp4", 44100, False),
    "ogg": ("opus", "ogg", 48000, False),
    "flac": ("flac", "flac", 44100, True),
    "mp4": ("aac", "mp4", 44100, False),
}
SECONDS = 2.0
# AAC as PyAV writes it keeps its 1024-sample priming/padding frame: about 20 ms too long.
CODEC_PADDING = 0.1


@pytest.fixture(autouse=True)
def vietnamese(core_in_vietnamese) -> None:
    """Messages are checked in Vietnamese whatever MEETING_ASSISTANT_LANG says."""


@pytest.fixture(scope="module")
def encoded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("encoded")
    return {fmt: write_tone(folder / f"tone.{fmt}", seconds=SECONDS, fmt=fmt) for fmt in FORMATS}


@pytest.mark.parametrize("fmt", FORMATS)
def test_probe_reads_every_format(encoded: dict[str, Path], fmt: str) -> None:
    codec, container, rate, lossless = FORMATS[fmt]
    info = probe(encoded[fmt])
    assert isinstance(info, AudioInfo)
    assert info.duration == pytest.approx(SECONDS, abs=CODEC_PADDING)
    assert (info.channels, info.sample_rate, info.codec) == (2, rate, codec)
    assert container in info.container
    assert 0.3 < info.peak <= 1.0
    if lossless:  # the chirp's loudest channel is at 0.5 of full scale
        assert info.duration == SECONDS
        assert info.peak == pytest.approx(0.5, abs=1e-3)


@pytest.mark.parametrize("fmt", FORMATS)
def test_iter_pcm_gives_16k_mono_float32(encoded: dict[str, Path], fmt: str) -> None:
    info = probe(encoded[fmt])
    chunks = list(iter_pcm(encoded[fmt], chunk_seconds=0.5))
    assert all(c.dtype == np.float32 and c.ndim == 1 for c in chunks)
    assert all(len(c) == SAMPLE_RATE // 2 for c in chunks[:-1]), "only the last chunk is short"
    assert 0 < len(chunks[-1]) <= SAMPLE_RATE // 2
    audio = np.concatenate(chunks)
    assert abs(len(audio) - info.duration * SAMPLE_RATE) <= 2
    assert np.abs(audio).max() <= 1.0
    np.testing.assert_array_equal(audio, read_pcm(encoded[fmt]))


@pytest.mark.parametrize("fmt", FORMATS)
def test_seek_matches_full_decode(encoded: dict[str, Path], fmt: str) -> None:
    lossless = FORMATS[fmt][3]
    full = read_pcm(encoded[fmt])
    rest = read_pcm(encoded[fmt], start=1.0)
    expected = full[SAMPLE_RATE:]
    assert len(rest) == len(expected)
    if lossless:
        np.testing.assert_array_equal(rest, expected)
    else:  # decoders after a seek may differ in the last bits, never in the waveform
        assert np.corrcoef(rest, expected)[0, 1] > 0.999
        np.testing.assert_allclose(rest, expected, atol=0.01)


@pytest.mark.parametrize("start", [0.05, 0.7, 1.2345])
def test_seek_start_end_window(encoded: dict[str, Path], start: float) -> None:
    full = read_pcm(encoded["flac"])
    a, b = round(start * SAMPLE_RATE), round(1.9 * SAMPLE_RATE)
    np.testing.assert_array_equal(read_pcm(encoded["flac"], start=start, end=1.9), full[a:b])


def test_start_after_the_end_gives_nothing(encoded: dict[str, Path]) -> None:
    assert list(iter_pcm(encoded["mp3"], start=SECONDS + 5)) == []
    assert len(read_pcm(encoded["mp3"], start=SECONDS + 5)) == 0


def test_stereo_is_averaged_to_mono(tmp_path: Path) -> None:
    # swresample's default stereo->mono is (L+R)*0.707; the decoder must give a true average.
    t = np.arange(SAMPLE_RATE) / SAMPLE_RATE
    tone = np.sin(2 * np.pi * 440 * t)
    left, right = 0.8 * tone, 0.2 * tone
    mono = read_pcm(write_wav(tmp_path / "lr.wav", np.stack([left, right], axis=1)))
    np.testing.assert_allclose(mono, 0.5 * tone, atol=2e-4)
    opposite = read_pcm(write_wav(tmp_path / "anti.wav", np.stack([tone, -tone], axis=1) * 0.9))
    assert np.abs(opposite).max() < 1e-3


def test_full_scale_stereo_stays_within_one(tmp_path: Path) -> None:
    loud = np.ones((SAMPLE_RATE // 4, 2))
    loud[::2] = -1.0
    audio = read_pcm(write_wav(tmp_path / "loud.wav", loud))
    assert np.abs(audio).max() <= 1.0


def test_dev_clip_equals_stdlib_wave_reader() -> None:
    clip = dev_clip("clips/vi_vivos_VIVOSSPK01_R029.wav")
    samples, rate = read_wav(clip)
    assert (rate, samples.shape[1]) == (SAMPLE_RATE, 1)
    info = probe(clip)
    assert info.duration == len(samples) / rate == pytest.approx(3.156, abs=1e-3)
    assert (info.channels, info.sample_rate, info.codec) == (1, SAMPLE_RATE, "pcm_s16le")
    np.testing.assert_array_equal(read_pcm(clip), samples[:, 0].astype(np.float32) / 32768)
    np.testing.assert_array_equal(read_pcm(clip, start=1.5), samples[24000:, 0] / np.float32(32768))


def test_memory_stays_flat_on_a_long_file(tmp_path: Path) -> None:
    minutes = 20
    path = tmp_path / "long.wav"
    rng = np.random.default_rng(0)
    with wave.open(str(path), "wb") as w:  # written a minute at a time, never whole in memory
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        for _ in range(minutes):
            w.writeframes((rng.standard_normal(60 * SAMPLE_RATE) * 3000).astype("<i2").tobytes())
    whole = minutes * 60 * SAMPLE_RATE * 4  # bytes of the decoded float32 signal

    tracemalloc.start()
    try:
        count = sum(len(chunk) for chunk in iter_pcm(path, chunk_seconds=30))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == minutes * 60 * SAMPLE_RATE
    assert peak < whole / 8, f"peak {peak / 1e6:.1f} MB for a {whole / 1e6:.0f} MB signal"


# --- refusals: each names the file and says what to do ------------------------------------------


def refused(path: Path, *, iterate: bool = False) -> AudioError:
    with pytest.raises(AudioError) as caught:
        if iterate:
            list(iter_pcm(path))
        else:
            probe(path)
    assert path.name in str(caught.value)
    return caught.value


def test_text_file_renamed_mp3(tmp_path: Path) -> None:
    path = tmp_path / "biên bản họp.mp3"
    path.write_text("Biên bản cuộc họp giao ban\n" * 50, encoding="utf-8")
    assert "không phải tệp âm thanh/video" in refused(path).message
    assert "không phải tệp âm thanh/video" in refused(path, iterate=True).message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.m4a"
    path.touch()
    assert "trống" in refused(path).message
    with pytest.raises(AudioError, match="empty.m4a"):
        iter_pcm(path)  # refused at the call, before iterating


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "Không tìm thấy" in refused(tmp_path / "gone.mp3").message
    assert "thư mục" in refused(tmp_path).message


def test_corrupt_mp3(tmp_path: Path) -> None:
    path = write_tone(tmp_path / "hỏng.mp3", seconds=4.0, fmt="mp3")
    data = bytearray(path.read_bytes())
    third = len(data) // 3
    data[third : 2 * third] = np.random.default_rng(1).bytes(third)
    path.write_bytes(bytes(data))
    # probe reads what it can and says where the damage begins (importing asks the clerk).
    info = probe(path)
    assert info.damaged_from is not None and 1.0 <= info.damaged_from < 2.0
    assert info.duration == info.damaged_from
    assert "bị hỏng" in refused(path, iterate=True).message
    with pytest.raises(AudioError):  # seeking before the damage, then decoding into it
        list(iter_pcm(path, start=0.5))


def test_picture_renamed_mp3(tmp_path: Path) -> None:
    path = tmp_path / "ảnh chụp.mp3"
    with av.open(str(path), "w", format="image2pipe") as out:
        stream = out.add_stream("png", rate=1)
        stream.width, stream.height, stream.pix_fmt = 32, 32, "rgb24"
        picture = av.VideoFrame.from_ndarray(np.zeros((32, 32, 3), np.uint8), format="rgb24")
        out.mux(stream.encode(picture))
        out.mux(stream.encode(None))
    assert "không phải tệp âm thanh/video" in refused(path).message


def test_video_without_sound(tmp_path: Path) -> None:
    path = write_silent_video(tmp_path / "screen.mp4")
    assert "không có tiếng" in refused(path).message
    assert "không có tiếng" in refused(path, iterate=True).message


@pytest.mark.parametrize("frames", [0, 100])
def test_zero_length_wav(tmp_path: Path, frames: int) -> None:
    path = write_wav(tmp_path / "blank.wav", np.zeros(frames, dtype=np.int16))
    assert "0,1 giây" in refused(path).message


def test_messages_in_english(tmp_path: Path) -> None:
    path = tmp_path / "notes.mp3"
    path.write_text("hello")
    set_language("en")
    assert "not an audio/video file" in refused(path).message
