"""Find and replace in the transcript, as the find bar offers them: every match highlighted
while the clerk types, "3/12" for the match shown, next / previous match by match (two in one
segment are two stops), Replace for the match shown, Replace all as one undo step; with a speaker
chosen in the bar, only that speaker's segments (and, with nothing typed, from one of their turns
to the next). A part of `TranscriptView`, kept apart to keep each file readable; the matching is
the core's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from meeting_assistant.services.transcript import count_matches, match_spans
from ui.meeting.transcript.model import TEXT, BlockStartRole

Match = tuple[int, int, int]  # row, segment id, which occurrence in that segment (from 0)


class TranscriptFinding:
    """Find methods of TranscriptView (which provides the table, model, delegate, find bar and
    `_run` for undoable edits)."""

    _match_at: tuple[int, int] | None = None  # (segment id, occurrence) of the match shown

    def _connect_find_bar(self) -> None:
        bar = self.find_bar
        bar.findRequested.connect(self.find_next)
        bar.replaceRequested.connect(self.replace_current)
        bar.replaceAllRequested.connect(self.replace_all)
        bar.searchChanged.connect(self._search_changed)
        bar.closed.connect(self._find_bar_closed)
        self.table.escapePressed.connect(bar.close_bar)

    def open_find(self) -> None:
        self.find_bar.open_find(self._editor_selection())
        self._search_changed(self.find_bar.find_text(), self.find_bar.case_sensitive())

    def open_replace(self) -> None:
        self.find_bar.open_replace(self._editor_selection())
        self._search_changed(self.find_bar.find_text(), self.find_bar.case_sensitive())

    def _editor_selection(self) -> str | None:
        editor = self.delegate.open_editor()
        selected = editor.textCursor().selectedText() if editor is not None else ""
        return selected if selected and "\u2029" not in selected else None

    def _find_again(self, backwards: bool) -> None:
        if self.find_bar.find_text():
            self.find_bar.request_find(backwards)
        else:
            self.open_find()

    def _find_bar_closed(self) -> None:
        self._match_at = None
        self.delegate.set_highlight(None)
        self.table.viewport().update()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- matches ----------------------------------------------------------------------------------

    def matches(
        self, text: str, case_sensitive: bool = False, speaker: str | None = None
    ) -> list[Match]:
        """Every match in the transcript as shown, in reading order: in `speaker`'s segments
        only when one is given (None: the speaker chosen in the find bar, if any); with no
        text, the first segment of each of that speaker's turns."""
        speaker = self.find_bar.speaker() if speaker is None else speaker
        found: list[Match] = []
        for row in range(self.model.rowCount()):
            segment = self.model.segment(row)
            if speaker is not None and segment.speaker != speaker:
                continue
            if not text:
                if speaker is not None and self.model.index(row, 0).data(BlockStartRole):
                    found.append((row, segment.id, 0))
                continue
            spans = match_spans(segment.text, text, case_sensitive)
            found.extend((row, segment.id, k) for k in range(len(spans)))
        return found

    def _search_changed(self, text: str, case_sensitive: bool) -> None:
        """Typing in "Tìm" (or choosing a speaker): highlight every match and say how many."""
        self._match_at = None
        speaker = self.find_bar.speaker()
        self.delegate.set_highlight((text, case_sensitive) if text else None, speaker)
        self.table.viewport().update()
        self._show_total(text, case_sensitive)

    def _show_total(self, text: str, case_sensitive: bool) -> None:
        if not text and self.find_bar.speaker() is None:
            self.find_bar.show_count("")
            return
        if not text:
            turns = len(self.matches(""))
            self.find_bar.show_count(self.tr("{n} lượt").format(n=turns), problem=not turns)
            return
        total = len(self.matches(text, case_sensitive))
        if total:
            self.find_bar.show_count(self.tr("{total} chỗ").format(total=total))
        else:
            self.find_bar.show_count(self.tr("0 chỗ"), problem=True)

    def _retranslate_find(self) -> None:
        """A language switch: the count worded again ("3/12" has no words), the last result
        (a passing note) dropped."""
        bar = self.find_bar
        if bar.isVisible() and "/" not in bar.count_label.text():
            self._show_total(bar.find_text(), bar.case_sensitive())
        bar.show_result("")

    def _show_match(self, found: list[Match], index: int, wrapped: bool) -> int:
        row, seg_id, k = found[index]
        self._match_at = (seg_id, k)
        self.delegate.set_current_match((seg_id, k))
        self._select_ids([seg_id], seg_id)
        self.table.scrollTo(self.model.index(row, TEXT))
        self.table.viewport().update()
        self.find_bar.show_count(f"{index + 1}/{len(found)}")
        self.find_bar.show_result(self.tr("đã quay lại từ đầu") if wrapped else "")
        return seg_id

    def find_next(
        self, text: str, case_sensitive: bool = False, backwards: bool = False
    ) -> int | None:
        """Select and show the next match (after the one shown, or after the current row).
        Returns its segment's id, or None when nothing matches."""
        speaker = self.find_bar.speaker()
        if self._services is None or (not text and speaker is None):
            return None
        self._close_editor(commit=True)
        self.delegate.set_highlight((text, case_sensitive) if text else None, speaker)
        found = self.matches(text, case_sensitive)
        if not found:
            self._match_at = None
            self.find_bar.show_count(self.tr("0 chỗ"), problem=True)
            if speaker is not None:
                message = self.tr("{speaker} không nói “{text}”").format(speaker=speaker, text=text)
            else:
                message = self.tr("Không tìm thấy “{text}”").format(text=text)
            self.find_bar.show_result(message, True)
            self.table.viewport().update()
            return None
        row = self.table.currentIndex().row()
        at = self._match_at
        if at is not None and row >= 0 and self.model.segment(row).id == at[0]:
            here = (row, at[1])  # from the match shown
        else:
            here = (row, -1 if not backwards else 1 << 30) if row >= 0 else None
        keys = [(r, k) for r, _seg, k in found]
        if backwards:
            before = [i for i, key in enumerate(keys) if here is not None and key < here]
            index, wrapped = (before[-1], False) if before else (len(found) - 1, here is not None)
        else:
            after = [i for i, key in enumerate(keys) if here is None or key > here]
            index, wrapped = (after[0], False) if after else (0, here is not None)
        return self._show_match(found, index, wrapped)

    def replace_current(self, text: str, replacement: str, case_sensitive: bool = False) -> bool:
        """Replace the match shown (finding one first when none is), then show the next one.
        One undo step; True when something was replaced."""
        if self._services is None or not text:
            return False
        row = self.table.currentIndex().row()
        at = self._match_at
        if at is None or row < 0 or self.model.segment(row).id != at[0]:
            self.find_next(text, case_sensitive)  # the first press shows what will be replaced
            return False
        seg_id, k = at
        self._close_editor(commit=True)
        done = self._run(
            self.tr("Thay"),
            lambda: [self._services.transcript.replace_one(seg_id, text, replacement,
                                                           case_sensitive, k)],
        )  # fmt: skip
        if not done:
            return False
        # The next match is the one now at this place (or after it, in this segment or later),
        # past any the replacement itself contains ("Sở" by "Sở Y tế" is not replaced forever).
        self._match_at = (seg_id, k - 1 + count_matches(replacement, text, case_sensitive))
        if self.find_next(text, case_sensitive) is None:
            self.find_bar.show_result(self.tr("Đã thay; không còn chỗ nào"))
        return True

    def replace_all(self, text: str, replacement: str, case_sensitive: bool = False) -> int:
        """Replace every occurrence in the meeting, as one undo step. Returns how many."""
        if self._services is None or not text:
            return 0
        self._close_editor(commit=True)
        changes = self._run(
            self.tr("Thay tất cả"),
            lambda: [self._services.transcript.replace_all(self._meeting_id, text, replacement,
                                         case_sensitive, speaker=self.find_bar.speaker())],
        )  # fmt: skip
        count = sum(count_matches(row["text"], text, case_sensitive)
                    for c in changes for row in c.before.get("segments", []))  # fmt: skip
        self._match_at = None
        self._search_changed(text, case_sensitive)
        if count:
            self.find_bar.show_result(self.tr("Đã thay {n} chỗ").format(n=count))
        else:
            self.find_bar.show_result(self.tr("Không có chỗ nào để thay"), True)
        return count
