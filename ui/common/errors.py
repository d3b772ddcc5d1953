"""One place that shows errors to the clerk: a readable dialog in the interface language."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from meeting_assistant.errors import UserError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A UserError's own message (already in the interface language); anything else is a bug:
    say so plainly, and keep the details one click away."""
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and text typed by people
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Meeting Assistant"))
    if isinstance(error, UserError):
        box.setText(error.message)
    else:
        log.error("unexpected error", exc_info=error)
        box.setText(
            QCoreApplication.translate(
                "Errors",
                "Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng."
                " Hãy thử lại; nếu lỗi lặp lại, gửi phần chi tiết cho bộ phận hỗ trợ.",
            )
        )
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.exec()


def show_unexpected(parent: QWidget | None, error: BaseException, log_file) -> None:
    """An error nobody caught (the excepthook): a UserError reads as usual; a bug says where
    its details were written."""
    if isinstance(error, UserError):
        show_error(parent, error)
        return
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Meeting Assistant"))
    box.setText(
        QCoreApplication.translate(
            "Errors",
            "Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng. Chi tiết đã được"
            " ghi vào {path}; hãy gửi tệp này cho bộ phận hỗ trợ nếu lỗi lặp lại.",
        ).format(path=str(log_file))
    )
    box.setDetailedText("".join(traceback.format_exception(error)))
    box.exec()
