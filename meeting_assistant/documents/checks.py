"""What a document still lacks before it can be issued: no document is made with holes.

`missing_for(store, meeting_id, "notice")` lists the problems: a blank signer or issuing body
(the settings, or the meeting's own), a chair or date the text needs, conclusions the clerk has
not confirmed. Each says what is missing and where to set it (`field`). Blocking problems stop
an export (`IncompleteDocumentError`) unless the caller asks for a draft; a draft prints with
blanks to fill by hand and is marked "DỰ THẢO". A few problems stop even a draft: a notice of a
meeting with no conclusion and no task has nothing to say.

    problems = missing_for(store, 12, "minutes")
    [p.field for p in problems if p.blocking]   # ["meeting.secretary", "org.signer_name"]
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import UserError
from ..i18n import pick
from .layout import load_layout
from .organisation import Organisation, load_organisation

MEETING_DOCUMENTS = ("notice", "minutes", "transcript")
OTHER_DOCUMENTS = ("memo", "report")
SECRECY_LEVELS = ("", "mat", "toi_mat", "tuyet_mat")


@dataclass(frozen=True)
class Problem:
    code: str  # stable: "signer_name", "draft_conclusions", …
    field: str  # where the clerk fixes it: "org.signer_name", "meeting.chair", "conclusions"
    vi: str
    en: str
    blocking: bool = True  # a final document cannot be made with it
    always: bool = False  # not even a draft can

    @property
    def message(self) -> str:
        return pick(self.vi, self.en)


class IncompleteDocumentError(UserError):
    """A document asked for while something it needs is missing; `problems` lists it all."""

    def __init__(self, problems: list[Problem], *, draft_allowed: bool) -> None:
        self.problems = problems
        lines_vi = "\n".join(f"- {p.vi}" for p in problems)
        lines_en = "\n".join(f"- {p.en}" for p in problems)
        if draft_allowed:
            super().__init__(
                "Chưa lập được văn bản:\n{lines_vi}",
                "The document cannot be made:\n{lines_en}",
                lines_vi=lines_vi,
                lines_en=lines_en,
            )
        else:
            super().__init__(
                "Văn bản còn thiếu thông tin, chưa thể ban hành:\n{lines_vi}\nHãy bổ sung"
                " (trong Cài đặt hoặc thông tin cuộc họp) hoặc in bản dự thảo.",
                "The document still lacks information and cannot be issued:\n{lines_en}\n"
                "Fill it in (in Settings or the meeting's details) or print a draft.",
                lines_vi=lines_vi,
                lines_en=lines_en,
            )


_ORG_FIELDS = {
    "issuing_body": ("tên cơ quan ban hành", "the issuing body's name"),
    "symbol": ("chữ viết tắt tên cơ quan (ký hiệu văn bản)", "the issuing body's symbol"),
    "place": ("địa danh (dòng địa danh, ngày tháng)", "the place for the date line"),
    "signer_name": ("họ tên người ký", "the signer's name"),
}
_MEETING_FIELDS = {
    "date": ("ngày họp", "the meeting's date"),
    "place": ("địa điểm cuộc họp", "where the meeting was held"),
    "chair": ("người chủ trì", "who chaired the meeting"),
    "secretary": ("thư ký (người ghi biên bản)", "the secretary (who took the minutes)"),
    "start_time": ("giờ bắt đầu", "the time it started"),
    "end_time": ("giờ kết thúc", "the time it ended"),
}


def _blank(value) -> bool:
    return not (value or "").strip()


def _org_problems(
    org: Organisation, names: tuple[str, ...], own_meeting: bool, signer: bool = True
) -> list[Problem]:
    out = []
    where = " (trong Cài đặt hoặc thông tin cuộc họp)" if own_meeting else " (trong Cài đặt)"
    where_en = " (in Settings or the meeting's details)" if own_meeting else " (in Settings)"
    for name in names:
        if _blank(getattr(org, name)):
            vi, en = _ORG_FIELDS[name]
            out.append(
                Problem(
                    name,
                    f"org.{name}",
                    f"Chưa có {vi}{where}.",
                    f"{en[:1].upper() + en[1:]} is not set{where_en}.",
                )
            )
    if signer and _blank(org.signer_title) and _blank(org.signer_authority):
        out.append(
            Problem(
                "signer_title",
                "org.signer_title",
                f"Chưa có chức vụ, quyền hạn người ký{where}.",
                f"The signer's title is not set{where_en}.",
            )
        )
    return out


def _meeting_problems(meeting, names: tuple[str, ...]) -> list[Problem]:
    out = []
    for name in names:
        if _blank(getattr(meeting, name)):
            vi, en = _MEETING_FIELDS[name]
            out.append(
                Problem(
                    name, f"meeting.{name}", f"Cuộc họp chưa có {vi}.", f"The meeting lacks {en}."
                )
            )
    return out


def missing_for(
    store, meeting_id: int | None, kind: str, *, organisation: Organisation | None = None
) -> list[Problem]:
    """Everything `kind` ("notice", "minutes", "transcript", "memo", "report") lacks for this
    meeting (None for a memo or report), blocking problems first."""
    org = organisation if organisation is not None else load_organisation(store)
    layout = load_layout(org.layout)
    out: list[Problem] = []
    if kind in OTHER_DOCUMENTS:
        out += _org_problems(org, ("issuing_body", "symbol", "place", "signer_name"), False)
        if kind == "memo" and org.layout == "state" and _blank(org.drafting_unit):
            out.append(
                Problem(
                    "drafting_unit",
                    "org.drafting_unit",
                    "Chưa có chữ viết tắt đơn vị soạn thảo (ký hiệu công văn, dòng"
                    " “Lưu”) trong Cài đặt.",
                    "The drafting unit's abbreviation (for the letter's symbol and"
                    " the archive line) is not set in Settings.",
                    blocking=False,
                )
            )
        return _ordered(out)
    if kind not in MEETING_DOCUMENTS:
        raise UserError(
            "Không có loại văn bản “{kind}”. Chọn một trong: {known}.",
            "There is no document kind “{kind}”. Use one of: {known}.",
            kind=kind,
            known=", ".join(MEETING_DOCUMENTS + OTHER_DOCUMENTS),
        )
    meeting = store.meetings.get(meeting_id)
    own = org.for_meeting(meeting)
    if (meeting.secrecy or "") not in SECRECY_LEVELS:
        out.append(
            Problem(
                "secrecy",
                "meeting.secrecy",
                f"Độ mật “{meeting.secrecy}” không hợp lệ (mat, toi_mat, tuyet_mat).",
                f"The secrecy level “{meeting.secrecy}” is not valid (mat, toi_mat, tuyet_mat).",
            )
        )
    if kind == "transcript":
        if not meeting.transcript_checked:
            out.append(
                Problem(
                    "transcript_unchecked",
                    "meeting.transcript_checked",
                    "Bản chép lời chưa được thư ký kiểm tra: văn bản sẽ ghi rõ đây là"
                    " bản chép lời tự động, chưa đối chiếu.",
                    "The clerk has not checked the transcript: the document will say"
                    " it is an unverified machine transcript.",
                    blocking=False,
                )
            )
        return _ordered(out)
    conclusions = store.items.conclusions(meeting_id)
    tasks = store.items.tasks(meeting_id)
    if kind == "notice":
        if not conclusions and not tasks:
            out.append(
                Problem(
                    "nothing_to_report",
                    "conclusions",
                    "Cuộc họp chưa có kết luận hay nhiệm vụ nào: không có gì để thông báo.",
                    "The meeting has no conclusion and no task: there is nothing to announce.",
                    always=True,
                )
            )
        out += _org_problems(own, ("issuing_body", "symbol", "place", "signer_name"), True)
        out += _meeting_problems(meeting, ("date", "chair"))
        if tasks and _blank(org.follow_up_unit):
            out.append(
                Problem(
                    "follow_up_unit",
                    "org.follow_up_unit",
                    "Chưa có đơn vị theo dõi, đôn đốc (Cài đặt): thông báo sẽ không có"
                    " câu giao theo dõi và thời hạn báo cáo.",
                    "No follow-up unit is set (Settings): the notice will not say who"
                    " follows the tasks up and by when.",
                    blocking=False,
                )
            )
    else:  # minutes
        names = ("issuing_body", "symbol") + (
            ("place",) if layout.get("documents.minutes.dated") else ()
        )
        out += _org_problems(own, names, True, signer=False)  # the minutes' signers are its own
        out += _meeting_problems(
            meeting, ("date", "start_time", "end_time", "place", "chair", "secretary")
        )
    drafts = sum(1 for c in conclusions if c.state != "confirmed")
    if drafts:
        out.append(
            Problem(
                "draft_conclusions",
                "conclusions",
                f"Còn {drafts} kết luận ở dạng nháp, chưa được xác nhận.",
                f"{drafts} conclusion(s) are still drafts, not confirmed.",
            )
        )
    column = "document_number" if kind == "notice" else "minutes_number"
    if _blank(getattr(meeting, column)):
        out.append(
            Problem(
                "number",
                f"meeting.{column}",
                "Chưa có số văn bản: để trống cho văn thư ghi khi đăng ký, hoặc cấp số tự động.",
                "No document number yet: left blank for the records officer, or"
                " give the next number.",
                blocking=False,
            )
        )
    return _ordered(out)


def _ordered(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (not p.always, not p.blocking))


def check_ready(
    store,
    meeting_id: int | None,
    kind: str,
    *,
    organisation: Organisation | None = None,
    allow_draft: bool = False,
) -> list[Problem]:
    """Raise `IncompleteDocumentError` if the document cannot be made (as a final one, or with
    `allow_draft` even as a draft); else return the problems left (warnings, and the blanks a
    draft keeps)."""
    problems = missing_for(store, meeting_id, kind, organisation=organisation)
    stopping = [p for p in problems if p.always or (p.blocking and not allow_draft)]
    if stopping:
        raise IncompleteDocumentError(
            stopping, draft_allowed=allow_draft or all(p.always for p in stopping)
        )
    return problems
