"""The set-up a newcomer follows: the README's apt-get line is what CI installs, and a machine
without a display gets one clear line instead of Qt's abort."""

from __future__ import annotations

import re
from pathlib import Path

from ui import launcher

ROOT = Path(__file__).resolve().parent.parent


def readme_apt_packages() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    (line,) = re.findall(r"sudo apt-get install -y --no-install-recommends (.+)", text)
    return line.split()


def ci_packages() -> list[str]:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    block = script[script.index("packages=(") : script.index("\n    )")]
    words = [w for line in block.splitlines()[1:] for w in line.split("#")[0].split()]
    return words + ["python3-venv"]  # added by .ci/run only where ensurepip is missing


def test_readme_installs_what_ci_installs():
    assert sorted(readme_apt_packages()) == sorted(ci_packages())
    assert {"libxcb-cursor0", "libpulse0", "libportaudio2"} <= set(readme_apt_packages())


def test_no_display_gives_one_line_and_no_qt(monkeypatch, capsys):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(launcher.sys, "platform", "linux")
    assert launcher.main([]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "meeting-assistant --help" in err
    assert "xcb" not in err
