"""Layout files: both standards complete, their number and date formats, a clerk's own copy, and
clear messages for a broken one."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from meeting_assistant.documents.layout import layout_path, load_layout
from meeting_assistant.errors import UserError
from meeting_assistant.paths import data_dir, resource


def keys(value, prefix=""):
    if isinstance(value, dict):
        out = set()
        for key, inner in value.items():
            out |= {prefix + key} | keys(inner, prefix + key + ".")
        return out
    return set()


def test_both_layouts_load_and_have_the_same_entries():
    state, party = load_layout("state"), load_layout("party")
    assert state.name == "state" and party.name == "party"
    # Only the mark under the issuing body (a rule, or "*") and under the title differ in kind.
    differ = ("header.issuing_mark.", "title.rule.")
    assert {k for k in keys(state.data) if not k.startswith(differ)} == {
        k for k in keys(party.data) if not k.startswith(differ)
    }
    assert state.get("page.size_mm") == party.get("page.size_mm") == [210, 297]


def numbers_in(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    if isinstance(value, dict):
        return any(numbers_in(v) for k, v in value.items() if not k.startswith("_"))
    if isinstance(value, list):
        return any(numbers_in(v) for v in value)
    return False


@pytest.mark.parametrize("name", ["state", "party"])
def test_every_section_with_numbers_says_which_rule_they_come_from(name):
    data = load_layout(name).data
    assert "Quy định 399-QĐ/TW" in load_layout("party").get("standard")
    assert "Nghị định 30/2020/NĐ-CP" in load_layout("state").get("standard")
    assert "05-HD/VPTW" in load_layout("party").get("_rule")  # what was not found is said
    sections = {**data, **data["documents"]}
    unsourced = [
        key for key, value in sections.items()
        if isinstance(value, dict) and key != "documents" and numbers_in(value)
        and not isinstance(value.get("_rule"), str)
    ]  # fmt: skip
    assert unsourced == []


def test_number_formats_of_each_standard():
    state, party = load_layout("state"), load_layout("party")
    assert state.number("12", "TB", "SNV") == "Số: 12/TB-SNV"
    assert party.number("12", "TB", "TU") == "Số 12-TB/TU"
    # Numbers below 10 get a leading 0 (Phụ lục I, II.3.c; the Party's rule alike).
    assert state.number("5", "TB", "SNV") == "Số: 05/TB-SNV"
    assert party.number("5", "TB", "TU") == "Số 05-TB/TU"
    assert state.number("5", "", "SNV") == "Số: 05/SNV"  # a letter (công văn) has no kind
    # ... but names its drafting unit: "Số: 05/BNV-VP" (Phụ lục I, II.3.b).
    assert state.number("5", "", "STTTT", unit="VP") == "Số: 05/STTTT-VP"
    assert party.number("5", "CV", "TU") == "Số 05-CV/TU"
    assert state.number_code("7", "TB", "SNV") == "07/TB-SNV"
    # A number already written in full prints as typed; a blank one leaves room for a pen.
    assert party.number("15-TB/TU", "TB", "TU") == "Số 15-TB/TU"
    blank = state.number("", "TB", "SNV")
    assert blank.startswith("Số: \u00a0") and blank.endswith("/TB-SNV")
    assert state.number_code("12", "TB", "SNV") == "12/TB-SNV"
    assert party.number_code("12", "TB", "TU") == "12-TB/TU"


def test_date_line_pads_days_below_ten_and_january_february():
    state = load_layout("state")
    assert state.date_line("Hà Nội", dt.date(2024, 2, 5)) == "Hà Nội, ngày 05 tháng 02 năm 2024"
    assert state.date_line("Hà Nội", dt.date(2024, 7, 19)) == "Hà Nội, ngày 19 tháng 7 năm 2024"
    assert state.date_line("Huế", dt.date(2024, 12, 1)) == "Huế, ngày 01 tháng 12 năm 2024"
    blank = state.date_line("", None)
    assert "ngày" in blank and "năm" in blank and blank.startswith(state.get("blank"))
    assert state.date(dt.date(2024, 3, 4)) == "04/03/2024"
    assert state.deadline(dt.date(2024, 9, 30), False, None) == "trước ngày 30/09/2024"
    assert state.deadline(None, True, None) == "Thường xuyên"
    assert state.deadline_cell(dt.date(2024, 9, 30), False, None) == "30/09/2024"
    assert state.date_words(dt.date(2024, 1, 5)) == "ngày 05 tháng 01 năm 2024"
    assert state.clock("8:05") == "8 giờ 05 phút" and state.clock("") == "… giờ … phút"


@pytest.fixture
def own_layouts():
    folder = data_dir() / "layouts"
    folder.mkdir(parents=True, exist_ok=True)
    yield folder
    for path in folder.glob("*.json"):
        path.unlink()


def test_a_clerks_own_layout_file_replaces_the_shipped_one(own_layouts):
    data = json.loads(resource("layouts", "state.json").read_text(encoding="utf-8"))
    data["header"]["number"]["format"] = "Số: {number}/{kind}.{symbol}"
    data["numbering"]["pad_below"] = 0
    (own_layouts / "state.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert layout_path("state") == own_layouts / "state.json"
    assert load_layout("state").number("3", "TB", "SNV") == "Số: 3/TB.SNV"
    assert load_layout("party").number("3", "TB", "TU") == "Số 03-TB/TU"


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d["header"].pop("number"), "header.number"),
        (lambda d: d["body"].update(size="fourteen"), "body.size"),
        (lambda d: d["page"]["page_number"].update(on_first_page="no"), "on_first_page"),
    ],
)
def test_a_broken_layout_file_names_what_is_wrong(own_layouts, change, words):
    data = json.loads(resource("layouts", "party.json").read_text(encoding="utf-8"))
    change(data)
    (own_layouts / "party.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(UserError) as caught:
        load_layout("party")
    assert words in str(caught.value)


def test_unreadable_layout_and_unknown_sentence_fields_are_user_errors(own_layouts):
    (own_layouts / "state.json").write_text("{ not json", "utf-8")
    with pytest.raises(UserError):
        load_layout("state")
    (own_layouts / "state.json").unlink()
    layout = load_layout("state")
    with pytest.raises(UserError) as caught:
        layout.text("documents.notice.intro", date="x")  # a field the sentence needs is missing
    assert "documents.notice.intro" in str(caught.value)
    with pytest.raises(UserError):
        layout.get("documents.notice.no_such_entry")
    with pytest.raises(UserError):
        load_layout("federal")
