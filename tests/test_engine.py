"""The windowed Whisper engine with the real embedded model on real speech."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from meeting_assistant.audio import probe, read_pcm
from meeting_assistant.transcription import Options, Progress, TranscribedSegment, transcribe_file
from meeting_assistant.transcription.engine import _quietest_cut
from meeting_assistant.transcription.hallucinations import is_hallucination

from .speech_fixtures import clip_path, clips, concatenate, normalise, wer

pytestmark = pytest.mark.model


def run(model, path, **kw):
    events = list(transcribe_file(model, str(path), probe(path).duration, **kw))
    segments = [e for e in events if isinstance(e, TranscribedSegment)]
    progress = [e for e in events if isinstance(e, Progress)]
    return segments, progress


def test_short_clip_matches_plain_faster_whisper(whisper_model):
    """Shorter than a window, the pipeline is faster-whisper with the same settings (VAD on,
    no conditioning on the text before): it says what that says, at the same times."""
    row = next(r for r in clips("vi") if r["file"].endswith("R029.wav"))
    ours, progress = run(whisper_model, clip_path(row), options=Options(language="vi"))
    plain, _ = whisper_model.transcribe(
        str(clip_path(row)), language="vi", beam_size=5,
        vad_filter=True, condition_on_previous_text=False,
    )  # fmt: skip
    plain = list(plain)
    assert [s.text for s in ours] == [s.text.strip() for s in plain]
    assert [round(s.start, 1) for s in ours] == [round(s.start, 1) for s in plain]
    assert normalise(" ".join(s.text for s in ours)) == row["transcript"]
    assert ours[0].words and all(w.start <= w.end for w in ours[0].words)
    assert progress[-1].fraction == 1.0


def test_english_clips_are_accurate(whisper_model):
    rows = clips("en")
    text = []
    for row in rows:
        segments, _ = run(whisper_model, clip_path(row), options=Options(language="en"))
        text.append(" ".join(s.text for s in segments))
    assert wer(" ".join(r["transcript"] for r in rows), " ".join(text)) < 0.10


def test_window_joins_lose_and_double_nothing(whisper_model, tmp_path):
    """Many small windows transcribe as well as one big one: no words lost or doubled at joins."""
    rows = clips("vi")[:16]
    audio = tmp_path / "speech.wav"
    reference = concatenate(audio, rows)
    whole, _ = run(whisper_model, audio, options=Options(window_s=600))
    windowed, progress = run(whisper_model, audio, options=Options(window_s=15))
    whole_text = " ".join(s.text for s in whole)
    windowed_text = " ".join(s.text for s in windowed)
    assert len(windowed_text.split()) == pytest.approx(len(whole_text.split()), rel=0.08)
    assert wer(reference, windowed_text) <= wer(reference, whole_text) + 0.05
    # Segments come in order, without overlaps, with times inside the file.
    starts = [s.start for s in windowed]
    assert starts == sorted(starts)
    assert all(a.end <= b.start + 0.5 for a, b in zip(windowed, windowed[1:], strict=False))
    assert windowed[-1].end <= probe(audio).duration + 0.5
    fractions = [p.fraction for p in progress]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_cancel_stops_between_segments_and_resume_continues(whisper_model, tmp_path):
    rows = clips("vi")[:10]
    audio = tmp_path / "speech.wav"
    reference = concatenate(audio, rows)
    cancel = threading.Event()
    first = []
    for event in transcribe_file(
        whisper_model, str(audio), probe(audio).duration, options=Options(window_s=15),
        cancel=cancel,
    ):  # fmt: skip
        if isinstance(event, TranscribedSegment):
            first.append(event)
            if len(first) == 3:
                cancel.set()
    assert len(first) == 3
    resume_at = first[-1].resume_at
    assert first[-1].end <= resume_at < probe(audio).duration
    rest, _ = run(
        whisper_model, audio, start=resume_at, options=Options(window_s=15),
        prompt=" ".join(s.text for s in first),
    )  # fmt: skip
    assert rest and rest[0].start >= resume_at - 0.05
    combined = " ".join(s.text for s in first + rest)
    assert wer(reference, combined) < 0.5


def test_quietest_cut_lands_in_a_pause():
    rate = 16000
    loud = np.random.default_rng(1).uniform(-0.5, 0.5, rate * 30).astype(np.float32)
    loud[rate * 22 : rate * 23] = 0.0  # a one-second pause at 22 s
    cut = _quietest_cut(loud)
    assert 22 * rate <= cut <= 23 * rate


def test_hallucinated_phrases_are_dropped_but_real_speech_is_kept():
    assert is_hallucination("Hãy subscribe cho kênh Ghiền Mì Gõ để không bỏ lỡ những video hấp dẫn")
    assert is_hallucination("Cảm ơn các bạn đã theo dõi!")
    assert is_hallucination("Thanks for watching.")
    assert is_hallucination(" ... ")
    assert not is_hallucination("Cảm ơn các đồng chí đã tham dự hội nghị")
    assert not is_hallucination(
        "Đề nghị Sở Thông tin và Truyền thông cảm ơn các bạn đã theo dõi và báo cáo kết quả thực"
        " hiện nhiệm vụ trước ngày 30 tháng 6"
    )


def test_silence_yields_no_invented_text(whisper_model, tmp_path):
    from .audio_fixtures import write_wav

    audio = tmp_path / "silence.wav"
    write_wav(audio, np.zeros(16000 * 10, dtype=np.float32))
    segments, progress = run(whisper_model, audio)
    assert [s.text for s in segments if is_hallucination(s.text)] == []
    assert progress[-1].fraction == 1.0
    assert len(read_pcm(audio)) == 16000 * 10


def test_a_short_segment_saying_again_the_last_words_is_dropped():
    from meeting_assistant.transcription.engine import repeats_prompt

    prompt = "Đề nghị Sở Nội vụ rà soát, báo cáo trước ngày 30/6."
    echo = TranscribedSegment(59.8, 60.0, "báo cáo trước ngày 30/6.")
    assert repeats_prompt(echo, prompt)
    said_again_later = TranscribedSegment(70.0, 72.5, "báo cáo trước ngày 30/6.")
    assert not repeats_prompt(said_again_later, prompt)  # a real repetition takes its time
    assert not repeats_prompt(TranscribedSegment(60.0, 60.4, "đồng ý."), prompt)


class _Spy:
    """The model, counting the decodings running at once (the pipeline's two workers)."""

    def __init__(self, model, workers: int) -> None:
        self.model = type("Pool", (), {"num_workers": workers})()
        self._model, self._lock = model, threading.Lock()
        self.running = self.most = self.calls = 0

    def transcribe(self, audio, **kw):
        segments, info = self._model.transcribe(audio, **kw)

        def counted():
            with self._lock:
                self.calls += 1
                self.running += 1
                self.most = max(self.most, self.running)
            try:
                yield from segments
            finally:
                with self._lock:
                    self.running -= 1

        return counted(), info


def test_a_window_s_speech_is_decoded_in_two_runs_at_once(whisper_model, tmp_path):
    """Two single-threaded decodings at once (about twice as fast on two cores): the text comes
    in order, as accurate as one decoding of the whole window, and Dừng stops both."""
    rows = clips("vi")[:34]
    audio = tmp_path / "speech.wav"
    reference = concatenate(audio, rows, pause_s=3.0)  # pauses the VAD cuts at
    assert whisper_model.model.num_workers == 2  # load_model on two threads: two workers
    one, two = _Spy(whisper_model, 1), _Spy(whisper_model, 2)
    single, _ = run(one, audio, options=Options(window_s=600))
    double, progress = run(two, audio, options=Options(window_s=600))
    assert (one.calls, one.most) == (1, 1) and (two.calls, two.most) == (2, 2)
    assert wer(reference, " ".join(s.text for s in double)) <= wer(
        reference, " ".join(s.text for s in single)) + 0.03  # fmt: skip
    assert all(a.end <= b.start + 0.05 for a, b in zip(double, double[1:], strict=False))
    assert [p.fraction for p in progress] == sorted(p.fraction for p in progress)

    cancel, got = threading.Event(), []
    before = threading.active_count()
    for event in transcribe_file(two, str(audio), probe(audio).duration,
                                 options=Options(window_s=600), cancel=cancel):  # fmt: skip
        if isinstance(event, TranscribedSegment):
            got.append(event)
            cancel.set()
    assert len(got) == 1 and got[0].start < double[len(double) // 3].start  # the first run's
    for _ in range(600):  # the other run stops at its next segment
        if threading.active_count() <= before and two.running == 0:
            break
        threading.Event().wait(0.1)
    assert two.running == 0
