"""The meeting's segments in timeline order, as a table model: Thời gian, Người nói, Nội dung.

It reads the services once per `load` and afterwards changes only the rows it is told about
(`apply`), so edits, undo and the live rows of a running transcription never reset the view, its
scroll or its selection.

Consecutive segments of one speaker form a block (a turn): `BlockStartRole` marks a block's first
row, where the delegate shows the speaker's name (and "Chủ trì" for the chair); `BlockRole` is the
block's number, which shades every other block. A change of speaker re-forms the blocks around
it: `reshaped` lists the rows whose height may have changed.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QPalette,
)

from meeting_assistant.models import Segment
from meeting_assistant.text import clock, names_person
from meeting_assistant.timeline import Timeline

TIME, SPEAKER, TEXT = range(3)
SegmentIdRole = Qt.ItemDataRole.UserRole + 1
EditedRole = Qt.ItemDataRole.UserRole + 2
PlayingRole = Qt.ItemDataRole.UserRole + 3
BlockStartRole = Qt.ItemDataRole.UserRole + 4  # the first row of a speaker's turn
ChairRole = Qt.ItemDataRole.UserRole + 5  # this row's speaker chairs the meeting
SpeakerIndexRole = Qt.ItemDataRole.UserRole + 6  # the speaker's number, in order of first words
BlockRole = Qt.ItemDataRole.UserRole + 7  # which turn (from 0) the row belongs to

PAD_X, PAD_Y = 8, 6  # room around a cell's text, in pixels
PLAYING_LIGHT, PLAYING_DARK = QColor("#fff1c2"), QColor("#5a4300")
PLAYING_BAR = QColor("#e8a200")
EDITED_MARK = QColor("#2f6fb3")
EDITED_GLYPH = "✎"
# In a pause between two segments, the one that just ended stays "being played" this long.
PAUSE_TOLERANCE_S = 2.0
# Player ticks reach the highlight at most this often (milliseconds).
FOLLOW_INTERVAL_MS = 150
# After the clerk scrolls by hand, playback does not scroll the transcript for this long.
USER_SCROLL_GRACE_S = 4.0
# Row heights are re-measured this long after the last column resize (window drags).
RESIZE_DELAY_MS = 80


# ------------------------------------------------------------------------------------------------
# Model


class SegmentTableModel(QAbstractTableModel):
    """The meeting's segments in timeline order (audio position, audio, start, id)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._segments: list[Segment] = []
        self._keys: list[tuple] = []
        self._row_of: dict[int, int] = {}
        self._timeline = Timeline.of([])  # where each recording starts, and their order
        self._playing_id: int | None = None
        self._by_audio: dict[int, tuple[int, list[float]]] | None = None  # lazy time index
        self._chair: str | None = None
        self._blocks: list[int] | None = None  # lazy: each row's turn number
        self._speaker_order: dict[str, int] | None = None  # lazy
        self.reshaped: list[int] = []  # rows whose block start changed in the last `apply`

    # --- filling -------------------------------------------------------------------------------

    def set_audio(self, audio_files: Iterable) -> None:
        """Where each recording starts on the meeting's timeline: the sum of the durations of
        the recordings before it."""
        self._timeline = Timeline.of(audio_files)
        if self._segments:
            self.dataChanged.emit(self.index(0, TIME), self.index(len(self._segments) - 1, TIME))

    def knows_audio(self, audio_id: int) -> bool:
        return audio_id in self._timeline.offsets

    def reset(self, segments: list[Segment]) -> None:
        self.beginResetModel()
        self._segments = sorted(segments, key=self._key)
        self._keys = [self._key(s) for s in self._segments]
        self._reindex()
        self.endResetModel()
        self.reshaped = []

    def apply(self, segments: dict[int, Segment | None]) -> list[int]:
        """Bring the given rows up to date: a segment updates (or inserts) its row, None removes
        it. Returns the rows that now show the given segments."""
        starts_before = self._block_starts()
        speakers_before = dict(self._speakers_order())
        for seg_id, seg in segments.items():
            if seg is None and seg_id in self._row_of:
                self._remove(self._row_of[seg_id])
        for seg_id, seg in sorted(
            ((i, s) for i, s in segments.items() if s is not None), key=lambda p: self._key(p[1])
        ):
            key = self._key(seg)
            row = self._row_of.get(seg_id)
            if row is not None and self._fits(row, key):
                self._segments[row], self._keys[row] = seg, key
                self._by_audio = None
                self.dataChanged.emit(self.index(row, 0), self.index(row, TEXT))
                continue
            if row is not None:
                self._remove(row)
            self._insert(seg, key)
        self._reblock(starts_before, speakers_before)
        return sorted(self._row_of[i] for i, s in segments.items() if s is not None)

    def _block_starts(self) -> dict[int, bool]:
        """Segment id -> whether its row starts a turn (before a change, to compare after)."""
        return {s.id: self._starts_block(row) for row, s in enumerate(self._segments)}

    def _reblock(self, starts_before: dict[int, bool], speakers_before: dict[str, int]) -> None:
        """After rows changed: the rows whose turn started or stopped starting there are
        `reshaped` (their height changes); every row's shading and speaker colour is told."""
        self._blocks, self._speaker_order = None, None
        self.reshaped = [
            row
            for row, s in enumerate(self._segments)
            if starts_before.get(s.id) is not None
            and starts_before[s.id] != self._starts_block(row)
        ]
        if self._segments:
            roles = [Qt.ItemDataRole.BackgroundRole, BlockRole, BlockStartRole, SpeakerIndexRole]
            if self._speakers_order() != speakers_before:
                roles.append(Qt.ItemDataRole.DisplayRole)
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._segments) - 1, TEXT), roles
            )

    def _key(self, seg: Segment) -> tuple:
        return (self._timeline.order.get(seg.audio_id, 1 << 30), seg.audio_id, seg.start, seg.id)

    def _fits(self, row: int, key: tuple) -> bool:
        return (row == 0 or self._keys[row - 1] <= key) and (
            row == len(self._keys) - 1 or key <= self._keys[row + 1]
        )

    def _insert(self, seg: Segment, key: tuple) -> None:
        row = bisect.bisect_left(self._keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._segments.insert(row, seg)
        self._keys.insert(row, key)
        if row == len(self._segments) - 1:
            self._row_of[seg.id] = row
        else:
            self._reindex()
        self._by_audio = None
        self.endInsertRows()

    def _remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        seg = self._segments.pop(row)
        self._keys.pop(row)
        if seg.id == self._playing_id:
            self._playing_id = None
        self._reindex()
        self.endRemoveRows()

    def _reindex(self) -> None:
        self._row_of = {s.id: row for row, s in enumerate(self._segments)}
        self._by_audio = None
        self._blocks, self._speaker_order = None, None

    # --- reading --------------------------------------------------------------------------------

    def segment(self, row: int) -> Segment | None:
        return self._segments[row] if 0 <= row < len(self._segments) else None

    def row_of(self, segment_id: int) -> int | None:
        return self._row_of.get(segment_id)

    def segment_ids(self) -> list[int]:
        return [s.id for s in self._segments]

    def timeline_start(self, seg: Segment) -> float:
        return self._timeline.at(seg.audio_id, seg.start)

    def speakers(self) -> list[str]:
        """Speaker names used in the transcript, in order of first appearance."""
        return list(self._speakers_order())

    def _speakers_order(self) -> dict[str, int]:
        if self._speaker_order is None:
            names = dict.fromkeys(s.speaker for s in self._segments if s.speaker)
            self._speaker_order = {name: i for i, name in enumerate(names)}
        return self._speaker_order

    def has_speakers(self) -> bool:
        """Whether any segment has a speaker: only then is the transcript shown in turns."""
        return bool(self._speakers_order())

    def set_chair(self, chair: str | None) -> None:
        """The meeting's chair as typed in its details; speakers it names are marked so."""
        if chair != self._chair:
            self._chair = chair
            if self._segments:
                self.dataChanged.emit(
                    self.index(0, SPEAKER), self.index(len(self._segments) - 1, SPEAKER)
                )

    def is_chair(self, speaker: str | None) -> bool:
        return bool(speaker) and names_person(self._chair, speaker)

    def _starts_block(self, row: int) -> bool:
        if not self.has_speakers():
            return False
        return row == 0 or self._segments[row].speaker != self._segments[row - 1].speaker

    def block_of(self, row: int) -> int:
        """Which turn (from 0) row `row` belongs to."""
        if self._blocks is None:
            blocks, at = [], -1
            for r in range(len(self._segments)):
                if r == 0 or self._segments[r].speaker != self._segments[r - 1].speaker:
                    at += 1
                blocks.append(at)
            self._blocks = blocks
        return self._blocks[row]

    def segment_for_time(self, audio_id: int, seconds: float) -> int | None:
        """The segment being spoken at `seconds` into the recording; in a short pause, the one
        that just ended; otherwise None."""
        if self._by_audio is None:
            index: dict[int, tuple[int, list[float]]] = {}
            for row, seg in enumerate(self._segments):
                if seg.audio_id not in index:
                    index[seg.audio_id] = (row, [])
                index[seg.audio_id][1].append(seg.start)
            self._by_audio = index
        first_row, starts = self._by_audio.get(audio_id, (0, []))
        at = bisect.bisect_right(starts, seconds + 1e-6) - 1
        if at < 0:
            return None
        seg = self._segments[first_row + at]
        if seconds <= seg.end + PAUSE_TOLERANCE_S:
            return seg.id
        return None

    def set_playing(self, segment_id: int | None) -> bool:
        """Mark the segment being played (None: none). Returns whether anything changed."""
        if segment_id == self._playing_id:
            return False
        old, self._playing_id = self._playing_id, segment_id
        for seg_id in (old, segment_id):
            row = self._row_of.get(seg_id) if seg_id is not None else None
            if row is not None:
                self.dataChanged.emit(
                    self.index(row, 0),
                    self.index(row, TEXT),
                    [Qt.ItemDataRole.BackgroundRole, PlayingRole],
                )
        return True

    def playing_id(self) -> int | None:
        return self._playing_id

    # --- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._segments)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Thời gian"), self.tr("Người nói"), self.tr("Nội dung"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == TIME:
            return self.tr("Tính từ đầu cuộc họp, nối tiếp qua các tệp ghi âm")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TEXT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        seg = self.segment(index.row()) if index.isValid() else None
        if seg is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TIME:
                return clock(self.timeline_start(seg), millis=False)
            return seg.speaker or "" if column == SPEAKER else seg.text
        if role == Qt.ItemDataRole.EditRole:
            return seg.text if column == TEXT else None
        if role == SegmentIdRole:
            return seg.id
        if role == EditedRole:
            return seg.edited
        if role == PlayingRole:
            return seg.id == self._playing_id
        if role == BlockStartRole:
            return self._starts_block(index.row())
        if role == ChairRole:
            return self.is_chair(seg.speaker)
        if role == SpeakerIndexRole:
            return self._speakers_order().get(seg.speaker) if seg.speaker else None
        if role == BlockRole:
            return self.block_of(index.row())
        if role == Qt.ItemDataRole.BackgroundRole:
            palette = QGuiApplication.palette()
            if seg.id == self._playing_id:
                dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
                return QBrush(PLAYING_DARK if dark else PLAYING_LIGHT)
            if self.has_speakers() and self.block_of(index.row()) % 2:
                # Every other turn shaded, as alternate rows are in an undiarized transcript.
                return QBrush(palette.color(QPalette.ColorRole.AlternateBase))
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == SPEAKER and seg.speaker:
            if self.is_chair(seg.speaker):
                return self.tr("{name}, chủ trì cuộc họp").format(name=seg.speaker)
            return seg.speaker
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TIME:
                if seg.edited:
                    return self.tr("Đã sửa. Nhấp đúp để phát từ đây (Enter)")
                return self.tr("Nhấp đúp để phát từ đây (Enter)")
            if seg.edited:
                return self.tr("Đã sửa")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and seg.edited:
            return self.tr("Đã sửa")
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, TEXT)
