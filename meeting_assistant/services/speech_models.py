"""The clerk's speech models: the embedded base (always there) and the folders the clerk adds,
each with its size, languages and measured speed on this computer; one is the default.

The default is a setting of the database (Settings.default_model); a meeting may still be
transcribed with another model chosen for it (`transcribe --model`, the meeting's picker).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import ModelError
from ..settings import Settings
from ..store import Store
from ..transcription import EMBEDDED_NAME, ModelInfo, list_models, resolve_model
from ..transcription.model_probe import languages, last_speed, measure_speed, test_decode
from ..transcription.model_registry import add_model, remove_model


@dataclass
class SpeechModel:
    name: str
    path: str
    embedded: bool
    ready: bool
    size_mb: float
    languages: list[str]
    speed: float | None  # seconds of audio per second on this computer (None: not measured)
    default: bool

    def to_dict(self) -> dict:
        return asdict(self)


class SpeechModelService:
    def __init__(self, store: Store) -> None:
        self.settings = Settings(store)

    def list(self) -> list[SpeechModel]:
        default = self.default()
        found = []
        for info in list_models():
            speed = last_speed(info) if info.ready else None
            found.append(
                SpeechModel(
                    info.name,
                    info.path,
                    info.embedded,
                    info.ready,
                    info.size_mb,
                    languages(info) if info.ready else [],
                    speed["speed"] if speed else None,
                    info.name == default,
                )  # fmt: skip
            )
        return found

    def default(self) -> str:
        return self.settings.default_model

    def set_default(self, name: str) -> ModelInfo:
        info = resolve_model(name)  # the message a clerk can act on when there is no such model
        if info.name not in {m.name for m in list_models()}:  # a folder elsewhere, not added
            raise ModelError(
                "Chỉ chọn được mô hình đã thêm làm mặc định; hãy thêm {path} trước"
                " (meeting-assistant models add).",
                "Only an added model can be the default; add {path} first"
                " (meeting-assistant models add).",
                path=info.path,
            )
        self.settings.set_default_model(info.name)
        return info

    def add(self, path: str | Path, name: str | None = None) -> ModelInfo:
        """Copy a CTranslate2 Whisper folder in, after checking it decodes one second."""
        return add_model(path, name, check=lambda folder: test_decode(folder, name or ""))

    def remove(self, name: str) -> None:
        remove_model(name)
        if self.default() == name:
            self.settings.set_default_model(EMBEDDED_NAME)

    def measure(self, name: str, audio: str | Path | None = None) -> dict:
        """Time the model on 30 s of real speech (the demo recording unless `audio` is given)."""
        return measure_speed(resolve_model(name), Path(audio) if audio else None)
