"""Local speech recognition: the model registry and the bounded-memory Whisper engine."""

from .engine import Options, Progress, TranscribedSegment, transcribe_file
from .model_registry import EMBEDDED_NAME, ModelInfo, list_models, resolve_model

__all__ = [
    "EMBEDDED_NAME",
    "ModelInfo",
    "Options",
    "Progress",
    "TranscribedSegment",
    "list_models",
    "load_model",
    "resolve_model",
    "transcribe_file",
]


def load_model(info: ModelInfo, cpu_threads: int = 0):
    """Load a CTranslate2 Whisper model from its folder, int8 on the CPU, never from a hub.

    `cpu_threads` in all (0: the machine's cores, up to 4). With two or more, the model gets two
    workers sharing the threads: the pipeline decodes two runs of a window's speech at once,
    which on two cores is about twice as fast as one decoding on both (the weights are shared,
    each worker adds its own buffers: about 100 MB)."""
    import os

    from faster_whisper import WhisperModel  # imported late: it is slow to import

    from ..errors import ModelError

    threads = cpu_threads or min(4, os.cpu_count() or 1)
    workers = 2 if threads >= 2 else 1
    if workers > 1:
        from .memory import fewer_arenas

        fewer_arenas()
    try:
        return WhisperModel(
            info.path,
            device="cpu",
            compute_type="int8",
            cpu_threads=threads // workers,
            num_workers=workers,
            local_files_only=True,
        )
    except (RuntimeError, ValueError, OSError) as exc:
        raise ModelError(
            "Không nạp được mô hình {name} ({path}): {reason}",
            "Could not load the model {name} ({path}): {reason}",
            name=info.name,
            path=info.path,
            reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
        ) from exc

