"""Shapes of real chairs' orders the engine reads (issue 14, round 2), each in the written form
and as Whisper hears it (lower case, no marks, dates read out), and the upward requests that
must stay non-tasks. The sentences are written for these tests in the style of conclusion
notices; the figures on real text are in tests/test_suggest_real.py."""

from __future__ import annotations

import datetime as dt

import pytest

from meeting_assistant.followup.deadlines import find_deadline
from meeting_assistant.followup.suggest import suggest_text

from .real_eval import lead_matches
from .spoken_form import spoken

DAY = dt.date(2024, 5, 10)


def _task(text: str):
    return next((s for s in suggest_text(text, meeting_date=DAY) if s.kind == "task"), None)


@pytest.mark.parametrize("form", ["written", "spoken"])
@pytest.mark.parametrize(
    ("text", "lead", "deadline"),
    [
        # a deadline between the unit and its verb
        ("Sở Y tế, trước ngày 15/9, phải kiểm tra các cơ sở hành nghề tư nhân.", "Sở Y tế",
         "2024-09-15"),
        # a half year opening the order, no subject
        ("6 tháng cuối năm, cần tập trung tháo gỡ khó khăn cho các dự án đầu tư công.", None,
         "2024-12-31"),
        # those present told to act
        ("Sáu tháng cuối năm thì các đồng chí phải nỗ lực hoàn thành các chỉ tiêu đã đề ra.",
         None, "2024-12-31"),
        # work sent up by a date, no one named
        ("Trình UBND tỉnh trước ngày 10/8 để báo cáo Bộ Công Thương theo quy định.", None,
         "2024-08-10"),
        # a duty put on a thing, by a date
        ("Số liệu phải được gửi về Sở Nội vụ trước 30/8.", None, "2024-08-30"),
        # a unit's commitment by a date
        ("Sở Nội vụ sẽ tổng hợp, báo cáo UBND tỉnh trước 30/9.", "Sở Nội vụ", "2024-09-30"),
        # a district named by its place alone
        ("Chủ tịch UBND tỉnh đề nghị huyện Hoài Đức triển khai quyết liệt các giải pháp.",
         "huyện Hoài Đức", None),
        # an order in the negative
        ("Tuyệt đối không để xảy ra tình trạng lấn chiếm hành lang an toàn giao thông.", None,
         None),
        # a duty by one's own functions
        ("Theo chức năng, nhiệm vụ được giao, chủ động triển khai các nội dung của Công văn.",
         None, None),
        # an hour before the day
        ("Báo cáo kết quả về Văn phòng UBND tỉnh trước 14 giờ, ngày 20/5/2024.", None,
         "2024-05-20"),
        ("Từ nay đến cuối năm, các sở, ngành cần đẩy nhanh giải ngân vốn đầu tư công.",
         "các sở, ngành", "2024-12-31"),
    ],
)  # fmt: skip
def test_orders_real_chairs_give(text, lead, deadline, form):
    said = text if form == "written" else spoken(text)
    task = _task(said)
    assert task is not None, said
    if lead is None:
        assert task.lead_unit is None, task
    else:
        assert lead_matches(task.lead_unit, lead), task
    assert task.deadline == deadline, task


@pytest.mark.parametrize("form", ["written", "spoken"])
@pytest.mark.parametrize(
    "text",
    [
        "Đề xuất UBND tỉnh giao Sở Tài chính chủ trì thẩm định phương án.",
        "Kiến nghị UBND tỉnh xem xét, giao Sở Xây dựng hướng dẫn thủ tục.",
        "Kiến nghị Bộ Tài chính sớm bố trí vốn cho dự án.",
        "Huyện kiến nghị Thường trực Tỉnh ủy chỉ đạo Sở Xây dựng sớm hướng dẫn.",
        "Tại hội nghị, đại diện xã Tân Lập đề nghị huyện hỗ trợ kinh phí xây dựng nhà văn hóa.",
    ],
)
def test_upward_requests_stay_non_tasks(text, form):
    said = text if form == "written" else spoken(text)
    assert _task(said) is None, said


def test_a_unit_that_asks_upward_while_advising_still_has_its_task():
    task = _task("Sở Tài chính tham mưu, đề xuất UBND tỉnh giao vốn cho các huyện.")
    assert task is not None and task.lead_unit == "Sở Tài chính"


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("trước 17 giờ ngày 12/5", "2024-05-12"),
        ("trước 14 giờ, ngày 05/12/2017", "2017-12-05"),
        ("trước 16 giờ 30 chiều ngày 3/6", "2024-06-03"),
        ("từ nay đến cuối năm", "2024-12-31"),
        ("chậm nhất đến cuối năm", "2024-12-31"),
    ],
)
def test_deadline_phrases(phrase, day):
    found = find_deadline(phrase, DAY)
    assert found is not None and found.date == dt.date.fromisoformat(day)


@pytest.mark.parametrize("phrase", ["những tháng cuối năm", "trước cuối năm học", "cuối năm"])
def test_not_deadlines(phrase):
    assert find_deadline(phrase, DAY) is None


@pytest.mark.parametrize("form", ["written", "spoken"])
def test_many_units_of_one_kind_keep_their_plural(form):
    text = "Đề nghị các phòng Giáo dục và Đào tạo các huyện, thị xã khẩn trương rà soát."
    task = _task(text if form == "written" else spoken(text))
    assert task is not None and task.lead_unit.lower() == "các phòng giáo dục và đào tạo"


@pytest.mark.parametrize("form", ["written", "spoken"])
def test_sectors_listed_after_one_head_are_not_a_plural(form):
    text = "Chủ tịch UBND tỉnh giao Giám đốc các Sở: Nội vụ, Tài chính căn cứ chức năng rà soát."
    task = _task(text if form == "written" else spoken(text))
    assert task is not None and task.lead_unit == "Sở Nội vụ"


@pytest.mark.parametrize("form", ["written", "spoken"])
def test_addressee_after_a_time_phrase(form):
    text = (
        "Chủ tịch HĐND tỉnh đề nghị, sau kỳ họp này, Thường trực HĐND tỉnh và các ban của HĐND "
        "tỉnh tăng cường giám sát việc thực hiện các nghị quyết."
    )
    task = _task(text if form == "written" else spoken(text))
    assert task is not None and lead_matches(task.lead_unit, "Thường trực HĐND tỉnh")


def _kind(text: str) -> str:
    found = suggest_text(text, meeting_date=DAY)
    return next((s.kind for s in found if s.kind == "task"), found[0].kind if found else "neither")


def test_a_chair_affirming_is_a_conclusion_a_promise_is_not():
    assert (
        _kind("Bí thư Tỉnh ủy khẳng định, thành công của Đại hội có ý nghĩa đặc biệt quan trọng.")
        == "conclusion"
    )
    assert (
        _kind("Đồng chí Chủ tịch UBND xã khẳng định: Chính quyền xã sẽ giải quyết các tồn tại.")
        == "neither"
    )


def test_presiding_is_not_an_order():
    assert _kind("Chủ trì hội nghị có đồng chí Bí thư Tỉnh ủy và các đồng chí lãnh đạo tỉnh.") == (
        "neither"
    )


def test_units_heard_in_a_run_with_no_marks():
    """ "… đoàn thể tỉnh ủy ban nhân dân cấp huyện …": "tỉnh" closes one unit, "ủy ban nhân dân"
    opens the next (not "Tỉnh ủy" and a "Ban nhân dân"); the point's number does not part the
    subjects of one clause."""
    text = (
        "1 các sở ban ngành đoàn thể tỉnh ủy ban nhân dân cấp huyện ủy ban nhân dân cấp xã rà "
        "soát kiện toàn ban chỉ đạo phòng chống dịch"
    )
    task = _task(text)
    assert task is not None and lead_matches(task.lead_unit, "các sở, ban, ngành, đoàn thể tỉnh")
    issued = _task("tỉnh ủy ban hành nghị quyết về phát triển du lịch trong năm nay")
    assert issued is None or issued.lead_unit == "Tỉnh ủy"  # "ban hành" is a verb, not a head


@pytest.mark.parametrize("form", ["written", "spoken"])
def test_a_commune_asking_its_district_is_no_task(form):
    text = "Đồng chí Chủ tịch UBND xã Hòa Bình đề nghị huyện Hoài Đức bố trí vốn sửa trạm bơm."
    assert _task(text if form == "written" else spoken(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "tôi đề nghị ủy ban nhân dân tỉnh xem xét giao cho sở nội vụ hướng dẫn",
        "Chủ tịch UBND tỉnh đề nghị Thủ tướng Chính phủ xem xét, giao Bộ Tài chính bố trí vốn.",
    ],
)
def test_asking_the_one_above_to_consider_is_no_task(text):
    assert _task(text) is None


def test_a_unit_as_the_topic_then_those_present_told_to_act():
    said = "còn bên công an tỉnh thì các đồng chí phải tuần tra thường xuyên nhé"
    task = _task(said)
    assert task is not None and task.lead_unit == "Công an tỉnh" and task.ongoing


def test_a_date_that_comes_back_each_year_is_periodic():
    found = find_deadline("báo cáo trước ngày 15/6 hằng năm", DAY)
    assert found is not None and found.ongoing and found.date is None
    assert find_deadline("báo cáo trước ngày 15/6", DAY).date == dt.date(2024, 6, 15)


def test_a_topic_heard_with_no_comma_before_the_order():
    said = "đối với các dự án chậm tiến độ cần kiên quyết thu hồi theo quy định"
    task = _task(said)
    assert task is not None and task.lead_unit is None
