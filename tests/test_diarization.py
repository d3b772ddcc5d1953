"""Speaker diarization's parts: the weights' reader, features, clustering, turns, DER."""

from __future__ import annotations

import io
import pickle
import sys
from itertools import permutations
from pathlib import Path

import numpy as np
import pytest

from meeting_assistant.diarization import cluster, split_segment, turns_from_windows
from meeting_assistant.diarization.encoder import VoiceEncoder, mel_frames
from meeting_assistant.diarization.metrics import best_mapping, der
from meeting_assistant.diarization.turns import Turn
from meeting_assistant.models import Word

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import extract_voice_encoder  # noqa: E402


def test_checkpoint_reader_refuses_code_in_the_pickle():
    class Evil:
        def __reduce__(self):
            return (print, ("owned",))

    f = io.BytesIO()
    for header in (0x1950A86A20F9469CFC6C, 1001, {}):
        pickle.dump(header, f, protocol=2)
    pickle.dump({"model_state": Evil()}, f, protocol=2)
    with pytest.raises(pickle.UnpicklingError, match="refused"):
        extract_voice_encoder.read_legacy_checkpoint(f.getvalue())


def test_shipped_weights_and_licence_are_there():
    folder = ROOT / "resources" / "voice_encoder"
    assert "Apache License" in (folder / "LICENSE").read_text(encoding="utf-8")
    assert extract_voice_encoder.CHECKPOINT_SHA256 in (folder / "SOURCE.txt").read_text()
    encoder = VoiceEncoder()
    out = encoder.embed_mels(np.random.default_rng(0).random((2, 160, 40), dtype=np.float32))
    assert out.shape == (2, 256)
    assert np.allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-5) and (out >= 0).all()


def test_mel_features_match_librosa_as_resemblyzer_computes_them():
    # Reference values from librosa 0.11 melspectrogram(sr=16000, n_fft=400, hop_length=160,
    # n_mels=40), which Resemblyzer's training used.
    t = np.arange(16000) / 16000
    a = (0.3 * np.sin(2 * np.pi * 220 * t) + 0.2 * np.sin(2 * np.pi * 1750 * t * (1 + t))).astype(
        np.float32
    )
    mel = mel_frames(a)
    assert mel.shape == (101, 40)
    assert mel[50, [0, 3, 7]] == pytest.approx([0.0031792135, 2.5993445, 5.0871658e-06], rel=1e-3)
    assert mel[0, [3, 20]] == pytest.approx([1.5200188, 1.5130510], rel=1e-3)


def test_hungarian_mapping_is_optimal():
    rng = np.random.default_rng(3)
    for shape in ((3, 3), (4, 2), (2, 5)):
        overlap = rng.integers(0, 100, size=shape)
        pairs = best_mapping(overlap)
        got = sum(overlap[r, c] for r, c in pairs)
        m = overlap if shape[0] <= shape[1] else overlap.T
        n = m.shape[0]
        best = max(sum(m[i, p[i]] for i in range(n)) for p in permutations(range(m.shape[1]), n))
        assert got == best and len(pairs) == n


def test_der_counts_miss_false_alarm_confusion_with_a_collar():
    ref = [(0, 10, "A"), (10, 20, "B")]
    assert der(ref, [(0, 10, 7), (10, 20, 3)]).rate == pytest.approx(0.0, abs=1e-3)  # names free
    assert der(ref, []).rate == pytest.approx(1.0, abs=1e-3)
    # One speaker for everything: B's ten seconds less a collar at each end are confusion.
    one = der(ref, [(0, 20, 1)], collar=0.25)
    assert one.confusion == pytest.approx(9.5, abs=0.02) and one.missed == 0
    # A boundary 0.2 s late is inside the collar: no error.
    assert der(ref, [(0, 10.2, 1), (10.2, 20, 2)], collar=0.25).rate < 0.001
    fa = der(ref, [(0, 10, 1), (10, 20, 2), (25, 30, 1)])
    assert fa.false_alarm == pytest.approx(5.0, abs=0.02)


def _blobs(sizes, seed=0, spread=0.25):
    rng = np.random.default_rng(seed)
    # Voices as GE2E gives them: non-negative, each strong on its own few dimensions.
    centres = np.abs(rng.normal(size=(len(sizes), 256))) * (rng.random((len(sizes), 256)) < 0.3)
    rows, truth = [], []
    for k, n in enumerate(sizes):
        rows.append(np.maximum(0, centres[k] + spread * rng.normal(size=(n, 256))))
        truth += [k] * n
    return np.concatenate(rows).astype(np.float32), np.array(truth)


def test_clustering_finds_the_speakers_and_numbers_them_by_first_appearance():
    x, truth = _blobs([40, 25, 60])
    labels, centroids = cluster(x)
    assert len(centroids) == 3 and labels[0] == 0
    for k in range(3):
        assert len(set(labels[truth == k])) == 1
    # The clerk's count wins: two were said, two there are.
    labels, _ = cluster(x, speakers=2)
    assert len(set(labels)) == 2 and len(set(labels[truth == 2])) == 1


def test_clustering_memory_is_bounded_by_the_sample():
    x, truth = _blobs([3000, 2000], spread=0.2)
    labels, _ = cluster(x, max_sample=300)
    assert len(set(labels)) == 2 and (labels == labels[0]).sum() == 3000


def test_short_flip_in_the_middle_of_a_turn_is_absorbed():
    windows = [(i * 0.8, i * 0.8 + 0.8) for i in range(12)]
    labels = [0] * 5 + [1] + [0] * 6
    turns = turns_from_windows(windows, labels)
    assert [(t.speaker) for t in turns] == [0]


def _words(spec):
    return [Word(s, e, w) for s, e, w in spec]


def test_segment_spanning_a_change_is_cut_at_a_word_boundary():
    turns = [Turn(0, 4.1, 1), Turn(4.1, 9, 2)]
    words = _words([(0.2, 1, " Xin"), (1, 2, " cảm"), (2, 4, " ơn."), (4.2, 5, " Tôi"),
                    (5, 6, " xin"), (6, 8.5, " báo cáo")])  # fmt: skip
    pieces = split_segment(turns, 0.0, 8.6, words)
    assert [p.speaker for p in pieces] == [1, 2]
    assert "".join(w.word for w in pieces[0].words) == " Xin cảm ơn."
    assert pieces[0].start == 0.0 and pieces[1].end == 8.6
    assert pieces[0].end == 4 and pieces[1].start == 4.2
    # A segment where the other voice holds under 1.5 s keeps one speaker.
    assert len(split_segment([Turn(0, 7.5, 1), Turn(7.5, 8.6, 2)], 0.0, 8.6, words)) == 1


def _reference_lstm(mels: np.ndarray) -> np.ndarray:
    """PyTorch's LSTM equations, gate by gate and layer by layer, from the shipped weights."""
    with np.load(ROOT / "resources" / "voice_encoder" / "ge2e.npz") as data:
        w = {k.replace("__", "."): data[k].astype(np.float64) for k in data.files}
    x = mels.astype(np.float64)
    for layer in range(3):
        w_ih, w_hh = w[f"lstm.weight_ih_l{layer}"], w[f"lstm.weight_hh_l{layer}"]
        bias = w[f"lstm.bias_ih_l{layer}"] + w[f"lstm.bias_hh_l{layer}"]
        h = np.zeros((len(x), 256))
        c = np.zeros((len(x), 256))
        out = []
        for t in range(x.shape[1]):
            i, f, g, o = np.split(x[:, t] @ w_ih.T + h @ w_hh.T + bias, 4, axis=1)
            c = 1 / (1 + np.exp(-f)) * c + 1 / (1 + np.exp(-i)) * np.tanh(g)
            h = 1 / (1 + np.exp(-o)) * np.tanh(c)
            out.append(h)
        x = np.stack(out, axis=1)
    raw = np.maximum(0, h @ w["linear.weight"].T + w["linear.bias"])
    return raw / np.linalg.norm(raw, axis=1, keepdims=True)


def test_batched_lstm_gives_the_reference_embeddings():
    mels = np.random.default_rng(1).gamma(0.5, 2.0, size=(3, 160, 40)).astype(np.float32)
    got = VoiceEncoder().embed_mels(mels)
    assert np.allclose(got, _reference_lstm(mels), atol=2e-5)
    # A window's embedding does not depend on the others in its batch.
    assert np.allclose(VoiceEncoder().embed_mels(mels[1:2]), got[1:2], atol=1e-6)


def _turns_of(voices: list[np.ndarray], order: list[int], per_turn: int = 10):
    """Embeddings in time order, turn after turn, and which window follows another unpaused."""
    rows, truth, adjacent = [], [], []
    for k in order:
        for w in range(per_turn):
            rows.append(voices[k][len(rows) % len(voices[k])])
            truth.append(k)
            adjacent.append(w > 0)  # a change of speaker comes after a pause
    return np.array(rows), np.array(truth), np.array(adjacent)


def test_two_sounds_of_one_voice_taking_turns_in_one_stretch_are_one_speaker():
    x, truth = _blobs([60, 60, 60, 60], seed=5)
    voices = [x[truth == k] for k in range(4)]
    # Speaker 0 sounds two ways, window after window inside each of their turns (voices 0 and 3).
    mixed = np.empty_like(voices[0])
    mixed[0::2], mixed[1::2] = voices[0][0::2], voices[3][1::2]
    rows, who, adjacent = _turns_of([mixed, voices[1], voices[2]], [0, 1, 0, 2, 1, 0, 2, 1, 0, 2])
    assert len(cluster(rows)[1]) == 4  # by similarity alone: four voices
    labels, centroids = cluster(rows, adjacent=adjacent)
    assert len(centroids) == 3
    assert all(len(set(labels[who == k])) == 1 for k in range(3))
