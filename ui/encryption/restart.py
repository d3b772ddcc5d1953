"""A conversion the Settings box asked for: it runs once the main window has closed (nothing
may hold the database open meanwhile), then the window opens again on the converted data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog

from meeting_assistant.errors import UserError
from ui.common.errors import show_error

Conversion = Callable[[Callable[[int, int], None]], object]  # called with a progress callback
_pending: list[Conversion] = []


def request(conversion: Conversion) -> None:
    _pending[:] = [conversion]


def cancel() -> None:
    _pending.clear()


def take() -> Conversion | None:
    return _pending.pop() if _pending else None


class ConversionProgress(QProgressDialog):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Mã hóa dữ liệu"))
        self.setLabelText(self.tr("Đang chuyển đổi dữ liệu (cơ sở dữ liệu và âm thanh)… Xin"
                                  " đừng tắt máy."))  # fmt: skip
        self.setRange(0, 0)


def run_conversion(conversion: Conversion) -> bool:
    """Run it with a progress window (no Cancel: it stops only between files); False, with the
    reason shown, when it failed (the data is then as it was, or finished at the next start)."""
    dialog = ConversionProgress()
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    QCoreApplication.processEvents()

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)
        QCoreApplication.processEvents()

    try:
        conversion(progress)
        return True
    except UserError as exc:
        show_error(None, exc)
        return False
    finally:
        dialog.close()
