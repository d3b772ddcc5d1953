"""Each proposal says why it was proposed and how sure it is; the less sure ones wait behind
"Hiện thêm" until the clerk asks for them."""

from __future__ import annotations

import pytest

from meeting_assistant.models import Segment
from meeting_assistant.services import Services
from meeting_assistant.services.proposals import Listing, ProposalService
from ui.meeting.suggestions.panel import SHOW_AT, SuggestionsPanel

SPEECH = (
    "Tôi xin kết luận như sau.",
    "Biểu dương Văn phòng Sở đã chuẩn bị chu đáo.",
    "Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát quy chế làm việc, trước ngày 30/6.",
)


@pytest.fixture(autouse=True)
def vietnamese(ui_in_vietnamese):
    """Every test starts and ends in Vietnamese (see conftest)."""


def test_cues_confidence_and_show_more(qtbot, store, monkeypatch):
    from meeting_assistant.followup.suggest import Suggestion

    meeting = store.meetings.create("Giao ban", date="2025-05-20")
    audio = store.audio.add(meeting.id, stored_path="a.wav", original_name="a.wav", sha256="x",
                            size_bytes=1, duration=40.0)  # fmt: skip
    for i, text in enumerate(SPEECH):
        store.segments.add(Segment(None, meeting.id, audio.id, i * 10.0, i * 10.0 + 9, text))
    real = ProposalService.listing
    unsure = Suggestion("conclusion", "Về cơ bản thống nhất phương án.", cues=["thống nhất"],
                        confidence=SHOW_AT - 0.2)  # fmt: skip

    def listing(self, meeting_id):
        found = real(self, meeting_id)
        return Listing([*found.pending, unsure], found.dismissed, found.order)

    monkeypatch.setattr(ProposalService, "listing", listing)
    panel = SuggestionsPanel()
    qtbot.addWidget(panel)
    counts = []
    panel.countChanged.connect(counts.append)
    panel.load(Services(store), meeting.id)
    shown = [panel.list.item(i).text() for i in range(panel.list.count())]
    task = next(t for t in shown if t.startswith("Đề xuất nhiệm vụ"))
    assert "Vì: “giao”, “chủ trì”" in task and "độ tin cậy" in task
    assert all(s.confidence >= SHOW_AT for s in panel.suggestions)
    assert panel.hidden and all(s.confidence < SHOW_AT for s in panel.hidden)
    assert counts[-1] == len(panel.suggestions) + len(panel.hidden)  # the tab counts them all
    assert not panel.more_button.isHidden() and "Hiện thêm (1" in panel.more_button.text()

    before = len(panel.suggestions)
    panel.toggle_more()
    assert len(panel.suggestions) == before + 1 and panel.hidden == []
    assert panel.suggestions[-1] is unsure and "độ tin cậy 50%" in panel.list.item(before).text()
    assert panel.list.count() == before + 1
    assert panel.more_button.text().startswith("Ẩn")
    panel.toggle_more()
    assert len(panel.suggestions) == before
