"""The package as a user installs it: a wheel built from this checkout, installed (not editable)
into a fresh virtual environment, makes a notice PDF, a minutes DOCX and the English window from
its own resources (fonts, layouts, translations shipped as meeting_assistant/resources).

The wheel is built without build isolation (setuptools and wheel are test dependencies) and
installed with --no-deps into a venv that borrows this test venv's packages through a .pth
line: nothing is downloaded, and the source checkout is not on the installed app's path.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import textwrap
import venv
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from meeting_assistant.documents.organisation import save_organisation
from meeting_assistant.store import Store

from .document_fixtures import ORGANISATIONS, make_meeting

ROOT = Path(__file__).resolve().parent.parent


def run(*args, **kw) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, **kw)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The python of a fresh venv holding the wheel built from this checkout."""
    tmp = tmp_path_factory.mktemp("wheel")
    dist = tmp / "dist"
    run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
        "-w", dist, ROOT)  # fmt: skip
    (wheel,) = dist.glob("meeting_assistant-*.whl")
    env_dir = tmp / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])")
                .stdout.strip())  # fmt: skip
    # The dependencies (PySide6, reportlab, python-docx ...) from this test venv, after the
    # fresh venv's own site-packages, so its installed meeting_assistant comes first.
    (site / "zz_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps",
        "--no-compile", wheel)  # fmt: skip
    return python


def outside(python: Path, code: str, cwd: Path, **env) -> str:
    """Run `code` with the installed package, from a folder outside the checkout."""
    full = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    full.pop("PYTHONPATH", None)
    return run(python, "-c", textwrap.dedent(code), cwd=cwd, env=full).stdout


def test_the_wheel_carries_its_resources_and_makes_documents(installed, tmp_path):
    where = outside(installed, """
        import meeting_assistant, meeting_assistant.paths as p
        print(meeting_assistant.__file__); print(p.resources_dir())
    """, tmp_path).split()  # fmt: skip
    assert all(str(ROOT) not in w for w in where), where  # the installed copy, not the checkout
    assert Path(where[1]).name == "resources" and Path(where[1]).parent.name == "meeting_assistant"

    with Store(tmp_path / "m.db") as store:
        save_organisation(store, ORGANISATIONS["state"])
        meeting = make_meeting(store)
    script = Path(installed).parent / (
        "meeting-assistant.exe" if os.name == "nt" else "meeting-assistant"
    )
    for kind, name in (("notice", "tb.pdf"), ("minutes", "bb.docx")):
        run(script, "--db", tmp_path / "m.db", "export", meeting, "--kind", kind,
            "--out", tmp_path / name, cwd=tmp_path)  # fmt: skip
    text = "\n".join(page.extract_text() for page in PdfReader(str(tmp_path / "tb.pdf")).pages)
    assert "Số: 12/TB-SNV" in text and "THÔNG BÁO" in text
    paragraphs = "\n".join(p.text for p in docx.Document(tmp_path / "bb.docx").paragraphs)
    assert "BIÊN BẢN" in paragraphs


def test_the_installed_window_speaks_english(installed, tmp_path):
    shown = outside(installed, """
        from PySide6.QtWidgets import QApplication
        from ui.i18n import install_language
        app = QApplication([])
        print(install_language(app, "en"), QApplication.translate("MainWindow", "&Tệp"))
    """, tmp_path)  # fmt: skip
    assert shown.split() == ["True", "&File"]
