""" "So sánh 30 giây…" on the meeting page: both recognisers' texts side by side with their times,
from the first speech (or where playback is), and a button that chooses one for the meeting."""

from __future__ import annotations

import os
import wave
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QPushButton

from meeting_assistant.services import Services
from meeting_assistant.services.importing import import_audio
from meeting_assistant.transcription import viet_asr
from ui.meeting.transcription.compare import CompareDialog
from ui.meeting.transcription.panel import TranscriptionPanel
from ui.meeting.transcription.worker import TranscriptionManager
from ui.operations import runner

from .speech_fixtures import clip_path, clips, normalise

pytestmark = pytest.mark.model
SHOTS = os.environ.get("MEETING_ASSISTANT_SCREENSHOTS")  # a folder to keep the screenshot in


def _meeting(store, tmp_path: Path, lead_s: float = 5.0) -> int:
    path = tmp_path / "hop.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(np.zeros(int(lead_s * 16000), np.int16).tobytes())
        for row in clips("vi")[:8]:
            with wave.open(str(clip_path(row))) as w:
                out.writeframes(w.readframes(w.getnframes()))
            out.writeframes(np.zeros(8000, np.int16).tobytes())
    meeting, _audio = import_audio(store, path, title="Họp giao ban")
    return meeting.id


def _columns(dialog: CompareDialog) -> dict[str, QGroupBox]:
    return {
        box.objectName().removeprefix("compare-"): box
        for box in dialog.findChildren(QGroupBox)
        if box.objectName().startswith("compare-")
    }


def test_compare_shows_both_texts_and_chooses_an_engine(qtbot, store, tmp_path):
    meeting_id = _meeting(store, tmp_path)
    services = Services(store)
    panel = TranscriptionPanel(services, meeting_id, TranscriptionManager(store.path))
    qtbot.addWidget(panel)
    panel.show()
    assert panel.compare_button.isVisible() and panel.compare_button.text() == "So sánh 30 giây…"
    panel.compare_button.click()
    dialog = panel.findChild(CompareDialog)
    assert dialog is not None and dialog.running
    dialog.resize(1366, 768)
    qtbot.waitUntil(lambda: not dialog.running, timeout=240_000)
    columns = _columns(dialog)
    expected = ["whisper", "viet-asr"] if viet_asr.available() else ["whisper"]
    assert list(columns) == expected
    # From where the speech starts (after the 5 s of silence), not from 0:00.
    assert 4 <= dialog.start_edit.time().second() <= 6
    said = normalise(" ".join(r["transcript"] for r in clips("vi")[:8])).split()
    for engine, box in columns.items():
        text = box.findChild(QPlainTextEdit, "text").toPlainText()
        heard = normalise(text).split()
        assert len([w for w in heard if w in said]) >= len(heard) * 0.5, (engine, text)
        assert "giây" in box.findChild(QLabel, "took").text()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "compare-engines.png"))
    # Choosing one sets the meeting's picker (and closes the dialog).
    other = "viet-asr" if viet_asr.available() else "whisper"
    columns[other].findChild(QPushButton, "choose").click()
    assert not dialog.isVisible()
    assert panel.choice.choice()[0] == other
    runner().wait()


def test_compare_starts_at_the_playback_position_and_stops(qtbot, store, tmp_path):
    meeting_id = _meeting(store, tmp_path)
    panel = TranscriptionPanel(Services(store), meeting_id, TranscriptionManager(store.path))
    qtbot.addWidget(panel)
    panel.playback_position = lambda: 12.0
    panel.open_compare()
    dialog = panel.findChild(CompareDialog)
    dialog.stop()  # "Dừng" at once: the engines stop, the dialog says so
    qtbot.waitUntil(lambda: not dialog.running, timeout=120_000)
    assert dialog.start_edit.time().second() == 12
    assert all(t.cancelled for t in dialog.trials)
    assert dialog.status_label.text() == "Đã dừng."
    dialog.reject()
    runner().wait()
