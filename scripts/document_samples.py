"""Write every document the app issues, in both layouts, from three demo meetings, and a PNG of
every page to look at.

    .venv/bin/python scripts/document_samples.py OUT_DIR [--today 2024-10-01] [--dpi 100]
                                                         [--docx-pdf]

A throw-away database (in a temporary folder) gets: a short monthly briefing whose notice fits
one page; a Party-committee inspection of a city department (attendees present and absent, the
clerk's summary, three conclusions, six tasks across three units, deadlines before and after
"today", a transcript) with a later meeting so the report spans two sources; and a six-month
review with 40 conclusions and 300 tasks across twelve units. OUT_DIR/<meeting>/ receives, for
"state" (Nghị định 30/2020) and "party" (Quy định 399-QĐ/TW, Hướng dẫn 05-HD/VPTW): the notice,
the minutes (with the transcript appendix) and the transcript (PDF/DOCX, TXT); OUT_DIR/followup/
the follow-up letters and the reports (PDF, DOCX, CSV). Every PDF page is written as a PNG under
OUT_DIR/png/ when poppler's pdftoppm is installed; with --docx-pdf, LibreOffice (soffice) turns
each DOCX into a PDF under OUT_DIR/docx-pdf/ too, to look at the Word files. The page counts are
printed.
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

from meeting_assistant.documents.export import export_meeting, export_memo, export_report  # noqa: E402
from meeting_assistant.documents.organisation import Organisation  # noqa: E402
from meeting_assistant.models import Segment  # noqa: E402
from meeting_assistant.services import Services  # noqa: E402
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
        drafting_unit="VP",
        follow_up_unit="Văn phòng Sở",
        contact_person="đồng chí Nguyễn Thu Hà, Văn phòng Sở",
        contact_phone="024 3835 3333",
        address="185 Giảng Võ, quận Đống Đa, Hà Nội",
        phone="024 3835 3300",
        email="vanphong.stttt@hanoi.gov.vn",
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
        follow_up_unit="Văn phòng Đảng ủy",
        contact_person="đồng chí Nguyễn Thu Hà, Văn phòng Đảng ủy",
        contact_phone="024 3835 3333",
        term="2025-2030",
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
    (
        "Rà soát, sửa đổi Quy chế làm việc của Sở, bảo đảm phân cấp, ủy quyền rõ ràng giữa Ban"
        " Giám đốc và các phòng chuyên môn",
        "Văn phòng Sở",
        ["Thanh tra Sở"],
        "2024-08-31",
        "2024-08-20",
        True,
    ),
    (
        "Bổ sung số liệu về chất lượng đội ngũ cán bộ, công chức vào báo cáo kết quả thực hiện Chỉ"
        " thị số 24-CT/TU, gửi Đoàn kiểm tra",
        "Văn phòng Sở",
        [],
        "2024-09-15",
        "2024-09-25",
        False,
    ),
    (
        "Xây dựng kế hoạch chuyển đổi số của Thành phố giai đoạn 2025-2030, trình UBND Thành phố",
        "Phòng Bưu chính, Viễn thông và Công nghệ thông tin",
        ["Văn phòng Sở", "Sở Nội vụ"],
        "2024-09-30",
        None,
        True,
    ),
    (
        "Kiểm tra việc thực hiện Quy chế dân chủ tại các đơn vị sự nghiệp trực thuộc Sở",
        "Thanh tra Sở",
        ["Văn phòng Sở"],
        "2024-10-05",
        None,
        False,
    ),
    (
        "Tổng hợp, báo cáo kết quả khắc phục các hạn chế nêu tại buổi kiểm tra",
        "Văn phòng Sở",
        ["Thanh tra Sở"],
        "2024-12-31",
        None,
        False,
    ),
    (
        "Theo dõi, đôn đốc việc chấp hành kỷ cương, kỷ luật hành chính của công chức, viên chức",
        "Thanh tra Sở",
        [],
        None,
        None,
        False,
    ),
)
ATTENDEES = (
    ("Nguyễn Văn Phong", "Phó Bí thư Thành ủy, Trưởng đoàn kiểm tra", None, True, None),
    ("Phùng Thị Hồng Hà", "Phó Chủ tịch Thường trực HĐND Thành phố", None, True, None),
    ("Nguyễn Việt Hùng", "Giám đốc Sở", "Sở Thông tin và Truyền thông", True, None),
    ("Nguyễn Tiến Sỹ", "Phó Giám đốc Sở", "Sở Thông tin và Truyền thông", True, None),
    ("Trần Văn Bình", "Chánh Văn phòng Sở", "Văn phòng Sở", False, "đi công tác"),
)
SPEECH = (
    (
        "Nguyễn Tiến Sỹ",
        "Qua gần một năm triển khai Chỉ thị 24, Đảng ủy và Ban Giám đốc Sở đã"
        " nghiêm túc, quyết liệt lãnh đạo tổ chức thực hiện.",
    ),
    (
        "Phùng Thị Hồng Hà",
        "Đề nghị Sở làm rõ thêm vai trò của Sở trong chuyển đổi số của Thành"
        " phố và việc phân cấp, ủy quyền giữa Ban Giám đốc và các phòng.",
    ),
    (
        "Nguyễn Văn Phong",
        "Tôi xin phát biểu kết luận như sau. Ghi nhận, biểu dương Đảng ủy, Ban"
        " Giám đốc Sở đã nghiêm túc triển khai Chỉ thị.",
    ),
    (
        "Nguyễn Văn Phong",
        "Giao Văn phòng Sở chủ trì, phối hợp với Thanh tra Sở rà soát, sửa đổi"
        " Quy chế làm việc, hoàn thành trước ngày 31/8.",
    ),
)


def build_demo(store: Store) -> tuple[int, int]:
    meeting = store.meetings.create(
        "Kiểm tra việc thực hiện Chỉ thị số 24-CT/TU của Ban Thường vụ Thành ủy tại Sở Thông tin"
        " và Truyền thông",
        date="2024-07-19",
        start_time="14:00",
        end_time="16:30",
        place="Hội trường tầng 3, Sở Thông tin và Truyền thông, 185 Giảng Võ, Hà Nội",
        chair="Đồng chí Nguyễn Văn Phong, Phó Bí thư Thành ủy",
        secretary="Nguyễn Thu Hà",
        document_number="12",
        summary=SUMMARY,
        agenda="Nghe báo cáo kết quả thực hiện Chỉ thị số 24-CT/TU.\nThảo luận, kết luận.",
    )
    units = {}
    for name, title, unit, present, note in ATTENDEES:
        unit_id = store.units.ensure(unit).id if unit else None
        store.meetings.add_attendee(meeting.id, name, title, unit_id, present, note)
        units[unit] = unit_id
    audio = store.audio.add(
        meeting.id,
        stored_path="demo.ogg",
        original_name="ghi-am.ogg",
        sha256="demo-samples",
        size_bytes=1,
        duration=60.0,
    )
    at = 0.0
    for speaker, text in SPEECH:
        store.segments.add(Segment(None, meeting.id, audio.id, at, at + 9.5, text, speaker))
        at += 12.0
    for text in CONCLUSIONS:
        store.items.add_conclusion(meeting.id, text, state="confirmed")
    for content, lead, coordinating, deadline, done, key in TASKS:
        task = store.items.add_task(meeting.id, content)
        Services(store).items.update_task(
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
        "Giao ban công tác quý III năm 2024",
        date="2024-09-10",
        start_time="08:00",
        end_time="10:00",
        place="Phòng họp số 1",
        chair="Đồng chí Nguyễn Việt Hùng, Giám đốc Sở",
        secretary="Nguyễn Thu Hà",
    )
    for content, lead, deadline, cancelled in (
        ("Hoàn thành số hóa hồ sơ lưu trữ năm 2023", "Văn phòng Sở", "2024-09-27", None),
        ("Tổ chức hội nghị tập huấn an toàn thông tin", "Thanh tra Sở", "2024-11-15", "2024-09-30"),
    ):
        task = store.items.add_task(later.id, content)
        Services(store).items.update_task(
            task.id, lead_unit=lead, deadline=deadline, cancelled_on=cancelled
        )
    return meeting.id, later.id


def build_one_page(store: Store) -> int:
    """A short monthly briefing: two conclusions, two tasks; its notice fits on one page."""
    meeting = store.meetings.create(
        "Họp giao ban tháng 9 năm 2024",
        date="2024-09-25",
        start_time="08:00",
        end_time="09:30",
        place="Phòng họp số 2, Sở Thông tin và Truyền thông",
        chair="Đồng chí Nguyễn Việt Hùng, Giám đốc Sở",
        secretary="Nguyễn Thu Hà",
        summary="Các phòng báo cáo kết quả tháng 9 và nhiệm vụ tháng 10.",
    )
    for name, title in (("Nguyễn Việt Hùng", "Giám đốc Sở"), ("Nguyễn Tiến Sỹ", "Phó Giám đốc Sở")):
        store.meetings.add_attendee(meeting.id, name, title)
    for text in (
        "Ghi nhận kết quả các phòng đạt được trong tháng 9.",
        "Yêu cầu các phòng bám sát kế hoạch, hoàn thành nhiệm vụ tháng 10.",
    ):
        store.items.add_conclusion(meeting.id, text, state="confirmed")
    for content, lead, deadline in (
        ("Hoàn thiện báo cáo chuyển đổi số quý III", "Văn phòng Sở", "2024-10-10"),
        ("Rà soát hồ sơ thủ tục hành chính trực tuyến", "Thanh tra Sở", "2024-10-20"),
    ):
        task = store.items.add_task(meeting.id, content)
        Services(store).items.update_task(task.id, lead_unit=lead, deadline=deadline)
    return meeting.id


BIG_UNITS = (
    "Văn phòng Sở",
    "Thanh tra Sở",
    "Phòng Kế hoạch - Tài chính",
    "Phòng Bưu chính, Viễn thông và Công nghệ thông tin",
    "Phòng Thông tin - Báo chí - Xuất bản",
    "Trung tâm Công nghệ thông tin và Truyền thông",
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Kế hoạch và Đầu tư",
    "UBND các quận, huyện, thị xã",
    "Công an Thành phố",
    "Ban Quản lý dự án",
)


def build_big(store: Store) -> int:
    """A six-month review: 40 conclusions, 300 tasks over twelve units, with coordinating
    units, progress notes, key tasks and tasks done, late and open."""
    meeting = store.meetings.create(
        "Hội nghị sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ trọng tâm 6 tháng cuối"
        " năm 2024 của Sở Thông tin và Truyền thông",
        date="2024-06-28",
        start_time="08:00",
        end_time="11:30",
        place="Hội trường tầng 3, Sở Thông tin và Truyền thông",
        chair="Đồng chí Nguyễn Việt Hùng, Giám đốc Sở",
        secretary="Nguyễn Thu Hà",
        document_number="7",
        minutes_number="5",
    )
    store.meetings.add_attendee(meeting.id, "Nguyễn Việt Hùng", "Giám đốc Sở")
    for i in range(40):
        store.items.add_conclusion(
            meeting.id,
            f"Kết luận {i + 1}: các đơn vị tiếp tục rà soát, hoàn thiện quy chế, quy trình làm"
            " việc, bảo đảm rõ người, rõ việc, rõ trách nhiệm, rõ thời gian.",
            state="confirmed",
        )
    with store.db.atomic():
        for i in range(300):
            task = store.items.add_task(
                meeting.id,
                f"Nhiệm vụ {i + 1}: "
                + "rà soát, hoàn thiện và báo cáo kết quả thực hiện " * (1 + i % 3),
            )
            deadline = (dt.date(2024, 8, 1) + dt.timedelta(days=(i * 7) % 200)).isoformat()
            Services(store).items.update_task(
                task.id,
                lead_unit=BIG_UNITS[i % len(BIG_UNITS)],
                coordinating_units=[BIG_UNITS[(i + 3) % len(BIG_UNITS)]],
                deadline=deadline,
                completed_on=deadline if i % 4 == 0 else None,
                is_key=i % 10 == 0,
            )
            if i % 3 == 0:
                store.items.add_task_update(
                    task.id, "2024-09-20", "Đang triển khai, đã hoàn thành dự thảo."
                )
    return meeting.id


def _pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def _pngs(pdf: Path, folder: Path, dpi: int) -> None:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm:
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [pdftoppm, "-r", str(dpi), "-png", str(pdf), str(folder / pdf.stem)], check=True
        )


def _docx_to_pdf(docx: Path, folder: Path) -> Path | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(docx)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    out = folder / (docx.stem + ".pdf")
    return out if out.is_file() else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--today", default="2024-10-01", help="the day statuses are counted on")
    parser.add_argument("--dpi", type=int, default=100, help="resolution of the PNG pages")
    parser.add_argument(
        "--docx-pdf",
        action="store_true",
        help="also turn every DOCX into a PDF with LibreOffice, to look at it",
    )
    args = parser.parse_args(argv)
    today = dt.date.fromisoformat(args.today)
    args.out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "demo.db") as store:
        meetings = {
            "one-page": build_one_page(store),
            "inspection": build_demo(store)[0],
            "big": build_big(store),
        }
        for name, org in ORGANISATIONS.items():
            for label, meeting_id in meetings.items():
                target = args.out / label

                def out(stem: str, suffix: str, _name: str = name, _t: Path = target) -> Path:
                    _t.mkdir(parents=True, exist_ok=True)
                    return _t / f"{stem}-{_name}.{suffix}"

                for kind, fmt in (
                    ("notice", "pdf"),
                    ("notice", "docx"),
                    ("minutes", "pdf"),
                    ("minutes", "docx"),
                    ("transcript", "docx"),
                ):
                    written.append(
                        export_meeting(
                            store,
                            meeting_id,
                            kind,
                            fmt,
                            out(kind, fmt),
                            organisation=org,
                            today=today,
                            include_transcript=kind == "minutes",
                        )
                    )
            follow = args.out / "followup"
            follow.mkdir(parents=True, exist_ok=True)
            for fmt in ("pdf", "docx"):
                written.append(
                    export_memo(
                        store,
                        "Văn phòng Sở",
                        follow / f"memo-{name}.{fmt}",
                        organisation=org,
                        today=today,
                    )
                )
            for fmt in ("pdf", "docx", "csv"):
                written.append(
                    export_report(
                        store,
                        follow / f"report-all-{name}.{fmt}",
                        fmt,
                        organisation=org,
                        today=today,
                    )
                )
                big_day = dt.date(2024, 6, 28)
                written.append(
                    export_report(
                        store,
                        follow / f"report-big-{name}.{fmt}",
                        fmt,
                        organisation=org,
                        today=today,
                        date_from=big_day,
                        date_to=big_day,
                    )
                )
        written.append(
            export_meeting(
                store,
                meetings["inspection"],
                "transcript",
                "txt",
                args.out / "inspection" / "transcript.txt",
                today=today,
            )
        )
    for path in written:
        pages = ""
        if path.suffix == ".pdf":
            pages = f"  {_pdf_pages(path)} pages"
            _pngs(path, args.out / "png" / path.parent.name, args.dpi)
        elif path.suffix == ".docx" and args.docx_pdf:
            converted = _docx_to_pdf(path, args.out / "docx-pdf" / path.parent.name)
            if converted:
                pages = f"  {_pdf_pages(converted)} pages in LibreOffice"
                _pngs(converted, args.out / "png-docx" / path.parent.name, args.dpi)
        print(f"{path}{pages}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
