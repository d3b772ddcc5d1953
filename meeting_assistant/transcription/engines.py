"""The recognisers behind one interface, so the service layer never knows which one runs.

Each engine object has `engine` (its kind), `name` (its model), `languages`, and
`transcribe(path, duration, start, options, prompt, cancel, until, final, names)` yielding
committed `TranscribedSegment`s (absolute times, words, `resume_at`) and `Progress`; it stops
between segments once `cancel` is set, and `final=False` leaves an unfinished tail for a later
pass (live transcription during a recording).
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from . import viet_asr
from .engine import transcribe_file
from .model_registry import ModelInfo, list_models, resolve_model

WHISPER = "whisper"
VIET_ASR = viet_asr.ENGINE
ENGINES = (WHISPER, VIET_ASR)


class WhisperEngine:
    engine = WHISPER

    def __init__(self, info: ModelInfo, cpu_threads: int = 0) -> None:
        from . import load_model

        self.info = info
        self.name = info.name
        self.model = load_model(info, cpu_threads=cpu_threads)
        self.languages = tuple(self.model.supported_languages)

    def transcribe(self, path, duration, start=0.0, options=None, prompt="", cancel=None,
                   until=None, final=True, names: Iterable[str] = ()):  # fmt: skip
        # Whisper writes names, numbers and sentences itself: `names` is not needed.
        return transcribe_file(self.model, path, duration, start=start, options=options,
                               prompt=prompt, cancel=cancel, until=until, final=final)  # fmt: skip


# Names the default engine for every language (an office that wants Whisper everywhere; tests).
ENGINE_ENV = "MEETING_ASSISTANT_ENGINE"


def default_engine(language: str | None) -> str:
    """For Vietnamese, viet-asr where installed: its WER on the dev clips is less than half of
    Whisper base's (README, benchmarks/engines.py). Whisper for every other language."""
    chosen = os.environ.get(ENGINE_ENV, "").strip()
    if chosen in ENGINES and (chosen != VIET_ASR or viet_asr.available()):
        return chosen if chosen == WHISPER or (language or "vi") == "vi" else WHISPER
    return VIET_ASR if (language or "vi") == "vi" and viet_asr.available() else WHISPER


def check_engine(engine: str | None) -> str:
    from ..errors import UserError

    if engine is not None and engine not in ENGINES:
        raise UserError(
            'Không có bộ nhận dạng "{engine}". Chọn một trong: {known}.',
            'No recogniser called "{engine}". Choose one of: {known}.',
            engine=engine,
            known=", ".join(ENGINES),
        )
    if engine == VIET_ASR and not viet_asr.available():
        raise UserError(
            "Bộ nhận dạng viet-asr chưa được cài (pip install 'meeting-assistant[vi]').",
            "The viet-asr recogniser is not installed (pip install 'meeting-assistant[vi]').",
        )
    return engine or WHISPER


def open_engine(engine: str, model: str | None = None, cpu_threads: int = 0):
    """Load a recogniser (slow: seconds). `model` names a Whisper model; viet-asr has one."""
    check_engine(engine)
    if engine == VIET_ASR:
        return viet_asr.VietAsrEngine(cpu_threads=cpu_threads)
    return WhisperEngine(resolve_model(model), cpu_threads=cpu_threads)


def all_models() -> list[ModelInfo]:
    """Every engine's models: the Whisper models, then viet-asr's (ready when installed)."""
    found = list_models()
    folder = viet_asr.native_folder()
    size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6 if folder else 0.0
    found.append(
        ModelInfo(
            viet_asr.MODEL_NAME,
            str(folder or ""),
            True,
            folder is not None,
            round(size, 1),
            engine=VIET_ASR,
        )
    )
    return found
