"""The suggestion engine on a diarized transcript: conclusions the chair said rank higher, the
same wording from another speaker lower (never dropped), and a transcript with no speakers, or
with speakers not yet named, reads exactly as before. The meeting is built from a real report
(../shared/seeds/002: an inspection where members ask, the director answers and the Deputy
Secretary concludes), one sentence a segment, each paragraph given to the person who said it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from meeting_assistant.followup.suggest import suggest_segments
from meeting_assistant.followup.suggest.engine import CHAIR_BOOST, OTHER_SPEAKER_DROP
from meeting_assistant.models import Segment

from .spoken_form import spoken

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "002_0ef8089060c4c448.txt"
DAY = dt.date(2024, 7, 19)
CHAIR = "Nguyễn Văn Phong"
CHAIR_AS_TYPED = "Đồng chí Nguyễn Văn Phong, Phó Bí thư Thành ủy"
DIRECTOR = "Nguyễn Việt Hùng"
# Who says each long paragraph of the report (after the opening one, which is the reporter's).
SPEAKERS = [("Nguyễn Tiến Sỹ", 6), ("Phùng Thị Hồng Hà", 2), (DIRECTOR, 1), (CHAIR, 3)]

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is not here")


def meeting_segments(form=lambda t: t, speakers=True, relabel=None) -> list[Segment]:
    paragraphs = [p.strip() for p in SEED.read_text("utf-8").split("\n") if len(p.strip()) > 120]
    who = [name for name, count in SPEAKERS for _ in range(count)]
    segments: list[Segment] = []
    for paragraph, name in zip(paragraphs[1:], who, strict=True):
        name = (relabel or {}).get(name, name)
        for sentence in re.split(r"(?<=[.;:])\s+", paragraph):
            start = 5.0 * len(segments)
            segments.append(
                Segment(len(segments) + 1, 1, 1, start, start + 5.0, form(sentence),
                        speaker=name if speakers else None)
            )  # fmt: skip
    return segments


def by_key(suggestions) -> dict:
    return {s.key: s for s in suggestions}


@pytest.mark.parametrize("form", [lambda t: t, spoken], ids=["written", "spoken"])
def test_with_no_speakers_nothing_changes(form):
    """Clerks' transcripts are often undiarized: the chair known or not, the same proposals."""
    plain = meeting_segments(form, speakers=False)
    before = [s.to_dict() for s in suggest_segments(plain, meeting_date=DAY)]
    after = [s.to_dict() for s in suggest_segments(plain, meeting_date=DAY, chair=CHAIR)]
    assert before == after and any(s["kind"] == "conclusion" for s in before)


def test_speakers_not_yet_named_change_nothing():
    """Diarized, but "Người nói 1…4" until the clerk names them: the chair is not known."""
    labels = {name: f"Người nói {i}" for i, (name, _n) in enumerate(SPEAKERS, 1)}
    unnamed = meeting_segments(relabel=labels)
    plain = meeting_segments(speakers=False)
    assert [s.to_dict() for s in suggest_segments(unnamed, meeting_date=DAY, chair=CHAIR)] == [
        s.to_dict() for s in suggest_segments(plain, meeting_date=DAY, chair=CHAIR)
    ]


@pytest.mark.parametrize("form", [lambda t: t, spoken], ids=["written", "spoken"])
def test_the_chairs_conclusions_rank_above_the_same_words_from_another(form):
    plain = by_key(suggest_segments(meeting_segments(form, speakers=False), meeting_date=DAY))
    chaired = by_key(
        suggest_segments(meeting_segments(form), meeting_date=DAY, chair=CHAIR_AS_TYPED)
    )
    # The director says the Deputy Secretary's concluding paragraphs instead.
    moved = meeting_segments(form, relabel={CHAIR: DIRECTOR, DIRECTOR: CHAIR})
    other = by_key(suggest_segments(moved, meeting_date=DAY, chair=CHAIR_AS_TYPED))
    assert chaired.keys() == plain.keys() == other.keys()  # nothing dropped, nothing added
    conclusions = [k for k, s in plain.items() if s.kind == "conclusion"]
    assert conclusions
    for key in conclusions:
        assert chaired[key].confidence >= plain[key].confidence
        assert other[key].confidence < chaired[key].confidence
        assert other[key].confidence == pytest.approx(plain[key].confidence - OTHER_SPEAKER_DROP)
    for key, s in plain.items():  # the tasks are weighed as before
        if s.kind == "task":
            assert chaired[key].confidence == other[key].confidence == s.confidence


def test_a_less_sure_conclusion_rises_when_the_chair_says_it():
    """An assessment (a real committee's, tests/data/suggestions_real.json's development part)
    proposed at 0.88 by its wording: the chair's is surer, a member's is less sure but kept."""
    text = (
        "Hội đồng thẩm định nhận xét hồ sơ Quy hoạch tỉnh Quảng Ngãi được nghiên cứu công phu,"
        " phù hợp với định hướng chung quốc gia."
    )

    def said_by(speaker):
        segs = [
            Segment(1, 1, 1, 0.0, 4.0, "Xin mời các đồng chí phát biểu.", speaker=CHAIR),
            Segment(2, 1, 1, 4.0, 9.0, text, speaker=speaker),
        ]
        found = [s for s in suggest_segments(segs, meeting_date=DAY, chair=CHAIR)]
        return next(s for s in found if s.kind == "conclusion").confidence

    base = next(
        s for s in suggest_segments([Segment(1, 1, 1, 0.0, 5.0, text)], meeting_date=DAY)
        if s.kind == "conclusion"
    ).confidence  # fmt: skip
    assert said_by(CHAIR) == pytest.approx(min(0.99, base + CHAIR_BOOST)) and said_by(CHAIR) > base
    assert said_by("Trần Thị Bình") == pytest.approx(base - OTHER_SPEAKER_DROP)


def test_a_stored_meeting_is_weighed_by_its_own_chair(store, services):
    """Through the services: the meeting's chair field (set by the speakers dialog) is used."""
    meeting = services.meetings.create("Kiểm tra Chỉ thị 24", chair=CHAIR_AS_TYPED)
    audio = store.audio.add(
        meeting.id, stored_path="audio/x.wav", original_name="x.wav", sha256="x" * 64,
        size_bytes=10, duration=900.0,
    )  # fmt: skip
    for seg in meeting_segments(relabel={CHAIR: DIRECTOR, DIRECTOR: CHAIR}):
        store.segments.add(
            Segment(None, meeting.id, audio.id, seg.start, seg.end, seg.text, seg.speaker)
        )
    moved = {s.key: s.confidence for s in services.proposals.pending(meeting.id)}
    services.meetings.update(meeting.id, chair=DIRECTOR)  # now the one who concluded chairs
    chaired = {s.key: s.confidence for s in services.proposals.pending(meeting.id)}
    assert moved.keys() == chaired.keys()
    assert any(chaired[k] > moved[k] for k in moved)
