"""Who is who: clustering window embeddings into speakers, in bounded memory.

Two questions, answered in two spaces:
- How many speakers? Average-linkage agglomerative clustering of the raw GE2E vectors' cosine
  similarities, stopped where the merges fall below THRESHOLD (raw similarities do not depend on
  how many people speak; THRESHOLD sits in the middle of the band, 0.58-0.65, where the count came
  out right on built meetings of 3 to 12 voices), or what the clerk said: the clerk knows who came.
- Who is each window? The same clustering on vectors centred on the meeting's mean voice and
  length-normalised, which spreads the voices apart (what all of this meeting's voices share -
  the room, the microphone - is taken out): cut into somewhat more clusters than speakers
  (SPLIT_AT), the tiny ones dropped, every window given its nearest cluster (spherical k-means),
  the closest clusters merged down to the count, and the centroids refined again.
Both run on an even sample of at most MAX_SAMPLE windows (its matrix is the only quadratic thing,
so a 3-hour meeting costs what a 40-minute one does); every window is then assigned.
"""

from __future__ import annotations

import numpy as np

MAX_SAMPLE = 1200
THRESHOLD = 0.62
# Centred similarity at which the assignment's first cut stops: finer than the speakers (a voice
# may first come out as two or three clusters; merging their means down to the count is reliable,
# splitting a cluster that holds two voices is not).
SPLIT_AT = 0.4
MIXED_BELOW = 0.3  # cohesion (see _cohesion) under which a cluster is mixed
MIN_SHARE = 0.02  # a cluster with less of the speech than this is folded into its nearest one
REFINE_ITERATIONS = 3
# Two clusters that take turns from one window to the next inside one stretch of speech (no
# pause between the windows) are one voice: a speaker change comes with a pause, and turns last
# at least 2 s. The share of the smaller cluster's windows that border the other that way: one
# voice split in two by the raw similarities scores 0.5-0.9, two voices at most 0.11.
LINK_AT = 0.3
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


def _refine(x: np.ndarray, centroids: np.ndarray, iterations: int = REFINE_ITERATIONS):
    """Spherical k-means from `centroids`: (labels, centroids); an emptied cluster is dropped."""
    for _ in range(iterations):
        labels = np.argmax(x @ centroids.T, axis=1)
        kept = [c for c in range(len(centroids)) if np.any(labels == c)]
        centroids = _normed(np.stack([x[labels == c].mean(axis=0) for c in kept]))
    return np.argmax(x @ centroids.T, axis=1), centroids


def _centroids(x: np.ndarray, groups: list[np.ndarray]) -> np.ndarray:
    return _normed(np.stack([x[g].mean(axis=0) for g in groups]))


def _link_rates(labels: np.ndarray, adjacent: np.ndarray) -> np.ndarray:
    """(k, k): how often clusters i and j follow each other in adjacent windows, over the
    smaller one's size."""
    k = int(labels.max()) + 1
    m = np.zeros((k, k))
    np.add.at(m, (labels[:-1][adjacent[1:]], labels[1:][adjacent[1:]]), 1)
    m += m.T
    np.fill_diagonal(m, 0)
    sizes = np.bincount(labels, minlength=k)
    return m / np.maximum(np.minimum.outer(sizes, sizes), 1)


def _join_linked(
    x: np.ndarray, labels: np.ndarray, adjacent: np.ndarray | None, down_to: int = 1
) -> np.ndarray:
    """Merge the clusters that take turns inside stretches of speech (LINK_AT); labels."""
    if adjacent is None:
        return labels
    labels = np.unique(labels, return_inverse=True)[1]
    while labels.max() + 1 > down_to:
        rates = _link_rates(labels, adjacent)
        i, j = divmod(int(np.argmax(rates)), len(rates))
        if rates[i, j] < LINK_AT:
            break
        labels = np.unique(np.where(labels == j, i, labels), return_inverse=True)[1]
    return labels


def _cohesion(labels: np.ndarray, adjacent: np.ndarray, members: np.ndarray) -> float:
    """The share of a cluster's windows next to (adjacent to) a window of the same cluster."""
    same = np.zeros(len(labels), bool)
    same[1:] = adjacent[1:] & (labels[1:] == labels[:-1])
    near = same.copy()
    near[:-1] |= same[1:]
    return float(np.mean(near[members]))


def estimate_speakers(
    raw: np.ndarray,
    sample: np.ndarray,
    threshold: float = THRESHOLD,
    merge_at: float = MERGE_AT,
    adjacent: np.ndarray | None = None,
) -> int:
    """How many voices the raw (uncentred) vectors hold."""
    xs = raw[sample]
    sim = xs @ xs.T
    scores, _ = _merge_scores(sim, 1)
    _, owner = _merge_scores(sim, estimate_count(scores, len(xs), threshold))
    groups = _big(owner, len(xs))
    centroids = _centroids(xs, groups)
    centroids = _merge_close(centroids, np.array([len(g) for g in groups]), merge_at)
    labels, centroids = _refine(raw, centroids)
    return int(_join_linked(raw, labels, adjacent).max()) + 1


def assign(
    x: np.ndarray, sample: np.ndarray, speakers: int, adjacent: np.ndarray | None = None
) -> np.ndarray:
    """Labels of the (centred) windows `x` for `speakers` voices."""
    xs = x[sample]
    sim = xs @ xs.T
    scores, _ = _merge_scores(sim, 1)
    k = max(estimate_count(scores, len(xs), SPLIT_AT), speakers)
    _, owner = _merge_scores(sim, min(k, len(xs)))
    groups = _big(owner, len(xs))
    if len(groups) < speakers:
        # Fewer clusters of some size than voices: cut the tree at the count itself.
        _, owner = _merge_scores(sim, min(speakers, len(xs)))
        groups = [np.flatnonzero(owner == o) for o in np.unique(owner)]
    labels, centroids = _refine(x, _centroids(xs, groups))
    labels = _join_linked(x, labels, adjacent, down_to=speakers)
    groups = [np.flatnonzero(labels == c) for c in np.unique(labels)]
    if adjacent is not None:
        # A mixed cluster (the edges of turns, two voices at once) is scattered single windows:
        # few of them border a window of their own cluster. It is no speaker: dropped, its
        # windows go to the nearest voice.
        pure = [g for g in groups if _cohesion(labels, adjacent, g) >= MIXED_BELOW]
        if len(pure) >= speakers:
            groups = pure
    centroids = _centroids(x, groups)
    if len(centroids) > speakers:
        sizes = np.array([len(g) for g in groups])
        centroids = _merge_close(centroids, sizes, -np.inf, down_to=speakers)
    labels, _ = _refine(x, centroids)
    return labels


def cluster(
    embeddings: np.ndarray,
    speakers: int | None = None,
    threshold: float = THRESHOLD,
    max_sample: int = MAX_SAMPLE,
    merge_at: float = MERGE_AT,
    adjacent: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """(labels per window 0..k-1, numbered by first appearance; centroids in the raw space).

    `adjacent[i]`: window i continues window i-1 in the same stretch of speech (see
    `adjacency`); without it, clusters are joined on similarity alone.
    """
    n = len(embeddings)
    if n == 0:
        return np.zeros(0, int), np.zeros((0, embeddings.shape[1] if embeddings.ndim == 2 else 256))
    raw = _normed(np.asarray(embeddings, dtype=np.float32))
    if n == 1:
        return np.zeros(1, int), raw.copy()
    sample = np.unique(np.linspace(0, n - 1, min(n, max_sample)).round().astype(int))
    if adjacent is not None:
        adjacent = np.asarray(adjacent, dtype=bool)
    k = int(speakers) if speakers else estimate_speakers(raw, sample, threshold, merge_at, adjacent)
    labels = assign(_normed(raw - raw.mean(axis=0)), sample, min(k, len(sample)), adjacent)
    # Number speakers in order of first appearance: "Người nói 1" speaks first.
    order: dict[int, int] = {}
    for label in labels:
        order.setdefault(int(label), len(order))
    labels = np.array([order[int(lb)] for lb in labels])
    raw_centroids = np.zeros((len(order), raw.shape[1]), np.float32)
    for new in order.values():
        raw_centroids[new] = _normed(raw[labels == new].mean(axis=0, keepdims=True))[0]
    return labels, raw_centroids


def adjacency(windows: list[tuple[float, float]], gap_s: float = 0.05) -> np.ndarray:
    """Per window (in time order): does it follow the previous one without a pause?"""
    out = np.zeros(len(windows), dtype=bool)
    for i in range(1, len(windows)):
        out[i] = 0 <= windows[i][0] - windows[i - 1][1] <= gap_s
    return out
