"""Settings → Mô hình nhận dạng: the speech models on this computer (the embedded base, always
there, and the folders the clerk added), each with its size, languages and measured speed; the
clerk adds a CTranslate2 folder, measures a model, makes one the default or removes one.

Adding (a copy and a test decode) and measuring (30 s of speech) take seconds to a minute: they
run in the background (ui.operations.Op) and the buttons wait meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.services import Services
from ui.changes import changes
from ui.common.errors import show_error
from ui.operations import Op

COLUMNS = 5  # name, size, languages, speed, default


class SpeechModelsBox(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.models = []
        self.busy = False
        self.table = QTableWidget(0, COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(200)  # a few models; the documents' settings follow below
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_model)
        self.default_button = QPushButton()
        self.default_button.clicked.connect(self.make_default)
        self.measure_button = QPushButton()
        self.measure_button.clicked.connect(self.measure)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.default_button, self.measure_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.remove_button)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.retranslate_ui()
        self.refresh()

    # What is shown ---------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Read the models again (after a change) and show them."""
        chosen = select or (self.selected().name if self.selected() else None)
        self.models = self.services.speech_models.list()
        self.render(chosen)

    def render(self, chosen: str | None = None) -> None:
        """Show the models last read (a language switch re-renders without reading)."""
        chosen = chosen or (self.selected().name if self.selected() else None)
        self.table.setRowCount(len(self.models))
        for row, model in enumerate(self.models):
            name = model.name + (self.tr(" (đi kèm)") if model.embedded else "")
            speed = (
                self.tr("nhanh gấp %1 lần thời gian thực").replace("%1", f"{model.speed:.1f}")
                if model.speed
                else self.tr("chưa đo")
            )
            languages = self.languages_text(model.languages)
            cells = (name, f"{model.size_mb:.0f} MB", languages, speed,
                     self.tr("✓ mặc định") if model.default else "")  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(model.path if column == 0 else text)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        names = [m.name for m in self.models]
        self.table.selectRow(names.index(chosen) if chosen in names else 0)
        self.update_buttons()

    def languages_text(self, codes: list[str]) -> str:
        """Vietnamese and English first (what a clerk transcribes), then how many others."""
        first = [c for c in ("vi", "en") if c in codes]
        others = len(codes) - len(first)
        if not first:
            return ", ".join(codes[:6]) + (" …" if len(codes) > 6 else "")
        if not others:
            return ", ".join(first)
        return (
            self.tr("%1 và %2 ngôn ngữ khác")
            .replace("%1", ", ".join(first))
            .replace("%2", str(others))
        )

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.models):
            return None
        return self.models[rows[0].row()]

    def update_buttons(self) -> None:
        model = self.selected()
        self.add_button.setEnabled(not self.busy)
        self.measure_button.setEnabled(not self.busy and model is not None and model.ready)
        self.default_button.setEnabled(not self.busy and model is not None and not model.default)
        # The embedded base is always there: it cannot be removed.
        self.remove_button.setEnabled(not self.busy and model is not None and not model.embedded)

    # What the clerk does ---------------------------------------------------------------

    def _background(self, fn, done, describe: str) -> None:
        self.busy = True
        self.status.setText(describe)
        self.update_buttons()

        def finished(result) -> None:
            self.busy = False
            self.status.clear()
            done(result)

        def failed(error: BaseException) -> None:
            self.busy = False
            self.status.clear()
            self.update_buttons()
            show_error(self, error)

        Op(self, self.services, fn, describe=lambda: describe).success(finished).failure(
            failed
        ).run()

    def add_model(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục mô hình Whisper dạng CTranslate2")
        )
        if not folder:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Thêm mô hình"), self.tr("Tên mô hình:"), text=folder.rstrip("/\\")
            .replace("\\", "/").rsplit("/", 1)[-1].lower()
        )  # fmt: skip
        if not ok:
            return
        self.add_path(folder, name.strip() or None)

    def add_path(self, folder: str, name: str | None) -> None:
        self._background(
            lambda s: s.speech_models.add(folder, name),
            lambda info: self.refresh(select=info.name),
            self.tr("Đang kiểm tra và chép mô hình (giải mã thử một giây âm thanh)…"),
        )

    def measure(self) -> None:
        model = self.selected()
        if model is None:
            return
        self._background(
            lambda s: s.speech_models.measure(model.name),
            lambda _result: self.refresh(select=model.name),
            self.tr("Đang đo tốc độ của %1 trên 30 giây lời nói thật…").replace("%1", model.name),
        )

    def make_default(self) -> None:
        model = self.selected()
        if model is None:
            return
        try:
            self.services.speech_models.set_default(model.name)
        except Exception as error:  # a model removed meanwhile: say so
            show_error(self, error)
        self.refresh(select=model.name)
        changes().notify_settings()

    def remove(self) -> None:
        model = self.selected()
        if model is None or model.embedded:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Gỡ mô hình"),
            self.tr("Gỡ mô hình %1 và xoá thư mục của nó khỏi máy này?").replace("%1", model.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.speech_models.remove(model.name)
        except Exception as error:
            show_error(self, error)
        self.refresh()
        changes().notify_settings()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.render()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Mô hình nhận dạng"))
        self.note.setText(
            self.tr(
                "Mô hình mặc định được dùng khi cuộc họp chưa chọn mô hình riêng. Thêm một mô hình"
                " Whisper đã chuyển sang CTranslate2 (ví dụ PhoWhisper); tốc độ là số giây âm"
                " thanh xử lý được trong một giây trên máy này."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tên"), self.tr("Dung lượng"), self.tr("Ngôn ngữ"), self.tr("Tốc độ"),
             self.tr("Mặc định")]
        )  # fmt: skip
        self.add_button.setText(self.tr("&Thêm mô hình…"))
        self.default_button.setText(self.tr("Đặt làm &mặc định"))
        self.measure_button.setText(self.tr("Đo &tốc độ"))
        self.remove_button.setText(self.tr("&Gỡ mô hình"))
