"""Naming the voices in the window (offscreen): pick attendees, hear a sample, mark the chair."""

from __future__ import annotations

import os
from pathlib import Path

from meeting_assistant.services import Services

from .test_speakers import ORDER, _segments, build


def test_speakers_dialog_names_voices_after_attendees(qtbot, tmp_path, ui_in_vietnamese):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.meeting.speakers.dialog import COL_NAME, SpeakersDialog

    truth = build(tmp_path / "m1.wav", ORDER)
    services = Services.open(tmp_path / "m.db")
    meeting, audio = services.importing.import_audio(tmp_path / "m1.wav", title="Họp giao ban")
    services.meetings.update(meeting.id, attendees=[
        {"name": "Đồng chí Lê Văn Cường"}, {"name": "Đồng chí Đỗ Minh Đức"},
        {"name": "Đồng chí Phạm Thu Hà"},
    ])  # fmt: skip
    _segments(services, meeting.id, audio.id, truth)
    list(services.speakers.run(meeting.id, 3))
    heard = []
    dialog = SpeakersDialog(services, meeting.id, play=lambda *a: heard.append(a))
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    assert dialog.table.rowCount() == 3
    # The attendees are offered for each voice.
    combo = dialog.name_edit(1)
    assert [combo.itemText(i) for i in range(combo.count())][1:] == [
        "Đồng chí Lê Văn Cường", "Đồng chí Đỗ Minh Đức", "Đồng chí Phạm Thu Hà",
    ]  # fmt: skip
    dialog.table.cellWidget(0, 5).click()  # "Nghe": ten seconds of the first voice
    assert heard and heard[0][0] == audio.id and heard[0][2] - heard[0][1] == 10.0
    dialog.name_edit(1).setCurrentText("Đồng chí Lê Văn Cường")
    dialog.name_edit(2).setCurrentText("Đồng chí Đỗ Minh Đức")
    dialog.table.cellWidget(0, 6).setChecked(True)  # the chair
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    speakers = {s.speaker for s in services.transcript.segments(meeting.id)}
    assert speakers == {"Đồng chí Lê Văn Cường", "Đồng chí Đỗ Minh Đức", "Người nói 3"}
    assert services.meetings.get(meeting.id).chair == "Đồng chí Lê Văn Cường"
    assert dialog.table.cellWidget(0, COL_NAME).currentText() == "Đồng chí Lê Văn Cường"
    shots = os.environ.get("SCREENSHOT_DIR")
    if shots:
        dialog.grab().save(str(Path(shots) / "speakers-dialog.png"))
    dialog.close()
    services.close()
