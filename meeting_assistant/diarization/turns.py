"""From labelled windows to speaker turns, and from turns to transcript segments.

A window answers for the stretch of speech it covers; neighbouring stretches of one speaker join
into a turn; a turn shorter than MIN_TURN_S between two others is given to its neighbours (one
window's mistake is not a change of speaker). A transcript segment takes the speaker who covers
most of it; a segment where another speaker holds at least SPLIT_MIN_S is cut at the change, at
a word boundary (each word goes to the speaker heard at its middle).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Word

MIN_TURN_S = 1.0
SPLIT_MIN_S = 1.5
JOIN_GAP_S = 0.5


@dataclass
class Turn:
    start: float
    end: float
    speaker: int


def turns_from_windows(windows: list[tuple[float, float]], labels) -> list[Turn]:
    spans = sorted(zip(windows, (int(x) for x in labels), strict=False), key=lambda w: w[0][0])
    turns: list[Turn] = []
    for (start, end), label in spans:
        if turns and turns[-1].speaker == label and start - turns[-1].end <= JOIN_GAP_S:
            turns[-1].end = max(turns[-1].end, end)
        else:
            turns.append(Turn(start, end, label))
    return _absorb_short(turns)


def _absorb_short(turns: list[Turn]) -> list[Turn]:
    changed = True
    while changed and len(turns) > 1:
        changed = False
        for i, turn in enumerate(turns):
            if turn.end - turn.start >= MIN_TURN_S:
                continue
            prev = turns[i - 1] if i > 0 else None
            nxt = turns[i + 1] if i + 1 < len(turns) else None
            near = [
                t
                for t in (prev, nxt)
                if t and min(abs(t.end - turn.start), abs(turn.end - t.start)) <= JOIN_GAP_S
            ]
            if not near:
                continue
            target = max(near, key=lambda t: t.end - t.start)
            target.start, target.end = min(target.start, turn.start), max(target.end, turn.end)
            del turns[i]
            changed = True
            break
    merged: list[Turn] = []
    for turn in turns:
        same = merged and merged[-1].speaker == turn.speaker
        if same and turn.start - merged[-1].end <= JOIN_GAP_S:
            merged[-1].end = max(merged[-1].end, turn.end)
        else:
            merged.append(turn)
    return merged


def speaker_at(turns: list[Turn], t: float) -> int | None:
    """The speaker of the turn holding `t`, else of the nearest turn."""
    best, distance = None, float("inf")
    for turn in turns:
        d = 0.0 if turn.start <= t <= turn.end else min(abs(turn.start - t), abs(turn.end - t))
        if d < distance:
            best, distance = turn.speaker, d
    return best


def overlap_by_speaker(turns: list[Turn], start: float, end: float) -> dict[int, float]:
    held: dict[int, float] = {}
    for turn in turns:
        o = min(end, turn.end) - max(start, turn.start)
        if o > 0:
            held[turn.speaker] = held.get(turn.speaker, 0.0) + o
    return held


@dataclass
class Piece:
    """A part of a transcript segment with one speaker (the whole segment when not split)."""

    start: float
    end: float
    speaker: int | None
    words: list[Word]


def split_segment(turns: list[Turn], start: float, end: float, words: list[Word]) -> list[Piece]:
    held = overlap_by_speaker(turns, start, end)
    if not held:
        return [Piece(start, end, speaker_at(turns, (start + end) / 2), words)]
    main = max(held, key=held.get)
    others = {s: d for s, d in held.items() if s != main and d >= SPLIT_MIN_S}
    if not others or len(words) < 2:
        return [Piece(start, end, main, words)]
    pieces: list[Piece] = []
    for word in words:
        who = speaker_at(turns, (word.start + word.end) / 2)
        if pieces and pieces[-1].speaker == who:
            pieces[-1].words.append(word)
            pieces[-1].end = word.end
        else:
            pieces.append(Piece(word.start, word.end, who, [word]))
    # A piece of one or two words is a boundary wobble: it stays with the piece before it.
    kept: list[Piece] = []
    for piece in pieces:
        if kept and (len(piece.words) <= 2 or kept[-1].speaker == piece.speaker):
            kept[-1].words.extend(piece.words)
            kept[-1].end = piece.end
        else:
            kept.append(piece)
    if len(kept) > 1 and len(kept[0].words) <= 2:
        kept[1].words[:0] = kept[0].words
        kept[1].start = kept[0].start
        kept.pop(0)
    kept[0].start = start
    kept[-1].end = end
    return kept
