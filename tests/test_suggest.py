"""The suggestion engine: deadlines, unit names, clauses, segments, and the labelled set."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from meeting_assistant.followup.deadlines import find_deadline, parse_deadline, spoken_number
from meeting_assistant.followup.sentences import clean, split_clauses, views
from meeting_assistant.followup.suggest import Suggestion, suggest_segments, suggest_text
from meeting_assistant.followup.units import Gazetteer, same_unit, unit_key
from meeting_assistant.models import Segment, Unit
from tests.suggestion_eval import DIRECTORY, evaluate, forms

MEETING = dt.date(2024, 7, 19)  # a Friday


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("trước ngày 30/6/2025", "2025-06-30"),
        ("trước 15/8", "2024-08-15"),
        ("trước 15/7", "2025-07-15"),  # already past at the meeting: next year
        ("chậm nhất ngày 30 tháng 9 năm 2024", "2024-09-30"),
        ("chậm nhất là ngày 5/8", "2024-08-05"),
        ("trong tháng 9", "2024-09-30"),
        ("trong tháng 6", "2025-06-30"),
        ("trong quý III/2024", "2024-09-30"),
        ("trong quý 4", "2024-12-31"),
        ("cuối năm nay", "2024-12-31"),
        ("6 tháng đầu năm 2025", "2025-06-30"),
        ("trong 10 ngày", "2024-07-29"),
        ("trong 10 ngày làm việc", "2024-08-02"),
        ("tuần sau", "2024-07-26"),
        ("trong tháng sau", "2024-08-31"),
        ("trong tháng sáu", "2025-06-30"),
        ("trước ngày ba mươi tháng chín", "2024-09-30"),
        ("trước ngày mười lăm tháng tám năm hai nghìn không trăm hai mươi tư", "2024-08-15"),
    ],
)
def test_deadlines_resolve_against_the_meeting_date(words: str, expected: str) -> None:
    found = parse_deadline(words, MEETING)
    assert found is not None and found.date == dt.date.fromisoformat(expected)
    assert not found.ongoing


@pytest.mark.parametrize("words", ["thường xuyên", "kịp thời", "hằng tháng", "hàng quý"])
def test_ongoing_deadlines_have_no_date(words: str) -> None:
    found = parse_deadline(words, MEETING)
    assert found is not None and found.ongoing and found.date is None and found.text == words


def test_a_reference_date_is_not_a_deadline_and_the_words_are_kept() -> None:
    assert find_deadline("Kế hoạch số 31-KH/ĐU ngày 11/9/2023 nhiệm kỳ 2020- 2025") is None
    text = "đề nghị Sở báo cáo trước ngày 30/6, thực hiện thường xuyên"
    found = find_deadline(text, MEETING)
    assert found.text == "trước ngày 30/6" and found.date == dt.date(2025, 6, 30)


def test_spoken_numbers() -> None:
    assert spoken_number("hai mươi lăm") == 25
    assert spoken_number("hai nghìn không trăm hai mươi tư") == 2024
    assert spoken_number("hai không hai lăm") == 2025


def test_abbreviations_match_their_full_forms() -> None:
    assert unit_key("Sở TT&TT") == unit_key("sở thông tin truyền thông")
    assert unit_key("UBND tỉnh") == unit_key("Ủy ban nhân dân tỉnh") == unit_key("ủy ban tỉnh")
    assert same_unit("Sở Nội vụ tỉnh", "Sở Nội vụ")
    assert not same_unit("Sở", "Sở Nội vụ")


def _names(text: str, units: list[Unit] | None = None) -> list[str]:
    t, low, fld = views(text)
    return [m.name for m in Gazetteer(units).find(t, low, fld)]


def test_units_from_the_directory_and_from_the_grammar() -> None:
    assert _names("giao sở tt&tt phối hợp với vptu", DIRECTORY) == [
        "Sở Thông tin và Truyền thông",
        "Văn phòng Thành ủy",
    ]
    # Not in the directory: the name ends at the next function word or verb.
    assert _names("giao sở tư pháp chủ trì phối hợp với sở xây dựng và ubnd các huyện") == [
        "Sở Tư pháp",
        "Sở Xây dựng",
        "UBND các huyện",
    ]
    assert _names("Đề nghị Sở Xây dựng xây dựng kế hoạch") == ["Sở Xây dựng"]
    # "số" (number) is not "sở"; "cán bộ" is not a ministry.
    assert _names("số cán bộ tăng") == []


def test_a_bare_so_is_the_one_the_meeting_names() -> None:
    text = "Đoàn kiểm tra làm việc tại Sở Y tế. Đề nghị Sở khẩn trương rà soát quy chế."
    (task,) = [s for s in suggest_text(text, meeting_date=MEETING) if s.kind == "task"]
    assert task.lead_unit == "Sở Y tế"


def test_clauses_are_found_without_punctuation() -> None:
    low = views("ghi nhận sở đã cố gắng đề nghị sở tiếp tục rà soát nhiệm vụ được giao")[1]
    spans = split_clauses(low)
    assert [low[a:e] for a, e in spans] == [
        "ghi nhận sở đã cố gắng",
        "đề nghị sở tiếp tục rà soát nhiệm vụ được giao",
    ]
    assert clean("à thì là đề nghị sở ừ rà soát") == "Đề nghị sở rà soát."


def test_whisper_speech_gives_conclusions_and_tasks() -> None:
    text = (
        "ờ thay mặt đoàn kiểm tra tôi kết luận như sau ghi nhận sở thông tin và truyền thông "
        "đã triển khai nghiêm túc à thì là đề nghị sở tt&tt chủ trì phối hợp với ban tuyên giáo "
        "thành ủy rà soát quy chế xong trước ngày ba mươi tháng chín"
    )
    found = suggest_text(text, meeting_date=MEETING, units=DIRECTORY)
    assert [s.kind for s in found] == ["conclusion", "task"]
    task = found[1]
    assert task.lead_unit == "Sở Thông tin và Truyền thông"
    assert task.coordinating_units == ["Ban Tuyên giáo Thành ủy"]
    assert task.deadline == "2024-09-30" and task.deadline_text == "trước ngày ba mươi tháng chín"
    assert task.text.startswith("Đề nghị sở TT&TT chủ trì") and task.text.endswith(".")
    assert set(task.to_dict()) == {
        "kind", "text", "lead_unit", "coordinating_units", "deadline", "deadline_text", "ongoing",
        "cues", "confidence",
    }  # fmt: skip
    assert "đề nghị" in task.cues and 0 < task.confidence <= 1


def test_upward_requests_and_questions_are_not_tasks() -> None:
    for text in (
        "Sở Tài chính kính đề nghị Ủy ban nhân dân Thành phố quan tâm bố trí kinh phí.",
        "chúng tôi đề nghị tỉnh hỗ trợ kinh phí",
        "Đề nghị Sở làm rõ thêm vai trò của Sở trong chuyển đổi số.",
        "đồng chí cho biết vì sao dự án chậm tiến độ",
    ):
        assert suggest_text(text, meeting_date=MEETING) == [], text


def test_segments_map_back_to_their_span_and_keys_are_stable() -> None:
    texts = [
        ("A", "Báo cáo đã nêu đầy đủ."),
        ("B", "Giao Sở Nội vụ chủ trì phối hợp với"),
        ("B", "Sở Tài chính rà soát biên chế trước ngày 30/9."),
    ]
    segments = [
        Segment(i + 1, 1, 1, i * 10.0, i * 10.0 + 9.5, t, speaker=sp)
        for i, (sp, t) in enumerate(texts)
    ]
    (task,) = suggest_segments(segments, meeting_date=MEETING, units=DIRECTORY)
    assert (task.first_segment_id, task.last_segment_id) == (2, 3)
    assert (task.start, task.end) == (10.0, 29.5)
    assert task.coordinating_units == ["Sở Tài chính"] and task.deadline == "2024-09-30"
    assert task.to_dict()["start"] == 10.0
    again = suggest_text(" ".join(t for _, t in texts), meeting_date=MEETING, units=DIRECTORY)
    assert [s.key for s in again if s.kind == "task"] == [task.key]
    assert isinstance(task, Suggestion)


def test_suggest_meeting_reads_the_store(tmp_path) -> None:
    from meeting_assistant.followup.suggest import suggest_meeting
    from meeting_assistant.store import Store

    with Store(tmp_path / "m.db") as store:
        store.units.ensure("Sở Nội vụ")
        meeting = store.meetings.create("Họp tại Sở Nội vụ", date="2024-07-19")
        assert suggest_meeting(store, meeting.id) == []


@pytest.mark.parametrize("form", ["written", "whisper-like"])
def test_the_labelled_set_meets_its_targets(form: str) -> None:
    report = evaluate(form, forms()[form])
    misses = "\n".join(report.misses)
    assert report.precision("task") >= 0.85, misses
    assert report.recall("task") >= 0.85, misses
    assert report.precision("conclusion") >= 0.75, misses
    assert report.recall("conclusion") >= 0.75, misses
    assert report.lead_accuracy >= 0.80, misses
    assert report.deadline_accuracy >= 0.90, misses


def test_the_labelled_set_is_big_enough() -> None:
    items = forms()["written"]
    assert len(items) >= 80
    assert {item["k"] for item, _ in items} == {"task", "conclusion", "neither"}


UNSEEN = (
    "Đồng chí Chủ tịch UBND huyện kết luận như sau. Cơ bản thống nhất với dự thảo báo cáo tình "
    "hình kinh tế xã hội 9 tháng đầu năm do Văn phòng HĐND và UBND huyện trình. Đánh giá cao sự "
    "nỗ lực của các xã, thị trấn trong công tác thu ngân sách. Giao Phòng Tài chính - Kế hoạch chủ "
    "trì, phối hợp với Chi cục Thuế khu vực và UBND các xã rà soát các khoản thu, báo cáo UBND "
    "huyện trước ngày 20/10/2024. Phòng Tài nguyên và Môi trường khẩn trương hoàn thiện hồ sơ giải "
    "phóng mặt bằng dự án đường tỉnh 295, hoàn thành trong tháng 11. Yêu cầu Công an huyện tăng "
    "cường kiểm tra, xử lý vi phạm trật tự an toàn giao thông, thực hiện thường xuyên. Không đồng "
    "ý với đề xuất kéo dài thời gian thực hiện dự án của Ban Quản lý dự án đầu tư xây dựng huyện. "
    "Đề nghị Ủy ban MTTQ huyện phối hợp với các đoàn thể vận động nhân dân hiến đất làm đường, báo "
    "cáo kết quả trong quý IV/2024. Phòng Giáo dục và Đào tạo chủ trì tham mưu phương án sắp xếp "
    "các điểm trường lẻ, trình UBND huyện chậm nhất ngày 15/11. Tại hội nghị, đại diện xã Tân Lập "
    "đề nghị huyện hỗ trợ kinh phí xây dựng nhà văn hóa. Văn phòng HĐND và UBND huyện theo dõi, "
    "đôn đốc việc thực hiện các nội dung trên, báo cáo kết quả trong 15 ngày."
)


@pytest.mark.parametrize("form", ["written", "whisper"])
def test_a_district_chairs_conclusion_in_both_forms(form: str) -> None:
    import re

    text = UNSEEN if form == "written" else re.sub(r"[.,;:()]", " ", UNSEEN).lower()
    found = suggest_text(text, meeting_date=dt.date(2024, 10, 5))
    conclusions = [s.text[:14] for s in found if s.kind == "conclusion"]
    assert conclusions == ["Cơ bản thống n", "Đánh giá cao s", "Không đồng ý v"]
    tasks = [s for s in found if s.kind == "task"]
    want = [
        ("Phòng Tài chính - Kế hoạch", ["Chi cục Thuế khu vực", "UBND các xã"], "2024-10-20"),
        ("Phòng Tài nguyên và Môi trường", [], "2024-11-30"),
        ("Công an huyện", [], "ongoing"),
        ("Ủy ban MTTQ huyện", ["các đoàn thể"], "2024-12-31"),
        ("Phòng Giáo dục và Đào tạo", [], "2024-11-15"),
        ("Văn phòng HĐND và UBND huyện", [], "2024-10-20"),  # "trong 15 ngày"
    ]
    assert len(tasks) == len(want), [s.to_dict() for s in tasks]
    for task, (lead, coord, deadline) in zip(tasks, want, strict=True):
        assert same_unit(task.lead_unit, lead), (task.lead_unit, lead)
        assert len(task.coordinating_units) == len(coord)
        assert all(same_unit(g, w) for g, w in zip(task.coordinating_units, coord, strict=True))
        assert ("ongoing" if task.ongoing else task.deadline) == deadline, task.to_dict()
    assert not any("Tân Lập" in s.text or "tân lập" in s.text for s in tasks)


def test_a_whisper_paragraph_keeps_its_tasks() -> None:
    from tests.suggestion_eval import paragraph_report

    right, total, notes = paragraph_report()
    assert total >= 10 and right / total >= 0.85, notes
    assert not [n for n in notes if n.startswith("extra")], notes


def test_district_unit_names() -> None:
    assert _names("Đề nghị Ủy ban MTTQ huyện phối hợp với các đoàn thể") == [
        "Ủy ban MTTQ huyện",
        "Các đoàn thể",
    ]
    assert _names("văn phòng hđnd và ubnd huyện theo dõi") == ["Văn phòng HĐND và UBND huyện"]
    assert _names("Trung tâm Văn hóa - Thông tin và Thể thao huyện chủ trì") == [
        "Trung tâm Văn hóa - Thông tin và Thể thao huyện"
    ]
    assert _names("đề nghị huyện đoàn phát động phong trào") == ["Huyện đoàn"]
    assert _names("đề nghị huyện ủy sóc sơn chỉ đạo") == ["Huyện ủy Sóc Sơn"]
    assert _names("chủ động phòng chống dịch tại trụ sở làm việc") == []
    assert same_unit("Ủy ban MTTQ xã", "ủy ban mặt trận tổ quốc xã")


def test_a_month_number_before_a_full_stop_is_not_a_list_item() -> None:
    text = "Phòng Nội vụ khẩn trương rà soát biên chế, hoàn thành trong tháng 11. Yêu cầu Công an"
    text += " huyện tăng cường tuần tra."
    task, police = [s for s in suggest_text(text, meeting_date=MEETING) if s.kind == "task"]
    assert police.lead_unit == "Công an huyện"
    assert task.deadline == "2024-11-30" and task.deadline_text == "trong tháng 11"


def test_upward_and_reports_in_district_speech_are_not_tasks() -> None:
    for text in (
        "UBND xã Đông Hưng đề nghị UBND huyện sớm phê duyệt kế hoạch sử dụng đất năm 2025.",
        "Trong 9 tháng, huyện đã hoàn thành 12/19 chỉ tiêu kinh tế - xã hội.",
        "Phòng Tài chính - Kế hoạch đã tham mưu UBND huyện phân bổ kinh phí cho các xã.",
    ):
        assert [s for s in suggest_text(text, meeting_date=MEETING) if s.kind == "task"] == [], text


@pytest.mark.parametrize("form", ["held-out-2", "held-out-2 wsp"])
def test_the_district_and_party_registers(form: str) -> None:
    from tests.suggestion_eval import held_out_forms

    report = evaluate(form, held_out_forms()[form])
    misses = "\n".join(report.misses)
    assert report.recall("task") >= 0.85 and report.precision("task") >= 0.85, misses
    assert report.lead_accuracy >= 0.80 and report.deadline_accuracy >= 0.90, misses


@pytest.mark.parametrize("form", ["held-4", "held-4 wsp"])
def test_the_party_committee_register(form: str) -> None:
    from tests.suggestion_eval import held_out_forms

    report = evaluate(form, held_out_forms()[form])
    misses = "\n".join(report.misses)
    assert report.recall("task") >= 0.85 and report.precision("task") >= 0.85, misses
    assert report.recall("conclusion") >= 0.75 and report.precision("conclusion") >= 0.75, misses
    assert report.lead_accuracy >= 0.80 and report.deadline_accuracy >= 0.90, misses


def test_a_party_committee_conclusion_read_as_one_whisper_run() -> None:
    text = (
        "Thay mặt Ban Thường vụ Huyện ủy, đồng chí Bí thư Huyện ủy kết luận. Ban Thường vụ"
        " Huyện ủy ghi nhận kết quả đã đạt được trong 6 tháng đầu năm. Chưa thống nhất thông"
        " qua đề án sáp nhập các thôn, đề nghị hoàn thiện thêm. Giao Ban Tổ chức Huyện ủy chủ"
        " trì, phối hợp với Ủy ban Kiểm tra Huyện ủy hoàn thiện quy chế làm việc của Ban Chấp"
        " hành Đảng bộ huyện khóa mới, trình Ban Thường vụ trước ngày 30 tháng 8 năm 2025. Đảng"
        " ủy các xã, thị trấn chỉ đạo rà soát, bổ sung quy hoạch cán bộ, báo cáo Ban Thường vụ"
        " Huyện ủy chậm nhất ngày 15/9/2025. Đảng đoàn HĐND huyện lãnh đạo kỳ họp chuyên đề,"
        " hoàn thành trước 31/7. Các đồng chí Ủy viên Ban Thường vụ theo lĩnh vực được phân"
        " công thường xuyên kiểm tra, đôn đốc việc thực hiện. Trong 6 tháng, toàn huyện đã kết"
        " nạp được 125 đảng viên mới."
    )
    day = dt.date(2025, 7, 10)
    for form in (text, re.sub(r"[.,;:()]", " ", text).lower()):
        found = suggest_text(form, meeting_date=day)
        assert [s.kind for s in found] == ["conclusion", "conclusion"] + ["task"] * 4, form
        tasks = [s for s in found if s.kind == "task"]
        assert [t.lead_unit for t in tasks] == [
            "Ban Tổ chức Huyện ủy",
            "Đảng ủy các xã, thị trấn" if "," in form else "Đảng ủy các xã thị trấn",
            "Đảng đoàn HĐND huyện",
            "Các đồng chí Ủy viên Ban Thường vụ",
        ]
        assert [t.deadline for t in tasks[:3]] == ["2025-08-30", "2025-09-15", "2025-07-31"]
        assert tasks[3].ongoing and tasks[3].deadline is None
        assert tasks[1].text.endswith("chậm nhất ngày 15/9/2025.")
        assert "hoàn thiện thêm" in found[1].text
        assert "Hđnd" not in " ".join(s.text for s in found)


def test_a_department_conclusion_with_a_refusal_and_an_announcement() -> None:
    text = (
        "Tiếp thu ý kiến các đại biểu, đồng chí Giám đốc Sở kết luận một số nội dung. Ghi nhận"
        " các phòng, đơn vị thuộc Sở đã hoàn thành cơ bản các chỉ tiêu kế hoạch năm. Yêu cầu"
        " Thủ trưởng các đơn vị thực hiện nghiêm quy chế văn hóa công sở. Đề nghị Công đoàn cơ"
        " quan phối hợp với Đoàn Thanh niên Sở tổ chức các hoạt động chào mừng ngày thành lập"
        " ngành, xong trước 15/12. Đối với đề xuất của Phòng Quản lý Bưu chính về việc thuê"
        " thêm trụ sở, chưa đồng ý. Năm qua, Sở đã tham mưu ban hành 12 văn bản."
    )
    day = dt.date(2025, 11, 14)
    for form in (text, re.sub(r"[.,;:()]", " ", text).lower()):
        found = suggest_text(form, meeting_date=day)
        assert [s.kind for s in found] == ["conclusion", "task", "task", "conclusion"], form
        assert found[0].text.startswith("Ghi nhận")
        assert found[2].lead_unit.lower() == "công đoàn cơ quan"
        assert found[2].deadline == "2025-12-15"
        assert found[3].text.rstrip(".").endswith("chưa đồng ý")


def test_village_cells_industrial_zone_boards_and_bloc_committees_lead() -> None:
    cases = [
        ("Chi bộ thôn Đồng Tâm khẩn trương kiện toàn chi ủy.", "Chi bộ thôn Đồng Tâm"),
        ("chi bộ khu phố 3 tổ chức sinh hoạt chuyên đề trong tháng 12", "Chi bộ khu phố 3"),
        (
            "Yêu cầu Ban Quản lý các khu công nghiệp tỉnh tăng cường kiểm tra việc xả thải.",
            "Ban Quản lý các khu công nghiệp tỉnh",
        ),
        (
            "đảng ủy khối các cơ quan huyện chỉ đạo các chi bộ trực thuộc học tập chuyên đề",
            "Đảng ủy Khối các cơ quan huyện",
        ),
        (
            "Các cơ quan báo chí của tỉnh tăng cường tuyên truyền về cải cách hành chính.",
            "Các cơ quan báo chí của tỉnh",
        ),
    ]
    for text, lead in cases:
        tasks = suggest_text(text, meeting_date=dt.date(2025, 11, 14))
        assert [s.kind for s in tasks] == ["task"], text
        assert same_unit(tasks[0].lead_unit, lead), (text, tasks[0].lead_unit)
    # "công sở", "thị trường", "trường hợp" are no units.
    assert not suggest_text("Trong trường hợp thị trường biến động, văn hóa công sở đề nghị gì?")


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Công ty TNHH MTV Cấp thoát nước tỉnh khẩn trương khắc phục sự cố",
            "Công ty TNHH MTV Cấp thoát nước tỉnh",
        ),
        ("tổng công ty điện lực miền bắc bảo đảm cung cấp điện", "Tổng công ty Điện lực miền Bắc"),
        ("báo bắc giang tăng cường tuyên truyền về bầu cử", "Báo Bắc Giang"),
        ("Quỹ Đầu tư phát triển tỉnh thẩm định hồ sơ vay vốn", "Quỹ Đầu tư phát triển tỉnh"),
        ("trường thpt chuyên lê quý đôn chủ trì tổ chức kỳ thi", "Trường THPT chuyên Lê Quý Đôn"),
        ("Thủ trưởng các đơn vị chấn chỉnh kỷ luật, kỷ cương hành chính.", "các đơn vị"),
        ("giám đốc sở y tế chỉ đạo các bệnh viện bảo đảm đủ thuốc", "Sở Y tế"),
        ("Lưu ý các đơn vị không để xảy ra nợ đọng xây dựng cơ bản.", "các đơn vị"),
    ],
)
def test_firms_press_titles_and_collectives_lead(text: str, lead: str) -> None:
    tasks = [s for s in suggest_text(text, meeting_date=MEETING) if s.kind == "task"]
    assert tasks and same_unit(tasks[0].lead_unit, lead), tasks


@pytest.mark.parametrize(
    "text",
    [
        "Sở Tài chính báo cáo kết quả giải ngân.",
        "quỹ đất còn lại cần được rà soát",
        "thư viện tỉnh tổ chức ngày sách",
    ],
)
def test_bao_cao_quy_dat_thu_vien_are_not_units(text: str) -> None:
    assert not [s for s in suggest_text(text, meeting_date=MEETING) if s.kind == "task"]


def test_a_refusal_keeps_its_conclusion_and_the_request_is_a_task() -> None:
    found = suggest_text(
        "chưa đồng ý chủ trương điều chỉnh quy hoạch đề nghị ủy ban nhân dân thành phố nghiên "
        "cứu thêm",
        meeting_date=MEETING,
    )
    assert [s.kind for s in found] == ["conclusion", "task"]
    assert same_unit(found[1].lead_unit, "UBND thành phố")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("trước ngày ba mươi tháng mười hai", "2024-12-30"),
        ("trước ngày mười lăm tháng một năm hai không hai sáu", "2026-01-15"),
        ("trước ngày hai mươi mốt tháng mười một", "2024-11-21"),
    ],
)
def test_spoken_number_dates(words: str, expected: str) -> None:
    assert str(parse_deadline(words, MEETING).date) == expected


NOV_14 = dt.date(2025, 11, 14)


@pytest.mark.parametrize(
    ("text", "expected", "ongoing"),
    [
        (
            "Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ, Sở Tư pháp và UBND các huyện rà "
            "soát, tham mưu UBND tỉnh phương án sắp xếp trụ sở, hoàn thành trước ngày 30/11/2025.",
            "2025-11-30",
            False,
        ),
        ("Sở Y tế hoàn thiện đề án, thời hạn: tháng 01/2026.", "2026-01-31", False),
        ("sở y tế hoàn thiện đề án thời hạn tháng một năm hai không hai sáu", "2026-01-31", False),
        ("Sở Tư pháp rà soát văn bản, thời gian hoàn thành: ngày 20/12/2025.", "2025-12-20", False),
        ("Sở Tài chính tham mưu phân bổ vốn, hoàn thành trong quý I/2026.", "2026-03-31", False),
        ("sở tài chính tham mưu phân bổ vốn trong quý iv/2025", "2025-12-31", False),
        (
            "Công an tỉnh tăng cường tuần tra kiểm soát giao thông, "
            "thời gian thực hiện: thường xuyên.",
            None,
            True,
        ),
        (
            "Đề nghị Sở Tài chính chủ trì, phối hợp với các sở, ngành, trong 5 ngày làm việc tổng "
            "hợp, báo cáo Chủ tịch UBND tỉnh.",
            "2025-11-21",
            False,
        ),
    ],
)
def test_deadlines_of_long_and_labelled_tasks(
    text: str, expected: str | None, ongoing: bool
) -> None:
    tasks = [s for s in suggest_text(text, meeting_date=NOV_14) if s.kind == "task"]
    assert len(tasks) == 1
    assert tasks[0].deadline == expected
    assert tasks[0].ongoing is ongoing


def test_an_event_deadline_keeps_its_words_without_a_date() -> None:
    (task,) = suggest_text(
        "Sở Công Thương kiểm tra hàng hóa trước Tết Nguyên đán.", meeting_date=NOV_14
    )
    assert task.deadline is None and not task.ongoing
    assert task.deadline_text == "trước Tết Nguyên đán"
