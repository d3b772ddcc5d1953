"""Create or edit a meeting's details and its list of attendees."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, QTime, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.errors import UserError
from meeting_assistant.services import Services
from ui.common.errors import show_error
from ui.common.unit_picker import UnitDirectoryModel, attach_unit_completer, resolve

DATE_FORMAT = "dd/MM/yyyy"
TIME_FORMAT = "HH:mm"
NAME, TITLE, UNIT, PRESENT = range(4)


class _UnitDelegate(QStyledItemDelegate):
    """Edits the unit column with the unit picker's completion: accents optional, Enter on the
    highlighted unit takes it (the clerk's unit names are checked again on saving)."""

    def __init__(self, directory: UnitDirectoryModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._directory = directory

    def createEditor(self, parent, option, index) -> QWidget:  # noqa: N802 (Qt's name)
        editor = QLineEdit(parent)
        attach_unit_completer(editor, self._directory, editor.setText)
        return editor


class MeetingDialog(QDialog):
    """`MeetingDialog(services)` creates a meeting, `MeetingDialog(services, meeting_id)` edits one.
    After exec() returns Accepted, `meeting_id` holds the saved meeting's id."""

    def __init__(
        self, services: Services, meeting_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.meeting_id = meeting_id
        meeting = services.meetings.get(meeting_id) if meeting_id is not None else None

        self.title_edit = QLineEdit()
        self.date_check = QCheckBox()
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.start_check = QCheckBox()
        self.start_edit = QTimeEdit(QTime(8, 0))
        self.end_check = QCheckBox()
        self.end_edit = QTimeEdit(QTime(11, 0))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(TIME_FORMAT)
        # An unticked box means "not known": the date or time is then stored empty.
        for check, edit in (
            (self.date_check, self.date_edit),
            (self.start_check, self.start_edit),
            (self.end_check, self.end_edit),
        ):
            check.toggled.connect(edit.setEnabled)
            edit.setEnabled(False)
        self.place_edit = QLineEdit()
        self.chair_edit = QLineEdit()
        self.secretary_edit = QLineEdit()
        self.organisation_edit = QLineEdit()
        self.number_edit = QLineEdit()
        # What the minutes print under "Nội dung": the agenda and the clerk's own summary.
        self.agenda_edit = QPlainTextEdit()
        self.agenda_edit.setFixedHeight(56)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setFixedHeight(110)
        for edit in (self.agenda_edit, self.summary_edit):
            edit.setTabChangesFocus(True)

        self.unit_directory = UnitDirectoryModel(self)
        self.unit_directory.reload(services)
        attach_unit_completer(
            self.organisation_edit, self.unit_directory, self.organisation_edit.setText
        )

        when = QHBoxLayout()
        for check, edit in (
            (self.date_check, self.date_edit),
            (self.start_check, self.start_edit),
            (self.end_check, self.end_edit),
        ):
            when.addWidget(check)
            when.addWidget(edit)
            when.addSpacing(16)
        when.addStretch()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields = {
            "title": self.title_edit, "when": when, "place": self.place_edit,
            "chair": self.chair_edit, "secretary": self.secretary_edit,
            "organisation": self.organisation_edit, "number": self.number_edit,
            "agenda": self.agenda_edit, "summary": self.summary_edit,
        }  # fmt: skip
        self.labels: dict[str, QLabel] = {}
        for key, field in fields.items():
            self.labels[key] = label = QLabel()
            label.setBuddy(field if isinstance(field, QWidget) else self.date_check)
            form.addRow(label, field)

        self.attendees = QTableWidget(0, 4)
        self.attendees.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendees.verticalHeader().hide()
        self.attendees.setItemDelegateForColumn(
            UNIT, _UnitDelegate(self.unit_directory, self.attendees)
        )
        header = self.attendees.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(UNIT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PRESENT, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_row_and_edit)
        self.remove_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon), ""
        )
        self.remove_button.clicked.connect(self.remove_selected_attendees)
        self.remove_button.setEnabled(False)
        self.attendees.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.attendees.selectedItems()))
        )
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch()
        self.attendee_box = QGroupBox()
        box_layout = QVBoxLayout(self.attendee_box)
        box_layout.addWidget(self.attendees)
        box_layout.addLayout(row_buttons)

        self.problem = QLabel()  # why Save did not save, shown in place rather than in a popup
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # names and text typed by people
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._update_save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.attendee_box, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        if meeting is not None:
            self._fill(meeting)
        else:
            self.date_check.setChecked(True)
        self.retranslate_ui()
        self.resize(820, 780)

    def _fill(self, meeting) -> None:
        self.title_edit.setText(meeting.title)
        if meeting.date:
            self.date_check.setChecked(True)
            self.date_edit.setDate(QDate.fromString(meeting.date, "yyyy-MM-dd"))
        for check, edit, value in (
            (self.start_check, self.start_edit, meeting.start_time),
            (self.end_check, self.end_edit, meeting.end_time),
        ):
            if value:
                check.setChecked(True)
                edit.setTime(QTime.fromString(value[:5], TIME_FORMAT))
        self.place_edit.setText(meeting.place or "")
        self.chair_edit.setText(meeting.chair or "")
        self.secretary_edit.setText(meeting.secretary or "")
        self.organisation_edit.setText(meeting.organisation or "")
        self.number_edit.setText(meeting.document_number or "")
        self.agenda_edit.setPlainText(meeting.agenda or "")
        self.summary_edit.setPlainText(meeting.summary or "")
        for person in self.services.meetings.attendee_rows(meeting.id):
            self.add_attendee(person["name"], person["title"], person["unit"], person["present"])

    # Language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        if self.meeting_id is None:
            self.setWindowTitle(self.tr("Cuộc họp mới"))
        else:
            self.setWindowTitle(self.tr("Sửa thông tin cuộc họp"))
        self.labels["title"].setText(self.tr("&Tên cuộc họp:"))
        self.labels["when"].setText(self.tr("Thời gian:"))
        self.labels["place"].setText(self.tr("Địa điể&m:"))
        self.labels["chair"].setText(self.tr("&Chủ trì:"))
        self.labels["secretary"].setText(self.tr("Thư &ký:"))
        self.labels["organisation"].setText(self.tr("Cơ &quan/tổ chức:"))
        self.labels["number"].setText(self.tr("Số văn &bản:"))
        self.labels["agenda"].setText(self.tr("Chương trình:"))
        self.labels["summary"].setText(self.tr("Tóm tắt nội dung:"))
        self.summary_edit.setPlaceholderText(
            self.tr("Diễn biến chính của cuộc họp, in vào mục Nội dung của biên bản")
        )
        self.title_edit.setPlaceholderText(self.tr("Bắt buộc, ví dụ: Hội nghị Ban Thường vụ"))
        self.number_edit.setPlaceholderText(self.tr("ví dụ: 15 (ký hiệu lấy từ Cài đặt)"))
        self.date_check.setText(self.tr("Ngày"))
        self.start_check.setText(self.tr("Bắt đầu"))
        self.end_check.setText(self.tr("Kết thúc"))
        self.date_check.setToolTip(self.tr("Bỏ chọn nếu chưa rõ ngày họp"))
        self.attendee_box.setTitle(self.tr("Thành phần tham dự"))
        self.attendees.setHorizontalHeaderLabels(
            [self.tr("Họ tên"), self.tr("Chức vụ"), self.tr("Đơn vị"), self.tr("Có mặt")]
        )
        self.add_button.setText(self.tr("Thêm &người dự"))
        self.remove_button.setText(self.tr("&Xóa dòng"))
        # Qt ships no Vietnamese for its standard buttons, so they are named here.
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))
        self._update_save()

    # Attendees -----------------------------------------------------------------------------

    def add_attendee(
        self, name: str = "", title: str = "", unit: str = "", present: bool = True
    ) -> int:
        """Append a row to the attendees table; returns its row number."""
        row = self.attendees.rowCount()
        self.attendees.insertRow(row)
        for col, text in ((NAME, name), (TITLE, title), (UNIT, unit)):
            self.attendees.setItem(row, col, QTableWidgetItem(text))
        tick = QTableWidgetItem()
        tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        tick.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
        self.attendees.setItem(row, PRESENT, tick)
        return row

    @Slot()
    def _add_row_and_edit(self) -> None:
        row = self.add_attendee()
        self.attendees.setCurrentCell(row, NAME)
        self.attendees.editItem(self.attendees.item(row, NAME))

    @Slot()
    def remove_selected_attendees(self) -> None:
        rows = sorted({i.row() for i in self.attendees.selectedIndexes()}, reverse=True)
        for row in rows:
            self.attendees.removeRow(row)

    def _cell(self, row: int, col: int) -> str:
        item = self.attendees.item(row, col)
        return item.text().strip() if item is not None else ""

    def attendee_rows(self) -> list[dict]:
        """The table's rows as dicts (name, title, unit, present), blank rows left out."""
        rows = []
        for r in range(self.attendees.rowCount()):
            name, title, unit = (self._cell(r, c) for c in (NAME, TITLE, UNIT))
            if not (name or title or unit):
                continue
            present = self.attendees.item(r, PRESENT).checkState() == Qt.CheckState.Checked
            rows.append({"row": r, "name": name, "title": title, "unit": unit, "present": present})
        return rows

    # Saving --------------------------------------------------------------------------------

    @Slot()
    def _update_save(self) -> None:
        has_title = bool(self.title_edit.text().strip())
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(has_title)
        save.setToolTip("" if has_title else self.tr("Cần nhập tên cuộc họp"))

    def _fields(self) -> dict[str, str | None]:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return {
            "date": self.date_edit.date().toString("yyyy-MM-dd")
            if self.date_check.isChecked()
            else None,
            "start_time": self.start_edit.time().toString(TIME_FORMAT)
            if self.start_check.isChecked()
            else None,
            "end_time": self.end_edit.time().toString(TIME_FORMAT)
            if self.end_check.isChecked()
            else None,
            "place": text(self.place_edit),
            "chair": text(self.chair_edit),
            "secretary": text(self.secretary_edit),
            "organisation": text(self.organisation_edit),
            "document_number": text(self.number_edit),
            "agenda": self.agenda_edit.toPlainText().strip() or None,
            "summary": self.summary_edit.toPlainText().strip() or None,
        }

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def accept(self) -> None:
        title = self.title_edit.text().strip()
        if not title:
            return
        people = self.attendee_rows()
        for person in people:
            if not person["name"]:
                # Dropping a row the clerk typed into would lose work silently.
                self._show_problem(
                    self.tr("Người dự ở dòng {row} chưa có họ tên.").format(row=person["row"] + 1)
                )
                self.attendees.setCurrentCell(person["row"], NAME)
                return
        for person in people:
            # The directory's name for what was typed; a new unit only once the clerk says so.
            unit = resolve(self, self.services, person["unit"]) if person["unit"] else ""
            if unit is None:
                self.attendees.setCurrentCell(person["row"], UNIT)
                return
            person["unit"] = unit
            self.attendees.item(person["row"], UNIT).setText(unit)
        attendees = [
            {k: person[k] for k in ("name", "title", "unit", "present")} for person in people
        ]
        try:  # all or nothing: details, units, attendees
            if self.meeting_id is None:
                meeting = self.services.meetings.create(
                    title, attendees=attendees, **self._fields()
                )
            else:
                meeting = self.services.meetings.update(
                    self.meeting_id, attendees=attendees, title=title, **self._fields()
                )
        except UserError as exc:
            show_error(self, exc)
            return
        self.meeting_id = meeting.id
        super().accept()
