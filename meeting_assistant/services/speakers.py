"""Who spoke: diarizing a meeting's recordings, naming its speakers, remembering voices.

`run()` embeds each recording's speech a chunk at a time and stores the windows as it goes (a
stopped run resumes after the last stored chunk, like transcription), then clusters all the
meeting's windows at once, labels every segment ("Người nói 1", …) and cuts a segment where the
speaker changes inside it. Naming a speaker renames all its segments and remembers the voice
under that name, so the next meeting proposes it, with a confidence the clerk sees.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from ..diarization import VoiceEncoder, cluster, embed_file, split_segment, turns_from_windows
from ..diarization.cluster import adjacency
from ..diarization.turns import Turn
from ..diarization.windows import CHUNK_S
from ..errors import UserError
from ..models import Segment
from ..store import Store
from ..text import nfc
from .transcription import MeetingProgress

SAMPLE_S = 10.0
# Cosine similarity of raw GE2E centroids: the same voice scores about 0.85-0.95 across
# recordings, different voices 0.6-0.8. A proposal needs PROPOSE_AT; confidence rises to 1 at 0.95.
PROPOSE_AT = 0.80
KEEP_NAME_AT = 0.80  # a re-run keeps the name of the old speaker this close to a new one


def label_text(label: int) -> str:
    return f"Người nói {label}"


@dataclass
class SpeakerInfo:
    label: int
    name: str | None
    proposed: str | None
    confidence: float | None
    seconds: float
    sample_audio_id: int | None
    sample_start: float | None
    segments: int

    @property
    def display(self) -> str:
        return self.name or label_text(self.label)


@dataclass
class DiarizationFinished:
    cancelled: bool
    speakers: int


def _confidence(similarity: float) -> float:
    return float(np.clip((similarity - 0.75) / 0.20, 0.0, 1.0))


def _sample(turns: list[tuple[int, Turn]], label: int) -> tuple[int | None, float | None]:
    """Where to listen to this voice: the start of its longest turn (10 s of it)."""
    own = [(audio_id, t) for audio_id, t in turns if t.speaker == label]
    if not own:
        return None, None
    audio_id, turn = max(own, key=lambda at: at[1].end - at[1].start)
    return audio_id, round(turn.start, 2)


class SpeakerService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- running --
    def run(
        self,
        meeting_id: int,
        speakers: int | None = None,
        cancel: threading.Event | None = None,
        encoder: VoiceEncoder | None = None,
        chunk_s: float = CHUNK_S,
    ) -> Iterator[MeetingProgress | DiarizationFinished]:
        cancel = cancel or threading.Event()
        self.store.meetings.get(meeting_id)  # a missing meeting is refused here
        audios = self.store.audio.for_meeting(meeting_id)
        if not audios:
            raise UserError(
                "Cuộc họp số {id} chưa có tệp ghi âm. Hãy nhập tệp trước (lệnh import).",
                "Meeting {id} has no recording yet. Import one first (the import command).",
                id=meeting_id,
            )
        if speakers is not None and not 1 <= speakers <= 50:
            raise UserError(
                "Số người nói phải từ 1 đến 50.", "The number of speakers must be 1 to 50."
            )
        encoder = encoder or VoiceEncoder()
        total = sum(a.duration for a in audios)
        began = time.monotonic()
        before = 0.0
        for audio in audios:
            done_s, complete = self.store.speakers.progress(audio.id)
            if not complete:
                path = self.store.media_file(audio.stored_path)
                for chunk in embed_file(
                    path, encoder, start=done_s, cancel=cancel, chunk_s=chunk_s
                ):
                    with self.store.atomic():
                        self.store.speakers.add_windows(
                            audio.id, chunk.windows, chunk.embeddings, chunk.end
                        )
                    elapsed = time.monotonic() - began
                    worked = chunk.end - done_s
                    left = max(0.0, total - before - chunk.end)
                    eta = elapsed / worked * left if worked > 1.0 else None
                    yield MeetingProgress(before + chunk.end, total, elapsed, eta)
                if cancel.is_set():
                    yield DiarizationFinished(cancelled=True, speakers=0)
                    return
                self.store.speakers.mark_complete(audio.id)
            before += audio.duration
        found = self.relabel(meeting_id, speakers)
        yield DiarizationFinished(cancelled=False, speakers=found)

    def relabel(self, meeting_id: int, speakers: int | None = None) -> int:
        """Cluster the stored windows of the meeting and label (and cut) its segments."""
        spans, vectors, owners = [], [], []
        for audio in self.store.audio.for_meeting(meeting_id):
            s, v = self.store.speakers.windows(audio.id)
            spans += s
            vectors.append(v)
            owners += [audio.id] * len(s)
        if not spans:
            return 0
        embeddings = np.concatenate(vectors)
        adjacent = adjacency(spans)
        starts = np.flatnonzero(np.r_[True, np.array(owners[1:]) != np.array(owners[:-1])])
        adjacent[starts] = False  # a new recording does not continue the last one's speech
        labels, centroids = cluster(embeddings, speakers=speakers, adjacent=adjacent)
        turns: list[tuple[int, Turn]] = []
        for audio_id in dict.fromkeys(owners):
            mine = [i for i, o in enumerate(owners) if o == audio_id]
            for turn in turns_from_windows([spans[i] for i in mine], labels[mine]):
                turn.speaker += 1
                turns.append((audio_id, turn))
        names = self._carried_names(meeting_id, centroids)
        voices = self.store.speakers.voiceprints()
        rows = []
        for index, centroid in enumerate(centroids):
            label = index + 1
            seconds = sum(t.end - t.start for _, t in turns if t.speaker == label)
            proposed, confidence = None, None
            if voices and names.get(label) is None:
                sims = [(float(centroid @ v), n) for n, v in voices]
                best, who = max(sims)
                if best >= PROPOSE_AT:
                    proposed, confidence = who, round(_confidence(best), 2)
            audio_id, start = _sample(turns, label)
            rows.append({
                "label": label, "name": names.get(label), "proposed": proposed,
                "confidence": confidence, "seconds": round(seconds, 1),
                "sample_audio_id": audio_id, "sample_start": start, "embedding": centroid,
            })  # fmt: skip
        with self.store.atomic():
            self.store.speakers.replace_speakers(meeting_id, rows)
            self.store.speakers.clear_labels(meeting_id)
            self._label_segments(meeting_id, turns, {r["label"]: r["name"] for r in rows})
        return len(rows)

    def _carried_names(self, meeting_id: int, centroids: np.ndarray) -> dict[int, str]:
        """Names the clerk gave in an earlier run stay with the voice they were given to."""
        carried: dict[int, str] = {}
        old = [s for s in self.store.speakers.speakers(meeting_id) if s["name"]]
        for s in old:
            if s["embedding"] is None or len(centroids) == 0:
                continue
            sims = centroids @ s["embedding"]
            best = int(np.argmax(sims))
            if sims[best] >= KEEP_NAME_AT and best + 1 not in carried:
                carried[best + 1] = s["name"]
        return carried

    def _label_segments(self, meeting_id: int, turns, names: dict[int, str | None]) -> None:
        by_audio: dict[int, list[Turn]] = {}
        for audio_id, turn in turns:
            by_audio.setdefault(audio_id, []).append(turn)
        ours = {label_text(n) for n in range(1, 100)} | {n for n in names.values() if n}
        for seg in self.store.segments.for_meeting(meeting_id):
            audio_turns = by_audio.get(seg.audio_id)
            if not audio_turns:
                continue
            if seg.speaker and seg.speaker not in ours:
                continue  # the clerk set this speaker by hand: it stays
            pieces = split_segment(audio_turns, seg.start, seg.end, seg.words)
            if seg.edited or len(pieces) == 1:
                # An edited text is not cut: its words no longer match the audio's.
                held = max(pieces, key=lambda p: p.end - p.start)
                self._set(seg, held.speaker, names)
                continue
            self._cut(seg, pieces, names)

    def _set(self, seg: Segment, label: int | None, names, segment_id: int | None = None) -> None:
        if label is None:
            return
        sid = segment_id or seg.id
        self.store.segments.set_fields(sid, speaker=names.get(label) or label_text(label))
        self.store.speakers.label_segment(sid, seg.meeting_id, label)

    def _cut(self, seg: Segment, pieces, names) -> None:
        row = self.store.segments.row(seg.id)
        for i, piece in enumerate(pieces):
            words = [[w.start, w.end, w.word, w.probability] for w in piece.words]
            text = nfc("".join(w.word for w in piece.words)).strip()

            values = {
                "start": round(piece.start, 3), "end": round(piece.end, 3), "text": text,
                "words": json.dumps(words, ensure_ascii=False),
                "speaker": names.get(piece.speaker) or label_text(piece.speaker),
            }  # fmt: skip
            if i == 0:
                self.store.segments.set_fields(seg.id, **values, edited=0)
                self.store.speakers.label_segment(seg.id, seg.meeting_id, piece.speaker)
            else:
                new_id = self.store.segments.insert_copy(row, **values)
                self.store.speakers.label_segment(new_id, seg.meeting_id, piece.speaker)

    # -- reading and naming --
    def speakers(self, meeting_id: int) -> list[SpeakerInfo]:
        counts: dict[int, int] = {}
        for label in self.store.speakers.labels(meeting_id).values():
            counts[label] = counts.get(label, 0) + 1
        return [
            SpeakerInfo(
                s["label"],
                s["name"],
                s["proposed"],
                s["confidence"],
                s["seconds"],
                s["sample_audio_id"],
                s["sample_start"],
                counts.get(s["label"], 0),
            )  # fmt: skip
            for s in self.store.speakers.speakers(meeting_id)
        ]

    def sample(self, meeting_id: int, label: int) -> tuple[int, float, float] | None:
        """(audio id, start, end) of about 10 s of this voice, to listen to before naming."""
        for s in self.speakers(meeting_id):
            if s.label == label and s.sample_audio_id is not None:
                return s.sample_audio_id, s.sample_start, s.sample_start + SAMPLE_S
        return None

    def name(self, meeting_id: int, label: int, name: str | None) -> None:
        """Give speaker `label` an attendee's name (None: back to "Người nói N"): every segment
        of that speaker follows, and the voice is remembered under the name."""
        known = {s.label: s for s in self.speakers(meeting_id)}
        if label not in known:
            raise UserError(
                "Cuộc họp không có “{label}”. Hãy chạy lệnh diarize trước, hoặc xem lệnh speakers.",
                "The meeting has no “{label}”. Run the diarize command first, or see speakers.",
                label=label_text(label),
            )
        name = nfc(name).strip() if name else None
        raw = {s["label"]: s for s in self.store.speakers.speakers(meeting_id)}
        with self.store.atomic():
            self.store.speakers.set_speaker_name(meeting_id, label, name)
            for seg_id in self.store.speakers.segments_of(meeting_id, label):
                self.store.segments.set_fields(seg_id, speaker=name or label_text(label))
            if name and raw[label]["embedding"] is not None:
                self.store.speakers.remember_voice(name, raw[label]["embedding"])

    def accept_proposals(self, meeting_id: int, at_least: float = 0.5) -> int:
        """Name every speaker whose proposal's confidence is at least `at_least`."""
        accepted = 0
        for s in self.speakers(meeting_id):
            if not s.name and s.proposed and (s.confidence or 0) >= at_least:
                self.name(meeting_id, s.label, s.proposed)
                accepted += 1
        return accepted

    def label_of(self, meeting_id: int) -> dict[int, int]:
        """segment id -> speaker label, for the segments diarization labelled."""
        return self.store.speakers.labels(meeting_id)
