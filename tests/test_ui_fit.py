"""The window on the office laptop: at 1366×768 and 1280×720 every page and the large dialogs are
on screen with their buttons in view, and the meeting toolbar has no "»" overflow."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("fit_probe.py")


@pytest.mark.parametrize("size", ["1366x768", "1280x720"])
def test_pages_and_dialogs_fit_a_laptop_screen(size, tmp_path):
    run = subprocess.run(
        [sys.executable, str(PROBE), size, str(tmp_path)],
        capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report == {
        "window": True,
        "toolbar overflows": False,
        "register buttons": True,
        "meeting dialog": True,
        "preview": True,
    }
    assert (tmp_path / "preview.png").stat().st_size > 0
