"""The engine layer: viet-asr behind the same service as Whisper (skipped where the optional
extra '.[vi]' is not installed), the default engine, models of every engine, re-transcribing."""

import json

import pytest

from meeting_assistant.services import Services
from meeting_assistant.transcription import engines, viet_asr

from .cli_helpers import cli
from .speech_fixtures import clips, concatenate, wer

needs_viet_asr = pytest.mark.skipif(not viet_asr.available(), reason="viet-asr not installed")


def test_default_engine_for_vietnamese_is_the_more_accurate_one(monkeypatch):
    monkeypatch.delenv(engines.ENGINE_ENV)
    expected = "viet-asr" if viet_asr.available() else "whisper"
    assert engines.default_engine("vi") == expected
    assert engines.default_engine("en") == "whisper"
    monkeypatch.setenv(engines.ENGINE_ENV, "whisper")
    assert engines.default_engine("vi") == "whisper"


def test_models_json_lists_every_engine(tmp_path):
    done = cli(tmp_path, "models", "--json")
    assert done.returncode == 0, done.stderr
    listed = {(m["engine"], m["name"]): m["ready"] for m in json.loads(done.stdout)}
    assert ("whisper", "base") in listed
    assert listed[("viet-asr", "viet-asr")] is viet_asr.available()


def test_words_spread_over_their_stretch_in_order():
    words = viet_asr.spread_words("Sở Tài chính báo cáo.", 10.0, 12.0)
    assert [w.word for w in words] == ["Sở", "Tài", "chính", "báo", "cáo."]
    assert words[0].start == 10.0 and words[-1].end == pytest.approx(12.0, abs=1e-3)
    assert all(
        a.end == pytest.approx(b.start, abs=1e-3) for a, b in zip(words, words[1:], strict=False)
    )


@pytest.mark.model
@needs_viet_asr
def test_viet_asr_transcribes_a_meeting_and_retranscribing_keeps_the_clerks_edit(tmp_path):
    rows = clips("vi")[:6]
    reference = concatenate(tmp_path / "hop.wav", rows)
    with Services.open(tmp_path / "m.db") as services:
        meeting, _audio = services.importing.import_audio(tmp_path / "hop.wav")
        services.units.ensure("Sở Tài chính")
        list(services.transcription.run(meeting.id, engine="viet-asr", language="vi"))
        segments = services.transcript.segments(meeting.id)
        assert len(segments) >= 4  # one per stretch of speech, cut at the pauses
        text = " ".join(s.text for s in segments)
        assert wer(reference, text) < 0.3
        for s in segments:
            assert s.text[0].isupper() and s.text.endswith(".")
            assert s.words and s.start <= s.words[0].start and s.words[-1].end <= s.end + 1e-3
        assert all(a.end <= b.start + 1e-3 for a, b in zip(segments, segments[1:], strict=False))
        assert services.meetings.audio(meeting.id)[0].transcription_model == "viet-asr"

        services.transcript.set_text(segments[1].id, "Đoạn thư ký đã sửa.")
        list(services.transcription.retranscribe(meeting.id, engine="viet-asr"))
        again = services.transcript.segments(meeting.id)
        assert "Đoạn thư ký đã sửa." in [s.text for s in again]
        assert len(again) == len(segments)  # the edited stretch is not said twice
        assert services.meetings.audio(meeting.id)[0].transcription_state == "done"


def test_the_meeting_page_offers_each_engine_for_its_languages(qtbot, services):
    from ui.meeting.transcription.choice import RecogniserChoice

    choice = RecogniserChoice(services, "vi")
    qtbot.addWidget(choice)
    offered = [choice.model_box.itemData(i) for i in range(choice.model_box.count())]
    assert "whisper|base" in offered
    assert ("viet-asr|" in offered) is viet_asr.available()
    assert choice.choice() == ("whisper", "base", "vi")  # tests keep Whisper as the default
    choice.language_box.setCurrentIndex(choice.language_box.findData("en"))
    offered = [choice.model_box.itemData(i) for i in range(choice.model_box.count())]
    assert "viet-asr|" not in offered  # it only knows Vietnamese
    assert choice.choice()[2] == "en"


@pytest.mark.model
@needs_viet_asr
def test_viet_asr_live_passes_and_a_resume_say_what_one_run_says(tmp_path):
    """A pass during a recording leaves the unfinished end for the next pass, which resumes at
    the last segment's resume point: nothing lost, nothing said twice."""
    from meeting_assistant.transcription.engine import TranscribedSegment

    path = tmp_path / "hop.wav"
    concatenate(path, clips("vi")[:8])
    engine = viet_asr.VietAsrEngine()
    duration = __import__("meeting_assistant.audio", fromlist=["probe"]).probe(path).duration

    def texts(events):
        return [e for e in events if isinstance(e, TranscribedSegment)]

    whole = texts(engine.transcribe(str(path), duration))
    live = texts(engine.transcribe(str(path), duration, until=duration * 0.6, final=False))
    assert live and live[-1].end <= duration * 0.6
    rest = texts(engine.transcribe(str(path), duration, start=live[-1].resume_at))
    joined = live + rest
    assert len(joined) == len(whole)
    assert all(
        a.end <= b.start + 1e-3 for a, b in zip(joined, joined[1:], strict=False)
    )  # none twice
    # The stretch at the resume point is cut from a different context: a word may differ.
    assert wer(" ".join(s.text for s in whole), " ".join(s.text for s in joined)) < 0.05
