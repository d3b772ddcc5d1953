"""The unit directory kept by the store: look up, rename, abbreviate, nest, count use, delete."""

from __future__ import annotations

import unicodedata

import pytest

from meeting_assistant.errors import NotFoundError, UserError
from meeting_assistant.store import Store


@pytest.fixture(autouse=True)
def vietnamese(core_in_vietnamese):
    """Messages are checked in Vietnamese."""


def test_get_and_a_missing_unit(store: Store) -> None:
    unit = store.units.ensure("Sở Nội vụ", abbreviation="SNV")
    assert store.units.get(unit.id) == unit
    with pytest.raises(NotFoundError, match="Không có đơn vị số 999"):
        store.units.get(999)


def test_rename_abbreviation_and_parent(store: Store) -> None:
    city = store.units.ensure("UBND thành phố")
    unit = store.units.ensure("So noi vu")
    decomposed = unicodedata.normalize("NFD", "  Sở Nội vụ ")
    renamed = store.units.update(unit.id, name=decomposed, abbreviation=" SNV ", parent_id=city.id)
    assert renamed.name == "Sở Nội vụ" and unicodedata.is_normalized("NFC", renamed.name)
    assert (renamed.abbreviation, renamed.parent_id) == ("SNV", city.id)
    # Only what is given changes; "" or None clears the abbreviation, None the parent.
    assert store.units.update(unit.id, name="Sở Nội vụ").abbreviation == "SNV"
    assert store.units.update(unit.id, abbreviation="").abbreviation is None
    assert store.units.update(unit.id, parent_id=None).parent_id is None
    # Tasks see the new name at once: they point at the unit, not at its name.
    meeting = store.meetings.create("Giao ban")
    task = store.items.add_task(meeting.id, "Rà soát biên chế", lead_unit_id=unit.id)
    store.units.update(unit.id, name="Sở Nội vụ thành phố")
    assert store.units.get(store.items.task(task.id).lead_unit_id).name == "Sở Nội vụ thành phố"
    assert store.units.find("so noi vu thanh pho").id == unit.id


def test_a_name_must_be_given_and_unique(store: Store) -> None:
    store.units.ensure("Sở Tài chính")
    unit = store.units.ensure("Sở Tư pháp")
    with pytest.raises(UserError, match="Tên đơn vị không được để trống"):
        store.units.update(unit.id, name="   ")
    # The same name in other capitals or without accents is the same unit to `find`.
    for clash in ("Sở Tài chính", "SỞ TÀI CHÍNH", "so tai chinh"):
        with pytest.raises(UserError, match="Danh mục đã có đơn vị “Sở Tài chính”"):
            store.units.update(unit.id, name=clash)
    assert store.units.get(unit.id).name == "Sở Tư pháp"
    # A unit may change its own capitals.
    assert store.units.update(unit.id, name="SỞ TƯ PHÁP").name == "SỞ TƯ PHÁP"


def test_the_duplicate_message_reads_in_english_too(store: Store) -> None:
    from meeting_assistant.i18n import set_language

    store.units.ensure("Sở Tài chính")
    unit = store.units.ensure("Sở Tư pháp")
    set_language("en")
    with pytest.raises(UserError, match="already has a unit “Sở Tài chính”"):
        store.units.update(unit.id, name="so tai chinh")


def test_a_unit_cannot_be_its_own_ancestor(store: Store) -> None:
    province = store.units.ensure("UBND tỉnh")
    department = store.units.ensure("Sở Nội vụ")
    office = store.units.ensure("Phòng Tổ chức biên chế")
    store.units.update(department.id, parent_id=province.id)
    store.units.update(office.id, parent_id=department.id)
    for unit, parent in ((province, province), (province, office), (department, office)):
        with pytest.raises(UserError, match="không thể là cấp trên của chính nó"):
            store.units.update(unit.id, parent_id=parent.id)
    assert store.units.get(province.id).parent_id is None
    with pytest.raises(NotFoundError):
        store.units.update(office.id, parent_id=999)


def test_usage_counts_each_task_once(store: Store) -> None:
    meeting = store.meetings.create("Giao ban")
    lead = store.units.ensure("Sở Tài chính")
    other = store.units.ensure("Sở Xây dựng")
    idle = store.units.ensure("Sở Y tế")
    store.items.add_task(meeting.id, "Một", [other.id], lead_unit_id=lead.id)
    store.items.add_task(meeting.id, "Hai", [lead.id, other.id])
    store.items.add_task(meeting.id, "Ba", lead_unit_id=other.id)
    assert (store.units.usage(lead.id), store.units.usage(other.id)) == (2, 3)
    assert store.units.usage(idle.id) == 0
    assert store.units.usage_counts() == {lead.id: 2, other.id: 3}


def test_delete_is_refused_while_a_task_names_the_unit(store: Store) -> None:
    meeting = store.meetings.create("Giao ban")
    lead = store.units.ensure("Sở Tài chính")
    helper = store.units.ensure("Sở Xây dựng")
    for content in ("Lập dự toán", "Thẩm định giá"):
        store.items.add_task(meeting.id, content, [helper.id], lead_unit_id=lead.id)
    with pytest.raises(UserError, match="đang chủ trì 2 nhiệm vụ"):
        store.units.delete(lead.id)
    with pytest.raises(UserError, match="đang phối hợp thực hiện 2 nhiệm vụ"):
        store.units.delete(helper.id)
    assert len(store.units.list()) == 2
    assert [t.lead_unit_id for t in store.items.tasks(meeting.id)] == [lead.id, lead.id]


def test_delete_an_unused_unit_and_its_children_move_up(store: Store) -> None:
    parent = store.units.ensure("Sở Nội vụ")
    child = store.units.ensure("Phòng Tổ chức biên chế")
    store.units.update(child.id, parent_id=parent.id)
    meeting = store.meetings.create("Giao ban")
    store.meetings.add_attendee(meeting.id, "Nguyễn Văn A", unit_id=parent.id)
    store.units.delete(parent.id)
    assert [u.name for u in store.units.list()] == ["Phòng Tổ chức biên chế"]
    assert store.units.get(child.id).parent_id is None
    assert store.meetings.attendees(meeting.id)[0].unit_id is None
    with pytest.raises(NotFoundError):
        store.units.delete(parent.id)
