"""Who spoke, end to end on real voices: diarize a meeting, name its speakers, remember them.

Meetings are built from ../shared/audio/speakers (real Vietnamese voices, testing only); the
tests skip where that folder is absent. Segments are stored directly (as a transcription would
store them, with word times) so no Whisper run is needed.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import numpy as np
import pytest

from meeting_assistant.models import Segment, Word
from meeting_assistant.services import Services

from .audio_fixtures import read_wav, write_wav
from .cli_helpers import cli

VOICES = Path(__file__).resolve().parents[2] / "shared" / "audio" / "speakers"


def _voice(name: str) -> np.ndarray:
    if not (VOICES / f"{name}.wav").is_file():
        pytest.skip("../shared/audio/speakers is absent")
    samples, rate = read_wav(VOICES / f"{name}.wav")
    assert rate == 16000
    return samples[:, 0].astype(np.float32) / 32768


def build(path: Path, order: list[tuple[str, float, float]]) -> list[tuple[float, float, str]]:
    """A meeting of turns (voice, from, to seconds of its clip) with 0.6 s gaps; its truth."""
    parts, truth, t = [], [], 0.0
    for name, a, b in order:
        clip = _voice(name)[int(a * 16000) : int(b * 16000)]
        parts += [clip, np.zeros(int(0.6 * 16000), np.float32)]
        truth.append((t, t + len(clip) / 16000, name))
        t += len(clip) / 16000 + 0.6
    write_wav(path, np.concatenate(parts))
    return truth


ORDER = [
    ("chi_phien", 0, 6), ("tien_bip2", 0, 6), ("thoi_su_nam2", 0, 6), ("chi_phien", 6, 9.4),
    ("tien_bip2", 6, 10.9), ("thoi_su_nam2", 6, 12.9),
]  # fmt: skip


def _segments(services: Services, meeting_id: int, audio_id: int, truth) -> None:
    """One segment per turn, except that the 2nd and 3rd turns are one segment (a speaker
    change inside it, as Whisper often leaves them), with a word every 0.5 s."""
    spans = [(truth[0][0], truth[0][1]), (truth[1][0], truth[2][1])]
    spans += [(s, e) for s, e, _ in truth[3:]]
    for start, end in spans:
        words = [Word(t, t + 0.45, f" w{int(t * 10)}") for t in np.arange(start, end - 0.4, 0.5)]
        text = "".join(w.word for w in words)
        services._store.segments.add(
            Segment(None, meeting_id, audio_id, start, end, text, words=words)
        )


def test_diarize_names_and_remembers_voices(tmp_path):
    truth = build(tmp_path / "m1.wav", ORDER)
    services = Services.open(tmp_path / "m.db")
    meeting, audio = services.importing.import_audio(tmp_path / "m1.wav", title="Họp 1")
    _segments(services, meeting.id, audio.id, truth)
    # Stopped after the first chunk, then resumed: the windows already embedded are kept.
    cancel = threading.Event()
    events = services.speakers.run(meeting.id, 3, cancel=cancel, chunk_s=20.0)
    next(events)
    cancel.set()
    assert list(events)[-1].cancelled
    done_s, complete = services._store.speakers.progress(audio.id)
    assert done_s == pytest.approx(20.0) and not complete
    finished = list(services.speakers.run(meeting.id, 3, chunk_s=20.0))[-1]
    assert not finished.cancelled and finished.speakers == 3

    segments = services.transcript.segments(meeting.id)
    # The segment spanning the change from the 2nd to the 3rd voice was cut in two.
    assert len(segments) == 6
    by_truth = {}
    for seg in segments:
        mid = (seg.start + seg.end) / 2
        who = next(n for s, e, n in truth if s - 0.7 <= mid <= e + 0.7)
        by_truth.setdefault(who, set()).add(seg.speaker)
    assert all(len(v) == 1 for v in by_truth.values()), by_truth
    assert len({next(iter(v)) for v in by_truth.values()}) == 3
    label_of = {n: int(next(iter(v)).split()[-1]) for n, v in by_truth.items()}
    assert label_of["chi_phien"] == 1  # numbered by first appearance

    services.speakers.name(meeting.id, label_of["tien_bip2"], "Đồng chí Nguyễn Văn An")
    names = [s.speaker for s in services.transcript.segments(meeting.id)]
    assert names.count("Đồng chí Nguyễn Văn An") == 2
    sample = services.speakers.sample(meeting.id, label_of["tien_bip2"])
    assert sample and sample[0] == audio.id and sample[2] - sample[1] == 10.0

    # The next meeting of the committee: the same voice, other words - its name is proposed.
    build(tmp_path / "m2.wav", [("thoi_su_nam2", 1, 8), ("tien_bip2", 2, 11), ("chi_phien", 0, 8)])
    second, audio2 = services.importing.import_audio(tmp_path / "m2.wav", title="Họp 2")
    list(services.speakers.run(second.id, 3))
    found = {s.label: s for s in services.speakers.speakers(second.id)}
    assert found[2].proposed == "Đồng chí Nguyễn Văn An" and found[2].confidence > 0.3
    assert all(s.proposed is None for lb, s in found.items() if lb != 2)
    services.close()


def test_cli_diarize_speakers_and_transcript_json(tmp_path):
    truth = build(tmp_path / "m1.wav", ORDER[:3])
    assert cli(tmp_path, "import", str(tmp_path / "m1.wav"), "--title", "Họp").returncode == 0
    services = Services.open(tmp_path / "m.db")
    _segments(services, 1, 1, truth)
    done = cli(tmp_path, "diarize", "1", "--speakers", "3")
    assert done.returncode == 0, done.stderr
    assert "3" in done.stderr and "%" in done.stderr  # progress, then the count
    listed = json.loads(cli(tmp_path, "speakers", "1", "--json").stdout)
    assert [s["label"] for s in listed] == [1, 2, 3] and listed[0]["speaker"] == "Người nói 1"
    named = cli(tmp_path, "speakers", "1", "--name", "Người nói 2", "Trần Thị Bình")
    assert named.returncode == 0 and "Trần Thị Bình" in named.stdout
    rows = json.loads(cli(tmp_path, "transcript", "1", "--format", "json").stdout)
    assert {r["speaker"] for r in rows} == {"Người nói 1", "Trần Thị Bình", "Người nói 3"}
    # The minutes say who spoke: "Ý kiến phát biểu", a paragraph per speaker's turn.
    out = services.documents.export_meeting(1, "minutes", "docx", tmp_path / "bb.docx", draft=True)
    import docx

    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Ý kiến phát biểu:" in text
    assert "Trần Thị Bình phát biểu: w" in text and "Người nói 1 phát biểu: w" in text
    services.close()
    bad = cli(tmp_path, "speakers", "1", "--name", "9", "Ai")
    assert bad.returncode != 0 and "Người nói 9" in bad.stderr
