"""The transcript read as turns: consecutive segments of one speaker form a block with the name
once at its start ("Chủ trì" under the chair's), a line and space between blocks, every segment
still its own row; changing a segment's speaker re-forms the blocks, and undo restores them. A
transcript with no speakers looks as it always did."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QFontMetrics, QUndoStack  # noqa: E402
from PySide6.QtWidgets import QVBoxLayout, QWidget  # noqa: E402

from meeting_assistant.models import Segment  # noqa: E402
from meeting_assistant.services import Services  # noqa: E402
from meeting_assistant.services.demo import create_demo_meeting  # noqa: E402
from ui.meeting.transcript import view as tv  # noqa: E402
from ui.meeting.transcript.delegate import BLOCK_GAP  # noqa: E402
from ui.meeting.transcript.model import (  # noqa: E402
    PAD_Y,
    SPEAKER,
    TEXT,
    BlockStartRole,
    ChairRole,
)

CHAIR = "Nguyễn Văn Phong"


@pytest.fixture
def page(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    return owner


@pytest.fixture
def stack(page):
    return QUndoStack(page)


def show(qtbot, page, store, meeting_id, stack):
    widget = tv.TranscriptView(page)
    QVBoxLayout(page).addWidget(widget)
    widget.load(Services(store), meeting_id, stack)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    widget._resize_all_rows()
    return widget


@pytest.fixture
def view(qtbot, page, store, stack):
    return show(qtbot, page, store, create_demo_meeting(store).id, stack)


def starts(view) -> list[int]:
    return [r for r in range(view.model.rowCount()) if view.model.index(r, 0).data(BlockStartRole)]


def labels(view) -> list[str]:
    return [view.delegate.speaker_label(view.model.index(r, SPEAKER)) for r in range(10)]


def one_line(view) -> int:
    return QFontMetrics(view.table.font()).height() + 2 * PAD_Y


def test_the_demo_reads_as_four_turns_with_each_name_once(view):
    assert starts(view) == [0, 2, 3, 4]
    assert labels(view) == ["Nguyễn Tiến Sỹ", "", "Phùng Thị Hồng Hà", "Nguyễn Việt Hùng",
                            CHAIR, "", "", "", "", ""]  # fmt: skip
    # Every row still carries its own segment and speaker (copy, screen readers, find).
    assert [view.model.index(r, SPEAKER).data() for r in (4, 9)] == [CHAIR, CHAIR]
    # The chair (typed "Đồng chí Nguyễn Văn Phong, Phó Bí thư Thành ủy") is marked.
    assert [r for r in range(10) if view.model.index(r, SPEAKER).data(ChairRole)] == list(
        range(4, 10)
    )
    assert "chủ trì" in view.model.index(4, SPEAKER).data(Qt.ItemDataRole.ToolTipRole)
    # Space between turns: a turn's one-line first row is taller than a one-line row.
    assert view.table.rowHeight(3) >= one_line(view) + BLOCK_GAP
    assert not view.table.alternatingRowColors()  # the turns are shaded, not the rows


def test_changing_a_speaker_reforms_the_turns_and_undo_restores_them(view, store, stack):
    before = [view.table.rowHeight(r) for r in range(10)]
    view._select_ids([view.model.segment(1).id], view.model.segment(1).id)
    menu = view.speaker_menu()  # the "Người nói" menu of the segment's context menu
    next(a for a in menu.actions() if a.text() == "Phùng Thị Hồng Hà").trigger()

    assert view.model.segment(1).speaker == "Phùng Thị Hồng Hà"
    assert starts(view) == [0, 1, 3, 4]  # row 1 now opens Mrs Hà's turn, which row 2 continues
    assert labels(view)[:3] == ["Nguyễn Tiến Sỹ", "Phùng Thị Hồng Hà", ""]
    assert view.table.rowHeight(1) >= before[1] + BLOCK_GAP - 1
    assert view.table.rowHeight(2) <= before[2] - BLOCK_GAP + 1

    stack.undo()
    assert starts(view) == [0, 2, 3, 4]
    assert [view.table.rowHeight(r) for r in range(10)] == before


def test_a_speaker_cleared_from_one_segment_splits_its_turn(view):
    seg = view.model.segment(6)
    view.assign_speaker(None, [seg.id])
    assert starts(view) == [0, 2, 3, 4, 6, 7]
    assert labels(view)[6:8] == ["", CHAIR]  # no name for no one, the chair's again after


def test_editing_finding_and_playing_still_work_row_by_row(view, qtbot):
    """Inside a turn, each segment is its own row: double-click edits just that one."""
    index = view.model.index(5, TEXT)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    qtbot.waitUntil(lambda: view.delegate.open_editor() is not None)
    assert view.delegate.open_editor().segment_id == view.model.segment(5).id
    played = []
    view.playRequested.connect(played.append)
    view.table.doubleClicked.emit(view.model.index(7, 0))
    assert played == [view.model.segment(7).id]


def test_without_speakers_the_transcript_looks_as_before(qtbot, page, store, stack):
    meeting = store.meetings.create("Họp chưa phân người nói")
    audio = store.audio.add(
        meeting.id, stored_path="audio/n.wav", original_name="n.wav", sha256="n" * 64,
        size_bytes=10, duration=30.0,
    )  # fmt: skip
    for i in range(3):
        store.segments.add(Segment(None, meeting.id, audio.id, 5.0 * i, 5.0 * i + 4, f"Đoạn {i}."))
    view = show(qtbot, page, store, meeting.id, stack)
    assert starts(view) == []
    assert view.table.alternatingRowColors()
    assert all(view.table.rowHeight(r) < one_line(view) + BLOCK_GAP for r in range(3))
    # A speaker set by hand on one segment makes the transcript one of turns.
    view.assign_speaker("Thư ký", [view.model.segment(1).id])
    assert starts(view) == [0, 1, 2] and not view.table.alternatingRowColors()


# --- the find bar's speaker filter -----------------------------------------------------------


def test_find_bar_offers_the_speakers_and_finds_in_one_speakers_words(view, qtbot):
    bar = view.find_bar
    view.open_find()
    combo = bar.speaker_combo
    assert combo.isVisibleTo(bar)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Mọi người nói", "Nguyễn Tiến Sỹ", "Phùng Thị Hồng Hà", "Nguyễn Việt Hùng", CHAIR,
    ]  # fmt: skip
    bar.find_edit.setText("Sở")
    everyone = view.matches("Sở")
    bar.set_speaker(CHAIR)
    assert bar.count_label.text() == "4 chỗ"
    chairs = view.matches("Sở")
    assert {view.model.segment(r).speaker for r, _i, _k in chairs} == {CHAIR}
    assert 0 < len(chairs) < len(everyone)
    # Only the chair's rows are marked; Tìm tiếp stops in them only.
    assert view.delegate.highlighted_spans(view.model.index(2, TEXT)) == []
    assert view.delegate.highlighted_spans(view.model.index(5, TEXT))
    stops = {view.find_next("Sở") for _ in range(len(chairs) + 1)}
    assert stops == {seg_id for _r, seg_id, _k in chairs}
    assert bar.count_label.text().endswith(f"/{len(chairs)}")
    bar.set_speaker(None)
    assert len(view.matches("Sở")) == len(everyone)


def test_find_bar_with_a_speaker_and_nothing_typed_steps_through_their_turns(view, store):
    """The clerk looking for what someone said: each of their turns, one after the other."""
    view.assign_speaker("Nguyễn Tiến Sỹ", [view.model.segment(3).id])  # a second turn of his
    bar = view.find_bar
    view.open_find()
    bar.find_edit.clear()
    bar.set_speaker("Nguyễn Tiến Sỹ")
    assert bar.next_button.isEnabled() and not bar.replace_all_button.isEnabled()
    assert bar.count_label.text() == "2 lượt"
    bar.request_find()
    assert view.selected_segment_ids() == [view.model.segment(0).id]
    bar.request_find()
    assert view.selected_segment_ids() == [view.model.segment(3).id]
    assert bar.count_label.text() == "2/2"


def test_replace_all_keeps_to_the_speaker_chosen(view, store, stack):
    bar = view.find_bar
    view.open_replace()
    bar.find_edit.setText("Sở")
    bar.set_speaker(CHAIR)
    count = view.replace_all("Sở", "Sở TT&TT")
    assert count == len([1 for s in store.segments.for_meeting(view._meeting_id)
                         if s.speaker == CHAIR and "Sở TT&TT" in s.text]) > 0  # fmt: skip
    others = [s.text for s in store.segments.for_meeting(view._meeting_id) if s.speaker != CHAIR]
    assert not any("TT&TT" in t for t in others) and any("Sở" in t for t in others)
    stack.undo()
    assert not any("TT&TT" in s.text for s in store.segments.for_meeting(view._meeting_id))


def test_find_bar_has_no_speaker_filter_without_speakers(qtbot, page, store, stack):
    meeting = store.meetings.create("Họp chưa phân người nói")
    audio = store.audio.add(
        meeting.id, stored_path="audio/m.wav", original_name="m.wav", sha256="m" * 64,
        size_bytes=10, duration=9.0,
    )  # fmt: skip
    store.segments.add(Segment(None, meeting.id, audio.id, 0.0, 4.0, "Sở Y tế báo cáo."))
    view = show(qtbot, page, store, meeting.id, stack)
    view.open_find()
    assert not view.find_bar.speaker_combo.isVisibleTo(view.find_bar)
    assert view.find_bar.speaker() is None
