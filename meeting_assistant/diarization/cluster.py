"""Who is who: clustering window embeddings into speakers, in bounded memory.

Average-linkage agglomerative clustering of cosine similarities runs on an even sample of at most
MAX_SAMPLE windows (its matrix is the only quadratic thing, so a 3-hour meeting costs what a
40-minute one does); the number of speakers is where the merges' similarity falls below
THRESHOLD, or what the clerk said (the clerk knows who came; estimating is the fallback).
Every window is then given its nearest speaker and the centroids refined (spherical k-means).
Similarities are those of the raw GE2E vectors: centring them on the meeting's mean voice (an
option) makes the threshold depend on how many people speak. THRESHOLD sits in the middle of
the band (0.58-0.65) where the count came out right on built meetings of 3 to 12 voices.
"""

from __future__ import annotations

import numpy as np

MAX_SAMPLE = 1200
THRESHOLD = 0.62
MIN_SHARE = 0.02  # a cluster with less of the speech than this is folded into its nearest one
REFINE_ITERATIONS = 3
# Two clusters whose mean voices are this alike are one speaker heard in two conditions: single
# 1.6-s windows are noisy, their means are not (same voice 0.85-0.95, two voices below 0.85).
MERGE_AT = 0.87


def _merge_close(
    centroids: np.ndarray, sizes: np.ndarray, merge_at: float, down_to: int = 1
) -> np.ndarray:
    """Merge the most alike centroids while they are at least `merge_at` alike (or, with
    merge_at=-inf, until `down_to` are left)."""
    c, n = list(centroids), list(sizes.astype(float))
    while len(c) > down_to:
        m = np.stack(c)
        sim = m @ m.T
        np.fill_diagonal(sim, -1)
        i, j = divmod(int(np.argmax(sim)), len(c))
        if sim[i, j] < merge_at:
            break
        c[i] = (n[i] * c[i] + n[j] * c[j]) / (n[i] + n[j])
        c[i] /= max(float(np.linalg.norm(c[i])), 1e-8)
        n[i] += n[j]
        del c[j], n[j]
    return np.stack(c)


def _normed(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-8)


def _merge_scores(sim: np.ndarray, stop_at: int) -> tuple[list[float], np.ndarray]:
    """Average-linkage merges down to `stop_at` clusters: each merge's similarity, and the
    cluster of every item at the end."""
    n = len(sim)
    a = sim.astype(np.float64).copy()
    np.fill_diagonal(a, -np.inf)
    sizes = np.ones(n)
    owner = np.arange(n)
    alive = n
    scores = []
    while alive > stop_at:
        flat = int(np.argmax(a))
        i, j = divmod(flat, n)
        score = a[i, j]
        if not np.isfinite(score):
            break
        scores.append(float(score))
        merged = (sizes[i] * a[i] + sizes[j] * a[j]) / (sizes[i] + sizes[j])
        a[i, :] = merged
        a[:, i] = merged
        a[i, i] = -np.inf
        a[j, :] = -np.inf
        a[:, j] = -np.inf
        sizes[i] += sizes[j]
        sizes[j] = 0
        owner[owner == j] = i
        alive -= 1
    return scores, owner


def _big(owner: np.ndarray, n: int) -> list[np.ndarray]:
    """The clusters, less the tiny ones (a cough, a laugh, two voices at once: no participant);
    their windows go to the nearest voice when every window is assigned."""
    groups = [np.flatnonzero(owner == o) for o in np.unique(owner)]
    return [g for g in groups if len(g) >= max(2, MIN_SHARE * n)] or groups


def estimate_count(scores: list[float], n: int, threshold: float) -> int:
    """Clusters left when merging stops at the first merge below `threshold`."""
    for k, score in enumerate(scores):
        if score < threshold:
            return n - k
    return n - len(scores)


def cluster(
    embeddings: np.ndarray,
    speakers: int | None = None,
    threshold: float = THRESHOLD,
    max_sample: int = MAX_SAMPLE,
    center: bool = False,
    merge_at: float = MERGE_AT,
) -> tuple[np.ndarray, np.ndarray]:
    """(labels per window 0..k-1, numbered by first appearance; centroids in the raw space)."""
    n = len(embeddings)
    if n == 0:
        return np.zeros(0, int), np.zeros((0, embeddings.shape[1] if embeddings.ndim == 2 else 256))
    raw = _normed(np.asarray(embeddings, dtype=np.float32))
    if n == 1:
        return np.zeros(1, int), raw.copy()
    mean = raw.mean(axis=0)
    x = _normed(raw - mean) if center else raw
    sample = np.linspace(0, n - 1, min(n, max_sample)).round().astype(int)
    sample = np.unique(sample)
    xs = x[sample]
    sim = xs @ xs.T
    scores, _ = _merge_scores(sim, 1)
    k = estimate_count(scores, len(xs), threshold)
    _, owner = _merge_scores(sim, k)
    groups = _big(owner, len(xs))
    if speakers and len(groups) < speakers:
        # The clerk counted more voices than were found: cut the tree at their count.
        _, owner = _merge_scores(sim, min(int(speakers), len(xs)))
        groups = [np.flatnonzero(owner == o) for o in np.unique(owner)]
    if speakers and len(groups) > speakers:
        # More voices found than the clerk counted: the smallest are a voice heard in other
        # conditions, or noise. Keep the largest; the others' windows go to the nearest voice
        # below (cutting the tree higher, or merging the closest means, joins two people).
        groups = sorted(groups, key=len, reverse=True)[: int(speakers)]
    centroids = _normed(np.stack([xs[g].mean(axis=0) for g in groups]))
    if not speakers:
        centroids = _merge_close(centroids, np.array([len(g) for g in groups]), merge_at)
    for _ in range(REFINE_ITERATIONS):
        labels = np.argmax(x @ centroids.T, axis=1)
        kept = [c for c in range(len(centroids)) if np.any(labels == c)]
        centroids = _normed(np.stack([x[labels == c].mean(axis=0) for c in kept]))
    labels = np.argmax(x @ centroids.T, axis=1)
    # Number speakers in order of first appearance: "Người nói 1" speaks first.
    order = {}
    for label in labels:
        order.setdefault(int(label), len(order))
    labels = np.array([order[int(lb)] for lb in labels])
    raw_centroids = np.zeros((len(order), raw.shape[1]), np.float32)
    for _old, new in order.items():
        raw_centroids[new] = _normed(raw[labels == new].mean(axis=0, keepdims=True))[0]
    return labels, raw_centroids
