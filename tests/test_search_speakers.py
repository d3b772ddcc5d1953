"""Searching what one speaker said: the store's search, `search --speaker NAME` on the command
line (accents optional in the name as in the words), and the meeting list finding a meeting by
who spoke in it. Over the demo meeting, whose four speakers are named and whose conclusions and
tasks were marked from the chair's segments."""

from __future__ import annotations

import json

import pytest

from meeting_assistant.services.demo import create_demo_meeting
from meeting_assistant.store import Store
from meeting_assistant.store.search import search, speaker_matches

from .cli_helpers import cli

CHAIR = "Nguyễn Văn Phong"


@pytest.fixture
def demo(store):
    return create_demo_meeting(store)


def test_speaker_names_match_by_whole_words_accents_optional():
    assert speaker_matches("Nguyễn Văn Phong", "nguyen van phong")
    assert speaker_matches("Nguyễn Văn Phong", "Phong")
    assert speaker_matches("Người nói 2", "nguoi noi 2")
    assert not speaker_matches("Người nói 12", "Người nói 1")
    assert not speaker_matches("Trần Văn Anh", "An")
    assert not speaker_matches(None, "An") and not speaker_matches("An", "  ")


def test_search_keeps_to_one_speaker(store, demo):
    everyone = search(store.db, "so")
    chairs = search(store.db, "so", speaker="nguyen van phong")
    assert chairs and len(chairs) < len(everyone)
    assert {h.speaker for h in chairs} == {CHAIR}
    assert {h.kind for h in chairs} == {"segment", "conclusion", "task"}  # marked from his words
    # Every hit says who spoke, filtered or not.
    assert {h.speaker for h in everyone if h.kind == "segment"} >= {CHAIR, "Nguyễn Tiến Sỹ"}
    assert search(store.db, "so", speaker="Phùng Thị Hồng Hà")[0].speaker == "Phùng Thị Hồng Hà"
    assert search(store.db, "so", speaker="Không Ai") == []


def test_the_meeting_list_finds_a_meeting_by_who_spoke(store, demo):
    store.meetings.create("Giao ban tuần")
    assert store.meetings.matching("hong ha") == [demo.id]


def test_cli_search_speaker(tmp_path):
    with Store(tmp_path / "m.db") as store:
        create_demo_meeting(store)
    done = cli(tmp_path, "search", "chuyen doi so", "--speaker", "phung thi hong ha")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines and all("Phùng Thị Hồng Hà: " in line for line in lines)
    hits = json.loads(cli(tmp_path, "search", "so", "--speaker", "Phong", "--json").stdout)
    assert hits and {h["speaker"] for h in hits} == {CHAIR}
    nothing = cli(tmp_path, "search", "so", "--speaker", "Người nói 9")
    assert nothing.returncode == 0 and nothing.stdout == ""
