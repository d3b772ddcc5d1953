"""How names and meeting titles read in a sentence, and where long names in a header break."""

from __future__ import annotations

import pytest

from meeting_assistant.documents.layout import load_layout
from meeting_assistant.documents.wording import (
    balanced_lines,
    in_sentence,
    meeting_phrase,
    person_name,
)

STATE = load_layout("state")


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("Đồng chí Lê Văn Cường, Bí thư Tỉnh ủy", "đồng chí Lê Văn Cường, Bí thư Tỉnh ủy"),
        ("Đ/c Lê Văn Cường", "đ/c Lê Văn Cường"),
        ("Bà Phạm Thu Hà", "bà Phạm Thu Hà"),
        ("Lê Văn Cường, Giám đốc Sở", "đồng chí Lê Văn Cường, Giám đốc Sở"),
        ("Đồng Văn Chí", "đồng chí Đồng Văn Chí"),  # a surname is not an honorific
    ],
)
def test_a_chair_in_mid_sentence(typed, sentence):
    assert in_sentence(STATE, typed) == sentence


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Đồng chí Nguyễn Văn Phong, Phó Bí thư Thường trực Thành ủy", "Nguyễn Văn Phong"),
        ("Bà Phạm Thu Hà - Chuyên viên Văn phòng", "Phạm Thu Hà"),
        ("Trần Văn An (Phó Giám đốc)", "Trần Văn An"),
        ("Trần Văn An", "Trần Văn An"),
    ],
)
def test_a_signature_keeps_the_name_alone(typed, name):
    assert person_name(STATE, typed) == name


def test_a_known_attendee_is_found_inside_a_title():
    assert person_name(STATE, "Phó Giám đốc Sở Lê Thị Mai", ["Lê Thị Mai", "Mai"]) == "Lê Thị Mai"


@pytest.mark.parametrize(
    ("title", "phrase", "noun"),
    [
        ("Họp giao ban tháng 9", "cuộc họp giao ban tháng 9", "cuộc họp"),
        ("Hội nghị sơ kết quý III", "hội nghị sơ kết quý III", "hội nghị"),
        ("Hội nghị Ban Chấp hành Đảng bộ", "Hội nghị Ban Chấp hành Đảng bộ", "hội nghị"),
        ("Kiểm tra việc thực hiện Chỉ thị 24", "cuộc họp kiểm tra việc thực hiện Chỉ thị 24",
         "cuộc họp"),
        ("Họp Ban Thường vụ Tỉnh ủy", "cuộc họp Ban Thường vụ Tỉnh ủy", "cuộc họp"),
        ("Cuộc họp giao ban", "cuộc họp giao ban", "cuộc họp"),
    ],
)  # fmt: skip
def test_a_meeting_title_in_a_sentence_is_never_doubled(title, phrase, noun):
    assert meeting_phrase(STATE, title) == (phrase, noun)


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", ["SỞ THÔNG TIN", "VÀ TRUYỀN THÔNG"]),
        ("SỞ NỘI VỤ", ["SỞ NỘI VỤ"]),
        ("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH BẮC NINH",
         ["BAN QUẢN LÝ CÁC KHU", "CÔNG NGHIỆP TỈNH BẮC NINH"]),  # never "CÔNG / NGHIỆP"
        ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"]),
    ],
)  # fmt: skip
def test_header_names_break_evenly_between_their_parts(name, lines):
    width = STATE.get("header.columns_mm")[0] * 72 / 25.4
    assert balanced_lines(STATE, name, width, 12, bold=True).split("\n") == lines
    # A break the clerk typed is kept.
    assert balanced_lines(STATE, "SỞ THÔNG TIN VÀ\nTRUYỀN THÔNG", width, 12) == (
        "SỞ THÔNG TIN VÀ\nTRUYỀN THÔNG"
    )
