"""The core must run without Qt: importing every core module never imports PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import meeting_assistant


def test_importing_every_core_module_does_not_import_pyside6():
    names = [
        m.name for m in pkgutil.walk_packages(meeting_assistant.__path__, "meeting_assistant.")
    ]
    assert "meeting_assistant.cli" in names and "meeting_assistant.store.search" in names
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = ('PySide6', 'ui', 'shiboken6')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in qt)\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
