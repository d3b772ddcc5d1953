"""Review mode: an official reads a package read-only, filters it, comments, saves a reply that
the clerk's window merges; the main window opens, exports and merges packages."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from meeting_assistant.review import read_package, read_reply
from ui.main_window import MainWindow
from ui.review.tree import ITEM_ROLE
from ui.review.window import ReviewWindow

from .review_fixtures import PASSPHRASE, review_meeting


@pytest.fixture
def package(services, tmp_path, ui_in_vietnamese):
    data = review_meeting(services, tmp_path)
    out = tmp_path / "goi.mahop"
    services.review.export(out, PASSPHRASE, meeting_ids=[data["meeting"].id], with_audio=True,
                           today=data["today"])  # fmt: skip
    return out, data


def _rows(tree):
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for r in range(group.childCount()):
            yield group, group.child(r)


def test_review_mode_reads_filters_comments_and_saves_a_reply(qtbot, services, package, tmp_path):
    out, data = package
    before = hashlib.sha256(out.read_bytes()).hexdigest()
    window = ReviewWindow(read_package(out, PASSPHRASE), out, PASSPHRASE)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    tree = window.tree
    first = tree.topLevelItem(0)
    assert first.text(0).startswith("Nhiệm vụ quá hạn")  # the overdue list first
    late = data["tasks"][0]
    assert first.child(0).data(0, ITEM_ROLE).ref == f"task:{late.id}"
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert any(g.startswith("Sở Thông tin và Truyền thông") for g in groups)

    window.search.setText("ra soat thu tuc")  # accents optional
    visible = [row.data(0, ITEM_ROLE).text for _g, row in _rows(tree) if not row.isHidden()]
    assert visible == ["Rà soát thủ tục hành chính"]
    window.search.clear()
    window.status.setCurrentIndex(window.status.findData("overdue"))
    visible = {row.data(0, ITEM_ROLE).ref for _g, row in _rows(tree) if not row.isHidden()}
    assert visible == {f"task:{late.id}"}
    window.status.setCurrentIndex(0)
    window.unit.setCurrentIndex(window.unit.findData("Văn phòng UBND tỉnh"))
    visible = {row.data(0, ITEM_ROLE).text for _g, row in _rows(tree) if not row.isHidden()}
    assert visible == {"Rà soát thủ tục hành chính"}
    window.unit.setCurrentIndex(0)

    # With one meeting chosen, its notice and minutes open as PDF.
    assert not window.document_actions["notice"].isEnabled()  # "all meetings"
    window.meetings.setCurrentRow(1)
    assert window.document_actions["minutes"].isEnabled()
    assert window.document_path("notice").read_bytes().startswith(b"%PDF")
    window.meetings.setCurrentRow(0)
    first = tree.topLevelItem(0)

    # The late task's audio span is there to be heard, as a small Ogg file.
    item = first.child(0).data(0, ITEM_ROLE)
    assert window.clip_path(item).read_bytes().startswith(b"OggS")

    tree.setCurrentItem(first.child(0))
    window.detail.reviewer.setText("Đ/c Nguyễn Văn A")
    window.detail.verdict_buttons["revise"].setChecked(True)
    window.detail.text.setPlainText("Đề nghị lùi hạn")
    window.detail.save.click()
    assert first.child(0).text(5) == "Đề nghị sửa"
    reply = window.save_reply(tmp_path / "goi.mahop-reply")
    assert [c["text"] for c in read_reply(reply, PASSPHRASE).comments] == ["Đề nghị lùi hạn"]
    assert hashlib.sha256(out.read_bytes()).hexdigest() == before  # the package is untouched
    window.grab().save(str(tmp_path / "review.png"))

    merged = services.review.merge(reply, PASSPHRASE)
    assert merged.merged == 1 and ("task", late.id) in services.review.attention()


def test_a_comment_needs_a_reviewer(qtbot, package, monkeypatch):
    out, data = package
    window = ReviewWindow(read_package(out, PASSPHRASE), out, PASSPHRASE)
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr("ui.review.window.show_error", lambda parent, exc: shown.append(exc))
    item = window.items[0]
    assert not window.give_comment(item, "agree", "", "  ")
    assert shown and window.comments == []


def test_the_main_window_opens_exports_and_merges(qtbot, services, package, tmp_path,
                                                  monkeypatch):  # fmt: skip
    out, data = package
    window = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    monkeypatch.setattr("ui.review.window.QInputDialog.getText",
                        lambda *a, **k: (PASSPHRASE, True))  # fmt: skip
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(out))])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(drop)
    assert len(window.review_windows) == 1
    review = window.review_windows[0]
    review.give_comment(review.items[0], "agree", "", "Đ/c B")
    reply = review.save_reply(tmp_path / "r.mahop-reply")
    review.close()

    from ui.review.export_dialog import ExportReviewDialog

    dialog = ExportReviewDialog(services.meetings.list(), data["meeting"].id, window)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    result = window.export_review(tmp_path / "moi.mahop", dialog)
    assert result.tasks == 2 and (tmp_path / "moi.mahop").exists()

    merged = window.merge_reply(reply, PASSPHRASE)
    assert merged.merged == 1
    assert window.merge_reply(reply, PASSPHRASE).merged == 0


def test_the_clerk_sees_comments_beside_the_item_and_its_history(qtbot, services, package,
                                                                 tmp_path):  # fmt: skip
    from meeting_assistant.review.reply import new_comment, save_comments
    from ui.review.notes import ReviewNotes

    out, data = package
    late = data["tasks"][0]
    pkg = read_package(out, PASSPHRASE)
    reply = tmp_path / "r.mahop-reply"
    save_comments(reply, pkg.package_id,
                  [new_comment(f"task:{late.id}", "revise", "Lùi hạn", "Đ/c Trần D")],
                  PASSPHRASE)  # fmt: skip
    services.review.merge(reply, PASSPHRASE)
    notes = ReviewNotes()
    qtbot.addWidget(notes)
    notes.set_item(services, "task", late.id)
    notes.show()
    assert "Đ/c Trần D" in notes.comments.text() and "Đề nghị sửa" in notes.comments.text()
    assert "cần xem lại" in notes.comments.text() and notes.resolve.isVisible()
    notes.resolve.click()
    assert ("task", late.id) not in services.review.attention()
    assert "đã xử lý" in notes.comments.text() and not notes.resolve.isVisible()
    dialog = notes.show_history()
    history = dialog.findChild(QPlainTextEdit).toPlainText()
    assert "Tạo mới" in history and "Đ/c Trần D" in history
    dialog.close()


def test_the_start_checks_the_data_and_makes_the_days_backup(qtbot, services, package, tmp_path,
                                                             monkeypatch):  # fmt: skip
    from meeting_assistant.services.backup import backups_dir

    out, data = package
    window = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    folder = backups_dir(services.path)
    window.start_daily_care()
    qtbot.waitUntil(lambda: folder.exists() and any(folder.glob("*.mabak")), timeout=30_000)

    warned = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: warned.append(box.text()))
    services.meetings.media_path(data["audio"]).unlink()
    window.start_daily_care()
    qtbot.waitUntil(lambda: bool(warned), timeout=30_000)
    assert data["audio"].stored_path in warned[0]


def test_the_items_list_marks_what_an_official_commented(qtbot, services, package, tmp_path):
    from meeting_assistant.review.reply import new_comment, save_comments
    from ui.meeting.items.delegate import ATTENTION_ROLE
    from ui.meeting.items.panel import ItemsPanel

    out, data = package
    late, open_ = data["tasks"]
    pkg = read_package(out, PASSPHRASE)
    save_comments(
        tmp_path / "r",
        pkg.package_id,
        [new_comment(f"task:{late.id}", "other", "Ý kiến", "Đ/c E")],
        PASSPHRASE,
    )
    services.review.merge(tmp_path / "r", PASSPHRASE)
    window = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(data["meeting"].id)
    panel = window.findChild(ItemsPanel)
    panel.show_tasks()
    marks = {panel.task_list.item(r).data(ATTENTION_ROLE) for r in range(2)}
    assert marks == {True, False}
    assert panel.select_task(late.id)
    notes = panel.task_editor.notes
    assert "Đ/c E" in notes.comments.text()
    notes.resolve.click()
    assert not any(panel.task_list.item(r).data(ATTENTION_ROLE) for r in range(2))
    assert panel.current_task_id() == late.id
    window.grab().save(str(tmp_path / "clerk.png"))


def _group_texts(tree):
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())
            if not tree.topLevelItem(i).isHidden()]  # fmt: skip


def test_group_counts_follow_the_filters_and_numbers_name_their_meeting(
    qtbot, services, tmp_path, ui_in_vietnamese
):
    data = review_meeting(services, tmp_path)
    other = services.meetings.create("Họp chuyên đề chuyển đổi số", date="2026-11-21")
    for text, deadline in (("Lập danh mục dữ liệu", "2026-11-26"), ("Đào tạo cán bộ", None)):
        services.items.add_task(other.id, text, lead_unit="Sở Thông tin và Truyền thông",
                                deadline=deadline, ongoing=deadline is None)  # fmt: skip
    out = tmp_path / "hai.mahop"
    services.review.export(out, PASSPHRASE, meeting_ids=[data["meeting"].id, other.id],
                           today=data["today"])  # fmt: skip
    window = ReviewWindow(read_package(out, PASSPHRASE), out, PASSPHRASE)
    qtbot.addWidget(window)
    tree = window.tree
    unit = "Sở Thông tin và Truyền thông"
    assert f"{unit} — 3 nhiệm vụ" in _group_texts(tree)
    # Task 1 of each meeting: the number says which meeting, never a bare "NV1" twice.
    numbers = [row.text(0) for _g, row in _rows(tree) if row.data(0, ITEM_ROLE).kind == "task"]
    assert "H1 · NV1" in numbers and "H2 · NV1" in numbers and "NV1" not in numbers
    assert window.meetings.item(2).text().startswith("2. Họp chuyên đề")  # H2 is this one

    window.status.setCurrentIndex(window.status.findData("overdue"))
    groups = _group_texts(tree)
    assert f"{unit} — 2 nhiệm vụ" in groups and "Nhiệm vụ quá hạn (2)" in groups
    window.status.setCurrentIndex(0)
    window.unit.setCurrentIndex(window.unit.findData("Văn phòng UBND tỉnh"))
    assert _group_texts(tree) == ["Văn phòng UBND tỉnh — 1 nhiệm vụ"]
    window.unit.setCurrentIndex(0)
    assert f"{unit} — 3 nhiệm vụ" in _group_texts(tree)

    # One meeting chosen: its own numbers, as in its documents.
    window.meetings.setCurrentRow(2)
    numbers = [row.text(0) for _g, row in _rows(tree)]
    assert numbers == ["NV1", "NV1", "NV2"]  # overdue NV1, then the unit's group


def test_long_texts_wrap_in_the_list_instead_of_being_cut(qtbot, package):
    out, _data = package
    window = ReviewWindow(read_package(out, PASSPHRASE), out, PASSPHRASE)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    tree = window.tree
    rows = [row for _g, row in _rows(tree)]
    longest = max(rows, key=lambda r: len(r.text(1)))
    width = tree.header().sectionSize(1)
    assert tree.fontMetrics().horizontalAdvance(longest.text(1)) > width  # would not fit one line
    assert tree.visualItemRect(longest).height() >= 2 * tree.fontMetrics().lineSpacing()
