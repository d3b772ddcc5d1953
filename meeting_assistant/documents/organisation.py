"""The organisation that issues documents: its names, symbol, signer and chosen layout.

Stored as settings ("org.*") in the database, so every document printed from one file is signed
the same way. A meeting may name its own issuing body and signer (`for_meeting`). A field a
document needs but that is blank is reported by `checks.missing_for` before anything prints.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from ..errors import UserError
from ..text import nfc

LAYOUTS = ("state", "party")
PREFIX = "org."


@dataclass
class Organisation:
    layout: str = "state"  # state: Nghị định 30/2020; party: Quy định 399-QĐ/TW, HD 05-HD/VPTW
    superior_body: str = ""  # cơ quan chủ quản, e.g. "UBND TỈNH BẮC NINH"
    issuing_body: str = ""  # e.g. "SỞ NỘI VỤ", "TỈNH ỦY BẮC NINH"
    symbol: str = ""  # the body's symbol in numbers: 12/TB-SNV, 12-TB/TU
    place: str = ""  # for the date line: "Bắc Ninh, ngày … tháng … năm …"
    signer_authority: str = ""  # "TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC", "T/M BAN THƯỜNG VỤ"
    signer_title: str = ""  # "PHÓ GIÁM ĐỐC", "BÍ THƯ"
    signer_name: str = ""
    recipients: str = ""  # extra "Nơi nhận" lines, one per line; "Lưu: VT" is added
    # The unit that drafts the documents (its abbreviation): "Số: 05/STTTT-VP", "Lưu: VT, VP."
    drafting_unit: str = ""
    # Who follows up the tasks of a notice and takes the units' reports: "Văn phòng Sở".
    follow_up_unit: str = ""
    contact_person: str = ""  # a letter's contact: "đồng chí Nguyễn Thu Hà, Văn phòng Sở"
    contact_phone: str = ""
    address: str = ""  # the issuing body's address, phone and e-mail (ô 13 of a letter)
    phone: str = ""
    email: str = ""
    term: str = ""  # the Party committee's term ("2025-2030"): its documents number per term

    def __post_init__(self) -> None:
        for f in fields(self):
            setattr(self, f.name, nfc(getattr(self, f.name)).strip())
        if self.layout not in LAYOUTS:
            raise UserError(
                "Mẫu văn bản không hợp lệ: {layout}. Dùng “state” (Nhà nước) hoặc “party” (Đảng).",
                "Unknown document layout: {layout}. Use “state” or “party”.",
                layout=self.layout,
            )

    def to_dict(self) -> dict[str, str]:
        return asdict(self)

    def for_meeting(self, meeting) -> Organisation:
        """These settings with what the meeting sets for itself: its issuing body and symbol,
        its signer."""
        own = {
            "issuing_body": meeting.issuing_body,
            "symbol": meeting.issuing_symbol,
            "signer_authority": meeting.signer_authority,
            "signer_title": meeting.signer_title,
            "signer_name": meeting.signer_name,
        }
        return replace(self, **{k: v for k, v in own.items() if v and v.strip()})


def load_organisation(store) -> Organisation:
    saved = store.settings.with_prefix(PREFIX)
    known = {f.name for f in fields(Organisation)}
    values = {k: v for k, v in saved.items() if k in known}
    if values.get("layout") not in LAYOUTS:
        values.pop("layout", None)
    return Organisation(**values)


def save_organisation(store, organisation: Organisation) -> None:
    for key, value in organisation.to_dict().items():
        store.settings.set(PREFIX + key, value)
