"""The find-and-replace bar shown above the transcript (Ctrl+F, Ctrl+H).

It only collects what the clerk typed (and, in a transcript with speakers, whose words to look
in: "Người nói") and says what happened ("3/12", "Đã thay 3 chỗ");
finding, highlighting and replacing are the transcript view's (ui/meeting/transcript/finding.py),
which listens to `searchChanged`, `findRequested`, `replaceRequested` and `replaceAllRequested`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

FIELD_CHARS = 34  # "Sở Tài nguyên và Môi trường tỉnh" fits in the fields without scrolling
SPEAKER_CHARS = 14  # as wide as "Phân biệt hoa thường" under it; longer names are elided


class FindReplaceBar(QWidget):
    """Tìm [3/12] / Tìm trước / Tìm tiếp / [Mọi người nói], then Thay bằng / Thay / Thay tất cả /
    Phân biệt hoa thường, in two rows. The speaker (shown only when the transcript has speakers)
    limits the search to one speaker's segments; with nothing typed, Tìm tiếp goes from one of
    that speaker's turns to the next.

    Enter (or F3, handled by the view) finds the next match, Shift+Enter the previous one;
    Esc (anywhere in the bar, or in the transcript) closes the bar and gives the focus back to
    the transcript.
    """

    # text, case sensitive: as typed, to highlight and count (the speaker chosen too, `speaker()`)
    searchChanged = Signal(str, bool)
    findRequested = Signal(str, bool, bool)  # text, case sensitive, backwards
    replaceRequested = Signal(str, str, bool)  # text, replacement, case sensitive
    replaceAllRequested = Signal(str, str, bool)  # text, replacement, case sensitive
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findReplaceBar")
        self.setAutoFillBackground(True)

        self.find_label = QLabel(self)
        self.find_edit = QLineEdit(self)
        self.find_edit.setClearButtonEnabled(True)
        self.find_label.setBuddy(self.find_edit)
        self.replace_label = QLabel(self)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setClearButtonEnabled(True)
        self.replace_label.setBuddy(self.replace_edit)
        width = self.fontMetrics().averageCharWidth() * FIELD_CHARS
        for edit in (self.find_edit, self.replace_edit):
            edit.setMinimumWidth(width)
        self.count_label = QLabel(self)  # "3/12", "12 chỗ"
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("888/888") + 8)

        self.speaker_combo = QComboBox(self)  # its first item says what it is: "Mọi người nói"
        self.speaker_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.speaker_combo.setMinimumContentsLength(SPEAKER_CHARS)
        self.speaker_combo.addItem("", None)  # "Mọi người nói", worded in retranslate_ui
        self.case_check = QCheckBox(self)
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.next_button.setDefault(False)
        self.replace_button = QPushButton(self)
        self.replace_all_button = QPushButton(self)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton)
        )
        self.result_label = QLabel(self)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)  # names and text typed by people
        self.result_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.find_label, 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(self.count_label, 0, 2)
        grid.addWidget(self.previous_button, 0, 3)
        grid.addWidget(self.next_button, 0, 4)
        grid.addWidget(self.speaker_combo, 0, 5)
        grid.addWidget(self.close_button, 0, 7, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        grid.addWidget(self.replace_button, 1, 3)
        grid.addWidget(self.replace_all_button, 1, 4)
        grid.addWidget(self.case_check, 1, 5)
        grid.addWidget(self.result_label, 1, 6, 1, 2)
        grid.setColumnStretch(1, 4)
        grid.setColumnStretch(6, 1)

        self.next_button.clicked.connect(lambda: self._request_find(backwards=False))
        self.previous_button.clicked.connect(lambda: self._request_find(backwards=True))
        self.replace_button.clicked.connect(self._request_replace)
        self.replace_all_button.clicked.connect(self._request_replace_all)
        self.close_button.clicked.connect(self.close_bar)
        self.find_edit.textChanged.connect(self._text_changed)
        self.case_check.toggled.connect(lambda _on: self._search_changed())
        self.speaker_combo.currentIndexChanged.connect(
            lambda _i: self._text_changed(self.find_text())
        )
        for edit in (self.find_edit, self.replace_edit):
            edit.installEventFilter(self)

        self.retranslate_ui()
        self.set_speakers([])
        self._text_changed(self.find_edit.text())
        self.hide()

    # ----------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.find_label.setText(self.tr("&Tìm:"))
        self.replace_label.setText(self.tr("Thay &bằng:"))
        self.find_edit.setPlaceholderText(self.tr("Từ hoặc cụm từ cần tìm"))
        self.replace_edit.setPlaceholderText(self.tr("Để trống để xóa"))
        self.case_check.setText(self.tr("Phân biệt &hoa thường"))
        self.speaker_combo.setItemText(0, self.tr("Mọi người nói"))
        self.speaker_combo.setAccessibleName(self.tr("Người nói"))
        self.speaker_combo.setToolTip(
            self.tr("Chỉ tìm trong lời của một người; chưa gõ gì thì Tìm tiếp đến lượt nói sau")
        )
        self.previous_button.setText(self.tr("Tìm t&rước"))
        self.previous_button.setToolTip(self.tr("Tìm chỗ trước (Shift+Enter, Shift+F3)"))
        self.next_button.setText(self.tr("Tìm t&iếp"))
        self.next_button.setToolTip(self.tr("Tìm chỗ tiếp theo (Enter, F3)"))
        self.replace_button.setText(self.tr("&Thay"))
        self.replace_button.setToolTip(
            self.tr("Thay chỗ đang chọn rồi tìm chỗ tiếp theo; có thể hoàn tác bằng Ctrl+Z")
        )
        self.replace_all_button.setText(self.tr("Thay tất &cả"))
        self.replace_all_button.setToolTip(
            self.tr("Thay mọi chỗ trong bản chép lời; có thể hoàn tác bằng Ctrl+Z")
        )
        self.close_button.setToolTip(self.tr("Đóng thanh tìm kiếm (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----------------------------------------------------------------------------------------

    def find_text(self) -> str:
        return self.find_edit.text()

    def replace_text(self) -> str:
        return self.replace_edit.text()

    def case_sensitive(self) -> bool:
        return self.case_check.isChecked()

    def speaker(self) -> str | None:
        """The speaker whose segments are searched; None: everyone's."""
        return self.speaker_combo.currentData()

    def set_speakers(self, names: list[str]) -> None:
        """The transcript's speakers, offered in "Người nói" (hidden when there are none); the
        one chosen stays chosen while it still speaks."""
        combo = self.speaker_combo
        if [combo.itemData(i) for i in range(1, combo.count())] != names:
            chosen = self.speaker()
            with QSignalBlocker(combo):
                while combo.count() > 1:
                    combo.removeItem(1)
                for name in names:
                    combo.addItem(name, name)
                combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            if chosen != self.speaker():
                self._text_changed(self.find_text())
        combo.setVisible(bool(names))

    def set_speaker(self, name: str | None) -> None:
        self.speaker_combo.setCurrentIndex(max(0, self.speaker_combo.findData(name)) if name else 0)

    def open_find(self, text: str | None = None) -> None:
        """Show the bar with the focus in "Tìm" (pre-filled with `text` when given)."""
        self._open(text)
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def open_replace(self, text: str | None = None) -> None:
        """Show the bar with the focus in "Thay bằng" (or in "Tìm" while that is empty)."""
        self._open(text)
        target = self.replace_edit if self.find_edit.text() else self.find_edit
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        target.selectAll()

    def close_bar(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def show_result(self, message: str, problem: bool = False) -> None:
        """A short line beside the buttons: "Đã thay 3 chỗ", "Không tìm thấy …"."""
        self.result_label.setText(message)
        self.result_label.setStyleSheet("color: #b3261e;" if problem else "")

    def show_count(self, text: str, problem: bool = False) -> None:
        """Beside "Tìm": "3/12" (the match shown), "12 chỗ" (while typing), "0 chỗ"."""
        self.count_label.setText(text)
        self.count_label.setStyleSheet("color: #b3261e;" if problem else "")

    def request_find(self, backwards: bool = False) -> None:
        """Find the next (or previous) match of what is typed; used by F3 / Shift+F3 too."""
        self._request_find(backwards)

    # ----------------------------------------------------------------------------------------

    def _open(self, text: str | None) -> None:
        if text:
            self.find_edit.setText(text)
        self.show()

    def _text_changed(self, text: str) -> None:
        has_text = bool(text)
        for button in (self.next_button, self.previous_button):
            button.setEnabled(has_text or self.speaker() is not None)  # a speaker's next turn
        for button in (self.replace_button, self.replace_all_button):
            button.setEnabled(has_text)
        self._search_changed()

    def _search_changed(self) -> None:
        self.show_result("")
        self.searchChanged.emit(self.find_edit.text(), self.case_sensitive())

    def _request_find(self, backwards: bool) -> None:
        if self.find_edit.text() or self.speaker() is not None:
            self.findRequested.emit(self.find_edit.text(), self.case_sensitive(), backwards)

    def _request_replace(self) -> None:
        if self.find_edit.text():
            self.replaceRequested.emit(
                self.find_edit.text(), self.replace_edit.text(), self.case_sensitive()
            )

    def _request_replace_all(self) -> None:
        if self.find_edit.text():
            self.replaceAllRequested.emit(
                self.find_edit.text(), self.replace_edit.text(), self.case_sensitive()
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self._request_find(backwards=shift)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc on a button or the check box of the bar (the fields have their own filter).
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            event.accept()
            return
        super().keyPressEvent(event)
