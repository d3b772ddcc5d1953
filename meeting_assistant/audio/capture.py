"""Where recorded sound comes from: a microphone (PortAudio via sounddevice) or, for tests,
demonstrations and benchmarks, an audio file played at real-time pace (`file:PATH`).

sounddevice is imported only when a device is listed or opened: without PortAudio the rest of
the app works, and `list_devices()` simply finds nothing.
"""

from __future__ import annotations

import os
import queue
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from ..errors import AudioError, UserError
from ..text import fold, nfc
from .decode import SAMPLE_RATE, iter_pcm

FILE_PREFIX = "file:"
SPEED_ENV = "MEETING_ASSISTANT_FILE_DEVICE_SPEED"


@dataclass
class InputDevice:
    name: str
    index: int | None
    channels: int
    default: bool

    def to_dict(self) -> dict:
        return asdict(self)


def _sounddevice():
    """The sounddevice module, or None when it or the PortAudio library is missing."""
    try:
        import sounddevice
    except (ImportError, OSError):
        return None
    return sounddevice


def list_devices() -> list[InputDevice]:
    """The sound inputs of this computer; [] when there is none or PortAudio is missing."""
    sd = _sounddevice()
    if sd is None:
        return []
    try:
        devices = sd.query_devices()
        try:
            default_in = sd.default.device[0]
        except Exception:  # noqa: BLE001 - no default device is not an error here
            default_in = -1
    except Exception:  # noqa: BLE001 - PortAudio errors: treat as "no device"
        return []
    found = []
    for index, dev in enumerate(devices):
        if dev.get("max_input_channels", 0) > 0:
            found.append(
                InputDevice(
                    name=nfc(str(dev["name"])),
                    index=index,
                    channels=int(dev["max_input_channels"]),
                    default=index == default_in,
                )
            )
    return found


class Source:
    """A stream of float32 mono samples at 16 kHz. `read` blocks until `frames` are there."""

    sample_rate: int = SAMPLE_RATE
    name: str = ""

    def read(self, frames: int) -> np.ndarray:
        raise NotImplementedError

    def close(self) -> None:
        pass


class FileSource(Source):
    """An audio file played into the recorder as if it were a microphone, at real-time pace
    (times MEETING_ASSISTANT_FILE_DEVICE_SPEED). An empty array marks the end of the file."""

    def __init__(self, path: str | Path, speed: float | None = None) -> None:
        self.path = Path(path).expanduser()
        self.name = FILE_PREFIX + str(self.path)
        if speed is None:
            try:
                speed = float(os.environ.get(SPEED_ENV, "1"))
            except ValueError:
                speed = 1.0
        self.speed = speed if speed > 0 else 1.0
        self._chunks = iter_pcm(self.path, chunk_seconds=1.0)  # AudioError if missing or empty
        # Decode the first second now: a file that is no audio at all is refused here, before
        # a meeting or a recording is made for it, rather than once recording has begun.
        self._pending = next(self._chunks, np.zeros(0, dtype=np.float32))
        self._given = 0
        self._began: float | None = None

    def read(self, frames: int) -> np.ndarray:
        if self._began is None:
            self._began = time.monotonic()
        while len(self._pending) < frames:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            self._pending = np.concatenate([self._pending, chunk])
        out, self._pending = self._pending[:frames], self._pending[frames:]
        if len(out):
            self._given += len(out)
            due = self._began + self._given / SAMPLE_RATE / self.speed
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        return out

    def close(self) -> None:
        close = getattr(self._chunks, "close", None)
        if close is not None:
            close()


class DeviceSource(Source):
    """A PortAudio input. Its callback only queues the blocks: it never waits for anything."""

    def __init__(self, sd, device: InputDevice | None, sample_rate: int = SAMPLE_RATE) -> None:
        self.sample_rate = sample_rate
        self.name = device.name if device else ""
        self._queue: queue.Queue[np.ndarray] = queue.Queue()
        self._pending = np.zeros(0, dtype=np.float32)
        self.overflows = 0

        def callback(indata, _frames, _time, status) -> None:
            if status and status.input_overflow:
                self.overflows += 1
            self._queue.put(indata.mean(axis=1, dtype=np.float32) if indata.ndim > 1 else indata)

        try:
            self._stream = sd.InputStream(
                samplerate=sample_rate,
                device=device.index if device else None,
                channels=1,
                dtype="float32",
                blocksize=sample_rate // 10,
                callback=callback,
            )
            self._stream.start()
        except Exception as exc:  # noqa: BLE001 - PortAudio raises its own error types
            raise AudioError(
                "Không mở được thiết bị thu âm “{name}”: {reason}. Hãy kiểm tra micrô đã cắm"
                " và không bị chương trình khác chiếm giữ.",
                "Cannot open the sound input “{name}”: {reason}. Check that the microphone is"
                " plugged in and not held by another program.",
                name=self.name or "mặc định/default",
                reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
            ) from exc

    def read(self, frames: int) -> np.ndarray:
        while len(self._pending) < frames:
            try:
                block = self._queue.get(timeout=2.0)
            except queue.Empty:
                if not self._stream.active:
                    break  # the device went away: what was captured is kept
                continue
            self._pending = np.concatenate([self._pending, block.reshape(-1)])
        out, self._pending = self._pending[:frames], self._pending[frames:]
        return out

    def close(self) -> None:
        try:
            self._stream.stop()
            self._stream.close()
        except Exception:  # noqa: BLE001, S110 - closing a device that already went away
            pass


def _no_such_device(name: str, devices: list[InputDevice]) -> UserError:
    listed = "; ".join(d.name for d in devices) or "—"
    return UserError(
        "Không có thiết bị thu âm “{name}”. Các thiết bị hiện có: {listed}.",
        "There is no sound input “{name}”. Inputs available: {listed}.",
        name=name,
        listed=listed,
    )


def find_device(name: str, devices: list[InputDevice]) -> InputDevice:
    """A device by index or by part of its name (case and accents ignored)."""
    wanted = name.strip()
    if wanted.isdigit():
        for dev in devices:
            if dev.index == int(wanted):
                return dev
        raise _no_such_device(name, devices)
    key = fold(wanted)
    matches = [d for d in devices if key in fold(d.name)]
    exact = [d for d in matches if fold(d.name) == key]
    if exact or len(matches) >= 1:
        return (exact or matches)[0]
    raise _no_such_device(name, devices)


def open_source(device: str | None, sample_rate: int = SAMPLE_RATE) -> Source:
    """None: the default microphone; "file:PATH": that file at real-time pace; else a device
    name (part of it, case and accents ignored) or index. Unknown names raise a UserError that
    lists the inputs there are."""
    if device and device.startswith(FILE_PREFIX):
        return FileSource(device[len(FILE_PREFIX) :])
    sd = _sounddevice()
    devices = list_devices()
    if sd is None or not devices:
        raise UserError(
            "Máy này không có thiết bị thu âm (micrô) nào dùng được. Hãy cắm micrô rồi thử lại.",
            "This computer has no usable sound input (microphone). Plug one in and try again.",
        )
    chosen = None if device is None else find_device(device, devices)
    if chosen is None:
        chosen = next((d for d in devices if d.default), devices[0])
    return DeviceSource(sd, chosen, sample_rate)
