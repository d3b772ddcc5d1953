"""The meeting's vocabulary given to Whisper (issue 16): off unless the clerk turns it on, the
meeting's own names first, never for viet-asr, and really passed to faster-whisper."""

from __future__ import annotations

import faster_whisper
import pytest

from meeting_assistant.services import Services
from meeting_assistant.services.importing import import_audio
from meeting_assistant.services.transcription import (
    HOTWORDS_CHARS,
    meeting_hotwords,
    meeting_vocabulary,
    transcribe_meeting,
)

from .speech_fixtures import clips, concatenate


@pytest.fixture
def meeting(services):
    services.units.ensure("Ban Tuyên giáo Tỉnh ủy")  # in the directory, not in this meeting
    meeting = services.meetings.create(
        "Giao ban",
        attendees=[
            {"name": "Nguyễn Thu Hà", "title": "Chánh Văn phòng", "unit": "Văn phòng Sở"},
            {"name": "Lê Văn Tâm", "title": "", "unit": ""},
        ],
    )
    task = services.items.add_task(meeting.id, "Rà soát hồ sơ.")
    services.items.update_task(task.id, lead_unit="Sở Tài chính")
    services.settings.set_glossary("Chỉ thị 24-CT/TU\n\n  chuyển đổi số  \n")
    return meeting


def test_the_meetings_own_names_come_first(services, store, meeting):
    assert meeting_vocabulary(store, meeting.id) == [
        "Nguyễn Thu Hà", "Lê Văn Tâm", "Văn phòng Sở", "Sở Tài chính",
        "Chỉ thị 24-CT/TU", "chuyển đổi số", "Ban Tuyên giáo Tỉnh ủy",
    ]  # fmt: skip


def test_off_until_the_clerk_turns_it_on_and_never_for_viet_asr(services, store, meeting):

    assert not services.settings.use_vocabulary
    assert meeting_hotwords(store, meeting.id, "whisper") is None
    assert meeting_hotwords(store, meeting.id, "whisper", vocabulary=True).startswith(
        "Nguyễn Thu Hà, Lê Văn Tâm, Văn phòng Sở"
    )
    services.settings.set_use_vocabulary(True)
    assert "Chỉ thị 24-CT/TU" in meeting_hotwords(store, meeting.id, "whisper")
    assert meeting_hotwords(store, meeting.id, "whisper", vocabulary=False) is None
    assert meeting_hotwords(store, meeting.id, "viet-asr") is None


def test_a_long_directory_is_cut_at_a_whole_term(services, store, meeting):
    for n in range(200):
        services.units.ensure(f"Ủy ban nhân dân xã Tân Phú {n}")
    words = meeting_hotwords(store, meeting.id, "whisper", vocabulary=True)
    assert len(words) <= HOTWORDS_CHARS
    assert words.startswith("Nguyễn Thu Hà") and not words.endswith(",")
    known = set(meeting_vocabulary(store, meeting.id))
    assert all(term in known for term in words.split(", "))


def test_the_settings_box_saves_the_glossary_and_the_choice(qtbot, services):
    from ui.settings.vocabulary_box import VocabularyBox

    box = VocabularyBox(services)
    qtbot.addWidget(box)
    assert not box.use.isChecked() and box.glossary.toPlainText() == ""
    box.use.setChecked(True)
    box.glossary.setPlainText("Chỉ thị 24-CT/TU\nchuyển đổi số")
    box.flush()
    assert services.settings.use_vocabulary
    assert services.settings.glossary == ["Chỉ thị 24-CT/TU", "chuyển đổi số"]


@pytest.mark.model
def test_the_vocabulary_reaches_faster_whisper(store, tmp_path, monkeypatch):
    services = Services(store)
    audio = tmp_path / "clip.wav"
    concatenate(audio, clips("vi")[:1])
    meeting, _ = import_audio(store, audio)
    services.meetings.update(meeting.id, attendees=[{"name": "Nguyễn Thu Hà"}])
    given = []
    real = faster_whisper.WhisperModel.transcribe

    def spy(self, *args, **kwargs):
        given.append(kwargs.get("hotwords"))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(faster_whisper.WhisperModel, "transcribe", spy)
    events = list(transcribe_meeting(store, meeting.id, engine="whisper", vocabulary=True))
    assert events and given and all(h and h.startswith("Nguyễn Thu Hà") for h in given)
    assert store.segments.count(meeting.id) > 0
