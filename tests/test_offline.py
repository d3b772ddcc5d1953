"""Loading the embedded model and transcribing work with every network connection refused."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from .cli_helpers import command
from .speech_fixtures import clip_path, clips, normalise

pytestmark = pytest.mark.model

BLOCK_NETWORK = textwrap.dedent(
    """
    import socket

    def refuse(*args, **kwargs):
        raise OSError("network use attempted: " + repr(args[:2]))

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    """
)


def test_transcription_never_touches_the_network(tmp_path):
    row = next(r for r in clips("vi") if r["file"].endswith("R029.wav"))
    (tmp_path / "sitecustomize.py").write_text(BLOCK_NETWORK)
    env = dict(os.environ)
    # No hub settings at all: the model must load from its folder, not by hub lookup.
    for key in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HOME"):
        env.pop(key, None)
    env["PYTHONPATH"] = str(tmp_path) + os.pathsep + env.get("PYTHONPATH", "")
    env["MEETING_ASSISTANT_DATA"] = str(tmp_path / "data")  # the model is joined afresh too
    cli = command(tmp_path / "m.db")  # a fresh interpreter: the block is in place from the start
    probe = subprocess.run(
        [sys.executable, "-c", "import socket; socket.create_connection(('127.0.0.1', 9))"],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert "network use attempted" in probe.stderr  # the block is really in place
    steps = [
        ["import", str(clip_path(row))],
        ["transcribe", "1"],
        ["transcript", "1"],
    ]
    outputs = []
    for step in steps:
        done = subprocess.run(cli + step, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert normalise(outputs[-1].split("]", 1)[1]) == row["transcript"]
