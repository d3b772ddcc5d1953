"""Re-transcribing a meeting over the clerk's own segments, when the clerk chooses to (issue 16):
edited and tagged segments replaced, conclusions and tasks keep their text and audio span and
point at the new segments, and the replacement undone and redone as one change."""

import pytest

from meeting_assistant.services import Services
from meeting_assistant.transcription import viet_asr

from .cli_helpers import cli
from .speech_fixtures import clips, concatenate

# The quicker recogniser where installed: what is tested is what happens around it.
ENGINE = "viet-asr" if viet_asr.available() else "whisper"
EDITED = "Đoạn thư ký đã sửa tay."


@pytest.fixture(scope="module")
def recording(tmp_path_factory):
    path = tmp_path_factory.mktemp("speech") / "hop.wav"
    concatenate(path, clips("vi")[:4])
    return path


def _transcribed(tmp_path, recording):
    services = Services.open(tmp_path / "m.db")
    meeting, _audio = services.importing.import_audio(recording)
    list(services.transcription.run(meeting.id, engine=ENGINE, language="vi"))
    segments = services.transcript.segments(meeting.id)
    assert len(segments) >= 3
    return services, meeting, segments


def _texts(services, meeting_id):
    return [s.text for s in services.transcript.segments(meeting_id)]


def _overlaps(a, b) -> bool:
    return min(a.end, b.end) - max(a.start, b.start) > 0.5 * min(a.end - a.start, b.end - b.start)


@pytest.mark.model
def test_replacing_edited_segments_keeps_items_and_is_undone_in_one_step(tmp_path, recording):
    services, meeting, segments = _transcribed(tmp_path, recording)
    with services:
        services.transcript.set_text(segments[0].id, EDITED)
        conclusion, _ = services.items.from_segments("conclusion", [segments[1].id])
        task, _ = services.items.from_segments("task", [segments[1].id, segments[2].id])
        kept = services.transcription.clerks_segments(meeting.id)
        assert (kept.total, kept.edited, kept.tagged) == (3, 1, 2)
        store = services._store  # a diarized voice on the edited segment, as `diarize` leaves it
        store.speakers.label_segment(segments[0].id, meeting.id, 1)

        # Without the choice, the clerk's work stays as it is.
        list(services.transcription.retranscribe(meeting.id, engine=ENGINE))
        assert EDITED in _texts(services, meeting.id)
        assert services.items.conclusion(conclusion.id).first_segment_id == segments[1].id

        events = list(
            services.transcription.retranscribe(meeting.id, engine=ENGINE, replace_edited=True)
        )
        change = events[-1].replaced
        assert change is not None and len(change.before["segments"]) == 3
        after = services.transcript.segments(meeting.id)
        assert EDITED not in [s.text for s in after]
        assert len(after) == len(segments)  # each stretch said once, the edited one too
        ids = {s.id for s in after}
        for item, was in ((services.items.conclusion(conclusion.id), conclusion),
                          (services.items.task(task.id), task)):  # fmt: skip
            text = getattr(item, "text", None) or item.content
            assert text == (getattr(was, "text", None) or was.content)  # its own words stay
            assert (item.audio_id, item.span_start, item.span_end) == (
                was.audio_id, was.span_start, was.span_end,
            )  # fmt: skip
            # Linked to the new segments said over its span, never to a deleted one.
            assert item.first_segment_id in ids and item.last_segment_id in ids
            assert item.first_segment_id not in {segments[1].id, segments[2].id}
        assert services.transcription.clerks_segments(meeting.id).edited == 0

        services.undo(change)
        back = services.transcript.segments(meeting.id)
        assert back[0].id == segments[0].id and back[0].text == EDITED and back[0].edited
        assert store.speakers.labels(meeting.id).get(segments[0].id) == 1  # its voice came back
        assert len(back) == len(segments)  # the new segments said in their place are gone
        assert not any(_overlaps(a, b) for a, b in zip(back, back[1:], strict=False))
        restored = services.items.conclusion(conclusion.id)
        assert restored.first_segment_id == segments[1].id
        assert services.items.task(task.id).last_segment_id == segments[2].id

        services.redo(change)
        assert EDITED not in _texts(services, meeting.id)
        linked = services.items.conclusion(conclusion.id).first_segment_id
        assert linked in {s.id for s in services.transcript.segments(meeting.id)}


@pytest.mark.model
def test_a_stopped_replacement_can_still_be_undone(tmp_path, recording):
    """The clerk stops the run part-way: what was replaced so far comes with the end event and
    from `last_replaced`, and undo gives the clerk's segments back."""
    services, meeting, segments = _transcribed(tmp_path, recording)
    with services:
        services.transcript.set_text(segments[0].id, EDITED)
        import threading

        cancel = threading.Event()
        events = services.transcription.retranscribe(
            meeting.id, engine=ENGINE, replace_edited=True, cancel=cancel
        )
        for event in events:
            if type(event).__name__ == "SegmentAdded":
                cancel.set()
        assert event.cancelled and event.replaced is not None
        assert EDITED not in _texts(services, meeting.id)
        change = services.transcription.last_replaced()
        services.undo(change)
        assert EDITED in _texts(services, meeting.id)
        assert services.transcription.status(meeting.id).resumable


def test_replace_edited_goes_with_retranscribe_only(tmp_path):
    done = cli(tmp_path, "transcribe", "1", "--replace-edited", lang="en")
    assert done.returncode == 2
    assert "--retranscribe" in done.stderr


@pytest.mark.model
def test_the_command_line_says_what_it_replaced(tmp_path, recording):
    services, meeting, segments = _transcribed(tmp_path, recording)
    with services:
        services.transcript.set_text(segments[0].id, EDITED)
    kept = cli(tmp_path, "transcribe", str(meeting.id), "--engine", ENGINE, "--retranscribe")
    assert kept.returncode == 0, kept.stderr
    assert EDITED in cli(tmp_path, "transcript", str(meeting.id)).stdout
    done = cli(tmp_path, "transcribe", str(meeting.id), "--engine", ENGINE, "--retranscribe",
               "--replace-edited", lang="en")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Replaced 1 of the clerk's segments" in done.stdout + done.stderr
    assert EDITED not in cli(tmp_path, "transcript", str(meeting.id)).stdout
