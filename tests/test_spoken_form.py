"""The spoken-form converter used to read the real corpus as a chair says it, and the deadline
rules reading the same date written and spoken."""

from __future__ import annotations

import datetime as dt

import pytest

from meeting_assistant.followup.deadlines import find_deadline

from .spoken_form import number_words, spoken


@pytest.mark.parametrize(
    "n, words",
    [
        (5, "năm"), (10, "mười"), (15, "mười lăm"), (21, "hai mươi mốt"), (24, "hai mươi tư"),
        (30, "ba mươi"), (105, "một trăm linh năm"), (2016, "hai nghìn không trăm mười sáu"),
        (2025, "hai nghìn không trăm hai mươi lăm"), (1005, "một nghìn không trăm linh năm"),
    ],
)  # fmt: skip
def test_numbers_in_words(n, words):
    assert number_words(n) == words


def test_dates_and_abbreviations_are_read_out():
    text = "Giao Sở TN&MT, UBND các huyện hoàn thành trước ngày 28.7.2016; quý I/2020; 25-8."
    assert spoken(text) == (
        "giao sở tài nguyên và môi trường ủy ban nhân dân các huyện hoàn thành trước ngày "
        "28 tháng 7 năm 2016 quý 1 năm 2020 25 tháng 8"
    )
    assert spoken("trước ngày 15/9", words=True) == "trước ngày mười lăm tháng chín"
    assert spoken("đạt 1.573,1 tỷ đồng, 11,5%", words=True) == (
        "đạt một nghìn năm trăm bảy mươi ba phẩy một tỷ đồng mười một phẩy năm phần trăm"
    )


@pytest.mark.parametrize(
    "text, want",
    [
        ("hoàn thành trước ngày 10/12/2023", "2023-12-10"),
        ("trước ngày 15/9, phải kiểm tra", "2014-09-15"),
        ("báo cáo trước ngày 20.7.2020", "2020-07-20"),
        ("hoàn thành trong quý IV/2023", "2023-12-31"),
        ("trong 6 tháng cuối năm 2014 các đoàn thể cần", "2014-12-31"),
        ("hoàn thành trong năm 2018", "2018-12-31"),
    ],
)
def test_a_deadline_reads_the_same_written_and_spoken(text, want):
    day = dt.date(2014, 8, 20)
    for form in (text, spoken(text), spoken(text, words=True)):
        found = find_deadline(form, day)
        assert found is not None and found.date.isoformat() == want, form
