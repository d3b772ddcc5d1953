"""Word times without Whisper's word alignment: spread over the speech the VAD kept, never into a
pause, joined they say the segment's text, and the editor still splits a segment at a word."""

from __future__ import annotations

import wave

import numpy as np
import pytest

from meeting_assistant.audio import SAMPLE_RATE, probe
from meeting_assistant.services.importing import import_audio
from meeting_assistant.services.transcription import transcribe_meeting
from meeting_assistant.transcription import Options, TranscribedSegment, transcribe_file
from meeting_assistant.transcription.word_times import SpeechMap

from .speech_fixtures import clip_path, clips


def _chunks(*spans: tuple[float, float]) -> list[dict]:
    return [{"start": int(a * SAMPLE_RATE), "end": int(b * SAMPLE_RATE)} for a, b in spans]


def test_words_fall_in_the_speech_never_in_the_pause_removed():
    # Speech at 1–3 s and 8–10 s: joined, 0–2 s is the first stretch, 2–4 s the second.
    speech = SpeechMap(_chunks((1.0, 3.0), (8.0, 10.0)))
    text = "đồng chí giám đốc sở tài chính báo cáo"
    words = speech.words(text, 0.0, 4.0)
    assert "".join(w.word for w in words).strip() == text
    assert all(w.start <= w.end for w in words)
    assert [w.start for w in words] == sorted(w.start for w in words)
    assert all(1.0 <= w.start and w.end <= 3.0 or 8.0 <= w.start and w.end <= 10.0 for w in words)
    assert words[0].start == pytest.approx(1.0) and words[-1].end == pytest.approx(10.0)
    # A longer word takes longer to say.
    assert words[0].end - words[0].start > words[1].end - words[1].start  # "đồng", "chí"
    assert speech.original(0.5) == pytest.approx(1.5)
    assert speech.original(2.5) == pytest.approx(8.5)


def _two_clips_with_a_pause(path, pause_s: float = 6.0) -> tuple[float, float]:
    """Two real clips with a long silence between them; returns where the silence is."""
    rows = [r for r in clips("vi") if float(r["duration_seconds"]) > 3.5][:2]
    parts = []
    for row in rows:
        with wave.open(str(clip_path(row))) as w:
            parts.append(np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16))
    gap = np.zeros(int(pause_s * SAMPLE_RATE), dtype=np.int16)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(parts[0].tobytes() + gap.tobytes() + parts[1].tobytes())
    first = len(parts[0]) / SAMPLE_RATE
    return first, first + pause_s


@pytest.mark.model
def test_whisper_segments_have_words_outside_the_pause(whisper_model, tmp_path):
    path = tmp_path / "two.wav"
    pause_from, pause_to = _two_clips_with_a_pause(path)
    events = transcribe_file(whisper_model, str(path), probe(path).duration, options=Options())
    segments = [e for e in events if isinstance(e, TranscribedSegment)]
    assert len(segments) >= 2
    for seg in segments:
        assert seg.words, seg.text
        assert "".join(w.word for w in seg.words).strip() == seg.text
        assert seg.start <= seg.words[0].start and seg.words[-1].end <= seg.end + 0.01
        assert [w.start for w in seg.words] == sorted(w.start for w in seg.words)
        # No word is said in the silence (the VAD pads speech by 0.4 s each side).
        assert not any(pause_from + 0.5 < w.start < pause_to - 0.5 for w in seg.words), seg
    assert segments[0].start < pause_from < segments[-1].start


@pytest.mark.model
def test_splitting_a_transcribed_segment_falls_where_a_word_begins(store, services, tmp_path):
    path = tmp_path / "two.wav"
    _two_clips_with_a_pause(path)
    meeting, _audio = import_audio(store, path)
    for _event in transcribe_meeting(store, meeting.id, cpu_threads=2):
        pass
    segment = max(store.segments.for_meeting(meeting.id), key=lambda s: len(s.words))
    assert len(segment.words) >= 3
    third = segment.words[2]
    # Whisper's words carry their leading space: the third begins after the first two.
    position = len(segment.words[0].word) + len(segment.words[1].word)
    assert segment.text[position:].startswith(third.word.strip())
    services.transcript.split(segment.id, position)
    head, tail = [s for s in store.segments.for_meeting(meeting.id)
                  if segment.start <= s.start <= segment.end]  # fmt: skip
    assert head.end == pytest.approx(third.start) == pytest.approx(tail.start)
    assert [w.word for w in tail.words][:1] == [third.word]


def test_speech_is_split_into_runs_of_about_equal_speech_between_stretches():
    # Five stretches of 8 s with pauses between: two runs of 16 s and 24 s, never a cut word.
    window = np.arange(50 * SAMPLE_RATE, dtype=np.float32)
    speech = SpeechMap(_chunks(*[(t, t + 8.0) for t in (0.0, 10.0, 20.0, 30.0, 40.0)]))
    runs = speech.split(2)
    assert [len(r.chunks) for r in runs] == [2, 3]
    assert [c for r in runs for c in r.chunks] == speech.chunks  # every stretch once, in order
    # Each run maps its own joined audio back to the window's time.
    assert runs[1].original(1.0) == pytest.approx(21.0)
    assert np.array_equal(runs[1].joined(window)[:5], window[20 * SAMPLE_RATE :][:5])
    assert len(speech.split(2, shortest_s=30.0)) == 1  # 40 s of speech: too little for two
    assert speech.split(1) == [speech]
    one = SpeechMap(_chunks((0.0, 45.0)))
    assert one.split(2) == [one]  # one stretch is never cut
    assert SpeechMap([]).split(2)[0].chunks == []


def test_an_overlong_segment_is_cut_at_its_pauses_between_sentences():
    # Three stretches of speech, 8 s each, with pauses (removed) between them: one segment of
    # 24 s (joined), three sentences, not quite of the lengths their times would say.
    speech = SpeechMap(_chunks((0.0, 8.0), (10.0, 18.0), (20.0, 28.0)))
    said = [
        "Đồng chí giám đốc sở tài chính báo cáo tình hình thu chi ngân sách quý ba năm nay,",
        "các đại biểu thảo luận sôi nổi và thống nhất cao với báo cáo của sở.",
        "Chủ tọa kết luận giao sở kế hoạch và đầu tư chủ trì tham mưu trước ngày mười lăm.",
    ]
    pieces = speech.pieces(" ".join(said), 0.0, 24.0, longest_s=12.0)
    assert [p[0] for p in pieces] == said
    assert [(p[1], p[2]) for p in pieces] == [(0.0, 8.0), (8.0, 16.0), (16.0, 24.0)]
    # Short enough: one piece, as it was.
    assert speech.pieces("Xin chào.", 0.0, 3.0) == [("Xin chào.", 0.0, 3.0)]
