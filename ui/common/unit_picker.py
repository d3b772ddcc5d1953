"""Choosing units from the directory — one widget for every unit field of the app (the task's
lead and coordinating units, the proposal dialog, the register's filter, the memo's unit).

- `UnitPicker`: one unit. Its value is a unit of the directory, or a new one the clerk has
  confirmed; what is typed is never stored as it is (a fragment, "so tai nguyen"), and reloading
  the directory never changes what it shows.
- `UnitListPicker`: a list of units as chips; a typed or pasted list ("A, B; C và D") is split
  into units, shown to the clerk before it is added.

`ask_new_unit` and `confirm_split` are the two questions they ask (tests replace them).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.services import Services
from meeting_assistant.services.units import match_rank
from meeting_assistant.text import fold, nfc
from ui.common.flow_layout import FlowLayout
from ui.common.unit_chips import UnitChip

# The two questions the pickers ask, looked up here so that tests can answer them.
from .unit_questions import ask_new_unit, confirm_split  # noqa: F401

# The directory model: the unit's name (display), and its folded name and abbreviation (matching).
FOLD_ROLE = Qt.ItemDataRole.UserRole + 1


class UnitDirectoryModel(QStandardItemModel):
    """The directory's units by name, sorted as a Vietnamese reader expects (accent-blind)."""

    def reload(self, services: Services) -> None:
        units = services.units.list()
        names = [u.name for u in units]
        if names == [self.item(r).text() for r in range(self.rowCount())]:
            return
        self.clear()
        for unit in units:
            item = QStandardItem(unit.name)
            item.setEditable(False)
            item.setData((unit.name, unit.abbreviation), FOLD_ROLE)
            if unit.abbreviation:
                item.setToolTip(unit.abbreviation)
            self.appendRow(item)


class FoldFilterProxy(QSortFilterProxyModel):
    """The units matching what was typed, accents and case ignored, best matches first:

    0. the name or abbreviation starts with it ("so noi" → "Sở Nội vụ", "vptu");
    1. the name or abbreviation contains it ("thanh uy" → "Văn phòng Thành ủy", "tt&tt");
    2. every typed word starts a word of the name ("ke hoach dau tu" → "Sở Kế hoạch và Đầu tư").
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setDynamicSortFilter(True)
        self.sort(0)

    def set_text(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        self._words = words
        self.invalidate()  # both the rows kept and their order depend on the text

    def rank(self, source_row: int, source_parent: QModelIndex | None = None) -> int | None:
        """How well a unit matches (0 best), or None when it does not (the core's rule)."""
        parent = source_parent if source_parent is not None else QModelIndex()
        name, abbreviation = self.sourceModel().index(source_row, 0, parent).data(FOLD_ROLE)
        return match_rank(" ".join(self._words), name, abbreviation)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        return self.rank(source_row, source_parent) is not None

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        # The directory model is already in reading order: only the rank reorders it.
        return (self.rank(left.row()) or 0, left.row()) < (self.rank(right.row()) or 0, right.row())


class _PickOnEnter(QObject):
    """Enter in the pop-up takes its highlighted unit (`picked`), before the field can treat
    the key as "done" with the fragment typed so far."""

    picked = Signal(str)

    def __init__(self, popup: QWidget) -> None:
        super().__init__(popup)
        self._popup = popup
        popup.installEventFilter(self)  # filters run newest first: before QCompleter's own

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self._popup.isVisible()
            and self._popup.currentIndex().isValid()
        ):
            name = self._popup.currentIndex().data()
            self._popup.hide()
            self.picked.emit(name)
            return True
        return False


def attach_unit_completer(
    line_edit: QLineEdit, directory: UnitDirectoryModel, on_pick: Callable[[str], None]
) -> QCompleter:
    """Give `line_edit` a pop-up of matching units that filters as the clerk types; a unit picked
    from it (Enter on the highlighted one, or a click) goes to `on_pick`."""
    proxy = FoldFilterProxy(line_edit)
    proxy.setSourceModel(directory)
    completer = QCompleter(proxy, line_edit)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setMaxVisibleItems(10)
    line_edit.setCompleter(completer)

    def highlight_best() -> None:
        # The best match is highlighted, so Enter picks it rather than adding the typed
        # fragment as a new unit (Esc closes the list to keep what was typed). Quietly:
        # announcing the highlight would make the field replace the typed text with it.
        popup = completer.popup()
        if not popup.isVisible() or popup.currentIndex().isValid():
            return
        selection = popup.selectionModel()
        with QSignalBlocker(selection):
            popup.setCurrentIndex(completer.completionModel().index(0, 0))
        popup.viewport().update()

    def filter_now(text: str) -> None:
        proxy.set_text(text)
        if text.strip() and proxy.rowCount():
            completer.complete()
            # After the field's own completion step, which runs once this signal returns.
            QTimer.singleShot(0, highlight_best)
        else:
            completer.popup().hide()

    line_edit.textEdited.connect(filter_now)
    picker = _PickOnEnter(completer.popup())
    picker.picked.connect(on_pick)
    completer.activated[str].connect(on_pick)  # a click in the list
    return completer


# The questions -----------------------------------------------------------------------------


def resolve(parent: QWidget, services: Services, typed: str, allow_new: bool = True) -> str | None:
    """The directory's name for what the clerk typed ("so noi vu", "VPTU" → "Sở Nội vụ"); for a
    name it does not have, what the clerk answers (`ask_new_unit`). None: nothing chosen."""
    typed = nfc(typed).strip()
    if not typed:
        return ""
    found = services.units.find(typed)
    if found is not None:
        return found.name
    candidates = [u.name for u in services.units.matches(typed, 3)]
    if not allow_new:
        return candidates[0] if len(candidates) == 1 else None
    return ask_new_unit(parent, typed, candidates)


# One unit --------------------------------------------------------------------------------------


class UnitPicker(QLineEdit):
    """A unit from the directory. `unitChosen(name)` when the clerk has chosen one ("" when the
    field was cleared); `unit()` is the last chosen. Typing filters the pop-up of units; Enter
    takes the highlighted unit, or asks about a name the directory does not have. Leaving the
    field keeps a name the directory knows; anything else waits, marked, for Enter."""

    unitChosen = Signal(str)
    # A unit taken from the pop-up (Enter on the highlighted one, or a click).
    picked = Signal(str)
    # What was typed cannot be the unit (a list of several units): the message to show.
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, allow_new: bool = True) -> None:
        super().__init__(parent)
        self.allow_new = allow_new
        self._services: Services | None = None
        self._value = ""
        self._asking = False
        self.choose_on_leave = True  # leaving the field takes a name the directory knows
        self.directory = UnitDirectoryModel(self)
        self._completer = attach_unit_completer(self, self.directory, self._picked)
        self.picked.connect(self._choose)
        self.setClearButtonEnabled(True)
        self.returnPressed.connect(self.commit)
        self.textEdited.connect(lambda _text: self._mark(False))

    def set_services(self, services: Services | None) -> None:
        self._services = services
        if services is not None:
            self.directory.reload(services)

    def reload(self) -> None:
        """Read the directory again: what the field shows stays as it is."""
        if self._services is not None:
            self.directory.reload(self._services)

    def unit(self) -> str:
        return self._value

    def set_unit(self, name: str) -> None:
        """Show `name` as the chosen unit (no signal)."""
        self._value = nfc(name).strip()
        with QSignalBlocker(self):
            self.setText(self._value)
        self._mark(False)

    def pending(self) -> bool:
        """Something typed that is not yet the chosen unit."""
        return nfc(self.text()).strip() != self._value

    def _picked(self, name: str) -> None:
        self.picked.emit(name)

    def _choose(self, name: str) -> None:
        with QSignalBlocker(self):
            self.setText(name)
        # A click in the pop-up writes its text into the field after telling us: show ours.
        QTimer.singleShot(0, lambda: self.text() != self._value and self.set_unit(self._value))
        self._mark(False)
        if name != self._value:
            self._value = name
            self.unitChosen.emit(name)

    def commit(self) -> bool:
        """Enter: take what was typed as the unit, asking when the directory does not have it.
        True when a unit (or nothing) is chosen."""
        if self._asking or self._services is None:
            return False
        if self._completer.popup().isVisible():
            return False  # the pop-up's Enter chooses
        typed = nfc(self.text()).strip()
        if (
            self._services.units.find(typed) is None
            and len(self._services.units.split_names(typed)) > 1
        ):
            self._mark(True)
            self.refused.emit(
                QCoreApplication.translate(
                    "UnitPicker",
                    "“{name}” gồm nhiều đơn vị; ở đây chỉ chọn một đơn vị (các đơn vị phối hợp"
                    " nhập ở ô của chúng).",
                ).format(name=typed)
            )
            return False
        self._asking = True
        try:
            name = resolve(self, self._services, typed, allow_new=self.allow_new)
        finally:
            self._asking = False
        if name is None:
            self._mark(True)
            return False
        self._choose(name)
        return True

    def keep_if_known(self) -> None:
        """Leaving the field: a name the directory knows is chosen; a new or partial one is
        left as typed, marked, and not stored (it is never added by a mere focus change)."""
        if not self.pending() or self._services is None:
            return
        typed = nfc(self.text()).strip()
        found = self._services.units.find(typed) if typed else None
        if not typed:
            self._choose("")
        elif found is not None:
            self._choose(found.name)
        else:
            self._mark(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.choose_on_leave and not self._completer.popup().isVisible() and not self._asking:
            self.keep_if_known()

    def _mark(self, unresolved: bool) -> None:
        self.setProperty("unresolved", unresolved)
        self.setStyleSheet("QLineEdit { border: 1px solid #B3261E; }" if unresolved else "")
        self.setToolTip(
            QCoreApplication.translate(
                "UnitPicker",
                "Chưa có trong danh mục đơn vị: nhấn Enter để chọn hoặc thêm đơn vị mới.",
            )
            if unresolved
            else ""
        )


# A list of units --------------------------------------------------------------------------------


class UnitListPicker(QWidget):
    """Units as chips, and a field to add more: `unitsChanged(list)` when the clerk added or
    removed one. A typed or pasted list is split into units and shown before it is added; a
    unit in `excluded()` (the lead) is refused with `refused(message)`."""

    unitsChanged = Signal(list)
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
        self._names: list[str] = []
        self._chips: list[UnitChip] = []
        self.excluded: Callable[[], list[str]] = lambda: []
        self.chip_box = QWidget(self)
        self.chip_layout = FlowLayout(self.chip_box, spacing=5)
        self.field = UnitPicker(self)
        # In a list, a unit taken or typed is added as a chip, never "chosen" in the field.
        self.field.picked.disconnect(self.field._choose)
        self.field.picked.connect(lambda name: self.add([name]))
        self.field.returnPressed.disconnect(self.field.commit)
        self.field.returnPressed.connect(self.add_typed)
        self.field.choose_on_leave = False
        self.add_button = QToolButton(self)
        self.add_button.clicked.connect(self.add_typed)
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.field, 1)
        row.addWidget(self.add_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.chip_box)
        column.addLayout(row)
        self.chip_box.hide()

    def set_services(self, services: Services | None) -> None:
        self._services = services
        self.field.set_services(services)

    def units(self) -> list[str]:
        return list(self._names)

    def set_units(self, names: list[str]) -> None:
        """Show these units (no signal)."""
        self._names = list(names)
        self._show_chips()

    def chip(self, name: str) -> UnitChip | None:
        return next((c for c in self._chips if c.name == name), None)

    def add_typed(self) -> None:
        """Enter or "Thêm": the units the field names (a list is split and shown first)."""
        if self._services is None or self.field._completer.popup().isVisible():
            return
        text = nfc(self.field.text()).strip()
        if not text:
            return
        parts = self._services.units.split_names(text)
        if len(parts) > 1:
            known = {p: self._services.units.find(p) for p in parts}
            names = [known[p].name if known[p] else p for p in parts]
            new = [p for p in parts if known[p] is None]
            chosen = confirm_split(self, names, new)
        else:
            one = resolve(self, self._services, text, allow_new=True)
            chosen = [one] if one else None
        if chosen:
            self.add(chosen)

    def add(self, names: list[str]) -> None:
        excluded = {fold(n) for n in self.excluded() if n}
        have = {fold(n) for n in self._names}
        refused = [n for n in names if fold(n) in excluded]
        if refused:
            self.refused.emit(
                QCoreApplication.translate(
                    "UnitPicker",
                    "“{name}” đã là đơn vị chủ trì; một đơn vị không thể vừa chủ trì vừa phối hợp.",
                ).format(name=refused[0])
            )
        fresh = [n for n in names if fold(n) not in excluded and fold(n) not in have]
        QTimer.singleShot(0, self.field.clear)  # the completer writes its pick after telling us
        self.field.clear()
        self.field.set_unit("")
        if not fresh:
            return
        self._names += list(dict.fromkeys(fresh))
        self._show_chips()
        self.unitsChanged.emit(self.units())

    def remove(self, name: str) -> None:
        if name in self._names:
            self._names.remove(name)
            self._show_chips()
            self.unitsChanged.emit(self.units())

    def _show_chips(self) -> None:
        if [c.name for c in self._chips] == self._names:
            return
        had_focus = any(c.hasFocus() for c in self._chips)
        for chip in self._chips:
            self.chip_layout.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for name in self._names:
            chip = UnitChip(name, self.chip_box)
            chip.removeRequested.connect(self.remove)
            self.chip_layout.addWidget(chip)
            chip.show()
            self._chips.append(chip)
        self.chip_box.setVisible(bool(self._names))
        self.chip_layout.invalidate()
        self.chip_box.updateGeometry()
        if had_focus:
            (self._chips[-1] if self._chips else self.field).setFocus()
