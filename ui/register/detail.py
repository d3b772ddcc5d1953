"""The task register's detail area: the selected task, its progress log, and the commands that
change it (mark done, cancel, reopen, open the meeting, add a progress report).

Only what the clerk sees: the page reads the store and runs the commands, which the buttons
ask for through signals.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.followup.register import RegisterRow
from meeting_assistant.labels import status_label as label
from meeting_assistant.models import TaskUpdate
from meeting_assistant.text import format_date
from ui.common.flow_layout import FlowLayout
from ui.register.model import ACCENTS, ROW_COLOURS, deadline_text, quiet_colour


class RegisterDetail(QStackedWidget):
    """A hint while no task is selected, else the task and its progress log. The buttons emit
    openRequested, doneRequested, cancelRequested, reopenRequested, progressRequested."""

    openRequested = Signal()
    doneRequested = Signal()
    cancelRequested = Signal()
    reopenRequested = Signal()
    progressRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail_empty = QLabel()
        self.detail_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_empty.setWordWrap(True)
        quiet(self.detail_empty)

        panel = QFrame()
        self.detail_content = QLabel()
        self.detail_content.setTextFormat(Qt.TextFormat.PlainText)  # text typed by people
        self.detail_content.setWordWrap(True)
        self.detail_content.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_content.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        font = self.detail_content.font()
        font.setBold(True)
        self.detail_content.setFont(font)
        self.detail_form = QFormLayout()
        self.detail_form.setHorizontalSpacing(10)
        self.detail_form.setVerticalSpacing(3)
        self.detail_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.detail_labels: dict[str, QLabel] = {}
        self.detail_values: dict[str, QLabel] = {}
        for key in ("meeting", "lead", "coordinators", "deadline", "status"):
            name, value = QLabel(), QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)  # names typed by people
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            quiet(name)
            self.detail_labels[key], self.detail_values[key] = name, value
            self.detail_form.addRow(name, value)

        def button(icon: QStyle.StandardPixmap, signal: Signal) -> QPushButton:
            made = QPushButton(self.style().standardIcon(icon), "")
            made.clicked.connect(lambda: signal.emit())
            return made

        self.open_button = button(QStyle.StandardPixmap.SP_ArrowForward, self.openRequested)
        self.done_button = button(QStyle.StandardPixmap.SP_DialogApplyButton, self.doneRequested)
        self.cancel_button = button(
            QStyle.StandardPixmap.SP_DialogCancelButton, self.cancelRequested
        )
        self.reopen_button = button(QStyle.StandardPixmap.SP_BrowserReload, self.reopenRequested)
        buttons = QWidget()
        flow = FlowLayout(buttons, spacing=6)
        for widget in (self.done_button, self.cancel_button, self.reopen_button, self.open_button):
            flow.addWidget(widget)

        left_box = QWidget()
        left = QVBoxLayout(left_box)
        left.setContentsMargins(0, 0, 6, 0)
        left.addWidget(self.detail_content)
        left.addSpacing(4)
        left.addLayout(self.detail_form)
        left.addStretch(1)
        # A short detail area scrolls rather than squeezing its lines into each other.
        self.detail_box = left_box
        left_scroll = QScrollArea()
        left_scroll.setWidget(left_box)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.progress_title = QLabel()
        font = self.progress_title.font()
        font.setBold(True)
        self.progress_title.setFont(font)
        # Reports are a few lines each: a read-only document wraps them as a table cannot.
        self.progress = QTextBrowser()
        self.progress.setOpenLinks(False)
        self.progress.setMinimumHeight(60)
        self._progress_shown: list[tuple[str, str, str]] = []
        self.progress_empty = QLabel()
        self.progress_empty.setWordWrap(True)
        self.progress_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        quiet(self.progress_empty)
        self.progress_button = button(
            QStyle.StandardPixmap.SP_FileDialogNewFolder, self.progressRequested
        )
        progress_head = QHBoxLayout()
        progress_head.addWidget(self.progress_title)
        progress_head.addStretch(1)
        progress_head.addWidget(self.progress_button)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(progress_head)
        right.addWidget(self.progress, 1)
        right.addWidget(self.progress_empty, 1)

        row = QHBoxLayout(panel)
        row.setContentsMargins(0, 6, 0, 0)
        # The buttons stay under the scrolling detail, in view however short the page is.
        left_column = QVBoxLayout()
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(left_scroll, 1)
        left_column.addWidget(buttons)
        row.addLayout(left_column, 1)
        row.addSpacing(14)
        row.addLayout(right, 1)
        self.addWidget(self.detail_empty)
        self.addWidget(panel)
        self.detail_panel = panel

    # Language (the page relabels the area, in its own order) --------------------------------

    def retranslate_ui(self) -> None:
        self.detail_empty.setText(
            self.tr("Chọn một nhiệm vụ để xem tiến độ, báo cáo kết quả hoặc đánh dấu hoàn thành.")
        )
        names = {
            "meeting": self.tr("Cuộc họp:"),
            "lead": self.tr("Chủ trì:"),
            "coordinators": self.tr("Phối hợp:"),
            "deadline": self.tr("Thời hạn:"),
            "status": self.tr("Tình trạng:"),
        }
        for key, text in names.items():
            self.detail_labels[key].setText(text)
        self.open_button.setText(self.tr("&Mở cuộc họp"))
        self.open_button.setToolTip(self.tr("Mở cuộc họp đã giao nhiệm vụ này để sửa nhiệm vụ"))
        self.done_button.setText(self.tr("Đánh dấu &hoàn thành…"))
        self.cancel_button.setText(self.tr("Hủ&y nhiệm vụ"))
        self.cancel_button.setToolTip(
            self.tr("Nhiệm vụ không còn phải thực hiện (được tính riêng, không tính là quá hạn)")
        )
        self.reopen_button.setText(self.tr("Mở &lại"))
        self.reopen_button.setToolTip(self.tr("Bỏ đánh dấu hoàn thành hoặc hủy"))
        self.progress_title.setText(self.tr("Tiến độ thực hiện"))
        self.progress_empty.setText(self.tr("Chưa có báo cáo tiến độ nào."))
        self.progress_button.setText(self.tr("Thêm &báo cáo tiến độ…"))

    # Showing a task ------------------------------------------------------------------------

    def show_row(self, row: RegisterRow | None) -> None:
        """Show `row` (None: the hint); its progress log comes with `show_progress`."""
        if row is None:
            self.setCurrentWidget(self.detail_empty)
            return
        task = row.task
        self.setCurrentWidget(self.detail_panel)
        self.detail_content.setText(task.content)
        meeting = row.meeting_title
        if row.meeting_date:
            meeting = f"{meeting} ({format_date(row.meeting_date)})"
        values = self.detail_values
        values["meeting"].setText(meeting)
        values["lead"].setText(row.lead_unit or self.tr("Chưa giao đơn vị chủ trì"))
        values["coordinators"].setText(", ".join(row.coordinating_units) or "—")
        deadline = deadline_text(task)
        if task.deadline_text:
            deadline = self.tr("{deadline} — trong cuộc họp: “{words}”").format(
                deadline=deadline, words=task.deadline_text
            )
        values["deadline"].setText(deadline)
        status = label(row.status)
        if task.completed_on:
            status = self.tr("{status}, ngày {date}").format(
                status=status, date=format_date(task.completed_on)
            )
        elif task.cancelled_on:
            status = self.tr("{status}, ngày {date}").format(
                status=status, date=format_date(task.cancelled_on)
            )
        values["status"].setText(status)
        palette = values["status"].palette()
        colour = ROW_COLOURS[row.status][1] if row.status in ROW_COLOURS else ACCENTS[row.status]
        palette.setColor(values["status"].foregroundRole(), colour)
        values["status"].setPalette(palette)
        closed = bool(task.completed_on or task.cancelled_on)
        self.done_button.setEnabled(not closed)
        self.cancel_button.setEnabled(not closed)
        self.reopen_button.setEnabled(closed)

    def show_progress(self, updates: list[TaskUpdate]) -> None:
        newest_first = sorted(updates, key=lambda u: (u.date, u.id), reverse=True)
        self._progress_shown = [
            (format_date(u.date), u.reporter or "", u.note) for u in newest_first
        ]
        quiet_name = quiet_colour().name()
        blocks = []
        for day, reporter, note in self._progress_shown:
            head = f"<b>{escape(day)}</b>"
            if reporter:  # typed by people: escaped, so "<" and "&" print as written
                head += f' <span style="color:{quiet_name}">·</span> {escape(reporter)}'
            body = escape(note).replace("\n", "<br>")
            blocks.append(f'<p style="margin-top:0; margin-bottom:8px">{head}<br>{body}</p>')
        self.progress.setHtml("".join(blocks))
        self.progress.setVisible(bool(newest_first))
        self.progress_empty.setVisible(not newest_first)

    def progress_entries(self) -> list[tuple[str, str, str]]:
        """The progress log as shown: (date, reporter, note), newest first."""
        return list(self._progress_shown)


def quiet(widget: QLabel) -> None:
    """Grey text, as placeholders have."""
    palette = widget.palette()
    palette.setColor(widget.foregroundRole(), palette.color(QPalette.ColorRole.PlaceholderText))
    widget.setPalette(palette)


__all__ = ["RegisterDetail", "quiet"]
