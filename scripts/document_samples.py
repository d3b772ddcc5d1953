"""Write every document the app issues, in both layouts, from a realistic demo meeting.

    .venv/bin/python scripts/document_samples.py OUT_DIR [--today 2024-10-01]

A throw-away database (in a temporary folder) gets a Party-committee inspection of a city
department — attendees present and absent, the clerk's summary, three conclusions and six tasks
across three units, deadlines before and after "today", some done early, some late — and a
second, later meeting so the report spans two sources. OUT_DIR receives, for "state" (Nghị định
30/2020) and "party" (Hướng dẫn 36-HD/VPTW): the notice (PDF, DOCX), the minutes (DOCX, PDF with
the transcript appendix), the follow-up letter (PDF), the report (PDF, CSV) and the transcript
(DOCX, TXT), plus a PNG of each PDF's first page when poppler's pdftoppm is installed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from meeting_assistant.tagging import update_task  # noqa: E402

from meeting_assistant.documents.export import export_meeting, export_memo, export_report  # noqa: E402
from meeting_assistant.documents.organisation import Organisation  # noqa: E402
from meeting_assistant.models import Segment  # noqa: E402
from meeting_assistant.services import Services
from meeting_assistant.store import Store  # noqa: E402

ORGANISATIONS = {
    "state": Organisation(
        layout="state",
        superior_body="UBND thành phố Hà Nội",
        issuing_body="Sở Thông tin và Truyền thông",
        symbol="STTTT",
        place="Hà Nội",
        signer_authority="KT. GIÁM ĐỐC",
        signer_title="PHÓ GIÁM ĐỐC",
        signer_name="Nguyễn Tiến Sỹ",
        recipients="Ban Giám đốc Sở;\nĐảng ủy Sở",
    ),
    "party": Organisation(
        layout="party",
        superior_body="Đảng bộ thành phố Hà Nội",
        issuing_body="Đảng ủy Sở Thông tin và Truyền thông",
        symbol="ĐU",
        place="Hà Nội",
        signer_authority="T/M BAN THƯỜNG VỤ",
        signer_title="PHÓ BÍ THƯ",
        signer_name="Nguyễn Việt Hùng",
        recipients="Ban Thường vụ Thành ủy (để báo cáo);\nCác chi bộ trực thuộc",
    ),
}

SUMMARY = (
    "Đồng chí Phó Giám đốc Sở báo cáo kết quả gần một năm triển khai Chỉ thị số 24-CT/TU:"
    " Đảng ủy, Ban Giám đốc Sở đã nghiêm túc, quyết liệt lãnh đạo, chỉ đạo tổ chức thực hiện;"
    " xếp hạng chỉ số cải cách hành chính năm 2023 của Sở đứng thứ 11/22 sở, ngành, tăng 11 bậc"
    " so với năm 2022.\n"
    "Các thành viên đoàn kiểm tra đề nghị Sở làm rõ thêm vai trò của Sở trong chuyển đổi số của"
    " Thành phố, việc phân cấp, ủy quyền giữa Ban Giám đốc và các phòng chuyên môn, việc thực"
    " hiện Quy chế dân chủ và trách nhiệm thực thi công vụ của cán bộ, công chức.\n"
    "Đồng chí Giám đốc Sở tiếp thu, giải trình các ý kiến để hoàn thiện báo cáo."
)
CONCLUSIONS = (
    "Ghi nhận, biểu dương Đảng ủy, Ban Giám đốc Sở đã nghiêm túc, quyết liệt triển khai Chỉ thị"
    " số 24-CT/TU; việc phân công nhiệm vụ rõ người, rõ việc, rõ trách nhiệm, không có sự né"
    " tránh, đùn đẩy trong công việc.",
    "Sở cần làm rõ hơn vai trò “nhạc trưởng” trong chuyển đổi số của Thủ đô; tiếp tục rà soát,"
    " củng cố hệ thống quy chế, quy trình làm việc và đẩy mạnh phân cấp, ủy quyền.",
    "Thống nhất các nhiệm vụ trọng tâm từ nay đến cuối năm 2024 như sau.",
)
# content, lead, coordinating, deadline, done on, key
TASKS = (
    ("Rà soát, sửa đổi Quy chế làm việc của Sở, bảo đảm phân cấp, ủy quyền rõ ràng giữa Ban"
     " Giám đốc và các phòng chuyên môn", "Văn phòng Sở", ["Thanh tra Sở"], "2024-08-31",
     "2024-08-20", True),
    ("Bổ sung số liệu về chất lượng đội ngũ cán bộ, công chức vào báo cáo kết quả thực hiện Chỉ"
     " thị số 24-CT/TU, gửi Đoàn kiểm tra", "Văn phòng Sở", [], "2024-09-15", "2024-09-25",
     False),
    ("Xây dựng kế hoạch chuyển đổi số của Thành phố giai đoạn 2025-2030, trình UBND Thành phố",
     "Phòng Bưu chính, Viễn thông và Công nghệ thông tin", ["Văn phòng Sở", "Sở Nội vụ"],
     "2024-09-30", None, True),
    ("Kiểm tra việc thực hiện Quy chế dân chủ tại các đơn vị sự nghiệp trực thuộc Sở",
     "Thanh tra Sở", ["Văn phòng Sở"], "2024-10-05", None, False),
    ("Tổng hợp, báo cáo kết quả khắc phục các hạn chế nêu tại buổi kiểm tra",
     "Văn phòng Sở", ["Thanh tra Sở"], "2024-12-31", None, False),
    ("Theo dõi, đôn đốc việc chấp hành kỷ cương, kỷ luật hành chính của công chức, viên chức",
     "Thanh tra Sở", [], None, None, False),
)  # fmt: skip
ATTENDEES = (
    ("Nguyễn Văn Phong", "Phó Bí thư Thành ủy, Trưởng đoàn kiểm tra", None, True, None),
    ("Phùng Thị Hồng Hà", "Phó Chủ tịch Thường trực HĐND Thành phố", None, True, None),
    ("Nguyễn Việt Hùng", "Giám đốc Sở", "Sở Thông tin và Truyền thông", True, None),
    ("Nguyễn Tiến Sỹ", "Phó Giám đốc Sở", "Sở Thông tin và Truyền thông", True, None),
    ("Trần Văn Bình", "Chánh Văn phòng Sở", "Văn phòng Sở", False, "đi công tác"),
)
SPEECH = (
    ("Nguyễn Tiến Sỹ", "Qua gần một năm triển khai Chỉ thị 24, Đảng ủy và Ban Giám đốc Sở đã"
     " nghiêm túc, quyết liệt lãnh đạo tổ chức thực hiện."),
    ("Phùng Thị Hồng Hà", "Đề nghị Sở làm rõ thêm vai trò của Sở trong chuyển đổi số của Thành"
     " phố và việc phân cấp, ủy quyền giữa Ban Giám đốc và các phòng."),
    ("Nguyễn Văn Phong", "Tôi xin phát biểu kết luận như sau. Ghi nhận, biểu dương Đảng ủy, Ban"
     " Giám đốc Sở đã nghiêm túc triển khai Chỉ thị."),
    ("Nguyễn Văn Phong", "Giao Văn phòng Sở chủ trì, phối hợp với Thanh tra Sở rà soát, sửa đổi"
     " Quy chế làm việc, hoàn thành trước ngày 31/8."),
)  # fmt: skip


def build_demo(store: Store) -> tuple[int, int]:
    meeting = store.meetings.create(
        "Kiểm tra việc thực hiện Chỉ thị số 24-CT/TU của Ban Thường vụ Thành ủy tại Sở Thông tin"
        " và Truyền thông",
        date="2024-07-19", start_time="14:00", end_time="16:30",
        place="Hội trường tầng 3, Sở Thông tin và Truyền thông, 185 Giảng Võ, Hà Nội",
        chair="Đồng chí Nguyễn Văn Phong, Phó Bí thư Thành ủy", secretary="Nguyễn Thu Hà",
        document_number="12", summary=SUMMARY,
        agenda="Nghe báo cáo kết quả thực hiện Chỉ thị số 24-CT/TU.\nThảo luận, kết luận.",
    )  # fmt: skip
    units = {}
    for name, title, unit, present, note in ATTENDEES:
        unit_id = store.units.ensure(unit).id if unit else None
        store.meetings.add_attendee(meeting.id, name, title, unit_id, present, note)
        units[unit] = unit_id
    audio = store.audio.add(meeting.id, stored_path="demo.ogg", original_name="ghi-am.ogg",
                            sha256="demo-samples", size_bytes=1, duration=60.0)  # fmt: skip
    at = 0.0
    for speaker, text in SPEECH:
        store.segments.add(Segment(None, meeting.id, audio.id, at, at + 9.5, text, speaker))
        at += 12.0
    for text in CONCLUSIONS:
        store.items.add_conclusion(meeting.id, text, state="confirmed")
    for content, lead, coordinating, deadline, done, key in TASKS:
        task = store.items.add_task(meeting.id, content)
        update_task(
            store,
            task.id,
            lead_unit=lead,
            coordinating_units=coordinating,
            deadline=deadline,
            ongoing=deadline is None,
            completed_on=done,
            is_key=key,
        )
        if done:
            store.items.add_task_update(task.id, done, "Đã hoàn thành, gửi báo cáo kết quả.")
        elif deadline:
            store.items.add_task_update(task.id, "2024-09-20", "Đang hoàn thiện dự thảo.")
    later = store.meetings.create(
        "Giao ban công tác quý III năm 2024", date="2024-09-10", start_time="08:00",
        end_time="10:00", place="Phòng họp số 1", chair="Đồng chí Nguyễn Việt Hùng, Giám đốc Sở",
        secretary="Nguyễn Thu Hà",
    )  # fmt: skip
    for content, lead, deadline, cancelled in (
        ("Hoàn thành số hóa hồ sơ lưu trữ năm 2023", "Văn phòng Sở", "2024-09-27", None),
        ("Tổ chức hội nghị tập huấn an toàn thông tin", "Thanh tra Sở", "2024-11-15",
         "2024-09-30"),
    ):  # fmt: skip
        task = store.items.add_task(later.id, content)
        Services(store).items.update_task(
            task.id, lead_unit=lead, deadline=deadline, cancelled_on=cancelled
        )
    return meeting.id, later.id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--today", default="2024-10-01", help="the day statuses are counted on")
    args = parser.parse_args(argv)
    today = dt.date.fromisoformat(args.today)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "demo.db") as store:
        meeting_id, _ = build_demo(store)
        written = []
        for name, org in ORGANISATIONS.items():

            def out(stem: str, suffix: str, _name: str = name) -> Path:
                return args.out / f"{stem}-{_name}.{suffix}"

            for kind, fmt, extra in (("notice", "pdf", {}), ("notice", "docx", {}),
                                     ("minutes", "docx", {}),
                                     ("minutes", "pdf", {"include_transcript": True}),
                                     ("transcript", "docx", {})):  # fmt: skip
                written.append(
                    export_meeting(
                        store,
                        meeting_id,
                        kind,
                        fmt,
                        out(kind, fmt),
                        organisation=org,
                        today=today,
                        **extra,
                    )
                )
            written.append(
                export_memo(
                    store, "Văn phòng Sở", out("memo", "pdf"), organisation=org, today=today
                )
            )
            for fmt in ("pdf", "csv"):
                written.append(
                    export_report(store, out("report", fmt), fmt, organisation=org, today=today)
                )
        written.append(
            export_meeting(
                store, meeting_id, "transcript", "txt", args.out / "transcript.txt", today=today
            )
        )
    pdftoppm = shutil.which("pdftoppm")
    for path in written:
        print(path)
        if pdftoppm and path.suffix == ".pdf":
            subprocess.run(
                [
                    pdftoppm,
                    "-r",
                    "80",
                    "-png",
                    "-singlefile",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    str(path),
                    str(path.with_suffix("")),
                ],
                check=True,
            )
            print(path.with_suffix(".png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
