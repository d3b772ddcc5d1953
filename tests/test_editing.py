"""Transcript edits (text, split, merge, speaker, replace) are saved at once and undo exactly."""

from __future__ import annotations

import pytest

from meeting_assistant.errors import UserError
from meeting_assistant.models import Segment, Word
from meeting_assistant.services import Services


@pytest.fixture
def meeting(store):
    m = store.meetings.create("Giao ban")
    audio = store.audio.add(
        m.id, stored_path="a.wav", original_name="a.wav", sha256="x", size_bytes=1, duration=60.0
    )
    words = [Word(0.0, 0.5, " Kết"), Word(0.5, 1.0, " luận"), Word(1.2, 1.6, " trên"),
             Word(1.6, 2.0, " đã"), Word(2.0, 2.5, " cho"), Word(2.5, 3.0, " thấy")]  # fmt: skip
    ids = [
        store.segments.add(Segment(None, m.id, audio.id, 0.0, 3.0, "Kết luận trên đã cho thấy",
                                   words=words)).id,
        store.segments.add(Segment(None, m.id, audio.id, 4.0, 6.0, "đề nghị sở nội vụ")).id,
        store.segments.add(Segment(None, m.id, audio.id, 7.0, 9.0, "báo cáo trước ngày 15/7")).id,
    ]  # fmt: skip
    return m.id, ids


def texts(store, meeting_id):
    return [(s.text, s.start, s.end, s.speaker) for s in store.segments.for_meeting(meeting_id)]


def test_split_at_the_cursor_uses_word_times_and_undoes(store, meeting):
    meeting_id, ids = meeting
    original = texts(store, meeting_id)
    change = Services(store).transcript.split(ids[0], len("Kết luận"))
    now = store.segments.for_meeting(meeting_id)
    assert [s.text for s in now[:2]] == ["Kết luận", "trên đã cho thấy"]
    assert now[0].end == now[1].start == 1.2  # where "trên" begins
    assert [w.word for w in now[1].words] == [" trên", " đã", " cho", " thấy"]
    assert now[0].edited and now[1].edited
    assert store.search("tren da", kinds=("segment",))[0].id == now[1].id
    Services(store).undo(change)
    assert texts(store, meeting_id) == original
    assert store.segments.count(meeting_id) == 3
    Services(store).redo(change)
    assert [s.text for s in store.segments.for_meeting(meeting_id)][:2] == [
        "Kết luận", "trên đã cho thấy"
    ]  # fmt: skip


def test_split_at_an_edge_is_refused(store, meeting):
    _meeting_id, ids = meeting
    with pytest.raises(UserError):
        Services(store).transcript.split(ids[0], 0)


def test_merge_with_next_and_undo_keeps_links(store, meeting):
    meeting_id, ids = meeting
    conclusion = Services(store).items.conclusion_from_segments([ids[1]])
    original = texts(store, meeting_id)
    change = Services(store).transcript.merge_with_next(ids[0])
    merged = store.segments.for_meeting(meeting_id)
    assert len(merged) == 2
    assert merged[0].text == "Kết luận trên đã cho thấy đề nghị sở nội vụ"
    assert (merged[0].start, merged[0].end) == (0.0, 6.0)
    Services(store).undo(change)
    assert texts(store, meeting_id) == original
    assert store.items.conclusion(conclusion.id).span_start == 4.0
    with pytest.raises(UserError):
        Services(store).transcript.merge_with_next(ids[2])  # the last segment has no next


def test_set_text_speaker_and_replace_all_undo(store, meeting):
    meeting_id, ids = meeting
    original = texts(store, meeting_id)
    edits = [
        Services(store).transcript.set_text(ids[1], "Đề nghị Sở Nội vụ chủ trì"),
        Services(store).transcript.set_speaker(ids[:2], "Đ/c Bí thư"),
        Services(store).transcript.replace_all(meeting_id, "sở nội vụ", "Sở Nội vụ"),
    ]
    assert [s.speaker for s in store.segments.for_meeting(meeting_id)] == [
        "Đ/c Bí thư", "Đ/c Bí thư", None
    ]  # fmt: skip
    assert store.segments.get(ids[1]).text == "Đề nghị Sở Nội vụ chủ trì"
    assert Services(store).transcript.find(meeting_id, "SỞ NỘI VỤ") == [ids[1]]
    for change in reversed(edits):
        Services(store).undo(change)
    assert texts(store, meeting_id) == original
    assert not store.segments.get(ids[1]).edited
    with pytest.raises(UserError):
        Services(store).transcript.set_text(ids[1], "   ")
    assert not Services(store).transcript.set_text(ids[1], store.segments.get(ids[1]).text)  # no-op


def test_find_is_accent_blind_only_when_typed_without_accents():
    from meeting_assistant.services.transcript import match_spans

    text = "Đồng chí Giám đốc Sở Tài chính; số liệu; ĐỒNG CHÍ"
    assert [text[a:b] for a, b in match_spans(text, "dong chi")] == ["Đồng chí", "ĐỒNG CHÍ"]
    assert [text[a:b] for a, b in match_spans(text, "so")] == ["Sở", "số"]
    assert [text[a:b] for a, b in match_spans(text, "sở")] == ["Sở"]  # typed with accents
    assert match_spans(text, "dong chi", case_sensitive=True) == []
