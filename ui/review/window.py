"""Review mode: a window for reading a review package, read-only, and writing a reply.

The package is opened (and checked whole) once; nothing here writes to it. The official's
comments stay in memory until "Lưu phản hồi…" seals them into a reply file with the package's
passphrase. Audio spans are written to a private temporary folder to be played, and removed
when the window closes.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.errors import UserError
from meeting_assistant.labels import status_label
from meeting_assistant.review import REPLY_SUFFIX, Package, PackageItem, read_package
from meeting_assistant.review.reply import new_comment, save_comments
from meeting_assistant.sealed import WrongPassphraseError, needs_passphrase
from meeting_assistant.text import format_date
from ui.common.errors import show_error

from .detail import ItemDetail
from .tree import STATUS_ORDER, ReviewTree

ALL = -1


class ReviewWindow(QMainWindow):
    def __init__(self, package: Package, path: Path, passphrase: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.package, self.path, self._passphrase = package, Path(path), passphrase
        self.items = package.items()
        self.comments: list[dict] = []  # given here, not yet saved
        self.saved_to: Path | None = None
        self._saved = 0  # how many of `comments` are in the reply file
        self._clips = tempfile.TemporaryDirectory(prefix="mahop-audio-")
        self._player = None

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet("background:#FFF8E1; color:#5D4300; padding:6px;")
        self.meetings = QListWidget()
        self.meetings.currentRowChanged.connect(lambda _row: self._refresh())
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._apply_filter())
        self.unit = QComboBox()
        self.status = QComboBox()
        for combo in (self.unit, self.status):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.count = QLabel()
        self.tree = ReviewTree()
        self.detail = ItemDetail()
        self.tree.item_chosen.connect(self._chosen)
        self.tree.play_requested.connect(self.play)
        self.detail.play_requested.connect(self.play)
        self.detail.comment_given.connect(self.give_comment)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.unit, 1)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.count)
        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.tree)
        splitter = QSplitter()
        splitter.addWidget(self.meetings)
        splitter.addWidget(middle)
        splitter.addWidget(self.detail)
        splitter.setSizes([170, 860, 336])
        splitter.setStretchFactor(1, 1)
        self.detail.setMinimumWidth(300)
        self.meetings.setMinimumWidth(150)
        self.meetings.setSpacing(3)
        self.meetings.setWordWrap(True)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.addWidget(self.banner)
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.action_save = QAction(self)
        self.action_save.setShortcut(QKeySequence.StandardKey.Save)
        self.action_save.triggered.connect(self.save_reply)
        self.action_close = QAction(self)
        self.action_close.setShortcut(QKeySequence("Ctrl+W"))
        self.action_close.triggered.connect(self.close)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions([self.action_save, self.action_close])
        self.toolbar = self.addToolBar("review")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.action_save)
        self.toolbar.addSeparator()
        self.document_actions = {}
        for kind in ("notice", "minutes"):
            action = QAction(self)
            action.triggered.connect(lambda _=False, k=kind: self.open_document(k))
            self.toolbar.addAction(action)
            self.document_actions[kind] = action
        self.retranslate_ui()
        self.meetings.setCurrentRow(0)

    # Language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        m = self.package.manifest
        self.setWindowTitle(self.tr("Xem xét — {name} (chỉ đọc)").format(name=self.path.name))
        self.banner.setText(self.tr(
            "Chế độ xem xét, chỉ đọc. Gói do {who} xuất ngày {day}{org}; trạng thái nhiệm vụ tính"
            " đến ngày xuất. Ý kiến của đồng chí được lưu vào tệp phản hồi để gửi lại."
        ).format(who=m.get("exported_by") or "?", day=format_date(m.get("exported_on")),
                 org=f", {m['organisation']}" if m.get("organisation") else ""))  # fmt: skip
        self.file_menu.setTitle(self.tr("&Tệp"))
        self.action_save.setText(self.tr("&Lưu phản hồi…"))
        self.action_close.setText(self.tr("Đón&g"))
        self.search.setPlaceholderText(self.tr("Tìm (gõ không dấu cũng được)…"))
        self.document_actions["notice"].setText(self.tr("Thông báo kết luận (PDF)"))
        self.document_actions["minutes"].setText(self.tr("Biên bản (PDF)"))
        with with_signals_blocked(self.meetings, self.unit, self.status):
            self._fill_choices()
        self.tree.retranslate_ui()
        self._refresh()

    def _fill_choices(self) -> None:
        row = max(0, self.meetings.currentRow())
        self.meetings.clear()
        entry = QListWidgetItem(self.tr("Tất cả cuộc họp ({n})").format(
            n=len(self.package.meetings)))  # fmt: skip
        entry.setData(Qt.ItemDataRole.UserRole, ALL)
        self.meetings.addItem(entry)
        several = len(self.package.meetings) > 1
        for n, meeting in enumerate(self.package.meetings, 1):
            title = f"{n}. {meeting['title']}" if several else meeting["title"]  # H{n} in the list
            entry = QListWidgetItem(f"{title}\n{format_date(meeting.get('date'))}")
            entry.setData(Qt.ItemDataRole.UserRole, meeting["id"])
            self.meetings.addItem(entry)
        self.meetings.setCurrentRow(row)
        unit, status = self.unit.currentData(), self.status.currentData()
        self.unit.clear()
        self.unit.addItem(self.tr("Mọi đơn vị chủ trì"), "")
        for name in sorted({i.lead_unit for i in self.items if i.lead_unit}):
            self.unit.addItem(name, name)
        self.status.clear()
        self.status.addItem(self.tr("Mọi trạng thái"), "")
        self.status.addItem(self.tr("Chỉ kết luận"), "conclusion")
        for key in STATUS_ORDER:
            self.status.addItem(status_label(key), key)
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit or "")))
        self.status.setCurrentIndex(max(0, self.status.findData(status or "")))

    # Showing -------------------------------------------------------------------------------

    def _meeting_id(self) -> int:
        entry = self.meetings.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else ALL

    def _refresh(self) -> None:
        chosen = self._meeting_id()
        items = [i for i in self.items if chosen == ALL or i.meeting_id == chosen]
        self.tree.show_items(items, self._verdicts(), [m["id"] for m in self.package.meetings])
        for kind, action in self.document_actions.items():
            action.setEnabled(chosen != ALL and self.package.document(chosen, kind) is not None)
        self._apply_filter()
        self.detail.show_item(None, [])

    def _apply_filter(self) -> None:
        shown = self.tree.filter(self.search.text(), self.unit.currentData() or "",
                                 self.status.currentData() or "")  # fmt: skip
        self.count.setText(self.tr("{n} mục").format(n=shown))

    def _verdicts(self) -> dict[str, str]:
        return {c["item"]: c["verdict"] for c in self.comments}

    def _chosen(self, item: PackageItem) -> None:
        self.detail.show_item(item, [c for c in self.comments if c["item"] == item.ref])

    # Commenting ----------------------------------------------------------------------------

    def give_comment(self, item: PackageItem, verdict: str, text: str, reviewer: str) -> bool:
        try:
            comment = new_comment(item.ref, verdict, text, reviewer)
        except UserError as exc:
            show_error(self, exc)
            return False
        self.comments.append(comment)
        self.tree.mark(item.ref, verdict)
        self.detail.text.clear()
        self._chosen(item)
        self.statusBar().showMessage(self.tr("Đã ghi ý kiến; nhớ lưu phản hồi để gửi lại."), 5000)
        return True

    def save_reply(self, path: Path | str | None = None) -> Path | None:
        if not self.comments:
            QMessageBox.information(self, self.tr("Lưu phản hồi"),
                                    self.tr("Chưa có ý kiến nào để lưu."))  # fmt: skip
            return None
        if not path:
            suggested = self.saved_to or self.path.with_name(self.path.stem + REPLY_SUFFIX)
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Lưu phản hồi"), str(suggested),
                self.tr("Tệp phản hồi (*{suffix})").format(suffix=REPLY_SUFFIX),
            )  # fmt: skip
            if not path:
                return None
        try:
            save_comments(path, self.package.package_id, self.comments, self._passphrase)
        except UserError as exc:
            show_error(self, exc)
            return None
        self.saved_to = Path(path)
        self._saved = len(self.comments)
        self.statusBar().showMessage(self.tr("Đã lưu phản hồi: {path}").format(path=path), 8000)
        return self.saved_to

    def document_path(self, kind: str) -> Path | None:
        """The chosen meeting's notice or minutes, written to the private folder to be read."""
        data = self.package.document(self._meeting_id(), kind)
        if data is None:
            return None
        path = Path(self._clips.name) / f"{kind}-{self._meeting_id()}.pdf"
        path.write_bytes(data)
        return path

    def open_document(self, kind: str) -> None:
        path = self.document_path(kind)
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # Listening -----------------------------------------------------------------------------

    def clip_path(self, item: PackageItem) -> Path | None:
        data = self.package.clip(item)
        if data is None:
            return None
        path = Path(self._clips.name) / Path(item.clip).name
        if not path.exists():
            path.write_bytes(data)
        return path

    def play(self, item: PackageItem) -> None:
        path = self.clip_path(item)
        if path is None:
            return
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        if self._player is None:
            self._player = QMediaPlayer(self)
            self._output = QAudioOutput(self)
            self._player.setAudioOutput(self._output)
        self._player.stop()
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = self.comments[self._saved :]
        if unsaved:
            answer = QMessageBox.question(
                self, self.tr("Ý kiến chưa lưu"),
                self.tr("Có {n} ý kiến chưa lưu vào tệp phản hồi. Lưu trước khi đóng?").format(
                    n=len(unsaved)),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )  # fmt: skip
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and self.save_reply() is None
            ):
                event.ignore()
                return
        if self._player is not None:
            self._player.stop()
        self._clips.cleanup()
        super().closeEvent(event)


class with_signals_blocked:
    """QSignalBlocker for several widgets at once."""

    def __init__(self, *widgets) -> None:
        from PySide6.QtCore import QSignalBlocker

        self._blockers = [QSignalBlocker(w) for w in widgets]

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        for blocker in self._blockers:
            blocker.unblock()


def open_review_package(parent: QWidget | None, path: Path | str) -> ReviewWindow | None:
    """Ask for the passphrase, open and check the package, and show it in a review window."""
    path = Path(path)
    try:
        encrypted = needs_passphrase(path)
    except (UserError, OSError) as exc:
        show_error(
            parent,
            exc
            if isinstance(exc, UserError)
            else UserError(
                "Không đọc được tệp {path}.", "Cannot read the file {path}.", path=str(path)
            ),
        )
        return None
    passphrase = ""
    while True:
        if encrypted:
            passphrase, ok = QInputDialog.getText(
                parent, QCoreApplication.translate("ReviewWindow", "Mở gói xem xét"),
                QCoreApplication.translate("ReviewWindow", "Mật khẩu của gói {name}:").format(
                    name=path.name),
                QLineEdit.EchoMode.Password,
            )  # fmt: skip
            if not ok:
                return None
        try:
            package = read_package(path, passphrase or None)
            break
        except UserError as exc:
            show_error(parent, exc)
            if not isinstance(exc, WrongPassphraseError):
                return None  # damaged or not a package: asking again would not help
    window = ReviewWindow(package, path, passphrase, parent=None)
    window.resize(1366, 768)
    window.show()
    return window
