"""The transcript view on the demo meeting: what a clerk sees, edits, undoes and finds."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QObject, Qt, Signal  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QVBoxLayout, QWidget  # noqa: E402

from meeting_assistant.models import Segment  # noqa: E402
from meeting_assistant.paths import resource  # noqa: E402
from meeting_assistant.services import Services  # noqa: E402
from meeting_assistant.services.demo import create_demo_meeting  # noqa: E402
from meeting_assistant.services.importing import import_audio  # noqa: E402
from meeting_assistant.text import (
    clock,  # noqa: E402
    fold,  # noqa: E402
)
from ui.meeting.transcript import edits as transcript_edits  # noqa: E402
from ui.meeting.transcript import view as tv  # noqa: E402
from ui.meeting.transcript.model import SPEAKER, TEXT, TIME, EditedRole, PlayingRole  # noqa: E402

from .audio_fixtures import write_tone

DEMO = json.loads(resource("demo", "demo_meeting.json").read_text(encoding="utf-8"))


@pytest.fixture
def meeting(store):
    return create_demo_meeting(store)


@pytest.fixture
def page(qtbot):
    """Stands for the page that owns the view and the undo stack."""
    owner = QWidget()
    qtbot.addWidget(owner)
    return owner


@pytest.fixture
def stack(page):
    return QUndoStack(page)


@pytest.fixture
def view(qtbot, store, meeting, stack, page):
    widget = tv.TranscriptView(page)
    QVBoxLayout(page).addWidget(widget)
    widget.load(Services(store), meeting.id, stack)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return widget


def cell(view, row, column):
    return view.model.index(row, column).data()


def stored_texts(store, meeting_id):
    return [s.text for s in store.segments.for_meeting(meeting_id)]


def select_rows(view, rows):
    view._select_ids([view.model.segment(r).id for r in rows], view.model.segment(rows[0]).id)


def open_editor(view, qtbot, row):
    index = view.model.index(row, TEXT)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    qtbot.waitUntil(lambda: view.delegate.open_editor() is not None)
    return view.delegate.open_editor()


# --- what is shown ------------------------------------------------------------------------------


def test_shows_the_segments_with_times_speakers_and_text(view):
    assert view.model.rowCount() == 10
    assert [cell(view, r, TIME) for r in (0, 1, 2, 9)] == [
        "00:00:00",
        "00:00:09",
        "00:00:21",
        "00:01:17",
    ]
    assert [cell(view, r, SPEAKER) for r in range(10)] == [s["speaker"] for s in DEMO["segments"]]
    assert [cell(view, r, TEXT) for r in range(10)] == [s["text"] for s in DEMO["segments"]]
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Thời gian", "Người nói", "Nội dung"]
    assert not any(view.model.index(r, TIME).data(EditedRole) for r in range(10))
    # Long text wraps: a row is taller than one line, and no row is cut to one line.
    one_line = view.table.fontMetrics().height()
    assert all(view.table.rowHeight(r) > one_line for r in range(10))


def test_times_continue_across_the_meetings_recordings(view, store, meeting, tmp_path):
    write_tone(tmp_path / "phan-2.wav", seconds=3.0, rate=16000, channels=1, fmt="wav")
    _, second = import_audio(store, tmp_path / "phan-2.wav", meeting_id=meeting.id)
    first = store.audio.for_meeting(meeting.id)[0]
    seg = store.segments.add(Segment(None, meeting.id, second.id, 1.5, 2.5, "Phần hai."))

    view.append_segment(seg.id)

    assert view.model.rowCount() == 11
    assert cell(view, 10, TIME) == clock(first.duration + 1.5, millis=False)
    assert view.segment_for_time(second.id, 2.0) == seg.id


# --- editing text -------------------------------------------------------------------------------


def test_editing_a_cell_saves_marks_and_undoes(view, qtbot, store, meeting, stack):
    seg_id = view.model.segment(3).id
    editor = open_editor(view, qtbot, 3)
    assert editor.toPlainText() == DEMO["segments"][3]["text"]

    editor.setPlainText("Sở tiếp thu đầy đủ ý kiến của đoàn kiểm tra.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert view.delegate.open_editor() is None
    saved = store.segments.get(seg_id)
    assert saved.text == "Sở tiếp thu đầy đủ ý kiến của đoàn kiểm tra."
    assert saved.edited
    assert cell(view, 3, TEXT) == saved.text
    assert view.model.index(3, TIME).data(EditedRole)
    assert view.model.index(3, TEXT).data(Qt.ItemDataRole.ToolTipRole) == "Đã sửa"
    assert stack.count() == 1 and stack.undoText() == "Sửa đoạn"

    stack.undo()
    assert store.segments.get(seg_id).text == DEMO["segments"][3]["text"]
    assert not store.segments.get(seg_id).edited
    assert cell(view, 3, TEXT) == DEMO["segments"][3]["text"]
    assert not view.model.index(3, TIME).data(EditedRole)

    stack.redo()
    assert store.segments.get(seg_id).text == "Sở tiếp thu đầy đủ ý kiến của đoàn kiểm tra."
    assert cell(view, 3, TEXT) == store.segments.get(seg_id).text


def test_tab_saves_and_edits_the_next_segment(view, qtbot, store):
    first = view.model.segment(0).id
    editor = open_editor(view, qtbot, 0)
    editor.setPlainText("Câu đầu đã sửa.")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)

    assert store.segments.get(first).text == "Câu đầu đã sửa."
    qtbot.waitUntil(lambda: view.delegate.open_editor() is not None)
    assert view.delegate.open_editor().segment_id == view.model.segment(1).id
    qtbot.keyClick(view.delegate.open_editor(), Qt.Key.Key_Backtab)
    qtbot.waitUntil(lambda: view.delegate.open_editor() is not None)
    assert view.delegate.open_editor().segment_id == first


def test_escape_cancels_an_edit(view, qtbot, store, meeting, stack):
    editor = open_editor(view, qtbot, 4)
    editor.setPlainText("không lưu cái này")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)

    assert view.delegate.open_editor() is None
    assert stored_texts(store, meeting.id) == [s["text"] for s in DEMO["segments"]]
    assert stack.count() == 0


def test_an_empty_text_is_refused_with_a_readable_error(
    view, qtbot, store, meeting, stack, monkeypatch
):
    shown = []
    monkeypatch.setattr(transcript_edits, "show_error", lambda parent, exc: shown.append(str(exc)))
    editor = open_editor(view, qtbot, 0)
    editor.setPlainText("   ")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: bool(shown))
    assert "không được để trống" in shown[0]
    assert stored_texts(store, meeting.id)[0] == DEMO["segments"][0]["text"]
    assert stack.count() == 0


# --- split, merge -------------------------------------------------------------------------------


def test_split_at_the_editors_cursor_and_undo(view, qtbot, store, meeting, stack):
    text = DEMO["segments"][2]["text"]
    cut = text.index("và việc phân cấp")
    editor = open_editor(view, qtbot, 2)
    cursor = editor.textCursor()
    cursor.setPosition(cut)
    editor.setTextCursor(cursor)

    view.split_action.trigger()

    assert view.model.rowCount() == 11
    assert cell(view, 2, TEXT) == text[:cut].strip()
    assert cell(view, 3, TEXT) == text[cut:].strip()
    assert cell(view, 3, SPEAKER) == DEMO["segments"][2]["speaker"]
    assert cell(view, 2, TIME) <= cell(view, 3, TIME) < cell(view, 4, TIME)
    assert len(store.segments.for_meeting(meeting.id)) == 11
    assert view.selected_segment_ids() == [view.model.segment(3).id]  # the new second part
    assert stack.count() == 1 and stack.undoText() == "Tách đoạn"

    stack.undo()
    assert view.model.rowCount() == 10
    assert cell(view, 2, TEXT) == text
    assert stored_texts(store, meeting.id) == [s["text"] for s in DEMO["segments"]]

    stack.redo()
    assert view.model.rowCount() == 11


def test_split_keeps_what_was_typed_before_the_cursor(view, qtbot, store, stack):
    editor = open_editor(view, qtbot, 4)
    editor.setPlainText("Thay mặt đoàn kiểm tra, tôi xin phát biểu kết luận như sau.")
    cursor = editor.textCursor()
    cursor.setPosition(len("Thay mặt đoàn kiểm tra,"))
    editor.setTextCursor(cursor)

    view.split_at_cursor()

    assert cell(view, 4, TEXT) == "Thay mặt đoàn kiểm tra,"
    assert cell(view, 5, TEXT) == "tôi xin phát biểu kết luận như sau."
    assert stack.count() == 1  # typing and splitting: one undo step
    stack.undo()
    assert view.model.rowCount() == 10
    assert cell(view, 4, TEXT) == DEMO["segments"][4]["text"]


def test_split_without_an_open_editor_explains_how(view, qtbot):
    select_rows(view, [1])
    with qtbot.waitSignal(view.statusMessage) as said:
        view.split_action.trigger()
    assert said.args == ["Mở đoạn để sửa rồi đặt con trỏ tại chỗ cần tách"]
    assert view.hint_label.isVisible()
    assert view.model.rowCount() == 10


def test_merge_with_next_and_undo(view, store, meeting, stack):
    select_rows(view, [4])
    view.merge_action.trigger()

    assert view.model.rowCount() == 9
    expected = f"{DEMO['segments'][4]['text']} {DEMO['segments'][5]['text']}"
    assert cell(view, 4, TEXT) == expected
    assert len(store.segments.for_meeting(meeting.id)) == 9
    assert stack.undoText() == "Gộp đoạn"

    stack.undo()
    assert view.model.rowCount() == 10
    assert stored_texts(store, meeting.id) == [s["text"] for s in DEMO["segments"]]


def test_merging_three_selected_rows_is_one_undo_step(view, stack):
    select_rows(view, [5, 6, 7])
    view.merge_with_next()

    assert view.model.rowCount() == 8
    assert cell(view, 5, TEXT).endswith(DEMO["segments"][7]["text"])
    assert stack.count() == 1
    stack.undo()
    assert view.model.rowCount() == 10


# --- speakers -----------------------------------------------------------------------------------


def test_assign_a_speaker_to_two_selected_rows(view, store, stack):
    select_rows(view, [0, 1])
    ids = view.selected_segment_ids()
    menu = view.speaker_menu()
    names = [a.text() for a in menu.actions() if a.text()]
    assert names[:4] == [
        "Nguyễn Văn Phong",
        "Phùng Thị Hồng Hà",
        "Nguyễn Việt Hùng",
        "Nguyễn Tiến Sỹ",
    ]
    assert "&Khác…" in names and "&Bỏ người nói" in names

    next(a for a in menu.actions() if a.text() == "Nguyễn Việt Hùng").trigger()

    assert [store.segments.get(i).speaker for i in ids] == ["Nguyễn Việt Hùng"] * 2
    assert [cell(view, r, SPEAKER) for r in (0, 1, 2)] == [
        "Nguyễn Việt Hùng",
        "Nguyễn Việt Hùng",
        "Phùng Thị Hồng Hà",
    ]
    assert stack.count() == 1 and stack.undoText() == "Đặt người nói"
    stack.undo()
    assert [store.segments.get(i).speaker for i in ids] == ["Nguyễn Tiến Sỹ"] * 2


def test_other_speaker_asks_for_a_name_and_clear_removes_it(view, store, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Thư ký Hội nghị", True))
    select_rows(view, [3])
    seg_id = view.selected_segment_ids()[0]

    view.other_speaker_action.trigger()
    assert store.segments.get(seg_id).speaker == "Thư ký Hội nghị"
    # The new name is offered next time, after the attendees.
    assert "Thư ký Hội nghị" in [a.text() for a in view.speaker_menu().actions()]

    view.clear_speaker_action.trigger()
    assert store.segments.get(seg_id).speaker is None
    assert cell(view, 3, SPEAKER) == ""


# --- find and replace ---------------------------------------------------------------------------


def test_find_next_selects_matching_rows_in_turn(view, qtbot):
    view.find_action.trigger()
    assert view.find_bar.isVisible()
    view.find_bar.find_edit.setText("truyền thông")  # keyClicks only types ASCII
    rows = []
    for _ in range(4):
        qtbot.keyClick(view.find_bar.find_edit, Qt.Key.Key_Return)
        rows.append(view.model.row_of(view.selected_segment_ids()[0]))
    assert rows == [5, 6, 8, 5]  # case-blind; the fourth wraps round
    assert "đã quay lại từ đầu" in view.find_bar.result_label.text()

    # Case-sensitive, backwards (Shift+Enter) from row 5: only row 6 has it in lower case.
    view.find_bar.case_check.setChecked(True)
    qtbot.keyClick(view.find_bar.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert view.model.row_of(view.selected_segment_ids()[0]) == 6
    assert view.find_next("Truyền thông", case_sensitive=True) == view.model.segment(8).id


def test_find_without_accents_finds_the_accented_words(view, qtbot, store, meeting, stack):
    """A clerk types "so" (no accents) and finds "Sở", "sở", "số"…; typed with accents, a word
    is matched as typed ("Sở" never finds "số"); Replace all follows the same rule."""
    texts = [s["text"] for s in DEMO["segments"]]
    blind = sum(fold(t).count("so") for t in texts)
    exact = sum(t.lower().count("sở") for t in texts)
    assert blind > exact > 0  # the demo has both, or this test would prove nothing
    assert len(view.matches("so")) == blind
    assert len(view.matches("Sở")) == exact
    assert len(view.matches("so", case_sensitive=True)) == sum(t.count("so") for t in texts)

    view.replace_action.trigger()
    view.find_bar.find_edit.setText("truyen thong")
    view.find_bar.replace_edit.setText("TRUYỀN THÔNG")
    wanted = sum(fold(t).count("truyen thong") for t in texts)
    assert wanted > 0
    view.find_bar.replace_all_button.click()
    assert sum(t.count("TRUYỀN THÔNG") for t in stored_texts(store, meeting.id)) == wanted
    assert view.find_bar.result_label.text() == f"Đã thay {wanted} chỗ"
    stack.undo()
    assert stored_texts(store, meeting.id) == texts


def test_find_reports_nothing_found(view):
    assert view.find_next("không có chữ này") is None
    assert "Không tìm thấy" in view.find_bar.result_label.text()


def test_replace_all_is_one_undo_step(view, qtbot, store, meeting, stack):
    expected = sum(s["text"].count("Sở") for s in DEMO["segments"])
    view.replace_action.trigger()
    view.find_bar.find_edit.setText("Sở")
    view.find_bar.replace_edit.setText("SỞ")
    view.find_bar.case_check.setChecked(True)

    view.find_bar.replace_all_button.click()

    texts = stored_texts(store, meeting.id)
    assert sum(t.count("SỞ") for t in texts) == expected
    assert not any("Sở" in t for t in texts)
    assert "22 sở, ngành" in texts[1]  # case-sensitive: the lower-case one stays
    assert view.find_bar.result_label.text() == f"Đã thay {expected} chỗ"
    assert [cell(view, r, TEXT) for r in range(10)] == texts
    assert stack.count() == 1 and stack.undoText() == "Thay tất cả"

    stack.undo()
    assert stored_texts(store, meeting.id) == [s["text"] for s in DEMO["segments"]]
    assert [cell(view, r, TEXT) for r in range(10)] == [s["text"] for s in DEMO["segments"]]


def test_find_counts_highlights_steps_by_match_and_replaces_one(view, qtbot, store, meeting, stack):
    bar = view.find_bar
    view.find_action.trigger()
    assert bar.find_edit.width() >= bar.fontMetrics().averageCharWidth() * 34  # not tiny
    bar.case_check.setChecked(True)
    bar.find_edit.setText("Sở")
    assert bar.count_label.text() == "9 chỗ"  # counted while typing
    assert view.delegate.highlighted_spans(view.model.index(2, TEXT)) == [(8, 10), (35, 37)]
    assert view.delegate.highlighted_spans(view.model.index(4, TEXT)) == []
    steps = []
    for _ in range(4):
        qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
        steps.append((view.model.row_of(view.selected_segment_ids()[0]), bar.count_label.text()))
    # Two in one segment are two stops: "3/9" and "4/9" are both in row 2.
    assert steps == [(0, "1/9"), (1, "2/9"), (2, "3/9"), (2, "4/9")]

    bar.replace_edit.setText("SỞ")
    bar.replace_button.click()  # the match shown (the second "Sở" of row 2), then the next one
    text = DEMO["segments"][2]["text"]
    assert stored_texts(store, meeting.id)[2] == text[:35] + "SỞ" + text[37:]
    assert stored_texts(store, meeting.id)[3] == DEMO["segments"][3]["text"]
    assert view.model.row_of(view.selected_segment_ids()[0]) == 3
    assert bar.count_label.text() == "4/8"
    assert stack.undoText() == "Thay"
    stack.undo()
    assert stored_texts(store, meeting.id)[2] == text

    # Esc in the transcript closes the bar and takes the marks away; Esc on a button too.
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert view.delegate.highlighted_spans(view.model.index(2, TEXT)) == []
    view.find_action.trigger()
    assert bar.isVisible() and bar.count_label.text() == "9 chỗ"
    qtbot.keyClick(bar.next_button, Qt.Key.Key_Escape)
    assert not bar.isVisible()


# --- live rows, highlight, playing --------------------------------------------------------------


def test_append_segment_keeps_selection_and_scroll(view, qtbot, store, meeting):
    view.window().resize(700, 280)
    qtbot.waitUntil(lambda: view.table.verticalScrollBar().maximum() > 0)
    select_rows(view, [3, 4])
    selected = view.selected_segment_ids()
    bar = view.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scroll = bar.value()
    audio_id = view.model.segment(0).audio_id

    late = store.segments.add(Segment(None, meeting.id, audio_id, 86.4, 87.0, "Xin cảm ơn."))
    view.append_segment(late.id)

    assert view.model.rowCount() == 11
    assert cell(view, 10, TEXT) == "Xin cảm ơn."
    assert view.selected_segment_ids() == selected
    assert bar.value() == scroll


def test_highlight_marks_the_row_and_scrolls_only_when_hidden(view, qtbot):
    view.window().resize(700, 280)
    qtbot.waitUntil(lambda: view.table.verticalScrollBar().maximum() > 0)
    select_rows(view, [0])
    bar = view.table.verticalScrollBar()
    bar.setValue(0)
    last = view.model.segment(9).id

    view.highlight_segment(last)

    assert view.model.index(9, TEXT).data(PlayingRole)
    assert view.model.index(9, TEXT).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert not view.model.index(0, TEXT).data(PlayingRole)
    assert view.selected_segment_ids() == [view.model.segment(0).id]  # selection untouched
    assert bar.value() > 0  # scrolled to the hidden row
    assert view.table.viewport().rect().intersects(view.table.visualRect(view.model.index(9, 0)))

    scroll = bar.value()
    view.highlight_segment(view.model.segment(8).id)  # visible already: no scrolling
    assert bar.value() == scroll
    assert view.model.index(8, TEXT).data(PlayingRole)
    assert not view.model.index(9, TEXT).data(PlayingRole)

    view.highlight_segment(None)
    assert not any(view.model.index(r, TEXT).data(PlayingRole) for r in range(10))


def test_highlight_leaves_an_open_editor_alone(view, qtbot):
    view.window().resize(700, 280)
    qtbot.waitUntil(lambda: view.table.verticalScrollBar().maximum() > 0)
    editor = open_editor(view, qtbot, 0)
    editor.setPlainText("đang gõ dở")
    scroll = view.table.verticalScrollBar().value()

    view.highlight_segment(view.model.segment(9).id)

    assert view.delegate.open_editor() is editor
    assert editor.toPlainText() == "đang gõ dở"
    assert view.table.verticalScrollBar().value() == scroll


class FakePlayer(QObject):
    positionChanged = Signal(int, float)

    def __init__(self):
        super().__init__()
        self.calls = []

    def seek(self, audio_id, seconds):
        self.calls.append(("seek", audio_id, seconds))

    def play(self):
        self.calls.append(("play",))


def test_segment_for_time_and_following_a_player(view, qtbot):
    audio_id = view.model.segment(0).audio_id
    ids = [view.model.segment(r).id for r in range(10)]
    assert view.segment_for_time(audio_id, 0.1) is None  # before anyone speaks
    assert view.segment_for_time(audio_id, 10.0) == ids[1]
    assert view.segment_for_time(audio_id, 21.2) == ids[1]  # a short pause: still the last one
    assert view.segment_for_time(audio_id, 21.8) == ids[2]
    assert view.segment_for_time(audio_id + 99, 10.0) is None

    player = FakePlayer()
    view.follow_player(player)
    for tenth in range(400, 460):  # 40.0 s … 45.9 s, as a player ticks
        player.positionChanged.emit(audio_id, tenth / 10)
    qtbot.waitUntil(lambda: view.model.playing_id() == ids[5])

    select_rows(view, [7])
    with qtbot.waitSignal(view.playRequested) as asked:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert asked.args == [ids[7]]
    assert player.calls == [("seek", audio_id, DEMO["segments"][7]["start"]), ("play",)]


def test_double_click_on_the_time_asks_to_play(view, qtbot):
    rect = view.table.visualRect(view.model.index(2, TIME))
    viewport = view.table.viewport()
    with qtbot.waitSignal(view.playRequested) as asked:
        # QTest's double-click lacks the press before it, which item views check for.
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked.args == [view.model.segment(2).id]
    assert view.table.state() != QAbstractItemView.State.EditingState


def test_selection_is_reported_as_segment_ids(view, qtbot):
    with qtbot.waitSignal(view.selectionChangedIds) as said:
        select_rows(view, [2, 3])
    assert said.args == [[view.model.segment(2).id, view.model.segment(3).id]]


def test_actions_carry_shortcuts_in_their_tooltips(view, stack):
    by_text = {a.text().replace("&", ""): a for a in view.actions()}
    assert by_text["Tách đoạn tại con trỏ"].shortcut().toString() == "Ctrl+Shift+S"
    assert by_text["Gộp với đoạn sau"].shortcut().toString() == "Ctrl+Shift+M"
    assert by_text["Đặt người nói…"].shortcut().toString() == "Ctrl+Shift+P"
    assert "(Ctrl+Shift+S)" in by_text["Tách đoạn tại con trỏ"].toolTip()
    assert not view.undo_action.isEnabled()
    select_rows(view, [0])
    view.assign_speaker("Nguyễn Văn Phong")
    assert view.undo_action.isEnabled()
    assert view.undo_action.text() == "&Hoàn tác “Đặt người nói”"
    assert "Ctrl+Z" in view.undo_action.toolTip()


def test_double_click_puts_the_cursor_there_and_ctrl_shift_s_splits(view, qtbot, page):
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    text = DEMO["segments"][2]["text"]
    rect = view.table.visualRect(view.model.index(2, TEXT))
    viewport = view.table.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.delegate.open_editor() is not None)
    editor = view.delegate.open_editor()
    qtbot.waitUntil(lambda: 0 < editor.textCursor().position() < len(text))
    cursor = editor.textCursor().position()
    editor.setFocus()

    qtbot.keyClick(
        editor,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    assert view.model.rowCount() == 11
    assert cell(view, 2, TEXT) == text[:cursor].rstrip()
    assert cell(view, 3, TEXT) == text[cursor:].strip()


def test_language_change_relabels_in_place(view, qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.split_action.text() == "&Tách đoạn tại con trỏ"
    assert view.model.rowCount() == 10
