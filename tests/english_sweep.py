"""What a widget tree shows the clerk, as text: for checking a language switch reached it all."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

# Letters only Vietnamese uses (English text never has them): "Đ", "ư", "ạ", "ế" …
VIETNAMESE = re.compile(
    "[ĐđƯưƠơĂăÂâÊêÔôàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]"
)
# Each language is named in itself: never translated. Examples of Vietnamese document wording
# ("e.g. SỞ NỘI VỤ") and the codes of legal texts (30/2020/NĐ-CP) are Vietnamese in English too.
ALLOWED = {"Tiếng Việt"}
QUOTED = re.compile(r"e\.g\. .*|\S*(QĐ/TW|NĐ-CP)\S*")


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model: one column, its columnCount is private
        columns = 1
    for section in range(columns):
        texts.append(str(model.headerData(section, Qt.Orientation.Horizontal) or ""))
    for row in range(min(model.rowCount(root), 50)):
        for column in range(columns):
            texts.append(str(model.index(row, column, root).data() or ""))
    return texts


def shown_texts(root: QWidget) -> list[str]:
    """Every label, button, tab, title, placeholder, tooltip, cell and menu entry visible under
    `root` (itself included)."""
    texts: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
            if isinstance(widget, QToolButton) and widget.menu() is not None:
                texts += [a.text() for a in widget.menu().actions()]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
            texts += [widget.tabToolTip(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            texts += _model_texts(widget)
        for action in widget.actions():
            texts += [action.text(), action.toolTip()]
    for menu in root.findChildren(QMenu):
        texts += [a.text() for a in menu.actions()] + [menu.title()]
    return [t for t in texts if t]


def vietnamese_left(root: QWidget) -> list[str]:
    return sorted(
        {t for t in shown_texts(root) if t not in ALLOWED and VIETNAMESE.search(QUOTED.sub("", t))}
    )
