"""Review packages round trip: export -> show -> comment -> merge, and every way one is refused."""

from __future__ import annotations

import pytest

from meeting_assistant.errors import UserError
from meeting_assistant.review import read_package, read_reply
from meeting_assistant.review.reply import add_comment, new_comment
from meeting_assistant.sealed import SealedFileError, WrongPassphraseError

from .review_fixtures import PASSPHRASE, review_meeting


@pytest.fixture
def reviewed(services, tmp_path, core_in_vietnamese):
    return review_meeting(services, tmp_path)


def _export(services, reviewed, tmp_path, **options):
    out = tmp_path / "goi.mahop"
    result = services.review.export(
        out, PASSPHRASE, meeting_ids=[reviewed["meeting"].id], today=reviewed["today"], **options
    )
    return out, result


@pytest.mark.parametrize("with_audio", [False, True])
def test_export_show_comment_merge(services, reviewed, tmp_path, with_audio):
    out, result = _export(services, reviewed, tmp_path, with_audio=with_audio)
    assert (result.meetings, result.conclusions, result.tasks) == (1, 2, 2)
    assert result.clips == (2 if with_audio else 0)  # the spans marked, not the recording

    package = read_package(out, PASSPHRASE)
    manifest = package.manifest
    assert manifest["format_version"] == 1 and manifest["schema_version"] >= 7
    assert manifest["exported_on"] == "2026-12-02" and manifest["with_audio"] is with_audio
    items = {i.ref: i for i in package.items()}
    late, open_ = reviewed["tasks"]
    assert items[f"task:{late.id}"].status == "overdue"  # on the export day
    assert items[f"task:{open_.id}"].status == "in_progress"
    assert items[f"task:{late.id}"].lead_unit == "Sở Thông tin và Truyền thông"
    assert items[f"task:{late.id}"].coordinating_units == ["Sở Tài chính"]
    assert items[f"task:{open_.id}"].progress[0]["note"] == "Đã rà soát 40 thủ tục"
    assert [i.number for i in package.items() if i.kind == "conclusion"] == [1, 2]
    meeting_id = reviewed["meeting"].id
    for kind in ("notice", "minutes"):
        assert package.document(meeting_id, kind).startswith(b"%PDF")
    c1 = items[f"conclusion:{reviewed['conclusions'][0].id}"]
    if with_audio:
        clip = package.clip(c1)
        assert clip.startswith(b"OggS")
        # 4 s of span (+ padding), not the 40 s recording
        assert len(clip) < package_size_of_seconds(12)
    else:
        assert package.clip(c1) is None and not any(n.startswith("audio/") for n in package.files)

    reply = tmp_path / "phan-hoi.mahop-reply"
    add_comment(reply, package.package_id,
                new_comment(f"task:{late.id}", "revise", "Đề nghị lùi hạn", "Đ/c Lê Văn B"),
                PASSPHRASE)  # fmt: skip
    add_comment(reply, package.package_id,
                new_comment(c1.ref, "agree", "", "Đ/c Lê Văn B"), PASSPHRASE)  # fmt: skip
    assert len(read_reply(reply, PASSPHRASE).comments) == 2

    before = services.items.task(late.id)
    merged = services.review.merge(reply, PASSPHRASE)
    assert (merged.merged, merged.already) == (2, 0)
    assert services.items.task(late.id) == before  # nothing else changes
    comments = services.review.comments("task", late.id)
    assert [(c["verdict"], c["reviewer"], c["text"]) for c in comments] == [
        ("revise", "Đ/c Lê Văn B", "Đề nghị lùi hạn")
    ]
    assert ("task", late.id) in services.review.attention(meeting_id)
    assert ("task", open_.id) not in services.review.attention(meeting_id)
    history = services.history.history("task", late.id)
    assert history[-1].action == "comment" and history[-1].who == "Đ/c Lê Văn B"

    again = services.review.merge(reply, PASSPHRASE)  # the same reply twice changes nothing
    assert (again.merged, again.already) == (0, 2)
    assert len(services.review.comments("task", late.id)) == 1
    assert len(services.history.history("task", late.id)) == len(history)


def package_size_of_seconds(seconds: float) -> int:
    return int(seconds * 5000)  # Opus at 24 kbit/s is ~3-4 KB/s with its framing


def test_wrong_passphrase_is_refused_by_name(services, reviewed, tmp_path):
    out, _ = _export(services, reviewed, tmp_path)
    with pytest.raises(WrongPassphraseError, match="Sai mật khẩu"):
        read_package(out, "một mật khẩu khác hẳn")
    with pytest.raises(WrongPassphraseError, match="cần mật khẩu"):
        read_package(out, None)


def test_a_truncated_package_is_refused(services, reviewed, tmp_path):
    out, _ = _export(services, reviewed, tmp_path, with_audio=True)
    data = out.read_bytes()
    for keep in (len(data) - 1, len(data) // 2, 40):
        out.write_bytes(data[:keep])
        with pytest.raises(SealedFileError, match="không trọn vẹn|bị hỏng"):
            read_package(out, PASSPHRASE)


def test_one_flipped_byte_anywhere_is_refused(services, reviewed, tmp_path):
    out, _ = _export(services, reviewed, tmp_path)
    data = out.read_bytes()
    header_end = data.index(b"}") + 1
    for at in (10, header_end - 5, header_end + 3, len(data) // 2, len(data) - 1):
        damaged = bytearray(data)
        damaged[at] ^= 0x01
        out.write_bytes(bytes(damaged))
        with pytest.raises(UserError):
            read_package(out, PASSPHRASE)


def test_a_damaged_reply_merges_nothing(services, reviewed, tmp_path):
    out, _ = _export(services, reviewed, tmp_path)
    package = read_package(out, PASSPHRASE)
    reply = tmp_path / "r.mahop-reply"
    for task in reviewed["tasks"]:
        add_comment(reply, package.package_id,
                    new_comment(f"task:{task.id}", "other", "Ý kiến", "B"), PASSPHRASE)  # fmt: skip
    data = bytearray(reply.read_bytes())
    data[-3] ^= 0xFF  # the last chunk: a partial import would already have the first comment
    reply.write_bytes(bytes(data))
    with pytest.raises(UserError):
        services.review.merge(reply, PASSPHRASE)
    assert services.review.attention() == set()


def test_a_reply_for_another_package_is_refused(services, reviewed, tmp_path, store):
    out, _ = _export(services, reviewed, tmp_path)
    package = read_package(out, PASSPHRASE)
    reply = tmp_path / "r.mahop-reply"
    stranger = "0" * 32  # a package this database never exported
    add_comment(reply, stranger, new_comment(f"task:{reviewed['tasks'][0].id}", "agree", "",
                                             "B"), PASSPHRASE)  # fmt: skip
    with pytest.raises(UserError, match="không được xuất từ cơ sở dữ liệu này"):
        services.review.merge(reply, PASSPHRASE)
    # ...and a reply file is never mixed between two packages
    with pytest.raises(UserError, match="gói xem xét khác"):
        add_comment(reply, package.package_id,
                    new_comment(f"task:{reviewed['tasks'][0].id}", "agree", "", "B"),
                    PASSPHRASE)  # fmt: skip
    assert services.review.attention() == set()


def test_a_period_exports_the_meetings_held_in_it(services, reviewed, tmp_path):
    import datetime as dt

    services.meetings.create("Họp tháng 10", date="2026-10-05")
    out = tmp_path / "ky.mahop"
    result = services.review.export(out, PASSPHRASE, date_from=dt.date(2026, 11, 1),
                                    date_to=dt.date(2026, 11, 30))  # fmt: skip
    assert result.meetings == 1
    with pytest.raises(UserError, match="Không có cuộc họp"):
        services.review.export(out, PASSPHRASE, date_from=dt.date(2025, 1, 1),
                               date_to=dt.date(2025, 1, 31))  # fmt: skip


def test_a_newer_format_is_refused_plainly(services, reviewed, tmp_path):
    from meeting_assistant.review.container import dump_json, read_members, write_sealed

    out, _ = _export(services, reviewed, tmp_path)
    members = read_members(out, "review-package", PASSPHRASE)
    import json

    manifest = json.loads(members["manifest.json"]) | {"format_version": 99, "new_field": 1}
    write_sealed(out, {**members, "manifest.json": dump_json(manifest)}, "review-package",
                 PASSPHRASE)  # fmt: skip
    with pytest.raises(UserError, match="phiên bản mới hơn"):
        read_package(out, PASSPHRASE)


def test_a_short_passphrase_is_refused_before_anything_is_written(services, reviewed, tmp_path):
    with pytest.raises(UserError, match="ít nhất 8"):
        services.review.export(tmp_path / "x.mahop", "1234", meeting_ids=[reviewed["meeting"].id])
    assert not (tmp_path / "x.mahop").exists()
