"""The schema, as numbered sqlite-utils migrations.

A released migration is never edited: change the schema by adding a new step at the end. The first
step already holds everything the product needs (meetings, attendees, units, audio, segments,
conclusions, tasks and their progress, the audit log, settings), so later features add columns.
"""

from __future__ import annotations

import re

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("meeting_assistant")

FTS_TOKENIZE = "unicode61 remove_diacritics 2"
# Tables searched by full text; each keeps a diacritic-free copy of its text in `search_text`
# (đ does not decompose, so SQLite's tokenizer alone would not fold it).
SEARCHABLE = ("segments", "conclusions", "tasks")


@migrations()
def m001_initial(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            abbreviation TEXT,
            parent_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            date TEXT,                      -- YYYY-MM-DD
            start_time TEXT,                -- HH:MM
            end_time TEXT,
            place TEXT,
            chair TEXT,
            secretary TEXT,
            organisation TEXT,
            document_number TEXT,
            agenda TEXT,
            summary TEXT,                   -- the clerk's summary, for the minutes
            language TEXT NOT NULL DEFAULT 'vi',
            state TEXT NOT NULL DEFAULT 'new',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE attendees (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL,
            title TEXT,
            unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            present INTEGER NOT NULL DEFAULT 1,
            note TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE audio_files (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            stored_path TEXT NOT NULL,      -- relative to the database's media folder
            original_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size_bytes INTEGER NOT NULL,
            duration REAL NOT NULL,
            sample_rate INTEGER,
            channels INTEGER,
            codec TEXT,
            source TEXT NOT NULL DEFAULT 'import',   -- import | recording
            status TEXT NOT NULL DEFAULT 'ready',    -- ready | recording | interrupted
            transcription_state TEXT NOT NULL DEFAULT 'pending',
                -- pending | running | interrupted | done
            transcribed_until REAL NOT NULL DEFAULT 0,  -- seconds: where a resumed run continues
            transcription_model TEXT,
            transcription_language TEXT,
            created_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE UNIQUE INDEX audio_files_sha256 ON audio_files(sha256)")
    db.execute(
        """
        CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            audio_id INTEGER NOT NULL REFERENCES audio_files(id) ON DELETE CASCADE,
            start REAL NOT NULL,            -- seconds within the audio file
            end REAL NOT NULL,
            text TEXT NOT NULL,
            speaker TEXT,
            words TEXT,                     -- JSON [[start, end, word, probability], ...]
            edited INTEGER NOT NULL DEFAULT 0,
            avg_logprob REAL,
            no_speech_prob REAL,
            search_text TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX segments_order ON segments(meeting_id, audio_id, start)")
    db.execute(
        """
        CREATE TABLE conclusions (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'draft',     -- draft | confirmed
            first_segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
            last_segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
            audio_id INTEGER REFERENCES audio_files(id) ON DELETE SET NULL,
            span_start REAL,
            span_end REAL,
            source TEXT NOT NULL DEFAULT 'manual',   -- manual | suggested
            search_text TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE tasks (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            conclusion_id INTEGER REFERENCES conclusions(id) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0,
            content TEXT NOT NULL,
            lead_unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            deadline TEXT,                  -- YYYY-MM-DD, or NULL
            ongoing INTEGER NOT NULL DEFAULT 0,      -- "thường xuyên": no date by design
            deadline_text TEXT,             -- the words the deadline was given in
            is_key INTEGER NOT NULL DEFAULT 0,       -- nhiệm vụ trọng tâm
            completed_on TEXT,
            cancelled_on TEXT,
            note TEXT,
            first_segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
            last_segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
            audio_id INTEGER REFERENCES audio_files(id) ON DELETE SET NULL,
            span_start REAL,
            span_end REAL,
            source TEXT NOT NULL DEFAULT 'manual',
            search_text TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE task_coordinators (
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (task_id, unit_id)
        )"""
    )
    db.execute(
        """
        CREATE TABLE task_updates (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            note TEXT NOT NULL,
            reporter TEXT,
            created_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            entity TEXT NOT NULL,           -- conclusion | task
            entity_id INTEGER NOT NULL,
            meeting_id INTEGER,
            action TEXT NOT NULL,           -- create | update | delete
            changes TEXT NOT NULL           -- JSON {field: [old, new]} or the whole row
        )"""
    )
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    for name in ("attendees", "audio_files", "conclusions", "tasks"):
        db.execute(f"CREATE INDEX {name}_meeting ON {name}(meeting_id)")
    db.execute("CREATE INDEX tasks_lead ON tasks(lead_unit_id)")
    db.execute("CREATE INDEX audit_entity ON audit_log(entity, entity_id)")
    for table in SEARCHABLE:
        db[table].enable_fts(["search_text"], create_triggers=True, tokenize=FTS_TOKENIZE)


@migrations()
def m002_suggestion_decisions(db: Database) -> None:
    """What the clerk did with each suggestion, so a dismissed one stays dismissed (and an
    accepted one is not offered again) when the transcript is read again."""
    db.execute(
        """
        CREATE TABLE suggestion_decisions (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            key TEXT NOT NULL,              -- Suggestion.key: stable over re-reads
            decision TEXT NOT NULL,         -- accepted | dismissed
            kind TEXT NOT NULL,             -- conclusion | task
            item_id INTEGER,                -- the conclusion or task made when accepted
            decided_at TEXT NOT NULL,
            PRIMARY KEY (meeting_id, key)
        )"""
    )


@migrations()
def m003_document_fields(db: Database) -> None:
    """What a meeting's documents need beyond the meeting itself, and the register of issued
    numbers.

    Per meeting: the issuing body, its symbol and the signer when they differ from the
    organisation's settings; the notice's own issue date (a notice is issued after the meeting);
    the minutes' number (a series of its own, apart from the notice's `document_number`); the
    secrecy mark ("mat", "toi_mat", "tuyet_mat"); whether the clerk checked the transcript.

    `document_numbers` holds every number handed out, per issuing body, kind of document and
    series (a year, or a Party term), so a number is never given twice even after its meeting
    is deleted."""
    for column, kind in (
        ("issuing_body", str),
        ("issuing_symbol", str),
        ("signer_authority", str),
        ("signer_title", str),
        ("signer_name", str),
        ("notice_date", str),  # YYYY-MM-DD
        ("minutes_number", str),
        ("secrecy", str),
    ):
        db["meetings"].add_column(column, kind)
    db.execute("ALTER TABLE meetings ADD COLUMN transcript_checked INTEGER NOT NULL DEFAULT 0")
    db.execute(
        """
        CREATE TABLE document_numbers (
            id INTEGER PRIMARY KEY,
            issuer TEXT NOT NULL,           -- the issuing body's symbol ("SNV", "TU"), or ''
            kind TEXT NOT NULL,             -- notice | minutes | memo | report
            series TEXT NOT NULL,           -- "2024" (a calendar year) or a Party term label
            number INTEGER NOT NULL,
            meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
            issued_on TEXT NOT NULL,        -- YYYY-MM-DD
            created_at TEXT NOT NULL,
            UNIQUE (issuer, kind, series, number)
        )"""
    )
    db.execute("CREATE INDEX document_numbers_meeting ON document_numbers(meeting_id)")


@migrations()
def m004_damaged_audio(db: Database) -> None:
    """A recording imported in part with the clerk's consent remembers where its damage
    begins and how long the file said it was."""
    db.execute("ALTER TABLE audio_files ADD COLUMN damaged_from REAL")
    db.execute("ALTER TABLE audio_files ADD COLUMN expected_duration REAL")


@migrations()
def m005_edit_drafts(db: Database) -> None:
    """What is being typed into a conclusion or task, until the editor saves it."""
    db.execute(
        """
        CREATE TABLE edit_drafts (
            entity TEXT NOT NULL,           -- conclusion | task
            entity_id INTEGER NOT NULL,
            field TEXT NOT NULL,            -- text | content | note
            text TEXT NOT NULL,
            typed_at TEXT NOT NULL,
            PRIMARY KEY (entity, entity_id, field)
        )"""
    )


@migrations(transactional=False)
def m006_meeting_ids_never_reused(db: Database) -> None:
    """A deleted meeting's number is never given to a new one (AUTOINCREMENT): a printed notice
    or an old log line that says "cuộc họp số 12" keeps meaning that meeting.

    SQLite cannot add AUTOINCREMENT to a table: the table is made again, in SQLite's own order
    (new table, copy, drop, rename) with foreign keys off, so that dropping the old table does
    not cascade to attendees, recordings and tasks; all in one transaction, checked before it
    is committed. Run again after a crash that kept it from being recorded, it does nothing."""
    found = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'meetings'"
    ).fetchone()
    if found is None or "AUTOINCREMENT" in found[0].upper():
        return
    table_sql = re.sub(
        r"^CREATE TABLE\s+\"?meetings\"?", "CREATE TABLE meetings_new", found[0], count=1
    )
    table_sql = re.sub(
        r"\bid\s+INTEGER\s+PRIMARY\s+KEY\b", "id INTEGER PRIMARY KEY AUTOINCREMENT", table_sql,
        count=1, flags=re.IGNORECASE,
    )  # fmt: skip
    others = db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'meetings' AND type IN ('index',"
        " 'trigger') AND sql IS NOT NULL"
    ).fetchall()
    conn = db.conn
    conn.execute("PRAGMA foreign_keys=OFF")  # only outside a transaction: hence not transactional
    if conn.execute("PRAGMA foreign_keys").fetchone()[0]:
        raise RuntimeError("foreign keys still on: the meetings table is not rebuilt")
    try:
        with db.atomic():
            conn.execute(table_sql)
            conn.execute("INSERT INTO meetings_new SELECT * FROM meetings")
            # Numbers of meetings deleted before this version, as far as the log remembers.
            last = conn.execute(
                "SELECT max(coalesce((SELECT max(id) FROM meetings), 0),"
                " coalesce((SELECT max(meeting_id) FROM audit_log), 0))"
            ).fetchone()[0]
            conn.execute("DELETE FROM sqlite_sequence WHERE name = 'meetings_new'")
            conn.execute(
                "INSERT INTO sqlite_sequence (name, seq) VALUES ('meetings_new', ?)", [last]
            )
            conn.execute("DROP TABLE meetings")
            conn.execute("ALTER TABLE meetings_new RENAME TO meetings")
            for (sql,) in others:
                conn.execute(sql)
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign keys broken by the rebuild: {problems[:3]}")
    finally:
        conn.execute("PRAGMA foreign_keys=ON")


@migrations()
def m007_review_packages(db: Database) -> None:
    """Review packages sent to officials and the comments that came back from them.

    `review_packages` remembers every package exported (its random id, when, which meetings),
    so a reply is merged only into the database that made its package. `review_comments` keeps
    each comment once (`uid`, chosen by the reviewer's copy of the app), so merging the same
    reply twice changes nothing; a comment not yet `resolved_at` marks its item for attention."""
    db.execute(
        """
        CREATE TABLE review_packages (
            package_id TEXT PRIMARY KEY,    -- random, written in the package's manifest
            exported_at TEXT NOT NULL,
            meeting_ids TEXT NOT NULL,      -- JSON [id, ...]
            with_audio INTEGER NOT NULL DEFAULT 0,
            file_name TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE review_comments (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            package_id TEXT NOT NULL REFERENCES review_packages(package_id) ON DELETE CASCADE,
            entity TEXT NOT NULL,           -- conclusion | task
            entity_id INTEGER NOT NULL,
            meeting_id INTEGER REFERENCES meetings(id) ON DELETE CASCADE,
            verdict TEXT NOT NULL,          -- agree | revise | other
            text TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            commented_at TEXT NOT NULL,
            merged_at TEXT NOT NULL,
            resolved_at TEXT
        )"""
    )
    db.execute("CREATE INDEX review_comments_entity ON review_comments(entity, entity_id)")


@migrations()
def m008_speakers(db: Database) -> None:
    """Speaker diarization (issue 18): the voice windows embedded so far (a run resumes after
    the last), each meeting's speakers and the label of every segment, and the voices the
    clerk has named, remembered across meetings. Self-contained: only new tables."""
    db.execute(
        """
        CREATE TABLE speaker_windows (
            audio_id INTEGER NOT NULL REFERENCES audio_files(id) ON DELETE CASCADE,
            start REAL NOT NULL,            -- seconds in the audio file this window speaks for
            end REAL NOT NULL,
            embedding BLOB NOT NULL         -- 256 float16 values (GE2E)
        )"""
    )
    db.execute("CREATE INDEX speaker_windows_audio ON speaker_windows(audio_id, start)")
    db.execute(
        """
        CREATE TABLE speaker_progress (
            audio_id INTEGER PRIMARY KEY REFERENCES audio_files(id) ON DELETE CASCADE,
            done_s REAL NOT NULL,           -- embedded up to here; a run resumes from it
            complete INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute(
        """
        CREATE TABLE meeting_speakers (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            label INTEGER NOT NULL,         -- 1, 2, ... ("Người nói 1")
            name TEXT,                      -- the attendee the clerk named, or NULL
            proposed TEXT,                  -- a remembered voice's name, until the clerk decides
            confidence REAL,                -- of the proposal, 0..1
            seconds REAL NOT NULL DEFAULT 0,
            sample_audio_id INTEGER REFERENCES audio_files(id) ON DELETE SET NULL,
            sample_start REAL,              -- a 10-second stretch of this voice to listen to
            embedding BLOB,                 -- the voice's centroid, 256 float32
            PRIMARY KEY (meeting_id, label)
        )"""
    )
    db.execute(
        """
        CREATE TABLE segment_speakers (
            segment_id INTEGER PRIMARY KEY REFERENCES segments(id) ON DELETE CASCADE,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            label INTEGER NOT NULL
        )"""
    )
    db.execute("CREATE INDEX segment_speakers_meeting ON segment_speakers(meeting_id, label)")
    db.execute(
        """
        CREATE TABLE voiceprints (
            name TEXT PRIMARY KEY,          -- an attendee's name as the clerk wrote it (NFC)
            embedding BLOB NOT NULL,        -- mean of the voices named so, 256 float32
            meetings INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT NOT NULL
        )"""
    )
