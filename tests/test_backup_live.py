"""A backup taken while a recording runs restores to a database that passes `check`."""

from __future__ import annotations

import time

from meeting_assistant.models import Segment
from meeting_assistant.services import Services
from meeting_assistant.services.backup import check_data, restore
from meeting_assistant.services.recording import RecordingSession
from meeting_assistant.store import Store

from .audio_fixtures import write_tone


def test_backup_during_a_recording_keeps_every_segment(tmp_path):
    source = write_tone(tmp_path / "mic.wav", seconds=20, rate=16000, channels=1)
    db = tmp_path / "live.db"
    session = RecordingSession(db, device=f"file:{source}", title="Hội nghị trực tiếp")
    session.start()  # real time: still recording while the backup runs
    try:
        deadline = time.monotonic() + 30
        while session.audio_id is None or session.elapsed < 2.0:
            assert time.monotonic() < deadline and session.error is None
            time.sleep(0.05)
        with Store(db) as writer:  # what live transcription writes, one segment a second
            for n in range(6):
                writer.segments.add(Segment(None, session.meeting_id, session.audio_id, n, n + 1,
                                            f"Câu thứ {n + 1} của hội nghị"))  # fmt: skip
            with Services.open(db) as services:
                result = services.backup(tmp_path / "live.mabak")
            assert session.running  # the recording went on through the backup
            writer.segments.add(Segment(None, session.meeting_id, session.audio_id, 7, 8,
                                        "Câu nói sau khi sao lưu"))  # fmt: skip
    finally:
        session.stop()
    assert result.media_files == 1

    copy = tmp_path / "restored" / "live.db"
    restore(copy, tmp_path / "live.mabak", None, confirmed=True)
    report = check_data(copy)
    assert report.ok, report
    with Services.open(copy) as services:
        services.recover()  # the recording the backup caught half-way is repaired and kept
        texts = [s.text for s in services.transcript.segments(session.meeting_id)]
        assert texts == [f"Câu thứ {n + 1} của hội nghị" for n in range(6)]
        audio = services.meetings.audio(session.meeting_id)[0]
        assert audio.status == "ready" and audio.duration > 1.5
    after = check_data(copy)
    assert after.ok and after.files_checked == 1
