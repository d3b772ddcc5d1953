"""Hostile input over every command (tests/fuzz_cli.py): each case ends with an exit code and
a message, never a traceback, never a hang."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(os.name != "posix", reason="the corpus uses POSIX devices and alarms")
def test_no_traceback_and_no_hang_over_the_corpus(tmp_path):
    env = {**os.environ, "MEETING_ASSISTANT_FILE_DEVICE_SPEED": "50", "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "fuzz_cli.py"), str(tmp_path)],
        capture_output=True, text=True, errors="replace", timeout=1800, env=env, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    results = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert len(results) > 250
    bad = [
        r for r in results
        if r["hung"] or r["escaped"] or r["traceback"] or r["code"] not in (0, 1, 2)
    ]  # fmt: skip
    summary = "\n".join(
        f"{' '.join(r['argv'])[:100]} -> code {r['code']} hung={r['hung']}\n"
        f"    {(r['escaped'] or r['stderr'])[-300:]}"
        for r in bad[:30]
    )
    assert not bad, f"{len(bad)} of {len(results)} cases failed:\n{summary}"
    # A refusal reads as one message line (argparse's usage lines aside).
    for r in results:
        if r["code"] == 1:
            assert r["head"].startswith(("Lỗi:", "Error:")), r
