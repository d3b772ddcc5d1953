"""The unit directory (danh mục đơn vị): the units tasks are assigned to, edited in place.

Names, abbreviations and parent units are saved as soon as a cell is left; the core keeps names
unique (accents and case ignored) and refuses to delete a unit that a task still names, and the
dialog shows its message as it is.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.errors import UserError
from meeting_assistant.models import Unit
from meeting_assistant.services import Services
from meeting_assistant.text import fold
from ui.common.errors import show_error
from ui.common.fit import fit_to_screen

ID_ROLE = Qt.ItemDataRole.UserRole
PARENT_ROLE = Qt.ItemDataRole.UserRole + 1


class _ParentDelegate(QStyledItemDelegate):
    """Edits the "Cấp trên" column with a list of the units that may be the parent: not the
    unit itself, nor any unit under it."""

    def __init__(self, dialog: UnitDirectoryDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(QCoreApplication.translate("UnitDirectoryDialog", "(Không có)"), None)
        unit_id = index.siblingAtColumn(0).data(ID_ROLE)
        for unit in self._dialog.possible_parents(unit_id):
            combo.addItem(unit.name, unit.id)
        # A pick is saved at once, as every other edit in the directory.
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        combo.activated.connect(lambda _i: self.closeEditor.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(PARENT_ROLE))))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), PARENT_ROLE)


class UnitDirectoryDialog(QDialog):
    """The directory of units as a table: name, abbreviation, parent unit, number of tasks.
    Emits unitsChanged after every change saved."""

    unitsChanged = Signal()

    NAME, ABBREVIATION, PARENT, TASKS = range(4)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._units: dict[int, Unit] = {}
        self._loading = False

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
            QLineEdit.ActionPosition.LeadingPosition,
        )
        self.filter_edit.textChanged.connect(self._apply_filter)

        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(self.PARENT, _ParentDelegate(self))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.ABBREVIATION, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.PARENT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.TASKS, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(self.ABBREVIATION, 110)
        self.table.setColumnWidth(self.PARENT, 220)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        self.new_name = QLineEdit()
        self.new_name.setClearButtonEnabled(True)
        self.new_name.returnPressed.connect(self.add_unit)
        self.new_name.textChanged.connect(self._update_buttons)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_unit)
        self.delete_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon), ""
        )
        self.delete_button.clicked.connect(lambda: self.delete_unit())
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        add_row.addSpacing(24)
        add_row.addWidget(self.delete_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        # Enter in the table or the name field must not close the dialog.
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.buttons)

        self.retranslate_ui()
        self.reload()
        fit_to_screen(self, 780, 540)

    # Language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Danh mục đơn vị"))
        self.intro.setText(
            self.tr(
                "Đơn vị chủ trì, phối hợp thực hiện nhiệm vụ. Nhấp đúp vào một ô để sửa;"
                " thay đổi được lưu ngay, ở mọi nhiệm vụ của đơn vị."
            )
        )
        self.filter_edit.setPlaceholderText(self.tr("Lọc theo tên hoặc tên viết tắt…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Tên đơn vị"),
                self.tr("Viết tắt"),
                self.tr("Cấp trên"),
                self.tr("Số nhiệm vụ"),
            ]
        )
        self.table.horizontalHeaderItem(self.TASKS).setToolTip(
            self.tr("Số nhiệm vụ đơn vị chủ trì hoặc phối hợp thực hiện")
        )
        self.empty_label.setText(
            self.tr(
                "Danh mục chưa có đơn vị nào. Đơn vị được thêm khi giao nhiệm vụ trong một cuộc"
                " họp, hoặc gõ tên đơn vị vào ô dưới đây rồi bấm Thêm đơn vị."
            )
        )
        self.new_name.setPlaceholderText(self.tr("Tên đơn vị mới, ví dụ: Sở Nội vụ"))
        self.add_button.setText(self.tr("&Thêm đơn vị"))
        self.delete_button.setText(self.tr("&Xóa đơn vị…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đó&ng"))

    # Data ----------------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Read the directory again, keeping (or moving to) the selected unit."""
        if select is None:
            select = self.selected_unit_id()
        units = self.services.units.list()
        self._units = {u.id: u for u in units}
        usage = self.services.units.usage_counts()
        self._loading = True
        try:
            self.table.setRowCount(len(units))
            for row, unit in enumerate(units):
                name = QTableWidgetItem(unit.name)
                name.setData(ID_ROLE, unit.id)
                name.setToolTip(unit.name)
                abbreviation = QTableWidgetItem(unit.abbreviation or "")
                parent = self._units.get(unit.parent_id) if unit.parent_id else None
                parent_item = QTableWidgetItem(parent.name if parent else "")
                parent_item.setData(PARENT_ROLE, unit.parent_id)
                count = QTableWidgetItem(str(usage.get(unit.id, 0)))
                count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
                count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                for column, item in enumerate((name, abbreviation, parent_item, count)):
                    self.table.setItem(row, column, item)
        finally:
            self._loading = False
        empty = not units
        self.table.setVisible(not empty)
        self.filter_edit.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self._apply_filter()
        if select is not None:
            self.select_unit(select)
        self._update_buttons()

    def unit_names(self) -> list[str]:
        """The units listed, in the order shown (hidden by the filter included)."""
        return [self.table.item(r, self.NAME).text() for r in range(self.table.rowCount())]

    def row_of(self, unit_id: int) -> int | None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, self.NAME).data(ID_ROLE) == unit_id:
                return row
        return None

    def selected_unit_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), self.NAME).data(ID_ROLE) if rows else None

    def select_unit(self, unit_id: int) -> bool:
        row = self.row_of(unit_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollToItem(self.table.item(row, self.NAME))
        return True

    def possible_parents(self, unit_id: int | None) -> list[Unit]:
        """Units that `unit_id` may be placed under: not itself, nor one of its descendants."""
        children: dict[int | None, list[int]] = {}
        for unit in self._units.values():
            children.setdefault(unit.parent_id, []).append(unit.id)
        excluded, todo = set(), [unit_id]
        while todo:
            current = todo.pop()
            if current is None or current in excluded:
                continue
            excluded.add(current)
            todo.extend(children.get(current, []))
        return [u for u in self._units.values() if u.id not in excluded]

    @Slot()
    def _apply_filter(self) -> None:
        words = fold(self.filter_edit.text()).split()
        for row in range(self.table.rowCount()):
            haystack = fold(
                " ".join(self.table.item(row, c).text() for c in (self.NAME, self.ABBREVIATION))
            )
            self.table.setRowHidden(row, not all(w in haystack for w in words))

    @Slot()
    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected_unit_id() is not None)
        self.add_button.setEnabled(bool(self.new_name.text().strip()))

    # Editing -------------------------------------------------------------------------------

    @Slot(QTableWidgetItem)
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        unit_id = self.table.item(item.row(), self.NAME).data(ID_ROLE)
        unit = self._units.get(unit_id)
        if unit is None:
            return
        column = item.column()
        changes: dict = {}
        if column == self.NAME and item.text().strip() != unit.name:
            changes["name"] = item.text()
        elif column == self.ABBREVIATION and (item.text().strip() or None) != unit.abbreviation:
            changes["abbreviation"] = item.text()
        elif column == self.PARENT and item.data(PARENT_ROLE) != unit.parent_id:
            changes["parent_id"] = item.data(PARENT_ROLE)
        if not changes:
            # Nothing new (outer spaces only): show the stored text again, after the editor.
            QTimer.singleShot(0, self, lambda: self.reload(select=unit_id))
            return
        try:
            self.services.units.update(unit_id, **changes)
        except Exception as error:  # a UserError reads well; anything else is a bug
            show_error(self, error)
            QTimer.singleShot(0, self, lambda: self.reload(select=unit_id))
            return
        # Re-read after the editor has closed: the row may move (sorted by name).
        QTimer.singleShot(0, self, lambda: self.reload(select=unit_id))
        self.unitsChanged.emit()

    @Slot()
    def add_unit(self) -> None:
        """Add the unit typed in the field below the table (or select it if it is there)."""
        name = self.new_name.text().strip()
        if not name:
            return
        try:
            existing = self.services.units.find(name)
            unit = existing or self.services.units.ensure(name)
        except Exception as error:
            show_error(self, error)
            return
        self.new_name.clear()
        self.filter_edit.clear()
        self.reload(select=unit.id)
        if existing is None:
            self.unitsChanged.emit()

    def delete_unit(self, unit_id: int | None = None) -> bool:
        """Delete a unit after asking; a unit still named by tasks is refused with the reason."""
        unit_id = unit_id if unit_id is not None else self.selected_unit_id()
        if unit_id is None or unit_id not in self._units:
            return False
        if not self._confirm_delete(self._units[unit_id].name):
            return False
        try:
            self.services.units.delete(unit_id)
        except UserError as error:
            show_error(self, error)
            self.reload()
            return False
        self.reload()
        self.unitsChanged.emit()
        return True

    def _confirm_delete(self, name: str) -> bool:
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # names typed by people
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Xóa đơn vị"))
        box.setText(self.tr("Xóa “{name}” khỏi danh mục đơn vị?").format(name=name))
        delete = box.addButton(self.tr("Xóa"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is delete
