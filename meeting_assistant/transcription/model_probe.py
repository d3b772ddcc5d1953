"""What a model is worth on this computer: a test decode of one second (it loads and runs), the
languages it knows, and a measured speed on 30 seconds of real speech, kept beside the model.

Speed is seconds of audio per second of computing (2.0: a one-hour meeting in half an hour) with
the settings transcription uses (int8 on the CPU, beam 5), measured, never guessed from size.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import numpy as np

from ..errors import ModelError
from ..paths import resource
from .engine import Options, TranscribedSegment, transcribe_file
from .model_registry import ModelInfo

PROBE_FILE = ".probe.json"  # in the model's folder: the last speed measurement
PROBE_SECONDS = 30.0


def _languages_of(path: Path) -> list[str]:
    """The languages a Whisper model can be told to transcribe, from its own token list."""
    from faster_whisper.tokenizer import _LANGUAGE_CODES

    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        tokenizer = json.loads((path / "tokenizer.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    ids = set(config.get("lang_ids") or [])
    if not ids:  # an English-only model (*.en) has no language tokens
        return ["en"]
    found = []
    for token in tokenizer.get("added_tokens", []):
        code = token.get("content", "")[2:-2]
        if token.get("id") in ids and code in _LANGUAGE_CODES:
            found.append(code)
    return found


def languages(info: ModelInfo) -> list[str]:
    return _languages_of(Path(info.path))


def _load(path: Path, name: str):
    from . import load_model  # the package's loader: int8, CPU, never from a hub

    return load_model(ModelInfo(name, str(path), False, True, 0.0), cpu_threads=0)


def test_decode(path: Path, name: str = "") -> None:
    """Load the model and decode one second of audio: a folder that passes this transcribes."""
    whisper = _load(Path(path), name or Path(path).name)
    langs = _languages_of(Path(path))
    try:
        segments, _info = whisper.transcribe(
            np.zeros(16000, dtype=np.float32),
            language="vi" if "vi" in langs else (langs[0] if langs else None),
            beam_size=1,
            vad_filter=False,
        )
        list(segments)
    except (RuntimeError, ValueError, IndexError, KeyError) as exc:
        raise ModelError(
            "Mô hình {name} nạp được nhưng không giải mã được một giây âm thanh thử: {reason}",
            "The model {name} loads but cannot decode a one-second test: {reason}",
            name=name or Path(path).name,
            reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
        ) from exc


def default_probe_audio() -> Path:
    """Real speech that ships with the app: the demo meeting's recording (87 s of Vietnamese)."""
    return resource("demo", "demo_meeting.ogg")


def measure_speed(info: ModelInfo, audio: Path | None = None, language: str = "vi") -> dict:
    """Transcribe the first 30 s of `audio` as a meeting is transcribed; store and return
    {"speed": audio seconds per second, "seconds": ..., "elapsed": ..., "measured": ...}."""
    from ..audio.decode import probe

    audio = Path(audio or default_probe_audio())
    seconds = min(PROBE_SECONDS, probe(audio).duration)
    whisper = _load(Path(info.path), info.name)
    began = time.perf_counter()
    for item in transcribe_file(
        whisper, str(audio), seconds, options=Options(language=language), until=seconds
    ):
        if isinstance(item, TranscribedSegment):
            pass  # the text is not kept: only the time it took
    elapsed = time.perf_counter() - began
    result = {
        "speed": round(seconds / elapsed, 2) if elapsed > 0 else 0.0,
        "seconds": round(seconds, 1),
        "elapsed": round(elapsed, 2),
        "measured": dt.datetime.now().isoformat(timespec="seconds"),
    }
    try:
        (Path(info.path) / PROBE_FILE).write_text(json.dumps(result), encoding="utf-8")
    except OSError:
        pass  # a read-only model folder: the figure is still shown, only not remembered
    return result


def last_speed(info: ModelInfo) -> dict | None:
    try:
        data = json.loads((Path(info.path) / PROBE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and "speed" in data else None
