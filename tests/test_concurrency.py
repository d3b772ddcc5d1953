"""Several windows or commands on one database at once lose nothing: two importers of the same
file, four task writers, two transcribers of one meeting."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from meeting_assistant.services import Services
from meeting_assistant.services.importing import sha256_of, stored_copy_ok
from meeting_assistant.store import Store

from .audio_fixtures import write_tone
from .speech_fixtures import clips, concatenate

ROOT = Path(__file__).resolve().parent.parent


def _start(script: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script)], env=env, cwd=ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _cli(db: Path, *args: str) -> subprocess.Popen:
    return _start(
        f"import sys; from meeting_assistant.cli import main; "
        f"sys.exit(main({['--db', str(db), *args]!r}))"
    )


def test_the_same_file_imported_twice_at_once_keeps_its_recording(tmp_path):
    audio = write_tone(tmp_path / "hop.wav", seconds=20.0)
    for trial in range(4):
        db = tmp_path / f"t{trial}.db"
        Store(db).close()
        runs = [_cli(db, "import", str(audio)) for _ in range(2)]
        results = [(r.wait(120), r.stderr.read()) for r in runs]
        assert sorted(code for code, _ in results) == [0, 1], results
        assert all("Traceback" not in err for _, err in results)
        assert "đã được nhập" in next(err for code, err in results if code == 1)
        with Store(db) as store:
            (only,) = [a for m in store.meetings.list() for a in store.audio.for_meeting(m.id)]
            assert stored_copy_ok(store, only)
            assert sha256_of(store.media_dir / only.stored_path) == sha256_of(audio)
            # The loser made no meeting, and left no stray file in the media folder.
            assert store.meetings.count() == 1
            assert sorted(p.name for p in (store.media_dir / "audio").iterdir()) == [
                Path(only.stored_path).name
            ]


def test_four_task_writers_at_once_all_land(tmp_path):
    db = tmp_path / "m.db"
    with Services.open(db) as services:
        meeting = services.meetings.create("Giao ban")
    writers = [
        _start(f"""
            from meeting_assistant.services import Services
            with Services.open({str(db)!r}) as services:
                for i in range(25):
                    services.items.add_task(
                        {meeting.id}, "Việc {w}-%d" % i, lead_unit="Đơn vị {w}",
                        coordinating_units=["Văn phòng"],
                    )
                    services.tasks.add_progress(services.items.tasks({meeting.id})[-1].id, "ok")
            """)
        for w in range(4)
    ]  # fmt: skip
    for writer in writers:
        assert writer.wait(300) == 0, writer.stderr.read()
    with Store(db) as store:
        tasks = store.items.tasks(meeting.id)
        assert len(tasks) == 100
        assert sorted(t.content for t in tasks) == sorted(
            f"Việc {w}-{i}" for w in range(4) for i in range(25)
        )
        assert len({u.name for u in store.units.list()}) == 5  # four leads, one coordinator
        assert all(t.coordinating_unit_ids for t in tasks)


@pytest.mark.model
def test_two_transcribers_of_one_meeting_neither_lose_nor_double(tmp_path):
    audio = tmp_path / "hop.wav"
    concatenate(audio, clips("vi")[:6])
    db = tmp_path / "m.db"
    with Services.open(db) as services:
        meeting, _ = services.importing.import_audio(audio)
    runs = [_cli(db, "transcribe", str(meeting.id), "--window", "15") for _ in range(2)]
    results = [(r.wait(900), r.stderr.read()) for r in runs]
    assert all("Traceback" not in err for _, err in results), results
    assert 0 in [code for code, _ in results]
    for code, err in results:  # the other waits its turn or says the recording is busy
        assert code == 0 or "đang được chép lời" in err, err
    with Store(db) as store:
        (file,) = store.audio.for_meeting(meeting.id)
        assert file.transcription_state == "done"
        segments = store.segments.for_meeting(meeting.id)
        assert segments
        starts = [s.start for s in segments]
        assert starts == sorted(starts) and len(set(starts)) == len(starts)  # none doubled
        for before, after in zip(segments, segments[1:], strict=False):
            assert after.start >= before.end - 0.5  # no two say the same stretch
