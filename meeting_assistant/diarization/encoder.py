"""The GE2E voice encoder (Resemblyzer's pretrained weights) run in numpy: no torch.

Features are computed as Resemblyzer computes them (librosa's power mel spectrogram: 25 ms Hann
window, 10 ms hop, 40 Slaney mel bands, centred frames, not logged); the network is a 3-layer
LSTM over 160 frames (1.6 s) whose last hidden state goes through a linear layer, a ReLU and an
L2 norm. The weights come from scripts/extract_voice_encoder.py (resources/voice_encoder/).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from ..paths import resource

SAMPLE_RATE = 16000
N_FFT = 400  # 25 ms
HOP = 160  # 10 ms
N_MELS = 40
PARTIAL_FRAMES = 160  # 1.6 s per embedding window
HIDDEN = 256
LAYERS = 3
# Resemblyzer normalises each utterance to this loudness (increase only) before embedding.
TARGET_DBFS = -30.0


def _hz_to_mel(f: np.ndarray) -> np.ndarray:
    # Slaney's mel scale (librosa's default, htk=False): linear below 1 kHz, log above.
    f = np.asarray(f, dtype=np.float64)
    mel = f / (200.0 / 3)
    log_part = 15.0 + np.log(np.maximum(f, 1e-10) / 1000.0) / (np.log(6.4) / 27.0)
    return np.where(f >= 1000.0, log_part, mel)


def _mel_to_hz(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float64)
    hz = m * (200.0 / 3)
    log_part = 1000.0 * np.exp((np.log(6.4) / 27.0) * (m - 15.0))
    return np.where(m >= 15.0, log_part, hz)


@lru_cache(maxsize=1)
def mel_filterbank() -> np.ndarray:
    """(N_MELS, N_FFT//2+1) Slaney-normalised triangular filters, as librosa.filters.mel."""
    fft_freqs = np.linspace(0, SAMPLE_RATE / 2, N_FFT // 2 + 1)
    mel_points = _mel_to_hz(np.linspace(_hz_to_mel(0.0), _hz_to_mel(SAMPLE_RATE / 2), N_MELS + 2))
    fdiff = np.diff(mel_points)
    ramps = mel_points[:, None] - fft_freqs[None, :]
    lower = -ramps[:-2] / fdiff[:-1, None]
    upper = ramps[2:] / fdiff[1:, None]
    weights = np.maximum(0, np.minimum(lower, upper))
    weights *= (2.0 / (mel_points[2 : N_MELS + 2] - mel_points[:N_MELS]))[:, None]
    return weights.astype(np.float32)


@lru_cache(maxsize=1)
def _window() -> np.ndarray:
    n = np.arange(N_FFT)
    return (0.5 - 0.5 * np.cos(2 * np.pi * n / N_FFT)).astype(np.float32)  # periodic Hann


def mel_frames(wav: np.ndarray) -> np.ndarray:
    """(frames, 40) power mel spectrogram, one frame per 10 ms (centred, zero padded)."""
    wav = np.asarray(wav, dtype=np.float32)
    padded = np.pad(wav, (N_FFT // 2, N_FFT // 2))
    n_frames = 1 + (len(padded) - N_FFT) // HOP
    if n_frames <= 0:
        return np.zeros((0, N_MELS), dtype=np.float32)
    frames = np.lib.stride_tricks.as_strided(
        padded, shape=(n_frames, N_FFT), strides=(padded.strides[0] * HOP, padded.strides[0])
    )
    spectrum = np.abs(np.fft.rfft(frames * _window(), axis=1)) ** 2
    return (spectrum.astype(np.float32) @ mel_filterbank().T).astype(np.float32)


def normalize_volume(wav: np.ndarray) -> np.ndarray:
    """Raise quiet speech to TARGET_DBFS (never lowers), as Resemblyzer's preprocessing does."""
    rms = float(np.sqrt(np.mean(np.square(wav, dtype=np.float64)))) if len(wav) else 0.0
    if rms <= 1e-8:
        return wav
    change = TARGET_DBFS - 20 * np.log10(rms)
    return wav if change < 0 else (wav * (10 ** (change / 20))).astype(np.float32)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)  # overflow-free


class VoiceEncoder:
    """Speaker embeddings (256 values, L2-normed, non-negative) of 1.6-s mel windows."""

    def __init__(self, weights: Path | None = None):
        path = weights or resource("voice_encoder", "ge2e.npz")
        if not Path(path).is_file():
            raise FileNotFoundError(
                f"voice encoder weights missing: {path} (run scripts/extract_voice_encoder.py)"
            )
        with np.load(path) as data:
            w = {k.replace("__", "."): data[k].astype(np.float32) for k in data.files}
        self.layers = []
        for i in range(LAYERS):
            w_ih, w_hh = w[f"lstm.weight_ih_l{i}"], w[f"lstm.weight_hh_l{i}"]
            bias = w[f"lstm.bias_ih_l{i}"] + w[f"lstm.bias_hh_l{i}"]
            self.layers.append((np.ascontiguousarray(w_ih.T), np.ascontiguousarray(w_hh.T), bias))
        self.linear_w = np.ascontiguousarray(w["linear.weight"].T)
        self.linear_b = w["linear.bias"]

    def embed_mels(self, mels: np.ndarray) -> np.ndarray:
        """(batch, frames, 40) mel windows -> (batch, 256) embeddings."""
        x = np.asarray(mels, dtype=np.float32)
        batch, steps, _ = x.shape
        for w_ih, w_hh, bias in self.layers:
            # The input part of every gate for all time steps at once: one large matmul.
            gates_in = (x.reshape(batch * steps, -1) @ w_ih + bias).reshape(batch, steps, -1)
            h = np.zeros((batch, HIDDEN), dtype=np.float32)
            c = np.zeros((batch, HIDDEN), dtype=np.float32)
            out = np.empty((batch, steps, HIDDEN), dtype=np.float32)
            for t in range(steps):
                g = gates_in[:, t] + h @ w_hh
                # PyTorch's gate order: input, forget, cell, output.
                i_g = _sigmoid(g[:, :HIDDEN])
                f_g = _sigmoid(g[:, HIDDEN : 2 * HIDDEN])
                c_g = np.tanh(g[:, 2 * HIDDEN : 3 * HIDDEN])
                o_g = _sigmoid(g[:, 3 * HIDDEN :])
                c = f_g * c + i_g * c_g
                h = o_g * np.tanh(c)
                out[:, t] = h
            x = out
        raw = np.maximum(0.0, h @ self.linear_w + self.linear_b)
        norm = np.linalg.norm(raw, axis=1, keepdims=True)
        return raw / np.maximum(norm, 1e-8)

    def embed_windows(self, wav: np.ndarray, starts: np.ndarray, batch: int = 64) -> np.ndarray:
        """Embeddings of the 1.6-s windows of `wav` starting at sample offsets `starts`."""
        mel = mel_frames(wav)
        frame_starts = (np.asarray(starts) // HOP).astype(int)
        out = np.zeros((len(frame_starts), HIDDEN), dtype=np.float32)
        if len(mel) < PARTIAL_FRAMES:
            mel = np.pad(mel, ((0, PARTIAL_FRAMES - len(mel)), (0, 0)))
        frame_starts = np.clip(frame_starts, 0, len(mel) - PARTIAL_FRAMES)
        for b in range(0, len(frame_starts), batch):
            idx = frame_starts[b : b + batch]
            windows = np.stack([mel[s : s + PARTIAL_FRAMES] for s in idx])
            out[b : b + batch] = self.embed_mels(windows)
        return out

    def embed_utterance(self, wav: np.ndarray) -> np.ndarray:
        """One embedding for a whole utterance: the normed mean of its windows (rate 1.3/s)."""
        wav = normalize_volume(np.asarray(wav, dtype=np.float32))
        window = PARTIAL_FRAMES * HOP
        step = int(round(SAMPLE_RATE / 1.3))
        starts = np.arange(0, max(1, len(wav) - window + step), step)
        partial = self.embed_windows(wav, starts)
        mean = partial.mean(axis=0)
        return mean / max(float(np.linalg.norm(mean)), 1e-8)
