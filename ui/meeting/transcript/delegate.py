"""Painting transcript rows (padding, word wrap, the edited mark, the segment being played, the
speakers' turns) and editing a segment's text in place (Ctrl+Enter or leaving commits, Esc
cancels).

A turn (consecutive segments of one speaker) reads as one block: a line and a little space above
its first row, the speaker's name once there ("Chủ trì" under the chair's), and a stripe of the
speaker's colour down the speaker column of all its rows; the rows stay rows, each its own
segment to edit, play, find and tag."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QFrame,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from meeting_assistant.services.transcript import match_spans
from ui.meeting.transcript.highlight import draw_highlighted
from ui.meeting.transcript.model import (
    EDITED_GLYPH,
    EDITED_MARK,
    PAD_X,
    PAD_Y,
    PLAYING_BAR,
    SPEAKER,
    TEXT,
    TIME,
    BlockStartRole,
    ChairRole,
    EditedRole,
    PlayingRole,
    SegmentIdRole,
    SpeakerIndexRole,
)

BLOCK_GAP = 10  # pixels of space above a turn's first row (after a line)
STRIPE = 4  # width of the speaker's colour down the speaker column
# One colour per speaker, in order of their first words: distinct, readable on light and dark.
SPEAKER_COLOURS = [QColor(c) for c in (
    "#2f6fb3", "#c0622b", "#3a8f4b", "#8a4fb3", "#b3932f", "#2f9aa0", "#b32f6b", "#707070",
)]  # fmt: skip


def block_gap(index: QModelIndex) -> int:
    """The space above this row: a turn's first row, but not the transcript's first."""
    return BLOCK_GAP if index.row() > 0 and index.data(BlockStartRole) else 0


def speaker_colour(index: QModelIndex) -> QColor | None:
    number = index.data(SpeakerIndexRole)
    return None if number is None else SPEAKER_COLOURS[number % len(SPEAKER_COLOURS)]


# ------------------------------------------------------------------------------------------------
# Painting and the inline editor


class SegmentEditor(QPlainTextEdit):
    """The multi-line editor of one segment's text. Its context menu offers the view's split
    action next to the usual cut/copy/paste."""

    def __init__(self, parent: QWidget, segment_id: int, extra_actions: list[QAction]) -> None:
        super().__init__(parent)
        self.segment_id = segment_id
        self._extra_actions = extra_actions
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QFrame.Shape.Box)
        self.document().setDocumentMargin(PAD_Y - 2)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        menu.addSeparator()
        for action in self._extra_actions:
            menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()


class SegmentDelegate(QStyledItemDelegate):
    """Paints rows (padding, wrapped text, edited and playing marks); edits the text column."""

    textCommitted = Signal(int, str)  # segment id, text
    editNeighbour = Signal(int, int)  # segment id, +1 (Tab) or -1 (Shift+Tab)
    editorClosed = Signal(int, str, int)  # segment id, text, cursor position

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor_actions: list[QAction] = []
        self._editor: SegmentEditor | None = None
        self.place_cursor_at: QPoint | None = None  # viewport point of the double-click
        self._highlight: tuple[str, bool] | None = None  # the find bar's text, case sensitive
        self._highlight_speaker: str | None = None  # only in this speaker's rows
        self._current_match: tuple[int, int] | None = None  # segment id, occurrence

    def set_highlight(self, search: tuple[str, bool] | None, speaker: str | None = None) -> None:
        """Mark every match of (text, case sensitive) in the text column (of `speaker`'s rows
        only, when given); None: no marks."""
        self._highlight = search
        self._highlight_speaker = speaker
        if search is None:
            self._current_match = None

    def set_current_match(self, match: tuple[int, int] | None) -> None:
        self._current_match = match

    def highlighted_spans(self, index: QModelIndex) -> list[tuple[int, int]]:
        if self._highlight is None or index.column() != TEXT:
            return []
        if self._highlight_speaker is not None and (
            index.siblingAtColumn(SPEAKER).data() != self._highlight_speaker
        ):
            return []
        return match_spans(str(index.data() or ""), *self._highlight)

    def open_editor(self) -> SegmentEditor | None:
        return self._editor

    # --- painting ------------------------------------------------------------------------------

    def _option(self, option: QStyleOptionViewItem, index: QModelIndex) -> QStyleOptionViewItem:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if index.column() == SPEAKER or (index.column() == TIME and index.data(PlayingRole)):
            opt.font.setWeight(QFont.Weight.DemiBold)
        if index.column() == SPEAKER and speaker_colour(index) is not None:
            opt.text = self.speaker_label(index)
        return opt

    def speaker_label(self, index: QModelIndex) -> str:
        """What the speaker column shows: the name on a turn's first row, nothing under it (in
        a transcript with no speakers, each row's own, as always)."""
        index = index.siblingAtColumn(SPEAKER)
        if speaker_colour(index) is not None and not index.data(BlockStartRole):
            return ""
        return str(index.data() or "")

    def chair_label(self) -> str:
        return self.tr("Chủ trì")

    def _chair_font(self, font: QFont) -> QFont:
        small = QFont(font)
        small.setWeight(QFont.Weight.Normal)
        small.setPointSizeF(font.pointSizeF() * 0.85 if font.pointSizeF() > 0 else 8)
        return small

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = self._option(option, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        text = opt.text
        opt.text = ""
        opt.state &= ~QStyle.StateFlag.State_HasFocus
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        gap = block_gap(index)
        if gap:  # a line between two turns, across every column
            painter.fillRect(
                QRect(opt.rect.left(), opt.rect.top(), opt.rect.width(), 1),
                opt.palette.color(group, QPalette.ColorRole.Mid),
            )
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, role))
        rect = opt.rect.adjusted(PAD_X, PAD_Y + gap, -PAD_X, -PAD_Y)
        colour = speaker_colour(index) if index.column() == SPEAKER else None
        if colour is not None:
            painter.fillRect(
                QRect(opt.rect.left() + 2, opt.rect.top() + gap, STRIPE, opt.rect.height() - gap),
                colour,
            )
            rect.setLeft(rect.left() + STRIPE)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if index.column() != TIME:
            flags |= Qt.TextFlag.TextWordWrap
        spans = self.highlighted_spans(index)
        if spans:
            current = self._current_match
            at = current[1] if current and current[0] == index.data(SegmentIdRole) else None
            draw_highlighted(painter, rect, text, opt.font, spans, at)
        else:
            painter.drawText(rect, flags, text)
        if colour is not None and text and index.data(ChairRole):
            name = QFontMetrics(opt.font).boundingRect(rect, int(flags), text)
            small = self._chair_font(opt.font)
            painter.setFont(small)
            if not selected:
                painter.setPen(colour)
            below = rect.adjusted(0, name.height() + 1, 0, 0)
            painter.drawText(below, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                             self.chair_label())  # fmt: skip
            painter.setFont(opt.font)
        if index.column() == TIME:
            if index.data(PlayingRole):
                painter.fillRect(
                    QRect(opt.rect.left(), opt.rect.top(), 4, opt.rect.height()), PLAYING_BAR
                )
            if index.data(EditedRole):
                if not selected:
                    painter.setPen(EDITED_MARK)
                painter.drawText(
                    rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, EDITED_GLYPH
                )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        opt = self._option(option, index)
        metrics = QFontMetrics(opt.font)
        gap = block_gap(index)
        if index.column() == TIME:
            width = metrics.horizontalAdvance("00:00:00 " + EDITED_GLYPH) + 2 * PAD_X + 4
            return QSize(width, metrics.height() + 2 * PAD_Y + gap)
        stripe = STRIPE if index.column() == SPEAKER and speaker_colour(index) else 0
        if opt.rect.width() <= 2 * PAD_X + stripe:  # asked for a width, not a height: one line
            return QSize(
                metrics.horizontalAdvance(opt.text) + 2 * PAD_X + stripe,
                metrics.height() + 2 * PAD_Y + gap,
            )
        bounds = metrics.boundingRect(
            QRect(0, 0, opt.rect.width() - 2 * PAD_X - stripe, 1 << 20),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            opt.text,
        )
        height = max(bounds.height(), metrics.height())
        if stripe and opt.text and index.data(ChairRole):
            height += QFontMetrics(self._chair_font(opt.font)).height() + 1
        return QSize(bounds.width() + 2 * PAD_X + stripe, height + 2 * PAD_Y + gap)

    # --- editing --------------------------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex):
        if index.column() != TEXT:
            return None
        editor = SegmentEditor(parent, index.data(SegmentIdRole), self.editor_actions)
        editor.setFont(option.font)
        editor.setProperty("initialised", False)
        self._editor = editor
        editor.destroyed.connect(self._forget_editor)
        return editor

    def _forget_editor(self, *_args) -> None:
        self._editor = None

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        # Qt calls this again when the row's data changes while editing: never overwrite what
        # the clerk is typing.
        if not isinstance(editor, SegmentEditor) or editor.property("initialised"):
            return
        editor.setProperty("initialised", True)
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.document().setModified(False)
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        editor.setTextCursor(cursor)
        point, self.place_cursor_at = self.place_cursor_at, None
        if point is not None:
            QTimer.singleShot(0, lambda: self._place_cursor(editor, point))

    @staticmethod
    def _place_cursor(editor: SegmentEditor, viewport_point: QPoint) -> None:
        """Put the cursor where the clerk double-clicked, ready to split or correct there."""
        try:
            inside = editor.viewport().mapFrom(editor.parentWidget(), viewport_point)
        except RuntimeError:  # the editor is already gone
            return
        if editor.viewport().rect().contains(inside):
            editor.setTextCursor(editor.cursorForPosition(inside))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, SegmentEditor):
            self.textCommitted.emit(editor.segment_id, editor.toPlainText())

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index) -> None:
        rect = QRect(option.rect)
        rect.setTop(rect.top() + block_gap(index))  # the text where it was painted
        lines = QFontMetrics(option.font).lineSpacing() * 4 + 2 * PAD_Y
        rect.setHeight(max(rect.height(), lines))
        parent = editor.parentWidget()
        if parent is not None and rect.bottom() > parent.height():  # near the bottom: grow up
            rect.moveBottom(max(option.rect.bottom(), parent.height() - 1))
        editor.setGeometry(rect)

    def destroyEditor(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, SegmentEditor):
            self.editorClosed.emit(
                editor.segment_id, editor.toPlainText(), editor.textCursor().position()
            )
        if editor is self._editor:
            self._editor = None
        super().destroyEditor(editor, index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, SegmentEditor)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        if (
            isinstance(watched, SegmentEditor)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            # Save, then go on to the next segment's text (Shift+Tab: the previous one).
            step = -1 if event.key() == Qt.Key.Key_Backtab else 1
            segment_id = watched.segment_id
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            self.editNeighbour.emit(segment_id, step)
            return True
        return super().eventFilter(watched, event)
