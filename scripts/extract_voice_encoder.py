"""Extract Resemblyzer's GE2E voice encoder from its public PyPI wheel into a numpy .npz.

The wheel (Apache-2.0) ships `resemblyzer/pretrained.pt`, a checkpoint in PyTorch's legacy
(non-zip) format. It is read here with a restricted unpickler - no torch, and any class other
than the few a tensor checkpoint needs is refused - and its tensors are written to
`resources/voice_encoder/ge2e.npz` with the wheel's LICENSE beside it.

    python scripts/extract_voice_encoder.py            # pip downloads the wheel (no deps)
    python scripts/extract_voice_encoder.py --wheel Resemblyzer-0.1.4-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import hashlib
import io
import pickle
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "voice_encoder"
VERSION = "0.1.4"
WHEEL = f"Resemblyzer-{VERSION}-py3-none-any.whl"
# SHA-256 of resemblyzer/pretrained.pt in the 0.1.4 wheel: a different file is refused.
CHECKPOINT_SHA256 = "39373b86598fa3da9fcddee6142382efe09777e8d37dc9c0561f41f0070f134e"

_DTYPES = {"FloatStorage": np.float32, "DoubleStorage": np.float64, "LongStorage": np.int64}


class _Storage:
    def __init__(self, dtype, key: str, numel: int):
        self.dtype, self.key, self.numel = dtype, key, numel
        self.data: np.ndarray | None = None


class _StorageType:
    def __init__(self, name: str):
        self.dtype = _DTYPES[name]


class _TensorRef:
    def __init__(self, storage: _Storage, offset: int, size: tuple, stride: tuple):
        self.storage, self.offset, self.size, self.stride = storage, offset, size, stride

    def array(self) -> np.ndarray:
        base = self.storage.data
        item = base.itemsize
        view = np.lib.stride_tricks.as_strided(
            base[self.offset :],
            shape=self.size,
            strides=tuple(s * item for s in self.stride),
        )
        return np.array(view)


def _rebuild_tensor_v2(storage, offset, size, stride, *_ignored):
    return _TensorRef(storage, offset, tuple(size), tuple(stride))


class _Unpickler(pickle.Unpickler):
    """Only what a legacy tensor checkpoint holds; anything else is refused."""

    def __init__(self, file, storages: dict):
        super().__init__(file)
        self.storages = storages

    def find_class(self, module, name):
        if (module, name) == ("collections", "OrderedDict"):
            import collections

            return collections.OrderedDict
        if (module, name) == ("torch._utils", "_rebuild_tensor_v2"):
            return _rebuild_tensor_v2
        if module == "torch" and name in _DTYPES:
            return _StorageType(name)
        raise pickle.UnpicklingError(f"refused class {module}.{name} in the checkpoint")

    def persistent_load(self, pid):
        if pid[0] != "storage":
            raise pickle.UnpicklingError(f"refused persistent id {pid[0]!r}")
        storage_type, key, _location, numel, view = pid[1:6]
        if view is not None:
            raise pickle.UnpicklingError("storage views are not supported")
        if key not in self.storages:
            self.storages[key] = _Storage(storage_type.dtype, key, numel)
        return self.storages[key]


def _safe_load(f):
    class _Plain(pickle.Unpickler):
        def find_class(self, module, name):
            raise pickle.UnpicklingError(f"refused class {module}.{name}")

    return _Plain(f).load()


def read_legacy_checkpoint(raw: bytes) -> dict[str, np.ndarray]:
    """The tensors of a legacy-format torch checkpoint's `model_state`, as numpy arrays."""
    f = io.BytesIO(raw)
    _safe_load(f)  # magic number
    _safe_load(f)  # protocol version
    _safe_load(f)  # system info
    storages: dict[str, _Storage] = {}
    result = _Unpickler(f, storages).load()
    keys = _safe_load(f)
    for key in keys:
        storage = storages[key]
        (numel,) = struct.unpack("<q", f.read(8))
        itemsize = np.dtype(storage.dtype).itemsize
        storage.data = np.frombuffer(f.read(numel * itemsize), dtype=storage.dtype)
    state = result["model_state"]
    return {name: ref.array() for name, ref in state.items()}


def _download(dest: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(dest)]
        + [f"resemblyzer=={VERSION}"],
        check=True,
    )
    return dest / WHEEL


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a Resemblyzer wheel already downloaded")
    parser.add_argument("--out", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or _download(Path(tmp))
        with zipfile.ZipFile(wheel) as zf:
            raw = zf.read("resemblyzer/pretrained.pt")
            licence = zf.read(f"Resemblyzer-{VERSION}.dist-info/LICENSE")
    digest = hashlib.sha256(raw).hexdigest()
    if CHECKPOINT_SHA256 and digest != CHECKPOINT_SHA256:
        print(f"unexpected checkpoint {digest}", file=sys.stderr)
        return 1
    tensors = read_legacy_checkpoint(raw)
    args.out.mkdir(parents=True, exist_ok=True)
    arrays = {k.replace(".", "__"): v for k, v in tensors.items()}
    np.savez_compressed(args.out / "ge2e.npz", **arrays)
    (args.out / "LICENSE").write_bytes(licence)
    (args.out / "SOURCE.txt").write_text(
        f"Resemblyzer {VERSION} (PyPI wheel {WHEEL}), resemblyzer/pretrained.pt\n"
        f"sha256 {digest}\nExtracted by scripts/extract_voice_encoder.py; Apache-2.0 (LICENSE).\n",
        encoding="utf-8",
    )
    for name, value in tensors.items():
        print(f"{name}: {value.shape} {value.dtype}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
