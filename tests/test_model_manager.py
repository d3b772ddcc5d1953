"""The model manager: a second CTranslate2 model (the embedded base copied under another name, as
no second model can be downloaded) is added after a test decode, listed with its size, languages
and measured speed, made the default and used when a meeting names none, and removed; the
embedded base is always there and cannot be removed; a folder that is no model is refused with a
message and leaves the models folder as it was."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from meeting_assistant.errors import ModelError
from meeting_assistant.paths import models_dir
from meeting_assistant.transcription import list_models, resolve_model

from .cli_helpers import cli

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "audio" / "dev"


@pytest.fixture
def copied_base(tmp_path):
    """A second model folder, made from the embedded base, outside the models folder."""
    base = Path(resolve_model("base").path)
    folder = tmp_path / "PhoWhisper copy"
    shutil.copytree(base, folder, ignore=shutil.ignore_patterns(".*"))
    yield folder
    for info in list_models():
        if not info.embedded:
            shutil.rmtree(info.path, ignore_errors=True)


def names() -> list[str]:
    return [m.name for m in list_models()]


@pytest.mark.model
def test_add_list_default_and_remove_a_second_model(services, copied_base, tmp_path):
    before = sorted(p.name for p in models_dir().iterdir())
    info = services.speech_models.add(copied_base, "pho-test")
    assert info.name == "pho-test" and Path(info.path).parent == models_dir()
    assert (Path(info.path) / "model.bin").stat().st_size == (
        copied_base / "model.bin"
    ).stat().st_size
    assert sorted(p.name for p in models_dir().iterdir()) == sorted(before + ["pho-test"])

    listed = {m.name: m for m in services.speech_models.list()}
    assert listed["base"].embedded and listed["base"].default and not listed["pho-test"].default
    assert "vi" in listed["pho-test"].languages and "en" in listed["pho-test"].languages
    assert listed["pho-test"].size_mb > 100

    services.speech_models.set_default("pho-test")
    assert services.settings.default_model == "pho-test"
    assert [m.name for m in services.speech_models.list() if m.default] == ["pho-test"]

    with pytest.raises(ModelError, match="đi kèm|embedded"):
        services.speech_models.remove("base")
    services.speech_models.remove("pho-test")
    assert "pho-test" not in names() and "base" in names()
    assert services.settings.default_model == "base"  # the default falls back to the base
    assert sorted(p.name for p in models_dir().iterdir()) == sorted(before)


@pytest.mark.model
def test_speed_probe_on_thirty_seconds_of_real_speech(services, copied_base):
    services.speech_models.add(copied_base, "pho-test")
    result = services.speech_models.measure("pho-test")
    assert result["seconds"] == 30.0 and result["speed"] > 0
    stored = json.loads((models_dir() / "pho-test" / ".probe.json").read_text(encoding="utf-8"))
    assert stored["speed"] == result["speed"]
    assert {m.name: m.speed for m in services.speech_models.list()}["pho-test"] == result["speed"]


def test_a_folder_that_is_no_model_is_refused_and_nothing_is_left(services, tmp_path):
    before = sorted(p.name for p in models_dir().iterdir()) if models_dir().is_dir() else []
    empty = tmp_path / "not-a-model"
    empty.mkdir()
    (empty / "model.bin").write_bytes(b"\0" * 10)
    with pytest.raises(ModelError, match="config.json"):
        services.speech_models.add(empty)
    (empty / "config.json").write_text("{}", encoding="utf-8")
    (empty / "tokenizer.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ModelError, match="Whisper"):
        services.speech_models.add(empty)
    after = sorted(p.name for p in models_dir().iterdir()) if models_dir().is_dir() else []
    assert after == before


@pytest.mark.model
def test_a_model_that_does_not_decode_is_not_added(services, copied_base):
    (copied_base / "model.bin").write_bytes(b"broken weights")
    with pytest.raises(ModelError):
        services.speech_models.add(copied_base, "broken")
    assert "broken" not in names()
    assert not [p for p in models_dir().iterdir() if p.name.startswith(".adding")]


@pytest.mark.model
def test_models_commands(tmp_path, copied_base):
    done = cli(tmp_path, "models", "add", str(copied_base), "--name", "Pho Test")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "pho-test"
    done = cli(tmp_path, "models", "add", str(copied_base), "--name", "pho-test")
    assert done.returncode != 0 and "pho-test" in done.stderr
    assert cli(tmp_path, "models", "default", "pho-test").returncode == 0
    clip = DEV / "clips" / "vi_vivos_VIVOSSPK01_R003.wav"
    if clip.is_file():  # a meeting that names no model is transcribed with the default
        meeting = cli(tmp_path, "new", "--title", "Họp").stdout.strip()
        assert cli(tmp_path, "import", str(clip), "--meeting", meeting).returncode == 0
        assert cli(tmp_path, "transcribe", meeting).returncode == 0
        assert (
            '"transcription_model": "pho-test"' in cli(tmp_path, "show", meeting, "--json").stdout
        )
    done = cli(tmp_path, "models", "default", "nothing-like-it")
    assert done.returncode != 0 and "nothing-like-it" in done.stderr
    done = cli(tmp_path, "models", "default", str(copied_base))  # a folder not added
    assert done.returncode != 0 and "models add" in done.stderr
    assert cli(tmp_path, "models", "remove", "base").returncode != 0
    assert cli(tmp_path, "models", "remove", "pho-test").returncode == 0
    assert "pho-test" not in cli(tmp_path, "models").stdout
