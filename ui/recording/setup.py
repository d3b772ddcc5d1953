"""The recording bar's set-up form: the input device, where the audio goes (a new meeting, or
the meeting that is open), "Chép lời trong khi ghi", the free disk space, "Bắt đầu ghi".

Only the fields and their labels: the panel fills them (devices, meetings, free space) and
connects their signals.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

RED = QColor("#C62828")
WARNING_STYLE = "color: #b3261e;"


class RecordingSetup(QWidget):
    """The set-up page of the recording bar (its fields are the panel's attributes too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.device_label = QLabel()
        self.device = QComboBox()
        self.device.setEditable(True)  # "file:PATH" plays a file, for demonstrations
        self.device.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # A long device name must not widen the window: the list shows it whole when open.
        self.device.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.device.setMinimumContentsLength(16)
        self.device.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.device_label.setBuddy(self.device)
        self.target_label = QLabel()
        self.target = QComboBox()
        self.target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.target.setMinimumContentsLength(16)
        self.target_label.setBuddy(self.target)
        self.title = QLineEdit()
        self.title.setMinimumWidth(160)
        self.live = QCheckBox()
        self.live.setChecked(True)
        self.disk_label = QLabel()
        self.disk_label.setTextFormat(Qt.TextFormat.PlainText)
        self.device_problem = QLabel()
        self.device_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.device_problem.setStyleSheet(WARNING_STYLE)
        for label in (self.disk_label, self.device_problem):  # wrapped, never widening the bar
            label.setWordWrap(True)
        self.start_button = QPushButton(record_icon(), "")  # the red dot every recorder has
        self.start_button.setDefault(True)
        self.close_button = QPushButton()

        grid = QVBoxLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        first = QHBoxLayout()
        first.addWidget(self.heading)
        first.addSpacing(12)
        first.addWidget(self.device_label)
        first.addWidget(self.device, 2)
        first.addSpacing(12)
        first.addWidget(self.target_label)
        first.addWidget(self.target, 1)
        first.addWidget(self.title, 2)
        second = QHBoxLayout()
        second.addWidget(self.live)
        second.addSpacing(12)
        second.addWidget(self.disk_label)
        second.addWidget(self.device_problem)
        second.addStretch(1)
        second.addWidget(self.start_button)
        second.addWidget(self.close_button)
        grid.addLayout(first)
        grid.addLayout(second)

    def retranslate_ui(self) -> None:
        """The fixed labels; the panel writes the device names, targets and free space."""
        self.heading.setText(self.tr("Ghi âm cuộc họp"))
        self.device_label.setText(self.tr("&Thiết bị thu:"))
        self.device.setToolTip(
            self.tr("Micrô dùng để ghi. Có thể gõ “file:đường-dẫn” để phát một tệp thay micrô.")
        )
        self.target_label.setText(self.tr("&Lưu vào:"))
        self.title.setPlaceholderText(self.tr("Tên cuộc họp (có thể sửa sau)"))
        self.live.setText(self.tr("&Chép lời trong khi ghi"))
        self.live.setToolTip(
            self.tr("Lời nói được chép thành văn bản ngay khi ghi; máy chạy nặng hơn.")
        )
        self.device_problem.setText(
            self.tr("Không tìm thấy micrô. Hãy cắm micrô rồi mở lại mục này.")
        )
        self.start_button.setText(self.tr("&Bắt đầu ghi"))
        self.close_button.setText(self.tr("Đóng"))


def record_icon() -> QIcon:
    """The red dot every recorder has."""
    size = 16
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(RED)
    painter.drawEllipse(QRectF(2, 2, size - 4, size - 4))
    painter.end()
    return QIcon(pixmap)


__all__ = ["RED", "WARNING_STYLE", "RecordingSetup", "record_icon"]
