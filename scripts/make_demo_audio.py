"""Regenerate the demo meeting's audio with espeak-ng (Debian package), for developers only.

Speaks each segment of resources/demo/demo_meeting.json with espeak-ng's Vietnamese voice, joins
them with short pauses into resources/demo/demo_meeting.ogg (Opus, speech quality), and writes
each segment's start and end time back into the JSON, so the demo transcript is in sync with its
audio. The result is our own synthetic speech: free to ship.

    python scripts/make_demo_audio.py
"""

from __future__ import annotations

import json
import subprocess
import tempfile
import wave
from pathlib import Path

import av
import numpy as np

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo"
RATE = 16000
PAUSE_S = 0.8


def speak(text: str, folder: Path) -> np.ndarray:
    out = folder / "s.wav"
    subprocess.run(["espeak-ng", "-v", "vi", "-s", "150", "-w", str(out), text], check=True)
    with wave.open(str(out)) as w:
        data = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
        rate = w.getframerate()
    # espeak speaks at 22.05 kHz: resample linearly to 16 kHz (fine for a demo voice).
    positions = np.arange(0, len(data), rate / RATE)
    return np.interp(positions, np.arange(len(data)), data).astype(np.int16)


def encode_opus(samples: np.ndarray, path: Path) -> None:
    with av.open(str(path), "w", format="ogg") as container:
        stream = container.add_stream("libopus", rate=48000, layout="mono")
        stream.bit_rate = 24000
        resampler = av.AudioResampler(format="s16", layout="mono", rate=48000)
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = RATE
        for resampled in resampler.resample(frame) + resampler.resample(None):
            for packet in stream.encode(resampled):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)


def main() -> None:
    spec_path = DEMO / "demo_meeting.json"
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    pause = np.zeros(int(PAUSE_S * RATE), dtype=np.int16)
    pieces, at = [pause], PAUSE_S
    with tempfile.TemporaryDirectory() as tmp:
        for segment in spec["segments"]:
            voice = speak(segment["text"], Path(tmp))
            segment["start"] = round(at, 2)
            segment["end"] = round(at + len(voice) / RATE, 2)
            pieces += [voice, pause]
            at = segment["end"] + PAUSE_S
    encode_opus(np.concatenate(pieces), DEMO / "demo_meeting.ogg")
    spec_path.write_text(json.dumps(spec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{at:.1f} s of speech written to {DEMO / 'demo_meeting.ogg'}")


if __name__ == "__main__":
    main()
