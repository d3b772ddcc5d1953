"""The main window's review actions: open a package (review mode), export one for officials,
merge an official's reply."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox

from meeting_assistant.errors import UserError
from meeting_assistant.review import PACKAGE_SUFFIX, REPLY_SUFFIX
from meeting_assistant.sealed import needs_passphrase
from ui.changes import changes
from ui.common.errors import show_error

from .export_dialog import ExportReviewDialog
from .window import open_review_package


class ReviewActions:
    """Mixed into the main window (which has `services` and a meetings view)."""

    def add_review_actions(self, menu) -> None:
        """The review actions, between separators, at the end of `menu` so far."""
        menu.addSeparator()
        menu.addActions(self.build_review_actions())
        menu.addSeparator()
        self.retranslate_review_actions()

    def changeEvent(self, event: QEvent) -> None:
        # The window's own changeEvent ends in super(): the review actions follow its language.
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "action_open_review"):
            self.retranslate_review_actions()
        super().changeEvent(event)

    def build_review_actions(self) -> list[QAction]:
        self.action_open_review = QAction(self)
        self.action_open_review.triggered.connect(lambda: self.open_review())
        self.action_export_review = QAction(self)
        self.action_export_review.triggered.connect(lambda: self.export_review())
        self.action_merge_reply = QAction(self)
        self.action_merge_reply.triggered.connect(lambda: self.merge_reply())
        self.review_windows: list = []
        return [self.action_open_review, self.action_export_review, self.action_merge_reply]

    def retranslate_review_actions(self) -> None:
        self.action_open_review.setText(self.tr("Mở gói &xem xét…"))
        self.action_export_review.setText(self.tr("Xuất gói xem xét cho lãnh đạo…"))
        self.action_merge_reply.setText(self.tr("Nhập &phản hồi xem xét…"))

    def open_review(self, path: str | Path | None = None):
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Mở gói xem xét"), "",
                self.tr("Gói xem xét (*{suffix})").format(suffix=PACKAGE_SUFFIX),
            )  # fmt: skip
            if not path:
                return None
        window = open_review_package(self, path)
        if window is not None:
            self.review_windows.append(window)
            window.destroyed.connect(lambda *_: self.review_windows.remove(window)
                                     if window in self.review_windows else None)  # fmt: skip
        return window

    def export_review(self, out: str | Path | None = None, dialog: QDialog | None = None):
        """`dialog` already filled in (tests) is taken as accepted."""
        if dialog is None:
            dialog = ExportReviewDialog(
                self.services.meetings.list(), self.meetings_view.selected_meeting_id(), self
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
        if not out:
            out, _ = QFileDialog.getSaveFileName(
                self, self.tr("Lưu gói xem xét"), "goi-xem-xet" + PACKAGE_SUFFIX,
                self.tr("Gói xem xét (*{suffix})").format(suffix=PACKAGE_SUFFIX),
            )  # fmt: skip
            if not out:
                return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.services.review.export(
                Path(out), dialog.passphrase.text(), meeting_ids=dialog.chosen_ids(),
                with_audio=dialog.with_audio.isChecked(),
            )  # fmt: skip
        except UserError as exc:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, exc)
            return None
        QGuiApplication.restoreOverrideCursor()
        self.statusBar().showMessage(self.tr(
            "Đã xuất {m} cuộc họp, {c} kết luận, {t} nhiệm vụ vào {path} ({kb} KB).").format(
            m=result.meetings, c=result.conclusions, t=result.tasks, path=result.path,
            kb=round(result.size_bytes / 1024)), 10000)  # fmt: skip
        return result

    def merge_reply(self, path: str | Path | None = None, passphrase: str | None = None):
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Nhập phản hồi xem xét"), "",
                self.tr("Tệp phản hồi (*{suffix})").format(suffix=REPLY_SUFFIX),
            )  # fmt: skip
            if not path:
                return None
        try:
            if passphrase is None and needs_passphrase(path):
                passphrase, ok = QInputDialog.getText(
                    self, self.tr("Nhập phản hồi xem xét"),
                    self.tr("Mật khẩu của gói xem xét:"), QLineEdit.EchoMode.Password,
                )  # fmt: skip
                if not ok:
                    return None
            result = self.services.review.merge(path, passphrase)
        except UserError as exc:
            show_error(self, exc)
            return None
        changes().notify_meetings()
        QMessageBox.information(self, self.tr("Nhập phản hồi xem xét"), self.tr(
            "Đã nhập {n} ý kiến mới ({old} ý kiến đã có từ trước). Các mục có ý kiến được đánh"
            " dấu cần xem lại.").format(n=result.merged, old=result.already))  # fmt: skip
        return result
