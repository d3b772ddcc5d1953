"""The clerk's edits of the transcript, as the view offers them: text, split, merge, speakers,
find and replace, and the undo stack they go on. Every edit goes through the core
(`services.transcript`), is saved at once, and is pushed onto the page's shared `QUndoStack` as a
`ChangeCommand`. A part of `TranscriptView`, kept apart to keep each file readable."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QTimer,
)
from PySide6.QtWidgets import (
    QInputDialog,
    QMenu,
)

from meeting_assistant.services import Change
from meeting_assistant.text import nfc
from ui.common.errors import show_error
from ui.i18n import tooltip_with_shortcut
from ui.meeting.transcript.model import SPEAKER, TEXT
from ui.meeting.undo import ChangeCommand


class TranscriptEdits:
    """Editing methods of TranscriptView (which provides the table, model and delegate)."""

    # --- editing --------------------------------------------------------------------------------

    def edit_current(self) -> None:
        """Open the text editor of the current row (F2)."""
        row = self.table.currentIndex().row()
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            index = self.model.index(row, TEXT)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def edit_segment(self, segment_id: int) -> None:
        row = self.model.row_of(segment_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, TEXT))
            self.table.edit(self.model.index(row, TEXT))

    def _edit_neighbour(self, segment_id: int, step: int) -> None:
        row = self.model.row_of(segment_id)
        if row is not None and 0 <= row + step < self.model.rowCount():
            seg = self.model.segment(row + step)
            self._select_ids([seg.id], seg.id)
            self.edit_segment(seg.id)

    def _commit_text(self, segment_id: int, text: str) -> None:
        if self._services is None:
            return
        seg = self.segment(segment_id)
        if seg is not None and nfc(text).strip() == seg.text:
            return
        self._run(
            self.tr("Sửa đoạn"), lambda: [self._services.transcript.set_text(segment_id, text)]
        )

    def _remember_cursor(self, segment_id: int, text: str, cursor: int) -> None:
        self._last_cursor = (segment_id, text, cursor)

    def split_at_cursor(self) -> None:
        """Split the segment being edited at the editor's cursor (Ctrl+Shift+S). Without an
        open editor, the cursor left in the current row's editor (if its text was saved) is
        used; otherwise the clerk is told how to do it."""
        editor = self.delegate.open_editor()
        if editor is not None:
            seg_id, text = editor.segment_id, editor.toPlainText()
            cursor = editor.textCursor().position()
            self._close_editor(commit=False)
        else:
            current = self.segment_at(self.table.currentIndex())
            last = self._last_cursor
            if (
                current is None
                or last is None
                or last[0] != current.id
                or nfc(last[1]).strip() != current.text
            ):
                self.show_hint(self.tr("Mở đoạn để sửa rồi đặt con trỏ tại chỗ cần tách"))
                return
            seg_id, text, cursor = last
        stored = self.segment(seg_id)
        if stored is None:
            return
        position = len(nfc(text[:cursor]).lstrip())
        typed = nfc(text).strip()

        def steps():
            if typed != stored.text:
                yield self._services.transcript.set_text(seg_id, text)
            yield self._services.transcript.split(seg_id, position)

        changes = self._run(self.tr("Tách đoạn"), steps)
        created = [i for c in changes for i in c.segment_ids if i != seg_id]
        if created:
            self._select_ids(created[-1:], created[-1])

    def merge_with_next(self) -> None:
        """Merge the current segment with the next one (Ctrl+Shift+M); with several adjacent
        rows selected, merge them all into the first."""
        self._close_editor(commit=True)
        ids = self.selected_segment_ids()
        rows = [self.model.row_of(i) for i in ids]
        if len(ids) > 1 and rows == list(range(rows[0], rows[0] + len(rows))):
            first, times = ids[0], len(ids) - 1
        else:
            current = self.segment_at(self.table.currentIndex()) or (
                self.segment(ids[0]) if ids else None
            )
            if current is None:
                return
            first, times = current.id, 1
        self._run(
            self.tr("Gộp đoạn"),
            lambda: (self._services.transcript.merge_with_next(first) for _ in range(times)),
        )
        self._select_ids([first], first)

    def assign_speaker(self, name: str | None, segment_ids: list[int] | None = None) -> None:
        """Set (or with None, clear) the speaker of the selected segments."""
        ids = segment_ids if segment_ids is not None else self.selected_segment_ids()
        if not ids:
            current = self.segment_at(self.table.currentIndex())
            ids = [current.id] if current else []
        if ids:
            self._close_editor(commit=True)
            self._run(
                self.tr("Đặt người nói"), lambda: [self._services.transcript.set_speaker(ids, name)]
            )

    def speaker_menu(self) -> QMenu:
        """The "Người nói" menu, filled for the current selection."""
        self._fill_speaker_menu()
        return self.speaker_menu_widget

    def open_speaker_menu(self) -> None:
        """Pop the speaker menu up at the current row (Ctrl+Shift+P)."""
        if self._services is None or not self.model.rowCount():
            return
        index = self.table.currentIndex()
        if not index.isValid():
            index = self.model.index(0, SPEAKER)
            self.table.setCurrentIndex(index)
        rect = self.table.visualRect(self.model.index(index.row(), SPEAKER))
        self.speaker_menu_widget.popup(self.table.viewport().mapToGlobal(rect.bottomLeft()))

    def _fill_speaker_menu(self) -> None:
        menu = self.speaker_menu_widget
        menu.clear()
        if self._services is None:
            return
        chosen = {self.segment(i).speaker for i in self.selected_segment_ids()}
        attendees = self._services.meetings.attendees(self._meeting_id)
        names = [a.name for a in attendees]
        others = [n for n in self.model.speakers() if n not in names]
        titles = {a.name: a.title for a in attendees}
        for name in names + others:
            action = menu.addAction(name.replace("&", "&&"))
            action.setCheckable(True)
            action.setChecked(chosen == {name})
            if titles.get(name):
                action.setToolTip(titles[name])
            action.triggered.connect(lambda _checked=False, n=name: self.assign_speaker(n))
        if names or others:
            menu.addSeparator()
        menu.addAction(self.other_speaker_action)
        menu.addAction(self.clear_speaker_action)
        menu.setToolTipsVisible(True)

    def _ask_speaker(self) -> None:
        ids = self.selected_segment_ids()
        current = self.segment(ids[0]).speaker if ids else ""
        name, ok = QInputDialog.getText(
            self, self.tr("Người nói"), self.tr("Tên người nói:"), text=current or ""
        )
        if ok and name.strip():
            self.assign_speaker(name.strip(), ids)

    # --- undo -----------------------------------------------------------------------------------

    def _run(self, label: str, steps: Callable[[], Iterable[Change]]) -> list[Change]:
        """Run core edits and push those that changed something as one undo step. A step that
        fails stops the rest; what was done before it stays done (and undoable)."""
        done: list[Change] = []
        error: Exception | None = None
        try:
            for change in steps():
                if change:
                    done.append(change)
        except Exception as exc:  # noqa: BLE001 — shown to the clerk below
            error = exc
        stack = self._stack()
        if done and stack is not None:
            if len(done) > 1:
                stack.beginMacro(label)
            for change in done:
                stack.push(ChangeCommand(label, self._services, change, self._changed))
            if len(done) > 1:
                stack.endMacro()
        if done:
            self.refresh(sorted({i for c in done for i in c.segment_ids}))
        if error is not None:
            # Deferred: this may run inside the editor's commit, mid focus change.
            QTimer.singleShot(0, lambda: show_error(self, error))
        return done

    def _changed(self, change: Change, _undone: bool) -> None:
        """After an undo or redo: update those rows and show the clerk what changed."""
        segment_ids = change.segment_ids
        self._close_editor(commit=False)
        self.refresh(segment_ids)
        present = [i for i in segment_ids if self.model.row_of(i) is not None]
        if present:
            self._select_ids(present, present[0])

    def _undo(self) -> None:
        if self._stack() is not None:
            self._close_editor(commit=True)
            self._stack().undo()

    def _redo(self) -> None:
        if self._stack() is not None:
            self._close_editor(commit=True)
            self._stack().redo()

    def _undo_text_changed(self, *_args) -> None:
        stack = self._stack()
        undo_text = stack.undoText() if stack is not None else ""
        redo_text = stack.redoText() if stack is not None else ""
        if undo_text:
            self.undo_action.setText(self.tr("&Hoàn tác “{what}”").format(what=undo_text))
        else:
            self.undo_action.setText(self.tr("&Hoàn tác"))
        if redo_text:
            self.redo_action.setText(self.tr("&Làm lại “{what}”").format(what=redo_text))
        else:
            self.redo_action.setText(self.tr("&Làm lại"))
        tooltip_with_shortcut(self.undo_action)
        tooltip_with_shortcut(self.redo_action)
