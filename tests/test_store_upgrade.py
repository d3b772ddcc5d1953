"""Opening a database an older version of the app made: nothing stored is lost, and the schema
becomes the one a new database has.

For every older schema (only the first k migrations applied, k = 1 … N-1, N being the migrations
there are now: a new migration is covered the day it is added), rows a clerk would have are
written by plain SQL into the tables and columns that schema had, and the file is opened with
Store, which upgrades it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from meeting_assistant.store import Store
from meeting_assistant.store.migrations import migrations

MIGRATIONS = [m.name for m in migrations.pending(Database(memory=True))]
AT = "2024-07-19T01:30:00+00:00"

# Rows in the newest columns known here; each older schema gets the columns it had. Give a later
# migration's new column or table a value here, so that upgrades to it carry that value too.
# fmt: off
ROWS: list[tuple[str, dict]] = [
    ("units", {"id": 1, "name": "Sở Nội vụ", "abbreviation": "SNV", "created_at": AT}),
    ("units", {"id": 2, "name": "Sở Tài chính", "abbreviation": "STC", "parent_id": None,
               "created_at": AT}),
    ("meetings", {
        "id": 1, "title": "Hội nghị Ban Thường vụ Tỉnh ủy", "date": "2024-07-19",
        "start_time": "08:00", "end_time": "11:30", "place": "Hội trường A, Hà Nội",
        "chair": "Đồng chí Bí thư", "secretary": "Nguyễn Văn Ánh", "organisation": "Tỉnh ủy",
        "document_number": "12", "agenda": "Sơ kết 6 tháng đầu năm",
        "summary": "Thống nhất các nội dung trình.", "language": "vi", "state": "concluded",
        "created_at": AT, "updated_at": AT,
    }),
    ("attendees", {"id": 1, "meeting_id": 1, "position": 0, "name": "Trần Thị Bình",
                   "title": "Giám đốc", "unit_id": 1, "present": 1, "note": "chủ trì"}),
    ("audio_files", {
        "id": 1, "meeting_id": 1, "position": 0, "stored_path": "audio/hop-19-7.wav",
        "original_name": "Họp 19-7.wav", "sha256": "ab" * 32, "size_bytes": 3_840_044,
        "duration": 120.0, "sample_rate": 16000, "channels": 1, "codec": "pcm_s16le",
        "source": "import", "status": "ready", "transcription_state": "done",
        "transcribed_until": 120.0, "transcription_model": "base",
        "transcription_language": "vi", "created_at": AT,
    }),
    ("segments", {
        "id": 1, "meeting_id": 1, "audio_id": 1, "start": 0.0, "end": 4.5,
        "text": "Kết luận của đồng chí Bí thư về sơ kết sáu tháng.", "speaker": "Bí thư",
        "words": '[[0.0, 0.6, " Kết", 0.9]]', "edited": 1, "avg_logprob": -0.2,
        "no_speech_prob": 0.01, "search_text": "ket luan cua dong chi bi thu ve so ket sau thang",
        "created_at": AT, "updated_at": AT,
    }),
    ("segments", {
        "id": 2, "meeting_id": 1, "audio_id": 1, "start": 4.5, "end": 9.0,
        "text": "Giao Sở Nội vụ chủ trì rà soát quy chế.", "edited": 0,
        "search_text": "giao so noi vu chu tri ra soat quy che", "created_at": AT, "updated_at": AT,
    }),
    ("conclusions", {
        "id": 1, "meeting_id": 1, "position": 0, "text": "Thống nhất thông qua báo cáo sơ kết.",
        "state": "confirmed", "first_segment_id": 1, "last_segment_id": 1, "audio_id": 1,
        "span_start": 0.0, "span_end": 4.5, "source": "suggested",
        "search_text": "thong nhat thong qua bao cao so ket", "created_at": AT, "updated_at": AT,
    }),
    ("tasks", {
        "id": 1, "meeting_id": 1, "conclusion_id": 1, "position": 0,
        "content": "Rà soát quy chế làm việc", "lead_unit_id": 1, "deadline": "2024-09-30",
        "ongoing": 0, "deadline_text": "trước ngày 30/9", "is_key": 1, "completed_on": None,
        "cancelled_on": None, "note": "báo cáo Thường trực", "first_segment_id": 2,
        "last_segment_id": 2, "audio_id": 1, "span_start": 4.5, "span_end": 9.0,
        "source": "manual", "search_text": "ra soat quy che lam viec", "created_at": AT,
        "updated_at": AT,
    }),
    ("task_coordinators", {"task_id": 1, "unit_id": 2, "position": 0}),
    ("task_updates", {"id": 1, "task_id": 1, "date": "2024-08-15",
                      "note": "Đã trình dự thảo quy chế", "reporter": "Chánh Văn phòng",
                      "created_at": AT}),
    ("audit_log", {"id": 1, "at": AT, "entity": "task", "entity_id": 1, "meeting_id": 1,
                   "action": "update", "changes": '{"deadline": ["2024-08-31", "2024-09-30"]}'}),
    ("settings", {"key": "followup.due_soon_days", "value": "10"}),
    ("suggestion_decisions", {"meeting_id": 1, "key": "task:ra-soat-quy-che",
                              "decision": "dismissed", "kind": "task", "item_id": None,
                              "decided_at": AT}),
]
# fmt: on


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info('{table}')")]


def write_rows(path: Path) -> list[tuple[str, dict]]:
    """ROWS as that schema can hold them, by plain SQL; returns what was written."""
    written = []
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("PRAGMA foreign_keys=ON")
        for table, row in ROWS:
            have = columns(conn, table)
            if not have:
                continue  # a table of a later version
            kept = {name: value for name, value in row.items() if name in have}
            names, marks = ", ".join(kept), ", ".join("?" * len(kept))
            conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(kept.values()))
            written.append((table, kept))
    conn.close()
    return written


def older_database(path: Path, applied: int) -> list[tuple[str, dict]]:
    """A database with only the first `applied` migrations, and rows written into it."""
    db = Database(path)
    migrations.apply(db, stop_before=MIGRATIONS[applied])
    assert [m.name for m in migrations.applied(db)] == MIGRATIONS[:applied]
    db.close()
    return write_rows(path)


def schema(path: Path) -> dict:
    """Every table with its columns (name, type, not null, default, key), every index and
    trigger: what the code relies on, whichever way the file got there."""
    conn = sqlite3.connect(path)
    listed = "SELECT type, name, tbl_name FROM sqlite_master WHERE type = ? ORDER BY name"
    tables = [name for _type, name, _table in conn.execute(listed, ["table"])]
    shape = {
        "tables": {t: [c[1:] for c in conn.execute(f"PRAGMA table_info('{t}')")] for t in tables},
        "indexes": conn.execute(listed, ["index"]).fetchall(),
        "triggers": conn.execute(listed, ["trigger"]).fetchall(),
    }
    conn.close()
    return shape


def test_every_older_schema_is_covered():
    """The migrations are found, so the test below has older versions to start from."""
    assert MIGRATIONS[0] == "m001_initial" and len(MIGRATIONS) >= 2
    assert len(set(MIGRATIONS)) == len(MIGRATIONS)


@pytest.mark.parametrize("applied", range(1, len(MIGRATIONS)), ids=lambda k: MIGRATIONS[k - 1])
def test_upgrading_keeps_every_row_and_reaches_the_new_schema(tmp_path, applied):
    path = tmp_path / "older.db"
    written = older_database(path, applied)
    assert {table for table, _row in written} >= {
        "meetings", "attendees", "units", "audio_files", "segments", "conclusions", "tasks",
        "task_coordinators", "task_updates",
    }  # fmt: skip

    with Store(path) as store:
        # What the clerk sees of it.
        meeting = store.meetings.get(1)
        assert (meeting.title, meeting.date, meeting.chair) == (
            "Hội nghị Ban Thường vụ Tỉnh ủy", "2024-07-19", "Đồng chí Bí thư",
        )  # fmt: skip
        assert [a.original_name for a in store.audio.for_meeting(1)] == ["Họp 19-7.wav"]
        assert [s.text for s in store.segments.for_meeting(1)] == [
            "Kết luận của đồng chí Bí thư về sơ kết sáu tháng.",
            "Giao Sở Nội vụ chủ trì rà soát quy chế.",
        ]
        conclusions = store.items.conclusions(1)
        assert [c.text for c in conclusions] == ["Thống nhất thông qua báo cáo sơ kết."]
        task = store.items.task(1)
        assert (task.content, task.lead_unit_id, task.deadline, task.is_key) == (
            "Rà soát quy chế làm việc", 1, "2024-09-30", True,
        )  # fmt: skip
        assert task.coordinating_unit_ids == [2]
        assert [u.note for u in store.items.task_updates(1)] == ["Đã trình dự thảo quy chế"]
        assert {h.kind for h in store.search("ket luan")} == {"segment"}
        assert {h.kind for h in store.search("quy che")} == {"segment", "task"}
        assert store.settings.get_int("followup.due_soon_days", 7) == 10
        assert [m.name for m in migrations.applied(store.db)] == MIGRATIONS

    # Every row written is still there with every value; nothing points at a missing row.
    conn = sqlite3.connect(path)
    for table, row in written:
        stored = conn.execute(f"SELECT {', '.join(row)} FROM {table}").fetchall()
        assert tuple(row.values()) in stored, (table, row)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()

    with Store(tmp_path / "new.db"):
        pass
    assert schema(path) == schema(tmp_path / "new.db")


def test_meeting_numbers_are_never_given_again_after_the_upgrade(tmp_path):
    """Before AUTOINCREMENT the highest number was reused once its meeting was deleted: now a
    new meeting never takes a number a deleted one had (nor one the audit log remembers)."""
    path = tmp_path / "older.db"
    older_database(path, MIGRATIONS.index("m006_meeting_ids_never_reused"))
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("INSERT INTO meetings (id, title, created_at, updated_at) VALUES (2, 'x', ?,"
                     " ?)", [AT, AT])  # fmt: skip
        conn.execute("INSERT INTO audit_log (at, entity, entity_id, meeting_id, action, changes)"
                     " VALUES (?, 'task', 9, 5, 'delete', '{}')", [AT])  # fmt: skip
    conn.close()
    with Store(path) as store:
        assert {m.id for m in store.meetings.list()} == {1, 2}
        assert [a.name for a in store.meetings.attendees(1)] == ["Trần Thị Bình"]  # kept
        store.meetings.delete(2)
        fresh = store.meetings.create("Giao ban tuần")
        assert fresh.id == 6  # not 2 (deleted), not 5 (deleted long ago, in the log)
        store.meetings.delete(fresh.id)
        assert store.meetings.create("Giao ban tháng").id == 7
