"""Audio input: decoding any recording to 16 kHz mono for Whisper (and, later, recording)."""

from .decode import SAMPLE_RATE, AudioInfo, iter_pcm, probe, read_pcm

__all__ = ["SAMPLE_RATE", "AudioInfo", "iter_pcm", "probe", "read_pcm"]
