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
MEL_BLOCK = 3000  # frames (30 s) per FFT batch
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
    out = np.empty((n_frames, N_MELS), dtype=np.float32)
    # 30 s of frames at a time: the windowed copies and spectra of a whole chunk would be 2.5
    # times the chunk's samples again.
    for b in range(0, n_frames, MEL_BLOCK):
        spectrum = np.abs(np.fft.rfft(frames[b : b + MEL_BLOCK] * _window(), axis=1)) ** 2
        out[b : b + MEL_BLOCK] = spectrum.astype(np.float32) @ mel_filterbank().T
    return out


def normalize_volume(wav: np.ndarray) -> np.ndarray:
    """Raise quiet speech to TARGET_DBFS (never lowers), as Resemblyzer's preprocessing does."""
    rms = float(np.sqrt(np.mean(np.square(wav, dtype=np.float64)))) if len(wav) else 0.0
    if rms <= 1e-8:
        return wav
    change = TARGET_DBFS - 20 * np.log10(rms)
    return wav if change < 0 else (wav * (10 ** (change / 20))).astype(np.float32)


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
        # PyTorch's gate order is input, forget, cell, output; reordered to input, forget,
        # output, cell so that one sigmoid covers the first three. The input and recurrent
        # weights are stacked: one matmul of [x_t, h] per layer and time step.
        order = np.r_[0 : 2 * HIDDEN, 3 * HIDDEN : 4 * HIDDEN, 2 * HIDDEN : 3 * HIDDEN]
        for i in range(LAYERS):
            w_ih, w_hh = w[f"lstm.weight_ih_l{i}"], w[f"lstm.weight_hh_l{i}"]
            bias = (w[f"lstm.bias_ih_l{i}"] + w[f"lstm.bias_hh_l{i}"])[order]
            stacked = np.concatenate([w_ih, w_hh], axis=1)[order].T
            self.layers.append((np.ascontiguousarray(stacked), bias.astype(np.float32)))
        self.linear_w = np.ascontiguousarray(w["linear.weight"].T)
        self.linear_b = w["linear.bias"]

    def embed_mels(self, mels: np.ndarray) -> np.ndarray:
        """(batch, frames, 40) mel windows -> (batch, 256) embeddings.

        All layers advance together, one time step at a time, so memory is a few (batch, 1024)
        arrays whatever the batch; a batch of a few hundred windows keeps the matmuls large
        enough for BLAS to run near its peak (the Python loop's cost is then negligible).
        """
        x = np.asarray(mels, dtype=np.float32)
        batch, steps, n_in = x.shape
        ins = [n_in] + [HIDDEN] * (LAYERS - 1)
        # Each layer's [input, h] row buffer: h is written in place into its second part.
        xh = [np.zeros((batch, k + HIDDEN), dtype=np.float32) for k in ins]
        c = [np.zeros((batch, HIDDEN), dtype=np.float32) for _ in ins]
        g = np.empty((batch, 4 * HIDDEN), dtype=np.float32)
        tmp = np.empty((batch, HIDDEN), dtype=np.float32)
        three = 3 * HIDDEN
        for t in range(steps):
            xh[0][:, :n_in] = x[:, t]
            for layer, (w, bias) in enumerate(self.layers):
                np.matmul(xh[layer], w, out=g)
                g += bias
                sig = g[:, :three]
                # sigmoid(z) = (tanh(z/2) + 1) / 2: no overflow, in place.
                sig *= 0.5
                np.tanh(sig, out=sig)
                sig += 1.0
                sig *= 0.5
                cell = g[:, three:]
                np.tanh(cell, out=cell)
                cs = c[layer]
                cs *= g[:, HIDDEN : 2 * HIDDEN]  # forget
                np.multiply(g[:, :HIDDEN], cell, out=tmp)  # input * candidate
                cs += tmp
                np.tanh(cs, out=tmp)
                h = xh[layer + 1][:, :HIDDEN] if layer + 1 < LAYERS else xh[layer][:, ins[layer] :]
                np.multiply(g[:, 2 * HIDDEN : three], tmp, out=h)
                if layer + 1 < LAYERS:
                    # This layer's h is also its own recurrent input at the next step.
                    xh[layer][:, ins[layer] :] = h
        h = xh[-1][:, ins[-1] :]
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
