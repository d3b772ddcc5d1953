"""The command line as a clerk types it: a unit by a short accent-free name, mistyped commands
answered in the interface language."""

from __future__ import annotations

import json

from .cli_helpers import cli


def add_task(tmp_path, content: str, lead: str) -> str:
    done = cli(tmp_path, "task", "add", "1", "--content", content, "--lead", lead)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_tasks_find_a_unit_by_an_accent_free_start_or_say_which(tmp_path):
    assert cli(tmp_path, "new", "--title", "Giao ban").returncode == 0
    add_task(tmp_path, "Rà soát cán bộ diện quy hoạch", "Ban Tổ chức Tỉnh ủy")
    add_task(tmp_path, "Báo cáo quyết toán", "Sở Tài chính")
    add_task(tmp_path, "Tuyên truyền Nghị quyết", "Ban Tuyên giáo Tỉnh ủy")

    found = cli(tmp_path, "tasks", "--unit", "ban to chuc", "--json")
    assert found.returncode == 0, found.stderr
    assert [r["lead_unit"] for r in json.loads(found.stdout)] == ["Ban Tổ chức Tỉnh ủy"]

    several = cli(tmp_path, "tasks", "--unit", "ban t")  # Tổ chức and Tuyên giáo alike
    assert several.returncode == 1
    assert "khớp với 2 đơn vị" in several.stderr
    assert "Ban Tổ chức Tỉnh ủy" in several.stderr and "Ban Tuyên giáo Tỉnh ủy" in several.stderr
    english = cli(tmp_path, "tasks", "--unit", "ban t", lang="en")
    assert "matches 2 units" in english.stderr

    none = cli(tmp_path, "tasks", "--unit", "so y te")
    assert none.returncode == 1 and "Không có đơn vị “so y te”" in none.stderr
    # The memo takes the unit the same way (it has nothing due: said with the unit's full name).
    out = tmp_path / "don-doc.pdf"
    memo = cli(tmp_path, "memo", "--unit", "so tai", "--out", str(out), "--draft")
    assert "Sở Tài chính không có nhiệm vụ nào quá hạn" in memo.stderr


def test_usage_errors_in_the_interface_language(tmp_path):
    vi = cli(tmp_path, "tasks", "--status", "xong")
    assert vi.returncode == 2
    assert "cách dùng: meeting-assistant tasks" in vi.stderr
    assert "lỗi: tham số --status: lựa chọn không hợp lệ: 'xong'" in vi.stderr
    missing = cli(tmp_path, "new")
    assert missing.returncode == 2 and "thiếu tham số bắt buộc: --title" in missing.stderr
    extra = cli(tmp_path, "models", "--bogus")
    assert "tham số không hiểu được: --bogus" in extra.stderr

    en = cli(tmp_path, "tasks", "--status", "xong", lang="en")
    assert "usage: meeting-assistant tasks" in en.stderr
    assert "error: argument --status: invalid choice: 'xong'" in en.stderr
    flag = cli(tmp_path, "--lang", "en", "new")
    assert "the following arguments are required: --title" in flag.stderr

    helped = cli(tmp_path, "--help")
    assert helped.returncode == 0
    assert "cách dùng:" in helped.stdout and "hiện hướng dẫn này rồi thoát" in helped.stdout
    assert "usage:" in cli(tmp_path, "--help", lang="en").stdout


def test_the_language_chosen_in_the_app_is_the_command_lines_too(tmp_path):
    from meeting_assistant.services import Services
    from meeting_assistant.store import Store

    assert cli(tmp_path, "new", "--title", "Giao ban").returncode == 0
    with Store(tmp_path / "m.db") as store:
        Services(store).settings.set_language("en")  # as Xem → Ngôn ngữ → English does
    chosen = cli(tmp_path, "new")
    assert "usage:" in chosen.stderr and "the following arguments are required" in chosen.stderr
    assert "Error: There is no meeting" in cli(tmp_path, "show", "99").stderr
    forced = cli(tmp_path, "new", lang="vi")  # MEETING_ASSISTANT_LANG comes first
    assert "thiếu tham số bắt buộc: --title" in forced.stderr
