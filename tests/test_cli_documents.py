"""Documents from the command line: export, memo and report, with the exit codes and messages a
clerk relies on; a failed export leaves the target as it was."""

from __future__ import annotations

import csv
import datetime as dt

import docx
from pypdf import PdfReader

from meeting_assistant.documents.organisation import save_organisation
from meeting_assistant.store import Store

from .cli_helpers import cli
from .document_fixtures import ORGANISATIONS, make_meeting


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def make(tmp_path, layout="state"):
    with Store(tmp_path / "m.db") as store:
        save_organisation(store, ORGANISATIONS[layout])
        return make_meeting(store)


def test_export_every_kind_and_format(tmp_path):
    meeting = str(make(tmp_path))
    for kind, fmt, name in (
        ("notice", None, "tb.pdf"), ("notice", "docx", "tb.docx"), ("minutes", None, "bb.docx"),
        ("minutes", "pdf", "bb.pdf"), ("transcript", None, "t.srt"), ("transcript", None, "t.vtt"),
        ("transcript", "txt", "t.txt"), ("transcript", None, "t.docx"),
    ):  # fmt: skip
        out = tmp_path / name
        extra = ["--format", fmt] if fmt else []
        done = cli(tmp_path, "export", meeting, "--kind", kind, *extra, "--out", str(out))
        assert done.returncode == 0, done.stderr
        assert out.stat().st_size > 0 and str(out) in done.stderr
    assert "Số: 12/TB-SNV" in pdf_text(tmp_path / "tb.pdf")
    assert "BIÊN BẢN" in "\n".join(p.text for p in docx.Document(tmp_path / "bb.docx").paragraphs)
    assert (tmp_path / "t.vtt").read_text(encoding="utf-8").startswith("WEBVTT")


def test_export_refuses_what_it_cannot_do_and_keeps_the_target(tmp_path):
    meeting = str(make(tmp_path))
    target = tmp_path / "tb.pdf"
    target.write_bytes(b"earlier")
    done = cli(tmp_path, "export", meeting, "--kind", "notice", "--format", "srt",
               "--out", str(target))  # fmt: skip
    assert done.returncode == 1 and done.stderr.startswith("Lỗi:")
    done = cli(tmp_path, "export", "999", "--kind", "notice", "--out", str(target))
    assert done.returncode == 1 and "999" in done.stderr
    assert target.read_bytes() == b"earlier"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("tb")) == ["tb.pdf"]


def test_memo_and_report(tmp_path):
    make(tmp_path, "party")
    memo = tmp_path / "dd.pdf"
    done = cli(tmp_path, "memo", "--unit", "so tai chinh", "--out", str(memo))
    assert done.returncode == 0, done.stderr
    text = pdf_text(memo)
    assert "Sở Tài chính" in text and "đôn đốc" in text.lower()
    done = cli(tmp_path, "memo", "--unit", "Sở Không Có", "--out", str(memo))
    assert done.returncode == 1 and "Sở Không Có" in done.stderr

    report = tmp_path / "bc.csv"
    done = cli(tmp_path, "report", "--from", "2024-09-01", "--to", "2024-09-30",
               "--out", str(report))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert report.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the accents right
    rows = list(csv.reader(report.open(encoding="utf-8-sig")))
    assert len(rows) == 1 + 7
    # A period with no meeting: a report that says so, not an error.
    empty = tmp_path / "empty.csv"
    done = cli(tmp_path, "report", "--to", "2000-01-01", "--out", str(empty))
    assert done.returncode == 0 and len(list(csv.reader(empty.open(encoding="utf-8-sig")))) == 1
    pdf = tmp_path / "bc.pdf"
    assert cli(tmp_path, "report", "--out", str(pdf)).returncode == 0
    assert "BÁO CÁO" in pdf_text(pdf)
    done = cli(tmp_path, "report", "--from", "2024-13-01", "--out", str(pdf))
    assert done.returncode == 2  # a date that does not exist is bad usage


def test_tasks_use_the_clerks_due_soon_window(tmp_path):
    make(tmp_path)
    import json

    in_20_days = (dt.date.today() + dt.timedelta(days=20)).isoformat()
    done = cli(tmp_path, "task", "add", "1", "--content", "Báo cáo sơ kết", "--lead", "Sở Nội vụ",
               "--deadline", in_20_days)  # fmt: skip
    task = done.stdout.strip()

    def status() -> str:
        rows = json.loads(cli(tmp_path, "tasks", "--json").stdout)
        return next(r["status"] for r in rows if str(r["id"]) == task)

    assert status() == "in_progress"  # 20 days away: outside the default 7-day window
    with Store(tmp_path / "m.db") as store:
        store.settings.set("followup.due_soon_days", 30)
    assert status() == "due_soon"
    found = json.loads(cli(tmp_path, "tasks", "--text", "nhiem vu early", "--json").stdout)
    assert [r["content"] for r in found] == ["Nhiệm vụ early: rà soát quy chế làm việc"]
    ranged = json.loads(
        cli(tmp_path, "tasks", "--deadline-from", "2024-10-01", "--deadline-to", "2024-12-31",
            "--json").stdout
    )  # fmt: skip
    assert {r["content"].split(":")[0] for r in ranged} == {
        "Nhiệm vụ progress", "Nhiệm vụ soon", "Nhiệm vụ cancelled"
    }  # fmt: skip


def test_memo_all_due_writes_one_memo_per_unit_to_chase(tmp_path):
    from meeting_assistant.services import Services

    make(tmp_path, "party")
    with Store(tmp_path / "m.db") as store:
        units = Services(store).documents.units_to_chase()
    assert "Sở Tài chính" in units and len(units) >= 2
    folder = tmp_path / "don-doc"
    done = cli(tmp_path, "memo", "--all-due", "--out", str(folder), "--format", "docx")
    assert done.returncode == 0, done.stderr
    files = sorted(folder.iterdir())
    assert len(files) == len(units) and all(f.suffix == ".docx" for f in files)
    assert (folder / "don-doc-so-tai-chinh.docx").exists()
    text = "\n".join(p.text for p in docx.Document(folder / "don-doc-so-tai-chinh.docx").paragraphs)
    assert "Sở Tài chính" in text
    assert all(str(f) in done.stderr for f in files)
    # --unit and --all-due together is bad usage.
    assert cli(tmp_path, "memo", "--all-due", "--unit", "x", "--out", str(folder)).returncode == 2
