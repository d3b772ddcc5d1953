"""The SQLite store: schema and migrations, meetings, units, search, conclusions/tasks, segments."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from meeting_assistant.errors import NotFoundError, StorageError, UserError
from meeting_assistant.i18n import set_language
from meeting_assistant.models import Segment, Word
from meeting_assistant.store import Store

PRODUCT_TABLES = {
    "meetings", "attendees", "units", "audio_files", "segments", "conclusions", "tasks",
    "task_coordinators", "task_updates", "audit_log", "settings",
}  # fmt: skip


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


@pytest.fixture(autouse=True)
def vietnamese() -> Iterator[None]:
    set_language("vi")
    yield
    set_language(None)


def add_audio(store: Store, meeting_id: int, name: str = "a.wav", duration: float = 60.0):
    return store.audio.add(
        meeting_id,
        stored_path=f"audio/{name}",
        original_name=name,
        sha256=f"sha-{meeting_id}-{name}",
        size_bytes=1000,
        duration=duration,
    )


def add_segment(store: Store, audio, start: float, text: str, **kw) -> Segment:
    seg = Segment(None, audio.meeting_id, audio.id, start, start + 2.0, text, **kw)
    return store.segments.add(seg)


def count(store: Store, table: str, where: str = "1", params=()) -> int:
    sql = f"SELECT count(*) FROM {table} WHERE {where}"
    return store.db.execute(sql, list(params)).fetchone()[0]


# --- database file, schema, migrations ----------------------------------------------------------


def test_new_database_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "meetings.db"  # a folder that does not exist yet
    with Store(path) as store:
        assert path.is_file()
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert PRODUCT_TABLES <= set(store.db.table_names())
        assert store.media_dir == tmp_path / "sub" / "meetings-media"


def test_migrations_recorded_and_not_reapplied(tmp_path: Path) -> None:
    path = tmp_path / "meetings.db"
    with Store(path) as store:
        applied = list(store.db.query("SELECT * FROM _sqlite_migrations ORDER BY id"))
        assert applied, "the initial migration is recorded"
        assert [r["name"] for r in applied][0] == "m001_initial"
        meeting = store.meetings.create("Họp giao ban")
        audio = add_audio(store, meeting.id)
        add_segment(store, audio, 0.0, "Kết luận cuộc họp")
        store.items.add_conclusion(meeting.id, "Thống nhất phương án")

    with Store(path) as again:
        assert list(again.db.query("SELECT * FROM _sqlite_migrations ORDER BY id")) == applied
        assert again.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert again.meetings.get(meeting.id).title == "Họp giao ban"
        assert [s.text for s in again.segments.for_meeting(meeting.id)] == ["Kết luận cuộc họp"]
        assert len(again.items.conclusions(meeting.id)) == 1
        assert [h.kind for h in again.search("ket luan")] == ["segment"]  # index kept too


def test_garbage_file_is_refused_with_a_readable_message(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    garbage = b"this is not a database \x00\xff" * 200
    path.write_bytes(garbage)
    with pytest.raises(StorageError) as caught:
        Store(path)
    message = str(caught.value)
    assert str(path) in message
    assert "không phải cơ sở dữ liệu" in message
    assert path.read_bytes() == garbage, "the damaged file is left as it was"

    set_language("en")
    with pytest.raises(StorageError, match="not a Meeting Assistant database"):
        Store(path)


# --- meetings -----------------------------------------------------------------------------------


def test_meeting_create_get_update(store: Store) -> None:
    meeting = store.meetings.create(
        "  Họp giao ban tháng 3 ", date="2024-03-05", place="Phòng họp số 1", chair="Nguyễn Văn A"
    )
    assert meeting.title == "Họp giao ban tháng 3"  # trimmed
    assert meeting.state == "new"
    got = store.meetings.get(meeting.id)
    assert (got.title, got.date, got.place, got.chair) == (
        "Họp giao ban tháng 3", "2024-03-05", "Phòng họp số 1", "Nguyễn Văn A",
    )  # fmt: skip

    updated = store.meetings.update(meeting.id, place="Hội trường", summary="Tóm tắt")
    assert (updated.place, updated.summary, updated.title) == (
        "Hội trường",
        "Tóm tắt",
        "Họp giao ban tháng 3",
    )
    assert store.meetings.get(meeting.id).place == "Hội trường"
    assert store.meetings.count() == 1


def test_meeting_text_is_stored_in_nfc(store: Store) -> None:
    title = "Họp Đảng ủy về kết luận"
    meeting = store.meetings.create(nfd(title), place=nfd("Phòng họp tầng 2"))
    assert nfd(title) != title
    got = store.meetings.get(meeting.id)
    assert got.title == title and is_nfc(got.title)
    assert got.place == "Phòng họp tầng 2"
    store.meetings.update(meeting.id, agenda=nfd("Nội dung chương trình"))
    assert store.meetings.get(meeting.id).agenda == "Nội dung chương trình"
    row = store.db.execute("SELECT title FROM meetings WHERE id = ?", [meeting.id]).fetchone()
    assert row[0] == title


def test_meeting_without_title_is_refused(store: Store) -> None:
    for title in ("", "   ", "\n\t", nfd(" ")):
        with pytest.raises(UserError):
            store.meetings.create(title)
    assert store.meetings.count() == 0


def test_meeting_update_refuses_empty_title(store: Store) -> None:
    meeting = store.meetings.create("Họp giao ban")
    with pytest.raises(UserError):
        store.meetings.update(meeting.id, title="  ")
    assert store.meetings.get(meeting.id).title == "Họp giao ban"


def test_unknown_meeting_id(store: Store) -> None:
    for call in (
        lambda: store.meetings.get(4242),
        lambda: store.meetings.update(4242, title="x"),
        lambda: store.meetings.delete(4242),
        lambda: store.meetings.add_attendee(4242, "Nguyễn Văn A"),
    ):
        with pytest.raises(NotFoundError, match="4242"):
            call()
    set_language("en")
    with pytest.raises(NotFoundError, match="There is no meeting number 4242"):
        store.meetings.get(4242)


def test_meetings_listed_newest_date_first(store: Store) -> None:
    jan = store.meetings.create("Tháng 1", date="2024-01-15")
    mar = store.meetings.create("Tháng 3", date="2024-03-01")
    feb = store.meetings.create("Tháng 2", date="2024-02-10")
    undated = store.meetings.create("Chưa có ngày")  # sorts by the day it was entered (today)
    assert [m.id for m in store.meetings.list()] == [undated.id, mar.id, feb.id, jan.id]


def test_delete_meeting_cascades(store: Store) -> None:
    keep = store.meetings.create("Cuộc họp khác")
    keep_audio = add_audio(store, keep.id, "keep.wav")
    add_segment(store, keep_audio, 0.0, "kết luận giữ lại")
    unit = store.units.ensure("Sở Tài chính")

    meeting = store.meetings.create("Họp sẽ xoá")
    store.meetings.add_attendee(meeting.id, "Trần Thị B", unit_id=unit.id)
    audio = add_audio(store, meeting.id, "gone.wav")
    seg = add_segment(store, audio, 0.0, "kết luận sẽ mất")
    conclusion = store.items.add_conclusion(meeting.id, "Kết luận sẽ mất", first_segment_id=seg.id)
    task = store.items.add_task(meeting.id, "Nhiệm vụ sẽ mất", [unit.id], lead_unit_id=unit.id)
    store.items.add_task_update(task.id, "2024-04-01", "Đã triển khai")
    assert len(store.search("se mat")) == 3

    store.meetings.delete(meeting.id)

    with pytest.raises(NotFoundError):
        store.meetings.get(meeting.id)
    for table in ("attendees", "audio_files", "segments", "conclusions", "tasks"):
        assert count(store, table, "meeting_id = ?", [meeting.id]) == 0, table
    assert count(store, "task_coordinators", "task_id = ?", [task.id]) == 0
    assert count(store, "task_updates", "task_id = ?", [task.id]) == 0
    with pytest.raises(NotFoundError):
        store.items.conclusion(conclusion.id)
    assert store.search("se mat") == []
    assert count(store, "segments_fts") == 1  # only the other meeting's segment is indexed
    # The other meeting and the unit directory are untouched.
    assert [s.text for s in store.segments.for_meeting(keep.id)] == ["kết luận giữ lại"]
    assert store.units.list() == [unit]
    assert [h.meeting_id for h in store.search("giu lai")] == [keep.id]


# --- attendees and units ------------------------------------------------------------------------


def test_attendees_present_and_absent(store: Store) -> None:
    meeting = store.meetings.create("Họp")
    unit = store.units.ensure("Văn phòng")
    store.meetings.add_attendee(
        meeting.id, nfd("Nguyễn Văn Đức"), title="Giám đốc", unit_id=unit.id
    )
    store.meetings.add_attendee(meeting.id, "Lê Thị Hoa", present=False, note="Đi công tác")
    other = store.meetings.create("Họp khác")
    store.meetings.add_attendee(other.id, "Người khác")

    people = store.meetings.attendees(meeting.id)
    assert [(p.name, p.present) for p in people] == [
        ("Nguyễn Văn Đức", True),
        ("Lê Thị Hoa", False),
    ]
    assert people[0].present is True and people[1].present is False
    assert people[0].unit_id == unit.id and people[0].title == "Giám đốc"
    assert people[1].note == "Đi công tác"
    assert [p.position for p in people] == [0, 1]


def test_units_ensure_is_case_insensitive(store: Store) -> None:
    first = store.units.ensure("Phòng Nội vụ", abbreviation="PNV")
    assert store.units.ensure("phòng nội vụ").id == first.id
    assert store.units.ensure("  PHòNG NộI Vụ ").id == first.id
    assert store.units.ensure(nfd("Phòng Nội vụ")).id == first.id
    other = store.units.ensure("Sở Y tế")
    assert other.id != first.id
    assert [u.name for u in store.units.list()] == ["Phòng Nội vụ", "Sở Y tế"]
    assert store.units.list()[0].abbreviation == "PNV"
    with pytest.raises(UserError):
        store.units.ensure("   ")


def test_units_ensure_folds_vietnamese_capitals(store: Store) -> None:
    first = store.units.ensure("Sở Tài chính")
    assert store.units.ensure("SỞ TÀI CHÍNH").id == first.id
    assert store.units.ensure("Ủy ban nhân dân").id == store.units.ensure("ỦY BAN NHÂN DÂN").id
    assert len(store.units.list()) == 2


# --- search -------------------------------------------------------------------------------------


@pytest.fixture
def searchable(store: Store):
    meeting = store.meetings.create("Họp Ban Thường vụ", date="2024-05-01")
    audio = add_audio(store, meeting.id)
    segs = [
        add_segment(store, audio, 0.0, "Kết luận của đồng chí Bí thư"),
        add_segment(store, audio, 3.0, "Đảng ủy phường đã họp"),
        add_segment(store, audio, 6.0, "ngan sach nam nay"),  # typed without accents
    ]
    return meeting, audio, segs


def test_search_ignores_diacritics(store: Store, searchable) -> None:
    meeting, _audio, segs = searchable
    hits = store.search("ket luan")
    assert [(h.kind, h.id) for h in hits] == [("segment", segs[0].id)]
    assert hits[0].text == "Kết luận của đồng chí Bí thư"
    assert hits[0].meeting_id == meeting.id and hits[0].meeting_title == "Họp Ban Thường vụ"
    assert (hits[0].start, hits[0].end) == (0.0, 2.0)

    assert [h.id for h in store.search("dang uy")] == [segs[1].id]  # đ folds to d
    assert [h.id for h in store.search("ĐẢNG ỦY")] == [segs[1].id]
    assert [h.id for h in store.search(nfd("đồng chí"))] == [segs[0].id]
    # Accents typed in the query still find text stored without them.
    assert [h.id for h in store.search("ngân sách")] == [segs[2].id]
    assert store.search("ngân hàng") == []  # every word must appear


def test_search_finds_conclusions_and_tasks(store: Store, searchable) -> None:
    meeting, audio, _segs = searchable
    conclusion = store.items.add_conclusion(
        meeting.id, "Thống nhất chủ trương đầu tư", span_start=10.0, span_end=20.0
    )
    task = store.items.add_task(meeting.id, "Sở Kế hoạch và Đầu tư trình phương án")
    hits = store.search("dau tu")
    assert {(h.kind, h.id) for h in hits} == {("conclusion", conclusion.id), ("task", task.id)}
    by_kind = {h.kind: h for h in hits}
    assert by_kind["conclusion"].text == "Thống nhất chủ trương đầu tư"
    assert (by_kind["conclusion"].start, by_kind["conclusion"].end) == (10.0, 20.0)
    assert by_kind["task"].text == "Sở Kế hoạch và Đầu tư trình phương án"
    assert {h.kind for h in store.search("dau tu", kinds=("segment", "task"))} == {"task"}

    store.items.update_task(task.id, content="Sở Tài chính trình phương án")
    assert [h.kind for h in store.search("dau tu")] == ["conclusion"]
    assert [h.id for h in store.search("tai chinh")] == [task.id]
    store.items.delete_conclusion(conclusion.id)
    assert store.search("dau tu") == []


def test_search_limited_to_tasks_or_conclusions(store: Store, searchable) -> None:
    meeting, _audio, _segs = searchable
    conclusion = store.items.add_conclusion(meeting.id, "Kết luận về đầu tư")
    task = store.items.add_task(meeting.id, "Nhiệm vụ đầu tư")
    assert [(h.kind, h.id) for h in store.search("dau tu", kinds=("task",))] == [("task", task.id)]
    hits = store.search("dau tu", kinds=("conclusion",))
    assert [(h.kind, h.id) for h in hits] == [("conclusion", conclusion.id)]


def test_edited_segment_is_reindexed(store: Store, searchable) -> None:
    _meeting, _audio, segs = searchable
    assert [h.id for h in store.search("bi thu")] == [segs[0].id]
    edited = store.segments.update_text(segs[0].id, nfd("Kết luận của đồng chí Chủ tịch"))
    assert edited.edited is True and not segs[0].edited
    assert edited.text == "Kết luận của đồng chí Chủ tịch"
    assert store.segments.get(segs[0].id).edited is True
    assert store.search("bi thu") == []
    assert [h.id for h in store.search("chu tich")] == [segs[0].id]
    assert store.search("chu tich")[0].text == "Kết luận của đồng chí Chủ tịch"


def test_deleted_segments_leave_the_index(store: Store, searchable) -> None:
    _meeting, audio, segs = searchable
    assert store.segments.delete_from(audio.id, 3.0) == 2
    assert store.search("dang uy") == []
    assert store.search("ngan sach") == []
    assert [h.id for h in store.search("ket luan")] == [segs[0].id]
    assert count(store, "segments_fts") == 1


FTS_SYNTAX_QUERIES = [
    '"', '"ket', "ket*", "*", "AND", "ket AND", "OR luan", "-", "-ket", "(", "ket (luan", ")",
    "NEAR", "NEAR(ket luan)", "ket:luan", "^ket", "+", "...", "?!", "   ", "", "_", "{}", "'",
]  # fmt: skip


def test_queries_with_fts_syntax_do_not_raise(store: Store, searchable) -> None:
    for query in FTS_SYNTAX_QUERIES:
        for prefix in (False, True):
            assert isinstance(store.search(query, prefix=prefix), list), query
    for query in ("", "   ", "...", "?!", '"', "*", "-", "(", "{}"):
        assert store.search(query) == [], query


def test_query_syntax_is_taken_literally(store: Store, searchable) -> None:
    _meeting, _audio, segs = searchable
    assert [h.id for h in store.search('"ket luan"')] == [segs[0].id]
    assert [h.id for h in store.search("ket-luan!")] == [segs[0].id]
    assert [h.id for h in store.search("(Kết) luận*")] == [segs[0].id]
    assert store.search("ket OR dang") == []  # OR is a word to find, not an operator
    assert store.search("ket lu") == []  # whole words only, unless asked for a prefix
    assert [h.id for h in store.search("ket lu", prefix=True)] == [segs[0].id]
    assert store.search("...") == [] and store.search("   ") == []


def test_search_filtered_by_meeting(store: Store, searchable) -> None:
    meeting, _audio, segs = searchable
    other = store.meetings.create("Họp khác", date="2024-06-01")
    other_audio = add_audio(store, other.id, "other.wav")
    other_seg = add_segment(store, other_audio, 0.0, "Kết luận khác")
    assert {h.id for h in store.search("ket luan")} == {segs[0].id, other_seg.id}
    assert [h.id for h in store.search("ket luan", meeting_id=meeting.id)] == [segs[0].id]
    assert [h.id for h in store.search("ket luan", meeting_id=other.id)] == [other_seg.id]
    assert store.search("dang uy", meeting_id=other.id) == []


# --- conclusions and tasks ----------------------------------------------------------------------


def test_conclusion_changes_are_audited(store: Store) -> None:
    meeting = store.meetings.create("Họp")
    first = store.items.add_conclusion(meeting.id, nfd(" Giao Sở Xây dựng chủ trì "))
    second = store.items.add_conclusion(meeting.id, "Kết luận thứ hai")
    assert first.text == "Giao Sở Xây dựng chủ trì"
    assert [c.id for c in store.items.conclusions(meeting.id)] == [first.id, second.id]
    assert [c.position for c in store.items.conclusions(meeting.id)] == [0, 1]

    updated = store.items.update_conclusion(first.id, text="Giao Sở Tài chính chủ trì")
    assert updated.text == "Giao Sở Tài chính chủ trì"
    store.items.update_conclusion(first.id, state="confirmed")
    store.items.update_conclusion(first.id, state="confirmed")  # no change: no log row
    store.items.delete_conclusion(first.id)

    log = store.items.audit_log("conclusion", first.id)
    assert [r["action"] for r in log] == ["create", "update", "update", "delete"]
    assert all(r["meeting_id"] == meeting.id for r in log)
    assert log[0]["changes"]["text"] == "Giao Sở Xây dựng chủ trì"
    assert log[1]["changes"]["text"] == ["Giao Sở Xây dựng chủ trì", "Giao Sở Tài chính chủ trì"]
    assert log[2]["changes"] == {"state": ["draft", "confirmed"]}
    assert log[3]["changes"]["text"] == "Giao Sở Tài chính chủ trì"
    assert log[3]["changes"]["state"] == "confirmed"
    assert log[3]["changes"]["id"] == first.id

    with pytest.raises(NotFoundError, match=str(first.id)):
        store.items.conclusion(first.id)
    assert [c.id for c in store.items.conclusions(meeting.id)] == [second.id]
    with pytest.raises(UserError):
        store.items.add_conclusion(meeting.id, "   ")


def test_items_cannot_be_emptied_by_update(store: Store) -> None:
    meeting = store.meetings.create("Họp")
    conclusion = store.items.add_conclusion(meeting.id, "Kết luận")
    task = store.items.add_task(meeting.id, "Nhiệm vụ")
    with pytest.raises(UserError):
        store.items.update_conclusion(conclusion.id, text="  ")
    with pytest.raises(UserError):
        store.items.update_task(task.id, content="")


def test_task_fields_round_trip(store: Store) -> None:
    meeting = store.meetings.create("Họp")
    lead = store.units.ensure("Sở Kế hoạch và Đầu tư")
    units = [store.units.ensure(n) for n in ("Sở Xây dựng", "Công an tỉnh", "Sở Tài chính")]
    order = [units[2].id, units[0].id, units[1].id]  # not id order
    conclusion = store.items.add_conclusion(meeting.id, "Đẩy nhanh tiến độ")
    task = store.items.add_task(
        meeting.id,
        "Hoàn thành giải phóng mặt bằng",
        order,
        conclusion_id=conclusion.id,
        lead_unit_id=lead.id,
        deadline="2024-06-30",
        deadline_text="trước ngày 30/6",
        is_key=True,
    )
    ongoing = store.items.add_task(meeting.id, "Theo dõi, đôn đốc", ongoing=True)

    got = store.items.task(task.id)
    assert got.coordinating_unit_ids == order
    assert (got.deadline, got.deadline_text, got.lead_unit_id) == (
        "2024-06-30",
        "trước ngày 30/6",
        lead.id,
    )
    assert got.is_key is True and got.ongoing is False
    assert got.conclusion_id == conclusion.id
    again = store.items.task(ongoing.id)
    assert again.ongoing is True and again.is_key is False and again.deadline is None
    assert again.coordinating_unit_ids == []
    assert [t.id for t in store.items.tasks(meeting.id)] == [task.id, ongoing.id]
    assert store.items.tasks(meeting.id)[0].coordinating_unit_ids == order

    store.items.update_task(task.id, deadline=None, ongoing=True, is_key=False)
    got = store.items.task(task.id)
    assert (got.deadline, got.ongoing, got.is_key) == (None, True, False)
    assert got.coordinating_unit_ids == order
    log = store.items.audit_log("task", task.id)
    assert [r["action"] for r in log] == ["create", "update"]
    assert log[0]["changes"]["coordinating_unit_ids"] == order
    assert log[1]["changes"]["deadline"] == ["2024-06-30", None]
    assert log[1]["changes"]["ongoing"][0] == 0 and log[1]["changes"]["ongoing"][1]
    assert log[1]["changes"]["is_key"][0] == 1 and not log[1]["changes"]["is_key"][1]

    with pytest.raises(UserError):
        store.items.add_task(meeting.id, " ")
    with pytest.raises(NotFoundError, match="777"):
        store.items.task(777)


def test_task_progress_and_delete(store: Store) -> None:
    meeting = store.meetings.create("Họp")
    unit = store.units.ensure("Sở Y tế")
    task = store.items.add_task(meeting.id, "Báo cáo tình hình", [unit.id])
    store.items.add_task_update(task.id, "2024-05-20", nfd("Đã hoàn thành 50%"), reporter="Sở Y tế")
    store.items.add_task_update(task.id, "2024-05-10", "Đã khởi động")
    updates = store.items.task_updates(task.id)
    assert [(u.date, u.note) for u in updates] == [
        ("2024-05-10", "Đã khởi động"),
        ("2024-05-20", "Đã hoàn thành 50%"),
    ]
    assert updates[1].reporter == "Sở Y tế"
    with pytest.raises(NotFoundError):
        store.items.add_task_update(999, "2024-05-10", "x")

    store.items.delete_task(task.id)
    with pytest.raises(NotFoundError):
        store.items.task(task.id)
    assert store.items.task_updates(task.id) == []
    assert count(store, "task_coordinators", "task_id = ?", [task.id]) == 0
    log = store.items.audit_log("task", task.id)
    assert [r["action"] for r in log] == ["create", "progress", "progress", "delete"]
    assert log[-1]["changes"]["content"] == "Báo cáo tình hình"
    assert store.units.list() == [unit]  # the unit outlives the task


def test_counts(store: Store) -> None:
    meeting = store.meetings.create("Họp")
    other = store.meetings.create("Họp khác")
    assert store.items.counts(meeting.id) == (0, 0)
    for i in range(3):
        store.items.add_conclusion(meeting.id, f"Kết luận {i}")
    for i in range(2):
        store.items.add_task(meeting.id, f"Nhiệm vụ {i}")
    store.items.add_task(other.id, "Khác")
    assert store.items.counts(meeting.id) == (3, 2)
    assert store.items.counts(other.id) == (0, 1)


# --- segments and audio -------------------------------------------------------------------------


def test_segment_add_moves_resume_point(store: Store) -> None:
    meeting = store.meetings.create("Họp")
    audio = add_audio(store, meeting.id)
    assert store.audio.get(audio.id).transcribed_until == 0.0
    seg = Segment(None, meeting.id, audio.id, 0.0, 4.5, "Xin chào")
    store.segments.add(seg, transcribed_until=4.5)
    assert seg.id is not None
    assert store.audio.get(audio.id).transcribed_until == 4.5
    store.segments.add(Segment(None, meeting.id, audio.id, 4.5, 9.0, "Tiếp"))
    assert store.audio.get(audio.id).transcribed_until == 4.5  # not moved without the argument

    # A segment that cannot be stored does not move the resume point either.
    bad = Segment(None, meeting.id + 100, audio.id, 9.0, 12.0, "Không lưu được")
    with pytest.raises(Exception):  # noqa: B017 - an integrity error from SQLite
        store.segments.add(bad, transcribed_until=12.0)
    assert store.audio.get(audio.id).transcribed_until == 4.5
    assert store.segments.count(meeting.id) == 2


def test_segment_words_round_trip(store: Store) -> None:
    meeting = store.meetings.create("Họp")
    audio = add_audio(store, meeting.id)
    words = [Word(0.12345, 0.5, nfd(" Kết"), 0.987654), Word(0.5, 0.9, " luận", 1.0)]
    seg = store.segments.add(
        Segment(None, meeting.id, audio.id, 0.1, 0.9, nfd("  Kết luận "), speaker="Chủ tọa",
                words=words, avg_logprob=-0.25, no_speech_prob=0.01)
    )  # fmt: skip
    assert seg.text == "Kết luận"
    got = store.segments.get(seg.id)
    assert got.text == "Kết luận" and is_nfc(got.text)
    assert got.speaker == "Chủ tọa"
    assert got.words == [Word(0.123, 0.5, " Kết", 0.9877), Word(0.5, 0.9, " luận", 1.0)]
    assert is_nfc(got.words[0].word)
    assert (got.avg_logprob, got.no_speech_prob, got.edited) == (-0.25, 0.01, False)
    with pytest.raises(NotFoundError, match="31337"):
        store.segments.get(31337)


def test_segment_speaker_stored_in_nfc(store: Store) -> None:
    meeting = store.meetings.create("Họp")
    audio = add_audio(store, meeting.id)
    seg = add_segment(store, audio, 0.0, "Xin chào", speaker=nfd("Đồng chí Bí thư"))
    assert store.segments.get(seg.id).speaker == "Đồng chí Bí thư"


def test_segments_follow_audio_position(store: Store) -> None:
    meeting = store.meetings.create("Họp hai phần")
    part1 = add_audio(store, meeting.id, "part1.wav")
    part2 = add_audio(store, meeting.id, "part2.wav")
    assert [a.id for a in store.audio.for_meeting(meeting.id)] == [part1.id, part2.id]
    assert (part1.position, part2.position) == (0, 1)
    # Stored out of order: the second file's segments first, each file's own out of order too.
    add_segment(store, part2, 1.0, "B1")
    add_segment(store, part1, 30.0, "A2")
    add_segment(store, part2, 0.0, "B0")
    add_segment(store, part1, 5.0, "A1")
    assert [s.text for s in store.segments.for_meeting(meeting.id)] == ["A1", "A2", "B0", "B1"]
    assert [s.text for s in store.segments.for_audio(part2.id)] == ["B0", "B1"]
    assert store.segments.count(meeting.id) == 4


def test_mark_interrupted(store: Store) -> None:
    meeting = store.meetings.create("Họp")
    audio = add_audio(store, meeting.id)
    store.audio.set_transcription(audio.id, transcription_state="running", transcribed_until=12.5)
    store.meetings.set_state(meeting.id, "transcribing")
    store.audio.mark_interrupted(audio.id)
    got = store.audio.get(audio.id)
    assert got.transcription_state == "interrupted"
    assert got.transcribed_until == 12.5  # resume from where it stopped
    assert store.meetings.get(meeting.id).state == "interrupted"
    assert [a.id for a in store.audio.with_transcription_state("interrupted")] == [audio.id]

    # A meeting that is not transcribing keeps its state.
    done = store.meetings.create("Họp đã xong")
    done_audio = add_audio(store, done.id, "b.wav")
    store.meetings.set_state(done.id, "concluded")
    store.audio.mark_interrupted(done_audio.id)
    assert store.audio.get(done_audio.id).transcription_state == "interrupted"
    assert store.meetings.get(done.id).state == "concluded"

    with pytest.raises(NotFoundError, match="9999"):
        store.audio.mark_interrupted(9999)


def test_overview_and_matching_for_the_meetings_list(store: Store) -> None:
    old = store.meetings.create("Hội nghị Đảng ủy Sở", date="2024-07-19", place="Hà Nội")
    new = store.meetings.create("Giao ban tháng 9", date="2024-09-05")
    store.items.add_conclusion(new.id, "Thống nhất kết luận")
    rows = store.meetings.overview()
    assert [r["id"] for r in rows] == [new.id, old.id]
    assert rows[0]["conclusions"] == 1 and rows[0]["display_state"] == "concluded"
    assert rows[1]["display_state"] == "new" and rows[1]["duration"] == 0
    assert store.meetings.matching("hoi nghi dang uy") == [old.id]
    assert store.meetings.matching("HA NOI") == [old.id]
    assert store.meetings.matching("ket luan") == [new.id]  # found through its conclusion
    assert store.meetings.matching("") == [new.id, old.id]
    assert store.meetings.matching("không có đâu") == []


def test_units_are_found_as_clerks_type_them(store: Store) -> None:
    home = store.units.ensure("Sở Nội vụ")
    office = store.units.ensure("Văn phòng Thành ủy", "VPTU")
    assert store.units.find("SỞ NỘI VỤ") == home
    assert store.units.find("so noi vu") == home
    assert store.units.find("vptu") == office
    assert store.units.find("Sở Tài chính") is None and store.units.find("  ") is None
    assert store.units.ensure("so noi vu") == home  # no duplicate for an unaccented spelling
    assert len(store.units.list()) == 2


def test_a_full_disk_during_a_write_reads_as_a_message(tmp_path: Path) -> None:
    import sqlite3

    from meeting_assistant.store import storage_errors

    with pytest.raises(StorageError) as raised:
        with storage_errors(tmp_path / "m.db"):
            raise sqlite3.OperationalError("database or disk is full")
    assert "đầy" in raised.value.message or "full" in raised.value.message
