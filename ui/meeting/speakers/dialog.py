"""Naming the voices: "Người nói 1, 2, …" mapped to the meeting's attendees, once.

Each row is one voice: how long it spoke, in how many segments, the name a remembered voice
proposes (with its confidence), a list of the attendees to pick from (or a name typed), a button
to hear ten seconds of that voice, and who chaired. "Áp dụng" names every segment at once and
remembers the voices named; "Tìm người nói" (re)runs the diarization in the background.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.services import Services
from meeting_assistant.services.speakers import label_text
from meeting_assistant.text import clock, names_person
from ui.changes import changes
from ui.operations import Op

COL_SPEAKER, COL_TIME, COL_SEGMENTS, COL_PROPOSED, COL_NAME, COL_LISTEN, COL_CHAIR = range(7)

Player = Callable[[int, float, float], None]


class SpeakersDialog(QDialog):
    def __init__(
        self,
        services: Services,
        meeting_id: int,
        play: Player | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.meeting_id = meeting_id
        self.play = play
        self.setWindowTitle(self.tr("Người nói trong cuộc họp"))
        self.hint = QLabel(
            self.tr(
                "Chọn đại biểu cho từng giọng nói (bấm “Nghe” để nghe 10 giây). Mọi đoạn của giọng"
                " đó sẽ mang tên đã chọn; giọng được nhớ để gợi ý ở các cuộc họp sau."
            )
        )
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Người nói"),
                self.tr("Thời lượng"),
                self.tr("Số đoạn"),
                self.tr("Đề xuất (độ tin cậy)"),
                self.tr("Tên đại biểu"),
                self.tr("Nghe"),
                self.tr("Chủ trì"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.count = QSpinBox()
        self.count.setRange(0, 50)
        self.count.setSpecialValueText(self.tr("tự ước lượng"))
        self.find_button = QPushButton(self.tr("Tìm người nói"))
        self.find_button.clicked.connect(self.find_speakers)
        self.status = QLabel()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Số người nói:")))
        row.addWidget(self.count)
        row.addWidget(self.find_button)
        row.addWidget(self.status, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).setText(self.tr("Áp dụng"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 420)
        self.reload()

    def reload(self) -> None:
        speakers = self.services.speakers.speakers(self.meeting_id)
        attendees = [a.name for a in self.services.meetings.attendees(self.meeting_id)]
        chair = self.services.meetings.get(self.meeting_id).chair or ""
        self.table.setRowCount(len(speakers))
        self._labels = []
        for r, s in enumerate(speakers):
            self._labels.append(s.label)
            self.table.setItem(r, COL_SPEAKER, _item(label_text(s.label)))
            self.table.setItem(r, COL_TIME, _item(clock(s.seconds, millis=False)))
            self.table.setItem(r, COL_SEGMENTS, _item(str(s.segments)))
            proposed = f"{s.proposed} ({s.confidence:.0%})" if s.proposed else ""
            self.table.setItem(r, COL_PROPOSED, _item(proposed))
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItem("")
            combo.addItems(attendees)
            combo.setCurrentText(s.name or s.proposed or "")
            combo.lineEdit().setPlaceholderText(label_text(s.label))
            self.table.setCellWidget(r, COL_NAME, combo)
            listen = QPushButton(self.tr("Nghe"))
            listen.setEnabled(s.sample_audio_id is not None and self.play is not None)
            listen.clicked.connect(lambda _=False, label=s.label: self.listen(label))
            self.table.setCellWidget(r, COL_LISTEN, listen)
            radio = QRadioButton()
            radio.setChecked(names_person(chair, s.name))
            self.table.setCellWidget(r, COL_CHAIR, radio)
        if not speakers:
            self.status.setText(self.tr("Chưa tìm người nói: bấm “Tìm người nói”."))

    def name_edit(self, label: int) -> QComboBox:
        return self.table.cellWidget(self._labels.index(label), COL_NAME)

    def listen(self, label: int) -> None:
        sample = self.services.speakers.sample(self.meeting_id, label)
        if sample and self.play:
            self.play(*sample)

    def apply(self) -> None:
        chair = None
        for r, label in enumerate(self._labels):
            name = self.table.cellWidget(r, COL_NAME).currentText().strip() or None
            current = {s.label: s.name for s in self.services.speakers.speakers(self.meeting_id)}
            if name != current.get(label):
                self.services.speakers.name(self.meeting_id, label, name)
            if self.table.cellWidget(r, COL_CHAIR).isChecked() and name:
                chair = name
        # "Đồng chí …, Phó Bí thư" as typed in the details stays when it already names them.
        if chair and not names_person(self.services.meetings.get(self.meeting_id).chair, chair):
            self.services.meetings.update(self.meeting_id, chair=chair)
        changes().notify_meeting(self.meeting_id)
        self.status.setText(self.tr("Đã đặt tên người nói."))
        self.reload()

    def find_speakers(self) -> None:
        count = self.count.value() or None
        meeting_id = self.meeting_id
        self.find_button.setEnabled(False)
        self.status.setText(self.tr("Đang tìm người nói…"))

        def work(services: Services) -> int:
            finished = None
            for event in services.speakers.run(meeting_id, speakers=count):
                finished = event
            return finished.speakers if finished else 0

        def done(found: int) -> None:
            self.find_button.setEnabled(True)
            self.status.setText(self.tr("Đã tìm thấy {n} người nói.").format(n=found))
            changes().notify_meeting(meeting_id)
            self.reload()

        def failed(error) -> None:
            self.find_button.setEnabled(True)
            self.status.setText(str(error))

        Op(self, self.services, work).success(done).failure(failed).run()


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item
