"""Choosing a unit from the directory: the directory as a model, matched without accents, and
the completer pop-up that every unit field uses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from meeting_assistant.services import Services
from meeting_assistant.text import fold

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
            item.setData([k for k in (fold(unit.name), fold(unit.abbreviation)) if k], FOLD_ROLE)
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
        """How well a unit matches (0 best), or None when it does not."""
        if not self._words:
            return 0
        parent = source_parent if source_parent is not None else QModelIndex()
        keys = self.sourceModel().index(source_row, 0, parent).data(FOLD_ROLE) or []
        phrase = " ".join(self._words)
        if any(key.startswith(phrase) for key in keys):
            return 0
        if any(phrase in key for key in keys):
            return 1
        starts = [w for key in keys for w in key.split()]
        if all(any(s.startswith(word) for s in starts) for word in self._words):
            return 2
        return None

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
