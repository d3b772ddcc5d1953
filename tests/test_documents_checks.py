"""No document with holes: what a document lacks is listed before it prints, a final one is
refused until it is complete (a draft prints marked "DỰ THẢO"); per-meeting issuing body and
signer; numbers that increase per year (per term for the Party) and kind, and never repeat."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest
from sqlite_utils import Database

from meeting_assistant.documents.checks import IncompleteDocumentError, check_ready, missing_for
from meeting_assistant.documents.export import export_meeting, export_memo, export_report
from meeting_assistant.documents.numbering import (
    issue_free_number,
    issue_number,
    next_number,
    record_number,
)
from meeting_assistant.documents.organisation import Organisation
from meeting_assistant.errors import UserError
from meeting_assistant.store import Store
from meeting_assistant.store.migrations import migrations
from meeting_assistant.store.numbers import NumberRepo

from .document_fixtures import ORGANISATIONS, TODAY, docx_text, make_meeting, pdf_text

BLANK = Organisation()  # nothing set in Settings


def codes(problems, blocking=None):
    return {p.code for p in problems if blocking is None or p.blocking == blocking}


# What is missing ------------------------------------------------------------------------------


def test_a_blank_organisation_and_meeting_are_listed_field_by_field(store):
    meeting = store.meetings.create("Họp giao ban")
    store.items.add_conclusion(meeting.id, "Thống nhất.", state="confirmed")
    notice = missing_for(store, meeting.id, "notice", organisation=BLANK)
    assert codes(notice, blocking=True) == {
        "issuing_body",
        "symbol",
        "place",
        "signer_name",
        "signer_title",
        "date",
        "chair",
    }
    assert codes(notice, blocking=False) == {"number"}
    assert all(p.field.startswith(("org.", "meeting.")) for p in notice)
    minutes = missing_for(store, meeting.id, "minutes", organisation=BLANK)
    # The minutes are signed by the secretary and the chair: the settings' signer is not needed.
    assert codes(minutes, blocking=True) == {
        "issuing_body",
        "symbol",
        "date",
        "start_time",
        "end_time",
        "place",
        "chair",
        "secretary",
    }
    assert codes(missing_for(store, None, "memo", organisation=BLANK), blocking=True) == {
        "issuing_body",
        "symbol",
        "place",
        "signer_name",
        "signer_title",
    }
    assert [p.code for p in notice][-1] == "number"  # blocking ones first


def test_a_complete_meeting_has_only_warnings_and_the_meeting_can_sign_for_itself(store):
    meeting_id = make_meeting(store)
    assert (
        codes(
            missing_for(store, meeting_id, "notice", organisation=ORGANISATIONS["state"]),
            blocking=True,
        )
        == set()
    )
    # A meeting issued by another body, signed by someone else.
    store.meetings.update(
        meeting_id,
        issuing_body="Ban Chỉ đạo chuyển đổi số tỉnh",
        issuing_symbol="BCĐ",
        signer_authority="TM. BAN CHỈ ĐẠO",
        signer_title="TRƯỞNG BAN",
        signer_name="Ngô Văn Tuấn",
    )
    blank_signer = dataclasses.replace(
        ORGANISATIONS["state"], signer_name="", signer_title="", signer_authority=""
    )
    assert (
        codes(missing_for(store, meeting_id, "notice", organisation=blank_signer), blocking=True)
        == set()
    )
    text = pdf_text(
        export_meeting(
            store,
            meeting_id,
            "notice",
            "pdf",
            store.path.parent / "a.pdf",
            organisation=blank_signer,
            today=TODAY,
        )
    )
    assert "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH" in text and "Số: 12/TB-BCĐ" in text
    assert "TM. BAN CHỈ ĐẠO TRƯỞNG BAN" in text and "Ngô Văn Tuấn" in text


def test_unconfirmed_conclusions_stop_a_final_document(store):
    meeting_id = make_meeting(store, drafts=True)
    with pytest.raises(IncompleteDocumentError) as caught:
        check_ready(store, meeting_id, "notice", organisation=ORGANISATIONS["state"])
    assert codes(caught.value.problems) == {"draft_conclusions"}
    assert "3 kết luận ở dạng nháp" in caught.value.problems[0].vi
    assert "3 conclusion(s) are still drafts" in caught.value.problems[0].en
    left = check_ready(
        store, meeting_id, "notice", organisation=ORGANISATIONS["state"], allow_draft=True
    )
    assert "draft_conclusions" in codes(left)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_document_with_holes_is_refused_or_printed_as_a_marked_draft(store, tmp_path, fmt):
    meeting_id = make_meeting(store)
    target = tmp_path / f"tb.{fmt}"
    target.write_bytes(b"earlier")
    with pytest.raises(IncompleteDocumentError) as caught:
        export_meeting(store, meeting_id, "notice", fmt, target, organisation=BLANK, today=TODAY)
    message = str(caught.value)
    assert "họ tên người ký" in message and "tên cơ quan ban hành" in message
    assert target.read_bytes() == b"earlier"  # nothing written
    export_meeting(
        store, meeting_id, "notice", fmt, target, organisation=BLANK, today=TODAY, allow_draft=True
    )
    text = (pdf_text if fmt == "pdf" else docx_text)(target)
    assert text.startswith("DỰ THẢO") and "……" in text
    complete = export_meeting(
        store,
        meeting_id,
        "notice",
        fmt,
        tmp_path / f"ok.{fmt}",
        organisation=ORGANISATIONS["state"],
        today=TODAY,
    )
    assert "DỰ THẢO" not in (pdf_text if fmt == "pdf" else docx_text)(complete)


def test_memo_and_report_are_checked_too_but_a_csv_is_never_refused(store, tmp_path):
    make_meeting(store)
    with pytest.raises(IncompleteDocumentError):
        export_memo(store, "Sở Nội vụ", tmp_path / "cv.pdf", organisation=BLANK, today=TODAY)
    with pytest.raises(IncompleteDocumentError):
        export_report(store, tmp_path / "bc.pdf", "pdf", organisation=BLANK, today=TODAY)
    assert (
        export_report(store, tmp_path / "bc.csv", "csv", organisation=BLANK, today=TODAY)
        .stat()
        .st_size
    )
    draft = export_memo(
        store, "Sở Nội vụ", tmp_path / "cv.docx", organisation=BLANK, today=TODAY, allow_draft=True
    )
    assert docx_text(draft).startswith("DỰ THẢO")


def test_an_unknown_secrecy_level_is_refused(store):
    meeting_id = make_meeting(store)
    store.meetings.update(meeting_id, secrecy="bí mật lắm")
    with pytest.raises(IncompleteDocumentError) as caught:
        check_ready(store, meeting_id, "minutes", organisation=ORGANISATIONS["state"])
    assert codes(caught.value.problems) == {"secrecy"}


# Numbers --------------------------------------------------------------------------------------


def _meeting(store, date="2024-09-10"):
    meeting = store.meetings.create("Họp", date=date)
    return meeting.id


def test_numbers_increase_per_kind_and_per_year_and_are_stored_on_the_meeting(store):
    org = ORGANISATIONS["state"]
    first, second = _meeting(store), _meeting(store)
    on = dt.date(2024, 9, 12)
    assert issue_number(store, first, "notice", on=on, organisation=org) == "1"
    assert issue_number(store, second, "notice", on=on, organisation=org) == "2"
    assert issue_number(store, first, "notice", on=on, organisation=org) == "1"  # kept
    assert store.meetings.get(second).document_number == "2"
    assert issue_number(store, first, "minutes", on=on, organisation=org) == "1"  # own series
    assert issue_free_number(store, "memo", on=on, organisation=org) == "1"
    # A new year starts from 1 again (Phụ lục I, II.3.a).
    third = _meeting(store, "2025-01-03")
    assert issue_number(store, third, "notice", on=dt.date(2025, 1, 5), organisation=org) == "1"


def test_party_numbers_run_on_through_a_term(store):
    org = ORGANISATIONS["party"]
    first, second = _meeting(store), _meeting(store, "2025-02-01")
    assert issue_number(store, first, "notice", on=dt.date(2024, 12, 30), organisation=org) == "1"
    assert issue_number(store, second, "notice", on=dt.date(2025, 2, 3), organisation=org) == "2"
    new_term = dataclasses.replace(org, term="2030-2035")
    third = _meeting(store, "2030-11-01")
    assert (
        issue_number(store, third, "notice", on=dt.date(2030, 11, 2), organisation=new_term) == "1"
    )


def test_a_number_is_never_given_twice(store):
    org = ORGANISATIONS["state"]
    on = dt.date(2024, 9, 12)
    typed = _meeting(store)
    store.meetings.update(typed, document_number="7")  # typed in the meeting's dialog
    assert next_number(store, "notice", on=on, organisation=org) == 8
    gone = _meeting(store)
    assert issue_number(store, gone, "notice", on=on, organisation=org) == "8"
    store.meetings.delete(gone)  # its number stays used
    assert next_number(store, "notice", on=on, organisation=org) == 9
    other = _meeting(store)
    with pytest.raises(UserError) as caught:
        record_number(store, other, "notice", "8", on=on, organisation=org)
    assert "đã được cấp" in str(caught.value)
    record_number(store, other, "notice", "15", on=on, organisation=org)
    assert store.meetings.get(other).document_number == "15"
    assert next_number(store, "notice", on=on, organisation=org) == 16
    record_number(store, other, "notice", "15", on=on, organisation=org)  # again: no harm


def test_two_windows_never_get_the_same_number(tmp_path):
    org = ORGANISATIONS["state"]
    on = dt.date(2024, 9, 12)
    with Store(tmp_path / "m.db") as one, Store(tmp_path / "m.db") as two:
        a, b = _meeting(one), _meeting(one)
        got = {
            issue_number(one, a, "notice", on=on, organisation=org),
            issue_number(two, b, "notice", on=on, organisation=org),
        }
        assert got == {"1", "2"}
        with pytest.raises(sqlite3.IntegrityError):  # the register itself refuses a repeat
            one.db.execute(
                "INSERT INTO document_numbers (issuer, kind, series, number,"
                " issued_on, created_at) VALUES ('SNV', 'notice', '2024', 1, '', '')"
            )


def test_issuing_a_notice_gives_it_a_number_and_its_date_only_if_the_file_is_written(
    store, tmp_path
):
    meeting_id = make_meeting(store, document_number="")
    org = ORGANISATIONS["state"]
    with pytest.raises(UserError):  # the folder does not exist
        export_meeting(
            store,
            meeting_id,
            "notice",
            "pdf",
            tmp_path / "no-such-dir" / "tb.pdf",
            organisation=org,
            today=TODAY,
            assign_number=True,
        )
    assert store.meetings.get(meeting_id).document_number in ("", None)
    assert NumberRepo(store.db).for_meeting(meeting_id) == []
    out = export_meeting(
        store,
        meeting_id,
        "notice",
        "pdf",
        tmp_path / "tb.pdf",
        organisation=org,
        today=TODAY,
        assign_number=True,
    )
    meeting = store.meetings.get(meeting_id)
    assert meeting.document_number == "1" and meeting.notice_date == TODAY.isoformat()
    assert "Số: 01/TB-SNV" in pdf_text(out)
    # A draft never takes a number.
    other = make_meeting(store, document_number="", segments=False)
    export_meeting(
        store,
        other,
        "notice",
        "pdf",
        tmp_path / "d.pdf",
        organisation=org,
        today=TODAY,
        assign_number=True,
        allow_draft=True,
    )
    assert not store.meetings.get(other).document_number


# The schema upgrade ---------------------------------------------------------------------------


def test_an_older_database_gains_the_document_fields_and_keeps_its_meetings(tmp_path):
    path = tmp_path / "old.db"
    db = Database(sqlite3.connect(str(path)))
    migrations.apply(db, stop_before="m003_document_fields")
    db["meetings"].insert(
        {"title": "Họp cũ", "document_number": "4", "created_at": "x", "updated_at": "x"}
    )
    db.conn.close()
    with Store(path) as store:
        meeting = store.meetings.list()[0]
        assert meeting.title == "Họp cũ" and meeting.document_number == "4"
        assert meeting.transcript_checked is False and meeting.secrecy is None
        store.meetings.update(meeting.id, secrecy="mat", notice_date="2024-09-12")
        assert store.meetings.get(meeting.id).secrecy == "mat"
        assert "document_numbers" in store.db.table_names()
