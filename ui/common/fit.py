"""Dialogs that fit the screen they open on (office laptops are often 1366×768 or 1280×720).

`fit_to_screen(dialog, width, height)` gives a dialog its preferred size, shrunk to the screen's
available area less room for the window frame, and centres it there. `scrolling(body)` wraps a
dialog's fields in a scroll area, so a shrunk dialog scrolls inside while its buttons stay in view.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# Room left for the title bar and the frame the window manager draws around the dialog.
FRAME_ALLOWANCE = 48


def available_area(widget: QWidget) -> QRect:
    """The available geometry of the screen the widget (or its parent window) is on."""
    anchor = widget.parentWidget().window() if widget.parentWidget() else widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to (width, height) or less, so the whole dialog with its frame is on screen, and
    centre it over its parent (or the screen), kept inside the available area."""
    area = available_area(widget)
    w = min(width, area.width() - FRAME_ALLOWANCE // 2)
    h = min(height, area.height() - FRAME_ALLOWANCE)
    # A minimum size larger than the screen would push the buttons off it: the body scrolls.
    widget.setMinimumSize(min(widget.minimumWidth(), w), min(widget.minimumHeight(), h))
    widget.resize(w, h)
    parent = widget.parentWidget()
    centre = parent.window().frameGeometry().center() if parent else area.center()
    x = min(max(centre.x() - w // 2, area.left()), area.right() - w + 1)
    y = min(max(centre.y() - h // 2 - FRAME_ALLOWANCE // 2, area.top()), area.bottom() - h + 1)
    widget.move(x, max(area.top(), y))


def scrolling(body: QWidget) -> QScrollArea:
    """A frameless scroll area that holds `body` at its natural height and scrolls when the
    dialog is too short for it (never horizontally: the fields grow with the width)."""
    area = QScrollArea()
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area
