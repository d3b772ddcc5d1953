"""Documents from the window: the organisation settings, the preview, saving and printing."""

from __future__ import annotations

import pytest

from meeting_assistant.documents.organisation import load_organisation
from meeting_assistant.store import Store
from ui.document_settings import DocumentSettingsBox


@pytest.fixture(autouse=True)
def vietnamese(ui_in_vietnamese):
    """Every test starts and ends in Vietnamese (see conftest)."""


def test_document_settings_are_saved_as_typed(qtbot, store):
    box = DocumentSettingsBox(store)
    qtbot.addWidget(box)
    assert box.layout_choice.currentData() == "state"
    qtbot.keyClicks(box.edits["symbol"], "SNV")
    box.edits["issuing_body"].setText("SỞ NỘI VỤ")
    box.edits["issuing_body"].textEdited.emit("SỞ NỘI VỤ")  # as typed (keyClicks: ASCII only)
    box.layout_choice.setCurrentIndex(1)
    box.layout_choice.activated.emit(1)
    box.due_soon.setValue(10)
    with Store(store.path) as other:  # saved at once, seen by any other connection
        org = load_organisation(other)
        assert (org.layout, org.symbol, org.issuing_body) == ("party", "SNV", "SỞ NỘI VỤ")
        assert other.settings.get_int("followup.due_soon_days", 7) == 10
    again = DocumentSettingsBox(store)
    qtbot.addWidget(again)
    assert again.layout_choice.currentData() == "party"
    assert again.edits["symbol"].text() == "SNV" and again.due_soon.value() == 10
