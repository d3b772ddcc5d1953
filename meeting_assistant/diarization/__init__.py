"""Offline speaker diarization: VAD regions, GE2E embeddings in numpy, clustering, turns.

Qt-free and store-free: services/speakers.py keeps the results in the database.
"""

from .cluster import cluster
from .encoder import VoiceEncoder
from .turns import Piece, Turn, split_segment, turns_from_windows
from .windows import Chunk, embed_file

__all__ = [
    "Chunk",
    "Piece",
    "Turn",
    "VoiceEncoder",
    "cluster",
    "embed_file",
    "split_segment",
    "turns_from_windows",
]
