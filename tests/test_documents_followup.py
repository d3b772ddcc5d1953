"""The follow-up letter to one unit and the task report for a period (PDF and CSV)."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from meeting_assistant.documents.content import report_content
from meeting_assistant.documents.export import export_memo, export_report
from meeting_assistant.documents.layout import load_layout
from meeting_assistant.documents.report import MACHINE_COLUMNS, summary_rows
from meeting_assistant.errors import UserError

from .document_fixtures import (
    LAYOUTS,
    ORGANISATIONS,
    STATUS_OF,
    TASKS,
    TITLE,
    TODAY,
    make_meeting,
    pdf_fonts,
    pdf_pages,
    pdf_text,
    task_text,
)


def memo(store, unit, path, layout="state", **options):
    return export_memo(store, unit, path, organisation=ORGANISATIONS[layout], today=TODAY,
                       **options)  # fmt: skip


def report(store, path, fmt, layout="state", **options):
    return export_report(store, path, fmt, organisation=ORGANISATIONS[layout], today=TODAY,
                         **options)  # fmt: skip


@pytest.mark.parametrize("layout", LAYOUTS)
def test_memo_chases_a_units_overdue_and_due_soon_tasks(store, tmp_path, layout):
    make_meeting(store)
    text = pdf_text(memo(store, "so noi vu", tmp_path / "memo.pdf", layout))
    # Sở Nội vụ leads "soon" and coordinates "overdue"; its finished tasks are not chased.
    assert task_text("overdue") in text and task_text("soon") in text
    for name in ("early", "late", "progress", "ongoing", "cancelled"):
        assert task_text(name) not in text
    assert text.index(task_text("overdue")) < text.index(task_text("soon"))  # overdue first
    assert "Kính gửi: Sở Nội vụ Qua" in text  # on one line, no stray "." (Phụ lục I, II.9.d)
    assert TITLE in text and "10/09/2024" in text  # the source meeting and its date
    assert text.count(TITLE) == 1  # named once, over both of its tasks
    assert ("Thông báo số 12/TB-SNV" if layout == "state" else "Thông báo số 12-TB/TU") in text
    assert ("V/v đôn đốc thực hiện nhiệm vụ" if layout == "state" else "Đôn đốc thực hiện") in text
    # The letter's symbol names the drafting unit; the archive line too (State).
    assert ("Số: /SNV-VP" if layout == "state" else "-CV/TU") in text.replace("\xa0", "")
    assert ("- Lưu: VT, VP." if layout == "state" else "- Lưu Văn phòng.") in text
    assert "Bắc Ninh, ngày 01 tháng 10 năm 2024" in text
    assert "(quá 6 ngày)" in text
    assert "trước ngày 06/10/2024" in text  # report back within five days
    assert ("về Sở Nội vụ (qua Văn phòng Sở)" if layout == "state" else
            "về Tỉnh ủy Bắc Ninh (qua Văn phòng Tỉnh ủy)") in text  # fmt: skip
    assert "- Như trên;" in text
    assert all("/FontFile2" in f["/FontDescriptor"].get_object() for f in pdf_fonts(
        tmp_path / "memo.pdf"))  # fmt: skip


def test_memo_for_an_unknown_unit_or_one_with_nothing_to_chase_is_refused(store, tmp_path):
    make_meeting(store)
    store.units.ensure("Sở Y tế")
    for unit in ("Sở Không Có", "Sở Y tế"):
        with pytest.raises(UserError):
            memo(store, unit, tmp_path / "memo.pdf")
    # Nothing due in the next 3 days: the due-soon task is 4 days away; only overdue remain.
    text = pdf_text(memo(store, "Sở Nội vụ", tmp_path / "memo.pdf", due_soon_days=3))
    assert task_text("soon") not in text and task_text("overdue") in text
    assert list(tmp_path.glob("*.part")) == []


def test_report_counts_match_a_count_by_hand(store, tmp_path):
    make_meeting(store)
    content = report_content(store, date_from=None, date_to=None, today=TODAY, due_soon_days=7)
    by_hand = dict.fromkeys(STATUS_OF.values(), 0)
    for name in TASKS:
        by_hand[STATUS_OF[name]] += 1
    assert content.counts == by_hand
    rows = {label: n for label, n, _ in summary_rows(load_layout("state"), content)}
    # The official "in progress within deadline" includes the due-soon task.
    assert rows["Đang thực hiện trong hạn"] == 2
    assert rows["Đã hoàn thành đúng hạn"] == 1 and rows["Đã hoàn thành quá hạn"] == 1
    assert rows["Chưa hoàn thành, quá hạn"] == 1 and rows["Thường xuyên"] == 1
    # The cancelled task is counted apart: the total the percentages are of leaves it out.
    assert rows["Đã hủy (không tính tỷ lệ)"] == 1
    assert rows["Tổng số (không kể nhiệm vụ đã hủy)"] == 6


@pytest.mark.parametrize("layout", LAYOUTS)
def test_report_pdf_has_the_summary_and_the_follow_up_table(store, tmp_path, layout):
    make_meeting(store)
    out = report(store, tmp_path / "bc.pdf", "pdf", layout, date_from=dt.date(2024, 9, 1),
                 date_to=dt.date(2024, 9, 30))  # fmt: skip
    text = pdf_text(out)
    assert "BÁO CÁO" in text and "Tình hình thực hiện nhiệm vụ được giao" in text
    assert "từ ngày 01/09/2024 đến ngày 30/09/2024" in text
    assert "Đang thực hiện trong hạn 2 33,3" in text  # 2 of the 6 not cancelled
    assert "Tổng số (không kể nhiệm vụ đã hủy) 6 100,0" in text
    assert "Đã hủy (không tính tỷ lệ) 1 -" in text
    for column in ("STT", "Nhiệm vụ", "Đơn vị phối hợp", "Thời hạn", "Tiến độ/kết quả",
                   "Tình trạng"):  # fmt: skip
        assert column in text
    assert "Ghi chú" not in text  # no task has a note: no empty column
    # The lead unit heads its group of tasks with their number.
    assert "Đơn vị chủ trì: Sở Nội vụ (3 nhiệm vụ)" in text
    # The source meeting heads its group of tasks, once.
    assert text.count(f"{TITLE} (Thông báo số") == 1
    for name in TASKS:
        assert task_text(name) in text
    assert "20/09/2024: Đã xây dựng dự thảo" in text  # the latest progress entry
    # The day a task was done or cancelled stands by its status.
    assert "Đã hoàn thành quá hạn (25/09/2024)" in text and "Đã hủy (28/09/2024)" in text
    assert ("Số: /BC-SNV" if layout == "state" else "-BC/TU") in text.replace("\xa0", "")


def test_report_period_keeps_meetings_held_within_it(store, tmp_path):
    make_meeting(store)
    later = store.meetings.create("Giao ban tháng 10", date="2024-10-02")
    store.items.add_task(later.id, "Nhiệm vụ của tháng 10")
    count = {
        (None, None): 8,
        (dt.date(2024, 9, 10), dt.date(2024, 9, 10)): 7,  # both ends inclusive
        (dt.date(2024, 10, 1), None): 1,
        (None, dt.date(2024, 9, 9)): 0,
    }
    for (start, end), expected in count.items():
        content = report_content(store, date_from=start, date_to=end, today=TODAY,
                                 due_soon_days=7)  # fmt: skip
        assert len(content.tasks) == expected, (start, end)
    text = pdf_text(report(store, tmp_path / "empty.pdf", "pdf", date_to=dt.date(2024, 9, 9)))
    assert "Không có nhiệm vụ nào" in text and "Tổng số" not in text
    with pytest.raises(UserError):
        report(store, tmp_path / "bad.pdf", "pdf", date_from=dt.date(2024, 10, 1),
               date_to=dt.date(2024, 9, 1))  # fmt: skip
    with pytest.raises(UserError):
        report(store, tmp_path / "bad.xlsx", "xlsx")


def test_report_csv_opens_in_excel_and_in_the_csv_module(store, tmp_path):
    make_meeting(store)
    out = report(store, tmp_path / "bc.csv", "csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads Vietnamese correctly
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    assert header[:3] == ["STT", "Văn bản/cuộc họp", "Nhiệm vụ"]  # the CSV keeps the source
    assert header[-len(MACHINE_COLUMNS) :] == list(MACHINE_COLUMNS)
    assert len(body) == len(TASKS)
    records = [dict(zip(header, row, strict=True)) for row in body]
    by_task = {r["Nhiệm vụ"]: r for r in records}
    assert {by_task[task_text(n)]["status"] for n in TASKS} == set(STATUS_OF.values())
    soon = by_task[task_text("soon")]
    assert soon["status"] == "due_soon" and soon["deadline_iso"] == "2024-10-05"
    assert soon["Thời hạn"] == "05/10/2024" and soon["Đơn vị phối hợp"] == "Văn phòng Tỉnh ủy"
    assert by_task[task_text("ongoing")]["Thời hạn"] == "Thường xuyên"
    assert TITLE in soon["Văn bản/cuộc họp"]


def test_a_300_task_report_breaks_across_pages_with_the_header_repeated(store, tmp_path):
    meeting = store.meetings.create("Hội nghị tổng kết", date="2024-09-01", document_number="7")
    unit = store.units.ensure("Sở Nội vụ").id
    with store.db.atomic():
        for i in range(300):
            long = " rà soát, hoàn thiện quy chế làm việc" * (i % 5)
            store.items.add_task(meeting.id, f"Nhiệm vụ số {i + 1}{long}", lead_unit_id=unit,
                                 deadline="2024-10-03" if i % 2 else "2024-12-31")  # fmt: skip
    pages = pdf_pages(report(store, tmp_path / "bc.pdf", "pdf"))
    assert 3 < len(pages) < 25
    first = next(i for i, page in enumerate(pages) if "III. CHI TIẾT" in page)
    continued = [(i + 1, p) for i, p in enumerate(pages) if i > first and "Nhiệm vụ số" in p]
    assert len(continued) > 2
    for number, page in continued:
        # Right under the page number, the table's header row again.
        assert page.startswith(f"{number} STT Nhiệm vụ Đơn vị phối hợp"), page[:80]
    text = " ".join(pages)
    assert "Nhiệm vụ số 300" in text and "Tổng số (không kể nhiệm vụ đã hủy) 300 100,0" in text
    rows = list(csv.reader(report(store, tmp_path / "bc.csv", "csv").open(encoding="utf-8-sig")))
    assert len(rows) == 301


def test_a_task_longer_than_a_page_still_prints(store, tmp_path):
    meeting = store.meetings.create("Hội nghị", date="2024-09-01")
    words = " ".join(f"việc{i}" for i in range(2500))
    store.items.add_task(meeting.id, f"Nhiệm vụ dài {words} hết")
    store.items.add_task(meeting.id, "Nhiệm vụ ngắn")
    text = pdf_text(report(store, tmp_path / "bc.pdf", "pdf"))
    assert "việc2499 hết" in text and "Nhiệm vụ ngắn" in text
