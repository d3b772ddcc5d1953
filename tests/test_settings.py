"""Settings kept in the database: the issuing organisation and the register's due-soon window."""

from __future__ import annotations

import unicodedata

import pytest

from meeting_assistant.documents.organisation import (
    Organisation,
    load_organisation,
    save_organisation,
)
from meeting_assistant.errors import UserError
from meeting_assistant.store import Store


def test_settings_survive_reopening_and_are_nfc(tmp_path):
    path = tmp_path / "m.db"
    with Store(path) as store:
        assert store.settings.get("org.place") is None
        assert store.settings.get_int("followup.due_soon_days", 7) == 7
        store.settings.set("org.place", unicodedata.normalize("NFD", "Bắc Ninh"))
        store.settings.set("followup.due_soon_days", 10)
        store.settings.set("org.place", unicodedata.normalize("NFD", "Hà Nội"))  # replaced
    with Store(path) as store:
        assert store.settings.get("org.place") == "Hà Nội"
        assert store.settings.get_int("followup.due_soon_days", 7) == 10
        assert store.settings.with_prefix("org.") == {"place": "Hà Nội"}
        store.settings.set("followup.due_soon_days", "abc")  # damaged by hand: default wins
        assert store.settings.get_int("followup.due_soon_days", 7) == 7


def test_organisation_round_trip(store):
    assert load_organisation(store) == Organisation()  # nothing set: blanks, State layout
    org = Organisation(
        layout="party", issuing_body="  TỈNH ỦY BẮC NINH ", symbol="TU",
        signer_authority="T/M BAN THƯỜNG VỤ", signer_title="BÍ THƯ",
        signer_name=unicodedata.normalize("NFD", "Nguyễn Văn Quyết"),
    )  # fmt: skip
    save_organisation(store, org)
    loaded = load_organisation(store)
    assert loaded.layout == "party" and loaded.issuing_body == "TỈNH ỦY BẮC NINH"
    assert loaded.signer_name == "Nguyễn Văn Quyết"  # NFC
    with pytest.raises(UserError):
        Organisation(layout="corporate")
    store.settings.set("org.layout", "corporate")  # damaged by hand: the default layout
    assert load_organisation(store).layout == "state"
