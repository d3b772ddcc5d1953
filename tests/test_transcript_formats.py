"""A meeting's transcript as SRT, WebVTT, plain text and JSON, across two audio files."""

from __future__ import annotations

import html
import json
import re
import unicodedata

import pytest

from meeting_assistant.documents.transcript import FORMATS, render
from meeting_assistant.models import Segment, Word
from meeting_assistant.store import Store

FIRST_DURATION = 3700.25  # over an hour, so the hours field is exercised
SECOND_DURATION = 30.0

SRT_TIMING = re.compile(r"^(\d{2}):(\d{2}):(\d{2}),(\d{3}) --> (\d{2}):(\d{2}):(\d{2}),(\d{3})$")
VTT_TIMING = re.compile(r"^(\d{2}):(\d{2}):(\d{2})\.(\d{3}) --> (\d{2}):(\d{2}):(\d{2})\.(\d{3})$")

SPEAKER = "Chủ tọa"
OPENING = "Khai mạc cuộc họp"
MARKUP = "Kết luận: giá < 5 tỷ & đúng hạn"  # stored from decomposed (NFD) input
ARROW = "Phương án A --> phương án B"
CLOSING = "Bế mạc"

# (start, end) on the meeting's timeline, in the order the cues must come.
EXPECTED_TIMES = [
    (1.5, 4.0),
    (3650.0, 3655.5),
    (FIRST_DURATION + 1.5, FIRST_DURATION + 3.25),
    (FIRST_DURATION + 10.0, FIRST_DURATION + 12.0),
]
EXPECTED_LINES = [f"{SPEAKER}: {OPENING}", MARKUP, ARROW, CLOSING]
# WebVTT names the speaker with a voice span, which players show or style.
EXPECTED_VTT_LINES = [f"<v {SPEAKER}>{OPENING}", MARKUP, ARROW, CLOSING]


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def seconds(h: str, m: str, s: str, ms: str) -> float:
    return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000


@pytest.fixture
def meeting(store: Store):
    """A meeting recorded in two files; segments stored out of order, as a resumed run might."""
    meeting = store.meetings.create("Họp giao ban")
    first = store.audio.add(
        meeting.id, stored_path="audio/a.mp3", original_name="phần 1.mp3", sha256="a" * 64,
        size_bytes=1000, duration=FIRST_DURATION,
    )  # fmt: skip
    second = store.audio.add(
        meeting.id, stored_path="audio/b.mp3", original_name="phần 2.mp3", sha256="b" * 64,
        size_bytes=1000, duration=SECOND_DURATION,
    )  # fmt: skip
    words = [Word(10.0, 10.5, " Bế", 0.9), Word(10.5, 12.0, " mạc", 0.8)]
    for seg in (
        Segment(None, meeting.id, second.id, 10.0, 12.0, CLOSING, words=words),
        Segment(None, meeting.id, first.id, 3650.0, 3655.5, nfd(MARKUP)),
        Segment(None, meeting.id, second.id, 1.5, 3.25, ARROW),
        Segment(None, meeting.id, first.id, 1.5, 4.0, OPENING, speaker=SPEAKER,
                words=[Word(1.5, 2.0, " Khai", 0.99)]),
    ):  # fmt: skip
        store.segments.add(seg)
    return store.segments.for_meeting(meeting.id), store.audio.for_meeting(meeting.id)


def test_every_format_is_nfc(meeting) -> None:
    segments, audios = meeting
    for fmt in FORMATS:
        out = render(fmt, segments, audios)
        assert unicodedata.is_normalized("NFC", out), fmt
        assert "Kết luận" in out, fmt


def test_render_normalises_decomposed_text_itself(meeting) -> None:
    """Segments that did not come through the store (e.g. straight from the engine)."""
    _segments, audios = meeting
    raw = [Segment(1, 1, audios[0].id, 0.0, 1.0, nfd("Đồng chí Bí thư phát biểu"))]
    for fmt in FORMATS:
        out = render(fmt, raw, audios)
        assert "Đồng chí Bí thư phát biểu" in out, fmt
        assert unicodedata.is_normalized("NFC", out), fmt


def test_srt(meeting) -> None:
    segments, audios = meeting
    out = render("srt", segments, audios)
    blocks = out.rstrip("\n").split("\n\n")
    assert len(blocks) == 4
    for number, (block, (start, end), line) in enumerate(
        zip(blocks, EXPECTED_TIMES, EXPECTED_LINES, strict=True), 1
    ):
        lines = block.split("\n")
        assert lines[0] == str(number)
        timing = SRT_TIMING.match(lines[1])
        assert timing, lines[1]
        assert seconds(*timing.groups()[:4]) == pytest.approx(start, abs=1e-9)
        assert seconds(*timing.groups()[4:]) == pytest.approx(end, abs=1e-9)
        assert lines[2:] == [line]
    # The exact text of the cues that cross the hour and the file boundary.
    assert "\n01:00:50,000 --> 01:00:55,500\n" in out
    assert "3\n01:01:41,750 --> 01:01:43,500\n" in out
    assert "4\n01:01:50,250 --> 01:01:52,250\nBế mạc\n" in out
    assert out.startswith("1\n00:00:01,500 --> 00:00:04,000\nChủ tọa: Khai mạc cuộc họp\n\n2\n")


def test_vtt(meeting) -> None:
    segments, audios = meeting
    out = render("vtt", segments, audios)
    assert out.startswith("WEBVTT\n\n")
    blocks = out[len("WEBVTT\n\n") :].rstrip("\n").split("\n\n")
    assert len(blocks) == 4
    for block, (start, end), line in zip(blocks, EXPECTED_TIMES, EXPECTED_VTT_LINES, strict=True):
        lines = block.split("\n")
        timing = VTT_TIMING.match(lines[0])
        assert timing, lines[0]
        assert seconds(*timing.groups()[:4]) == pytest.approx(start, abs=1e-9)
        assert seconds(*timing.groups()[4:]) == pytest.approx(end, abs=1e-9)
        assert len(lines) == 2
        if "-->" not in line:  # (the arrow is checked below)
            assert html.unescape(lines[1]) == line
    assert "01:01:41.750 --> 01:01:43.500" in out
    assert "," not in "".join(b.split("\n")[0] for b in blocks)  # '.' before the millis


def test_vtt_arrow_in_text_makes_no_extra_cue(meeting) -> None:
    segments, audios = meeting
    out = render("vtt", segments, audios)
    # A WebVTT reader takes every line holding "-->" for a cue's timing line.
    timing_lines = [line for line in out.split("\n") if "-->" in line]
    assert len(timing_lines) == len(segments) == 4
    assert all(VTT_TIMING.match(line) for line in timing_lines)
    assert "Phương án A" in out and "phương án B" in out


def test_vtt_longer_arrows_make_no_extra_cue(meeting) -> None:
    _segments, audios = meeting
    raw = [
        Segment(1, 1, audios[0].id, 0.0, 1.0, "A ---> B"),
        Segment(2, 1, audios[0].id, 1.0, 2.0, "C ----> D", speaker="X --> Y"),
    ]
    out = render("vtt", raw, audios)
    timing_lines = [line for line in out.split("\n") if "-->" in line]
    assert len(timing_lines) == 2
    assert all(VTT_TIMING.match(line) for line in timing_lines)


def test_vtt_escapes_markup_characters(meeting) -> None:
    segments, audios = meeting
    out = render("vtt", segments, audios)
    assert "Kết luận: giá &lt; 5 tỷ &amp; đúng hạn" in out


def test_blank_line_in_text_does_not_split_a_cue(store: Store, meeting) -> None:
    segments, audios = meeting
    store.segments.update_text(segments[0].id, "Dòng một\n\nDòng hai")
    segments = store.segments.for_meeting(segments[0].meeting_id)
    vtt = render("vtt", segments, audios)
    assert len(vtt[len("WEBVTT\n\n") :].rstrip("\n").split("\n\n")) == 4
    srt = render("srt", segments, audios)
    assert len(srt.rstrip("\n").split("\n\n")) == 4


def test_decomposed_speaker_is_normalised(meeting) -> None:
    _segments, audios = meeting
    raw = [Segment(1, 1, audios[0].id, 0.0, 1.0, "Xin chào", speaker=nfd("Đồng chí Bí thư"))]
    for fmt in FORMATS:
        out = render(fmt, raw, audios)
        assert "Đồng chí Bí thư" in out, fmt


def test_txt(meeting) -> None:
    segments, audios = meeting
    # The speaker's name heads their turn; the lines after it, said by no one named, follow
    # after a blank line.
    assert render("txt", segments, audios) == (
        "Chủ tọa:\n"
        "[00:00:01] Khai mạc cuộc họp\n"
        "\n"
        "[01:00:50] Kết luận: giá < 5 tỷ & đúng hạn\n"
        "[01:01:41] Phương án A --> phương án B\n"
        "[01:01:50] Bế mạc\n"
    )


def test_json(meeting) -> None:
    segments, audios = meeting
    data = json.loads(render("json", segments, audios))
    assert [item["text"] for item in data] == [OPENING, MARKUP, ARROW, CLOSING]
    assert [(item["start"], item["end"]) for item in data] == EXPECTED_TIMES
    assert [item["id"] for item in data] == [s.id for s in segments]
    assert [item["audio_id"] for item in data] == [audios[0].id] * 2 + [audios[1].id] * 2
    assert data[0]["speaker"] == SPEAKER and data[1]["speaker"] is None
    assert data[0]["words"] == [{"start": 1.5, "end": 2.0, "word": " Khai", "probability": 0.99}]
    # Word times of the second file run on from the first file's end, like the segment's.
    assert data[3]["words"] == [
        {"start": FIRST_DURATION + 10.0, "end": FIRST_DURATION + 10.5, "word": " Bế",
         "probability": 0.9},
        {"start": FIRST_DURATION + 10.5, "end": FIRST_DURATION + 12.0, "word": " mạc",
         "probability": 0.8},
    ]  # fmt: skip
    assert data[1]["words"] == [] and data[2]["words"] == []
    assert all(item["edited"] is False for item in data)


def test_single_file_and_empty_transcripts(store: Store) -> None:
    meeting = store.meetings.create("Họp ngắn")
    audio = store.audio.add(
        meeting.id, stored_path="audio/c.wav", original_name="c.wav", sha256="c" * 64,
        size_bytes=10, duration=5.0,
    )  # fmt: skip
    assert render("srt", [], [audio]) == ""
    assert render("vtt", [], [audio]).startswith("WEBVTT")
    assert json.loads(render("json", [], [audio])) == []
    seg = store.segments.add(Segment(None, meeting.id, audio.id, 0.0004, 0.9996, "Xin chào"))
    assert render("srt", [seg], [audio]) == "1\n00:00:00,000 --> 00:00:01,000\nXin chào\n"


# --- a diarized meeting: turns of named speakers ---------------------------------------------

CHAIR = "Nguyễn Văn An"
MEMBER = "Người nói 2"


@pytest.fixture
def diarized(store: Store):
    """The chair opens (two segments), a member answers, the chair concludes."""
    meeting = store.meetings.create("Hội nghị kiểm tra", chair=CHAIR)
    audio = store.audio.add(
        meeting.id, stored_path="audio/d.wav", original_name="d.wav", sha256="d" * 64,
        size_bytes=10, duration=60.0,
    )  # fmt: skip
    for start, speaker, text in (
        (0.0, CHAIR, "Xin chào các đồng chí."),
        (4.0, CHAIR, "Đề nghị Sở báo cáo."),
        (9.0, MEMBER, "Sở đã hoàn thành 90% kế hoạch."),
        (15.0, CHAIR, "Hội nghị thống nhất thông qua báo cáo."),
    ):
        store.segments.add(
            Segment(None, meeting.id, audio.id, start, start + 3.5, text, speaker=speaker)
        )
    return meeting, store.segments.for_meeting(meeting.id), [audio]


def test_txt_names_each_speaker_once_per_turn(diarized) -> None:
    _meeting, segments, audios = diarized
    assert render("txt", segments, audios, chair=CHAIR) == (
        "Nguyễn Văn An (chủ trì):\n"
        "[00:00:00] Xin chào các đồng chí.\n"
        "[00:00:04] Đề nghị Sở báo cáo.\n"
        "\n"
        "Người nói 2:\n"
        "[00:00:09] Sở đã hoàn thành 90% kế hoạch.\n"
        "\n"
        "Nguyễn Văn An (chủ trì):\n"
        "[00:00:15] Hội nghị thống nhất thông qua báo cáo.\n"
    )


def test_subtitles_say_who_speaks_in_every_cue(diarized) -> None:
    _meeting, segments, audios = diarized
    srt_cues = render("srt", segments, audios).rstrip("\n").split("\n\n")
    assert [c.split("\n")[2] for c in srt_cues] == [
        f"{CHAIR}: Xin chào các đồng chí.", f"{CHAIR}: Đề nghị Sở báo cáo.",
        f"{MEMBER}: Sở đã hoàn thành 90% kế hoạch.",
        f"{CHAIR}: Hội nghị thống nhất thông qua báo cáo.",
    ]  # fmt: skip
    vtt_cues = render("vtt", segments, audios)[len("WEBVTT\n\n") :].rstrip("\n").split("\n\n")
    assert [c.split("\n")[1] for c in vtt_cues] == [
        f"<v {CHAIR}>Xin chào các đồng chí.", f"<v {CHAIR}>Đề nghị Sở báo cáo.",
        f"<v {MEMBER}>Sở đã hoàn thành 90% kế hoạch.",
        f"<v {CHAIR}>Hội nghị thống nhất thông qua báo cáo.",
    ]  # fmt: skip


def test_vtt_voice_name_cannot_break_the_markup(diarized) -> None:
    _meeting, _segments, audios = diarized
    raw = [Segment(1, 1, audios[0].id, 0.0, 1.0, "Xin chào", speaker="A <b> & B")]
    assert "<v A &lt;b&gt; &amp; B>Xin chào" in render("vtt", raw, audios)


def test_transcript_docx_heads_each_turn_with_the_speaker(store: Store, diarized, tmp_path):
    """The real file, opened with python-docx: a bold name (the chair marked) heads each turn,
    the segments under it carry their times without repeating the name."""
    docx = pytest.importorskip("docx")
    from meeting_assistant.documents.export import export_meeting as export

    meeting, _segments, _audios = diarized
    out = export(store, meeting.id, "transcript", "docx", tmp_path / "bản ghi lời.docx")
    paragraphs = [p for p in docx.Document(str(out)).paragraphs if p.text.strip()]
    texts = [p.text for p in paragraphs]
    start = texts.index("Nguyễn Văn An (chủ trì):")
    assert texts[start:] == [
        "Nguyễn Văn An (chủ trì):",
        "[00:00:00] Xin chào các đồng chí.",
        "[00:00:04] Đề nghị Sở báo cáo.",
        "Người nói 2:",
        "[00:00:09] Sở đã hoàn thành 90% kế hoạch.",
        "Nguyễn Văn An (chủ trì):",
        "[00:00:15] Hội nghị thống nhất thông qua báo cáo.",
    ]
    heads = [p for p in paragraphs[start:] if p.text.endswith(":")]
    assert len(heads) == 3 and all(all(r.bold for r in p.runs if r.text) for p in heads)
    assert not any(r.bold for r in paragraphs[start + 1].runs)


def test_transcript_docx_without_speakers_is_one_line_per_segment(store: Store, tmp_path):
    docx = pytest.importorskip("docx")
    from meeting_assistant.documents.export import export_meeting as export

    meeting = store.meetings.create("Họp chưa phân người nói")
    audio = store.audio.add(
        meeting.id, stored_path="audio/e.wav", original_name="e.wav", sha256="e" * 64,
        size_bytes=10, duration=9.0,
    )  # fmt: skip
    for start, text in ((0.0, "Một."), (3.0, "Hai.")):
        store.segments.add(Segment(None, meeting.id, audio.id, start, start + 2, text))
    out = export(store, meeting.id, "transcript", "docx", tmp_path / "t.docx")
    texts = [p.text for p in docx.Document(str(out)).paragraphs if p.text.strip()]
    assert texts[-2:] == ["[00:00:00] Một.", "[00:00:03] Hai."]


def test_the_chair_is_recognised_when_typed_with_title(diarized) -> None:
    """The meeting's chair is often typed with a title; the speaker is the attendee's name."""
    _meeting, segments, audios = diarized
    out = render("txt", segments, audios, chair="Đồng chí Nguyễn Văn An, Bí thư Đảng ủy")
    assert out.count("Nguyễn Văn An (chủ trì):") == 2
    # A name that is only part of another person's is not theirs.
    assert "(chủ trì)" not in render("txt", segments, audios, chair="Nguyễn Văn Anh")
