"""Diarization error rate, as NIST scores it: missed speech + false alarm + speaker confusion,
over the reference's speech time, with a collar around each reference boundary left unscored
and the hypothesis' speakers mapped one-to-one onto the reference's to their best overlap."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FRAME_S = 0.01


@dataclass
class DER:
    missed: float
    false_alarm: float
    confusion: float
    total: float  # scored reference speech, seconds

    @property
    def rate(self) -> float:
        return (self.missed + self.false_alarm + self.confusion) / self.total if self.total else 0.0


def _matrix(turns, duration: float, names: list) -> np.ndarray:
    frames = int(np.ceil(duration / FRAME_S)) + 1
    m = np.zeros((frames, len(names)), dtype=bool)
    index = {n: i for i, n in enumerate(names)}
    for start, end, who in turns:
        m[int(round(start / FRAME_S)) : int(round(end / FRAME_S)), index[who]] = True
    return m


def best_mapping(overlap: np.ndarray) -> list[tuple[int, int]]:
    """(row, column) pairs maximising the summed overlap, one-to-one (Hungarian method)."""
    n_rows, n_cols = overlap.shape
    size = max(n_rows, n_cols)
    cost = np.zeros((size, size))
    cost[:n_rows, :n_cols] = -overlap
    inf = float("inf")
    u, v = [0.0] * (size + 1), [0.0] * (size + 1)
    p, way = [0] * (size + 1), [0] * (size + 1)
    for i in range(1, size + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (size + 1), [False] * (size + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, size + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(size + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return [(p[j] - 1, j - 1) for j in range(1, size + 1) if p[j] - 1 < n_rows and j - 1 < n_cols]


def der(reference, hypothesis, collar: float = 0.25) -> DER:
    """`reference` and `hypothesis`: iterables of (start, end, speaker) in seconds."""
    reference, hypothesis = list(reference), list(hypothesis)
    duration = max([e for _, e, _ in reference + hypothesis], default=0.0)
    ref_names = sorted({w for *_, w in reference}, key=str)
    hyp_names = sorted({w for *_, w in hypothesis}, key=str)
    ref = _matrix(reference, duration, ref_names)
    hyp = _matrix(hypothesis, duration, hyp_names)
    scored = np.ones(len(ref), dtype=bool)
    half = int(round(collar / FRAME_S))
    for start, end, _ in reference:
        for edge in (start, end):
            f = int(round(edge / FRAME_S))
            scored[max(0, f - half) : f + half] = False
    ref, hyp = ref[scored], hyp[scored]
    n_ref, n_hyp = ref.sum(axis=1), hyp.sum(axis=1)
    overlap = ref.T.astype(np.int64) @ hyp.astype(np.int64)
    mapping = best_mapping(overlap) if overlap.size else []
    correct = np.zeros(len(ref), dtype=np.int64)
    for r, h in mapping:
        correct += ref[:, r] & hyp[:, h]
    missed = np.maximum(0, n_ref - n_hyp).sum()
    false_alarm = np.maximum(0, n_hyp - n_ref).sum()
    confusion = (np.minimum(n_ref, n_hyp) - correct).sum()
    return DER(missed * FRAME_S, false_alarm * FRAME_S, confusion * FRAME_S, n_ref.sum() * FRAME_S)
