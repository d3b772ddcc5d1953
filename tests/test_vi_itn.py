"""Vietnamese inverse text normalisation and readable text from a recogniser without capitals
(the viet-asr engine's output): what a clerk would write."""

import pytest

from meeting_assistant.transcription.readable import capitalise_names, readable
from meeting_assistant.transcription.vi_itn import normalise_numbers


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("hai không trăm hai mươi tư", "2024"),
        ("ngày mười lăm tháng chín", "ngày 15 tháng 9"),
        (
            "ngày mười lăm tháng chín năm hai nghìn không trăm hai mươi lăm",
            "ngày 15 tháng 9 năm 2025",
        ),
        ("ngày hai tháng năm năm hai nghìn", "ngày 2 tháng 5 năm 2000"),
        ("tháng tư năm hai không hai tư", "tháng 4 năm 2024"),
        ("tháng mười hai", "tháng 12"),
        ("ba trăm linh năm người", "305 người"),
        ("hai mươi mốt đơn vị", "21 đơn vị"),
        ("mười một", "11"),
        ("năm mươi", "50"),
        ("mười lăm phần trăm", "15%"),
        ("ba phẩy năm phần trăm", "3,5%"),
        ("một triệu hai trăm nghìn đồng", "1.200.000 đồng"),
        ("lúc chín giờ ba mươi phút", "lúc 9 giờ 30 phút"),
        ("theo điều năm khoản hai", "theo điều 5 khoản 2"),
        ("không chín không tám", "0908"),
    ],
)
def test_numbers_and_dates_are_written_as_a_clerk_writes_them(spoken, written):
    assert normalise_numbers(spoken) == written


@pytest.mark.parametrize(
    "words",
    [
        "một số đơn vị chưa báo cáo",  # "some", not "1"
        "ba mẹ các em",  # "ba" is also a parent
        "hai ba người",  # two or three people
        "năm nay",
    ],
)
def test_ordinary_words_that_are_also_numbers_stay_words(words):
    assert normalise_numbers(words) == words


def test_twenty_years_is_not_twenty_five():
    assert normalise_numbers("hai mươi năm qua") == "20 năm qua"


def test_lone_number_words_everywhere_only_when_asked():
    assert normalise_numbers("có ba ý kiến") == "có ba ý kiến"
    assert normalise_numbers("có ba ý kiến", everywhere=True) == "có 3 ý kiến"


def test_known_names_get_their_capitals_longest_first():
    names = ["Sở Tài chính", "Sở Tài chính tỉnh Bình Dương", "Nguyễn Văn An", "sở nội vụ"]
    text = "giao sở tài chính tỉnh bình dương và sở tài chính chủ trì đồng chí nguyễn văn an"
    assert capitalise_names(text, names) == (
        "giao Sở Tài chính tỉnh Bình Dương và Sở Tài chính chủ trì đồng chí Nguyễn Văn An"
    )
    # A name written all in lower case says nothing about capitals; part of a word is no name.
    assert capitalise_names("sở nội vụ", names) == "sở nội vụ"
    assert capitalise_names("ansở tài chính", names) == "ansở tài chính"


def test_a_segment_reads_as_a_sentence():
    out = readable(
        "  đề nghị sở tài chính báo cáo trước ngày mười lăm tháng chín ", ["Sở Tài chính"]
    )
    assert out == "Đề nghị Sở Tài chính báo cáo trước ngày 15 tháng 9."
    assert readable("") == ""
