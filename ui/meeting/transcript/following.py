"""The transcript following playback: the segment being played is highlighted and kept in sight
(unless the clerk has just scrolled by hand), and a row can be played from. A part of
`TranscriptView`, kept apart to keep each file readable."""

from __future__ import annotations

import time
from typing import Protocol

from PySide6.QtCore import (
    SignalInstance,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
)

from ui.meeting.transcript.model import TEXT, USER_SCROLL_GRACE_S


class _PlayerLike(Protocol):
    positionChanged: SignalInstance

    def seek(self, audio_id: int, seconds: float) -> None: ...
    def play(self) -> None: ...


class PlaybackFollowing:
    """Playback methods of TranscriptView (which provides the table, model and timers)."""

    # --- playing --------------------------------------------------------------------------------

    def highlight_segment(self, segment_id: int | None) -> None:
        """Mark the segment being played; scroll to it only when it is out of sight, and never
        while the clerk is editing or has just scrolled by hand. The selection is left alone."""
        if not self.model.set_playing(segment_id) or segment_id is None:
            return
        if self.table.state() == QAbstractItemView.State.EditingState:
            return
        if time.monotonic() - self._user_scrolled_at < USER_SCROLL_GRACE_S:
            return
        row = self.model.row_of(segment_id)
        index = self.model.index(row, TEXT)
        rect = self.table.visualRect(index)
        viewport = self.table.viewport().rect()
        if not (viewport.contains(rect.topLeft()) and viewport.contains(rect.bottomLeft())):
            self._auto_scrolling = True
            try:
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            finally:
                self._auto_scrolling = False

    def follow_player(self, player: _PlayerLike, play_on_request: bool = True) -> None:
        """Highlight the segment the player is at (at most every FOLLOW_INTERVAL_MS); with
        `play_on_request`, also play from a segment when the clerk asks (`playRequested`)."""
        player.positionChanged.connect(self._follow_position)
        if play_on_request:
            self.playRequested.connect(lambda seg_id: self._play_segment(player, seg_id))

    def _follow_position(self, audio_id: int, seconds: float) -> None:
        self._follow_pending = (audio_id, seconds)
        if not self._follow_timer.isActive():
            self._follow_timer.start()

    def _follow_tick(self) -> None:
        if self._follow_pending is not None:
            audio_id, seconds = self._follow_pending
            self._follow_pending = None
            self.highlight_segment(self.segment_for_time(audio_id, seconds))

    def _play_segment(self, player: _PlayerLike, segment_id: int) -> None:
        seg = self.segment(segment_id)
        if seg is not None:
            player.seek(seg.audio_id, seg.start)
            player.play()

    def _play_current(self) -> None:
        seg = self.segment_at(self.table.currentIndex())
        if seg is not None:
            self.playRequested.emit(seg.id)

    def _scrolled(self, _action: int) -> None:
        """The clerk moved the scroll bar (wheel, drag, keys on the bar): stop following the
        player for a moment, so the text being read does not jump away."""
        if not self._auto_scrolling:
            self._user_scrolled_at = time.monotonic()
