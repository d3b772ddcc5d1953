"""Suggested conclusions and tasks, read from a transcript (or any text), offline and fast.

Rules, not a model: a clause that assigns work to a unit ("giao / đề nghị / yêu cầu [unit] …",
"[unit] chủ trì …", "[unit] cần / phải / khẩn trương …") is a task, with its lead unit, the units
after "phối hợp với", and its deadline resolved against the meeting date; a clause that judges or
decides ("ghi nhận", "biểu dương", "thống nhất", "đồng ý", "không đồng ý" …) is a conclusion.
A unit asking upward inside its own report ("Sở kính đề nghị Thành phố quan tâm bố trí …"), a
question, or an announcement ("kết luận như sau") is neither. The clerk accepts or dismisses
each suggestion; `key` stays the same when the transcript is read again.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import json
import re
from dataclasses import dataclass, field

from ..models import Segment, Unit
from ..paths import resource
from ..text import fold
from .deadlines import Deadline, deadline_ends, find_deadline
from .sentences import _LEADERS, bound_run, clean, split_clauses, views
from .units import Gazetteer, Mention

CONCLUSION = "conclusion"
TASK = "task"


@dataclass
class Suggestion:
    kind: str  # "conclusion" | "task"
    text: str
    lead_unit: str | None = None
    coordinating_units: list[str] = field(default_factory=list)
    deadline: str | None = None  # YYYY-MM-DD
    deadline_text: str | None = None
    ongoing: bool = False
    start: float | None = None
    end: float | None = None
    first_segment_id: int | None = None
    last_segment_id: int | None = None
    key: str = ""
    cues: list[str] = field(default_factory=list)  # the words that made it a proposal
    confidence: float = 0.0  # in [0, 1]: how often proposals of this shape were right

    def to_dict(self) -> dict:
        out = {
            "kind": self.kind,
            "text": self.text,
            "lead_unit": self.lead_unit,
            "coordinating_units": list(self.coordinating_units),
            "deadline": self.deadline,
            "deadline_text": self.deadline_text,
            "ongoing": self.ongoing,
            "cues": list(self.cues),
            "confidence": self.confidence,
        }
        if self.start is not None:
            out["start"] = self.start
        if self.end is not None:
            out["end"] = self.end
        return out


# --- cue lexicons (lower-case, with accents) --------------------------------------------------

_TASK_CUE = re.compile(
    r"(?<!\w)(?:đề nghị|yêu cầu|phân công|chỉ đạo|lưu ý|"
    r"giao(?:\s+(?:nhiệm vụ|trách nhiệm))?(?:\s+cho)?)"
    r"(?!\w)(?!\s+(?:thông|lưu|dịch|nhận|tiếp|kết|hàng|thương|nộp|đất|rừng|của|nhiệm vụ\b))"
)
_TASK_BOUND = re.compile(
    r"(?:được|đã|bàn|họp|buổi|cuộc|chuyển|theo|của|sự|sẽ|đang|việc|để|nhằm|nội dung|ý kiến|"
    r"các|những|mọi|"
    r"với|ứng|là|kính|xin|chúng tôi|chúng em|không|chưa|lãnh đạo|có|thực hiện|cùng)\s*,?\s*$"
)
_NOT_OBJECT = re.compile(r"\s*(?:của|là|đặt ra|nhiệm vụ|đối với|về|này|đó|trên)(?!\w)")
_CONCLUSION_CUE = re.compile(
    r"(?<!\w)(?:không đồng ý|không thống nhất|chưa thống nhất|chưa đồng ý|cơ bản thống nhất|"
    r"cơ bản đồng ý|cơ bản nhất trí|ghi nhận|biểu dương|đánh giá cao|hoan nghênh|khen ngợi|"
    r"thống nhất|đồng ý|nhất trí|chấp thuận|không chấp thuận|phê bình|nghiêm khắc rút kinh nghiệm)"
    r"(?!\w)"
)
_CONCLUSION_BOUND = re.compile(
    r"(?:sự|tạo|tính|được|để|cần|phải|nếu|khi|có|sẽ|đang|bảo đảm|đảm bảo|quản lý|chưa được|các|"
    r"một|và|thực hiện|theo|mong|muốn|xin|trình)\s*,?\s*$"
)
_WEAK_CONCLUSION = {"thống nhất", "đồng ý", "nhất trí", "chấp thuận"}
_WEAK_OBJECT = re.compile(
    r"\s*,?\s*(?:với|thông qua|chủ trương|nội dung|phương án|đề xuất|kết luận|báo cáo|dự thảo|"
    r"cao|đánh giá|là|như|việc|các|ban hành|chọn|giao|đề nghị|kiến nghị|tờ trình|điều chỉnh|"
    r"bổ sung|cho|kế hoạch|quy chế|danh sách|hồ sơ|tiếp tục|đưa|lựa chọn|sửa đổi|mức|thời gian|"
    r"về|số lượng|tổ chức|đầu tư)(?!\w)"
)
_CHAIR_SUBJECT = re.compile(
    r"(?:hội nghị|ban thường vụ|thường vụ|thường trực|tập thể|đoàn kiểm tra|đoàn giám sát|"
    r"chúng ta|lãnh đạo|ban chấp hành|cuộc họp|thành viên)\s+(?:đã\s+)?$"
)
# After "[unit]", these make it the one who must act.
_SUBJECT_VERB = re.compile(
    r"\s*,?\s*(?:chủ trì|cần phải|cần|phải|khẩn trương|có trách nhiệm|chịu trách nhiệm|có nhiệm vụ|"
    r"được giao(?:\s+(?:nhiệm vụ|trách nhiệm))?(?=\s+\w)|"
    r"tham mưu|chủ động|sớm|tập trung|nghiêm túc|kịp thời|trực tiếp|tiếp tục|rà soát|hoàn thành|"
    r"theo dõi|đôn đốc|tăng cường|tiến hành|lãnh đạo|đẩy mạnh|quan tâm)"
    r"(?!\w)(?!\s+(?:được|có được))"
)
# Words after which a unit is an object or an owner ("của Sở", "giao Sở"), not a subject.
_OBJECT_WORDS = (
    r"của|với|cho|và|tại|ở|thuộc|đối với|đề nghị|yêu cầu|giao|là|như|cả|cùng|về|từ|đến|"
    r"trong|phối hợp|hợp"
)
_NOT_SUBJECT_BEFORE = re.compile(rf"(?:{_OBJECT_WORDS})\s*,?\s*$")
_ACTION_VERBS = (
    r"tiếp tục|rà soát|hoàn thiện|đẩy mạnh|tăng cường|triển khai|xây dựng|tổ chức|tuyên truyền|"
    r"nghiên cứu|khẩn trương|chỉ đạo|kiểm tra|tập trung|quan tâm|nâng cao|chủ động|bảo đảm|"
    r"đảm bảo|thực hiện|theo dõi|đôn đốc|phối hợp|cần|phải|tham mưu|sớm|kịp thời|báo cáo|"
    r"hoàn thành|quán triệt|giải quyết|xử lý|khắc phục|chấn chỉnh|cập nhật|bổ sung|điều chỉnh|"
    r"nghiêm túc|làm tốt|rà|lập|trình|ban hành|bố trí|chuẩn bị|thẩm định|tổng hợp|cung cấp|"
    r"phân công|tiến hành|đề xuất|tích cực|quyết liệt|sắp xếp|kiện toàn|thường xuyên|"
    r"khẩn|làm việc|gửi|hướng dẫn|lãnh đạo|phát động|vận động|giám sát|nắm|duy trì|đẩy nhanh|"
    r"chăm lo|thông báo|phổ biến|phát hiện|ngăn chặn|kiểm soát|tiếp thu|soạn thảo|bám sát|"
    r"chuẩn bị|tuân thủ|thành lập"
)
_ACTION = re.compile(
    r"\s*,?\s*(?:các đồng chí|đồng chí|các bạn|mọi|toàn thể|cán bộ|đảng viên|chúng ta|mỗi|"
    rf"{_ACTION_VERBS})(?!\w)"
)
_ACTION_VERB = re.compile(rf"(?:{_ACTION_VERBS})(?!\w)(?!\s+(?:được|xong|rồi)(?!\w))")
# Between a unit at the head of a clause and its verb: "thì", "theo chức năng, nhiệm vụ được
# giao", "trực thuộc UBND huyện" (handled by the caller), a stray comma.
_HEAD_GAP = re.compile(
    r"\s*,?\s*(?:\([^()]{0,120}\)\s*:?\s*)?(?:là (?:cơ quan|đơn vị) [^,.;:]{1,80}?,?\s*"
    r"(?=có nhiệm vụ|có trách nhiệm|chịu trách nhiệm|chủ trì|tham mưu))?"
    r"(?:thì\s+)?(?:(?:các đồng chí|đồng chí|anh chị)\s+(?:thì\s+)?)?"
    r"(?:được (?:phân công|giao)(?:\s+phụ trách)?\s*,?\s*)?"
    r"(?:(?:theo|căn cứ(?:\s+vào)?|trong phạm vi|theo đúng)\s+(?:chức năng\s*,?\s*)?"
    r"(?:nhiệm vụ|chức năng|lĩnh vực|địa bàn)(?:\s*,?\s*(?:quyền hạn|địa bàn|lĩnh vực))?"
    r"(?:\s+(?:được giao|của mình|của đơn vị|(?:được\s+)?phân công(?:\s+phụ trách)?))?"
    r"\s*,?\s*)?"
)
# Words that address the unit that opens a clause: "xin lưu ý", "các đồng chí", "riêng".
_ADDRESS = re.compile(
    r"(?:(?:xin\s+)?lưu ý|(?:các\s+)?đồng chí|riêng|còn|về phía|thì|xin|đối với)\s*,?\s*"
)
_ADDRESS_TAIL = re.compile(
    r"(?:(?:(?:xin\s+)?lưu ý|(?:các\s+)?đồng chí|riêng|còn|về phía|thì)\s*,?\s*)+$"
)
# A person's title before the unit they head: the unit is the one who acts.
_TITLE = re.compile(
    r"(?:đồng chí\s+)?(?:thủ trưởng|người đứng đầu|giám đốc|phó giám đốc|chủ tịch|phó chủ tịch|"
    r"chánh văn phòng|chánh thanh tra|trưởng|phó trưởng|lãnh đạo|chỉ huy trưởng|cục trưởng|"
    r"chi cục trưởng|hiệu trưởng|tổng giám đốc)\s*,?\s*"
)
# What may stand between a unit and its verb when the unit opens a new clause in running speech.
_CUT_GAP = re.compile(r" *(?:thì +)?")
# Words that carry a clause on past a deadline phrase ("trước ngày 30/9 để tổng hợp").
_GOES_ON = {
    "và", "để", "nhằm", "theo", "cho", "của", "với", "hoặc", "hay", "là", "năm", "tới", "này",
    "sau", "đến", "trước", "nhưng", "song", "đồng", "kể", "làm",
}  # fmt: skip
# Verbs that a unit opening a clause may do in a report or an agenda: a task only with a deadline.
_REPORTING_VERBS = {"làm việc", "báo cáo", "gửi", "trình", "tổ chức"}
# After these, a unit is an object or an owner, not the subject of what follows.
_OBJECT_BEFORE = re.compile(
    rf"(?:{_OBJECT_WORDS}|"
    r"trình|báo cáo|gửi|tham mưu|giúp|hướng dẫn|chỉ đạo|mời|đại diện|"
    r"thay mặt|kiến nghị|đề xuất|kính|hỗ trợ|phê bình|biểu dương|ghi nhận|đánh giá cao|khen|"
    r"cảm ơn|theo|sự|lên|tới|thông báo|đôn đốc|kiểm tra|giám sát|trưởng|phó|giám đốc|"
    r"chủ tịch|bí thư|lãnh đạo|thủ trưởng|người đứng đầu|chủ trì|các|những|mọi|toàn|"
    r"trực thuộc|bởi|do|được|qua|sang|nhận|lưu ý|cấp|để|nhằm|mà|nếu|khi|thường trực|"
    r"cơ quan)\s*,?\s*$"
)
_UPWARD_BEFORE = re.compile(
    r"(?:kính|xin|chúng tôi|chúng em|em|đơn vị|(?<!công )(?<!trụ )(?<!cơ )sở|huyện|chúng tôi xin|"
    r"tôi xin|"
    r"chúng tôi kính|đơn vị kính|(?:chúng tôi|chúng em|em|đơn vị) cũng)\s*,?\s*$"
)
_CLARIFY = re.compile(
    r"\s*,?\s*(?:làm rõ|giải trình|cho biết|trả lời|nói rõ|phân tích thêm|thông tin thêm|"
    r"cho ý kiến|xem xét|quan tâm xem xét)(?!\w)"
)
_CHAIR_HEADS = {
    "thành ủy", "tỉnh ủy", "huyện ủy", "quận ủy", "thị ủy", "ban thường vụ", "btv", "thường trực",
    "ban chấp hành", "bch", "đoàn", "ubnd", "ủy ban nhân dân", "hđnd", "hội đồng nhân dân",
    "đảng ủy", "bộ chính trị",
}  # fmt: skip
# The chair's own bodies: what they direct, the units directed do.
_TOP_CHAIRS = {"ubnd", "ủy ban nhân dân", "tỉnh ủy", "thành ủy", "ban thường vụ", "thường trực"}
# Bodies that decide with the chair in joint meetings ("HĐND - UBND - Ủy ban MTTQ … đã thống nhất").
_DECIDING_HEADS = {
    "mttq", "ủy ban mặt trận tổ quốc", "mặt trận tổ quốc", "ubmttq", "ban chỉ đạo", "tiểu ban",
}  # fmt: skip
_PHOI_HOP = re.compile(
    r"(?<!\w)(?:phối hợp(?:\s+chặt chẽ)?(?:\s+với)?|với sự phối hợp của|cùng với)(?!\w)"
)
_LIST_GAP = re.compile(r"^[\s,;&\-]*(?:(?:và|với|cùng|các|cũng như)[\s,]*)*$")
_ADDRESSEE_GAP = re.compile(
    r"^[\s,]*(?:(?:cho|các|đồng chí|lãnh đạo|thủ trưởng|giám đốc|phó giám đốc|chủ tịch|"
    r"phó chủ tịch|chánh|trưởng|phó|bí thư|người đứng đầu|tập thể|ban giám đốc|cấp ủy|"
    r"ngay|tiếp tục|thì|là|à|ừ|ờ|ở|trong|thuộc|bên|phía|về phía|thành viên|các thành viên|"
    r"của)[\s,]*)*$"
)
_PEOPLE = re.compile(r"\s*(?:các đồng chí|đồng chí|các bạn|anh chị|các anh chị)(?!\w)")
_QUESTION = re.compile(
    r"\?|(?<!\w)(?:thế nào|bao giờ|vì sao|tại sao|được không|có không|hay không|phải không)(?!\w)"
)
_PERIOD = re.compile(
    r"(?<!\w)(?:trong|sau|qua)\s+(?:\d+|\w+)\s+(?:ngày|tuần|tháng|năm|quý)"
    r"(?:\s+(?:đầu|cuối)\s+năm)?(?:\s+qua)?$"
)
_NEGATIVE_END = re.compile(
    r"(?<!\w)(?:chưa|không)\s+(?:đồng ý|thống nhất|nhất trí|chấp thuận)(?!\w)"
)
_PAST_AFTER = re.compile(r"[\s,]*(?:\w+\s+){0,4}?(?:đã|vừa)\s")
_HARD_GAP = re.compile(r"[.!?;:\n]")
_ANNOUNCE = re.compile(r"(?<!\w)(?:như sau|sau đây)(?!\w)")
_DEADLINE_START = re.compile(
    r"\s*(?:truoc|cham nhat|trong|thuong xuyen|kip thoi|lien tuc|dinh ky|hang|han chot)(?!\w)"
)
_DEADLINE_LEAD = re.compile(
    r"^(?:thời hạn|hoàn thành|xong|báo cáo kết quả|trước|chậm nhất|hạn chót|kết quả"
    r"|thời gian (?:thực hiện|hoàn thành)|hạn hoàn thành|thực hiện thường xuyên"
    r"|(?:đây |đó )?là (?:nhiệm vụ|việc|công việc) (?:thường xuyên|liên tục|trong)"
    r"|định kỳ|hằng (?:tháng|quý|năm|tuần)|hàng (?:tháng|quý|năm|tuần))(?!\w)"
)
_LABEL_AT_END = re.compile(
    r"(?<!\w)(?:thời hạn|thời gian (?:thực hiện|hoàn thành)|hạn hoàn thành)\s*$"
)
# A label that a colon parts from its deadline: "thời gian thực hiện: thường xuyên".
_DEADLINE_LABEL = re.compile(
    r"^(?:thời hạn|thời gian (?:thực hiện|hoàn thành)|hạn hoàn thành)(?:\s+(?:là|dự kiến))?$"
)


# A news report's time stamp opening the sentence ("Chiều 29/5, UBND tỉnh thảo luận …"): what
# follows is narrated, not assigned; only an explicit "giao / yêu cầu / đề nghị" makes it a task.
_NUMWORD = r"(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|linh|lẻ|trăm|nghìn)"
_STAMP = re.compile(
    rf"(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?ngày\s+{_NUMWORD}(?:\s+{_NUMWORD}){{0,3}}\s+tháng\s+"
    rf"{_NUMWORD}(?!\w)|"
    r"(?:(?:sáng|chiều|tối|trưa|đêm|hôm qua|hôm nay)\s*(?:ngày\s*)?(?:\d{1,2}\s*[/.\-]\s*\d{1,2}"
    r"(?:\s*[/.\-]\s*\d{2,4})?)?|ngày\s*\d{1,2}(?:\s*[/.\-]\s*\d{1,2}|\s+(?:và|tháng)\s+\d{1,2})"
    r"(?:\s*[/.\-]\s*\d{2,4})?|từ ngày)(?!\w)"
)
_BRIEFING = re.compile(
    r"\s+ban\s+(?:thường xuyên|định kỳ|hằng|hàng|trực tuyến|tuần|tháng|quý|công tác|bí thư|giữa|"
    r"báo chí|đầu|cuối)(?!\w)"
)
# "Dự họp có …", "Tham dự hội nghị có …": the list of those present.
_ATTENDANCE = re.compile(
    r"(?:cùng\s+)?(?:tham\s+)?dự(?:\s+(?:và chỉ đạo\s+)?(?:họp|hội nghị|cuộc họp|buổi làm việc|"
    r"phiên họp|buổi họp))?\s+(?:còn\s+)?có(?!\w)"
)
# "chủ trì cuộc họp": presiding, not leading a task.
_PRESIDES = re.compile(
    r"\s*(?:cuộc họp|hội nghị|phiên họp|buổi làm việc|buổi họp|hội thảo|lễ|buổi gặp|đoàn|kỳ họp|"
    r"và phát biểu|,?\s*(?:cùng|đồng) chủ trì)(?!\w)"
)
# The verbs a task with no named subject opens with ("Tập trung triển khai …", "Khẩn trương
# hoàn thiện …", "Đồng thời, rà soát …"): the chair's imperative.
_IMPERATIVE = re.compile(
    r"(?:tập trung|tiếp tục|khẩn trương|rà soát|chủ động|tăng cường|đẩy mạnh|đẩy nhanh|triển khai|"
    r"thực hiện nghiêm|thực hiện tốt|thực hiện|chỉ đạo|phối hợp|hoàn thành|hoàn thiện|bảo đảm|"
    r"đảm bảo|kiểm tra|nâng cao|quan tâm|chấn chỉnh|nghiên cứu|tham mưu|xây dựng|rà|sớm|kịp thời|"
    r"nghiêm túc|"
    r"quyết liệt|cần|phải|khắc phục|xử lý|giải quyết|hướng dẫn|tuyên truyền|chuẩn bị|bố trí|"
    r"kiện toàn|duy trì|phát huy|làm tốt|yêu cầu|đề nghị|giao|cập nhật|lập|đôn đốc|theo dõi|"
    r"bám sát|phấn đấu|tổ chức tốt|tổ chức thực hiện|tổng hợp|chủ trì)(?!\w)"
    r"(?!\s+(?:được|xong|rồi)(?!\w))"
)
# What may open a clause before its imperative: discourse markers, a condition, numbering.
_OPENERS = re.compile(
    r"(?:(?:\d{1,2}|[a-zđ])[.)]\s*|\d{1,2}\s+(?![\d\s])|[-–•+]\s*|"
    r"(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?=(?:khẩn trương|tập trung|tiếp tục|chủ động|"
    r"rà soát|phối hợp|đề nghị|yêu cầu|giao|triển khai|tăng cường|đẩy mạnh)(?!\w))|"
    r"(?:theo đó|cùng với đó|đồng thời|bên cạnh đó|trên cơ sở (?:đó|này)|"
    r"trong đó|ngoài ra|mặt khác|thứ (?:nhất|hai|ba|tư|năm|sáu|bảy)|(?:một|hai|ba|bốn|năm) là|"
    r"tiếp theo|trước mắt|về lâu dài|riêng|do đó|vì vậy|vì thế|để (?:[^,.;:]{1,60},\s*){1,3}|"
    r"nếu [^,.;:]{1,80},|"
    r"(?:về|đối với) [^,.;:]{1,60},|trong (?:thời gian tới|năm|tháng|quý) [^,.;:]{0,20}|"
    r"(?:6|sáu) tháng (?:cuối|đầu) năm(?: \d{4})?|thời gian tới|căn cứ [^,.;:]{1,60},|"
    r"rồi|thì|và|còn|"
    r"định kỳ [^,.;:]{0,40}|hằng (?:tháng|quý|năm|tuần)|"
    r"(?:trong|trước|đến|chậm nhất)\s+(?:ngày|tháng|quý|tuần|năm)\s+[^,.;:]{1,30})"
    r"\s*[,:]?\s*)+"
)
# A figure reached: the clause reports a result, it does not order one.
_RESULT = re.compile(
    r"(?<!\w)(?:đạt|bằng|tăng|giảm|ước đạt)\s+(?:hơn\s+|gần\s+|khoảng\s+|trên\s+)?"
    r"(?:\d|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:mươi|trăm|nghìn|triệu|tỷ|phẩy|phần))|"
    r"\d\s*%|phần trăm|"
    r"(?<!\w)\d[\d.,]*\s+(?:tỷ đồng|triệu đồng|ha|tấn|km|lượt)(?!\w)"
)
_SAID_TWICE = re.compile(r"(\w+)\s+(?=\1(?!\w))")
# A duty put on the work itself: "việc rà soát … phải được thực hiện cẩn thận".
_PASSIVE_DUTY = re.compile(
    r"(?<!\w)(?:việc|công tác)\s[^.;:]{3,100}?\s(?P<cue>(?:phải|cần)(?: phải)? được)\s+"
    r"(?:thực hiện|triển khai|hoàn thành|tiến hành|xử lý|giải quyết|rà soát|quan tâm|làm|"
    r"chuẩn bị|tổ chức|kiểm tra|khắc phục|đẩy nhanh|đẩy mạnh|bảo đảm|đảm bảo)(?!\w)"
)
_SPOKEN_NUMBERING = re.compile(r"(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|thứ \w+)\s+")
_NARRATED = re.compile(r"(?<!\w)(?:đã|vừa)(?!\w)")
_CONTINUES = re.compile(r"\s*(?:đồng thời|ngoài ra|bên cạnh đó|cùng với đó|mặt khác)(?!\w)")
# The chair announcing what follows: "… kết luận nội dung phiên họp như: | đề nghị …".
_ANNOUNCES = re.compile(
    r"(?<!\w)(?:kết luận|chỉ đạo|nhấn mạnh|lưu ý|yêu cầu|phát biểu)(?!\w)[^.;]{0,50}?"
    r"(?:như|sau|sau đây|cụ thể)?\s*:?\s*$"
)
_CHAIR_TITLE = re.compile(
    r"(?<!\w)(?:chủ tịch|bí thư|phó thủ tướng|thủ tướng|bộ trưởng|giám đốc|trưởng ban|tôi)(?!\w)"
)
_HIGHER = re.compile(
    r"\s*(?:với\s+)?(?:ubnd tỉnh|ủy ban nhân dân tỉnh|ubnd thành phố|ủy ban nhân dân thành phố|"
    r"thủ tướng|chính phủ|bộ|trung ương|tỉnh|thành phố|cấp trên|hđnd|hội đồng nhân dân|"
    r"thường trực|ban thường vụ|tỉnh ủy|thành ủy)(?!\w)"
)
_NUMBERING = re.compile(r"(?:(?<=\s)|^)(?:\d{1,2}|[a-zđ])[.)](?=\s|$)")


def _sentence_between(low: str, a: int, b: int) -> bool:
    """Whether a sentence ends between `a` and `b` (the dot of a point's number "1." does not
    count, the full stop after "… ngày 15/4/2024." does)."""
    return bool(re.search(r"[.!?\n]", _NUMBERING.sub(" ", low[a:b])))


_SENT_TO = re.compile(r"(?<!\w)(?:gửi|đến)\s+")
_CUE_WORDS = re.compile(r"(?<!\w)(?:giao|đề nghị|yêu cầu|thống nhất|đồng ý|kết luận)(?!\w)")
_STRONG_SUBJECT = re.compile(
    r"(?<!\w)(?:khẩn trương|chủ trì|có trách nhiệm|chịu trách nhiệm|cần phải|phải|tham mưu)(?!\w)"
)
_PAST_NEAR = re.compile(r"(?:\w+\s+){0,3}?(?:đã|vừa|đang|được)(?!\w)")
# Judgements that stand even after "đã / đều" ("đồng chí Bí thư đã biểu dương …", "các đại biểu
# đều thống nhất cao với …"): unlike "thống nhất", they never report a unit's own work.
_STRONG_JUDGEMENT = re.compile(
    r"(?:biểu dương|đánh giá cao|hoan nghênh|khen ngợi|phê bình|ghi nhận(?!\s+(?:\d|được|tại|có|"
    r"trên|tổng|khoảng|thêm|gần|hơn|trường hợp|ca|vụ))|(?:thống nhất|nhất trí|đồng ý) cao|"
    r"(?:thống nhất|nhất trí)(?: cao)? với|cơ bản (?:thống nhất|nhất trí|đồng ý))(?!\w)"
)
# An assessment by the chair or the meeting ("Chủ tịch UBND tỉnh cho rằng …", "Nhìn chung …",
# "Hội đồng thẩm định nhận xét …", "biểu quyết thông qua …").
_ASSESSMENT = re.compile(
    r"(?<!\w)(?:nhìn chung|cho rằng|nhận xét|nhận định|đánh giá là|đánh giá:|biểu quyết thông qua|"
    r"thống nhất thông qua|thống nhất đánh giá|thống nhất chỉnh sửa|thống nhất nhận định|chỉ rõ|"
    r"chỉ ra|(?<!được )(?:đã|cơ bản)\s+thông qua(?=\s+(?:dự thảo|nghị quyết|kế hoạch|đề án|"
    r"báo cáo|quy chế|văn bản|các văn bản|các nội dung|các dự thảo|"
    r"danh sách|chương trình|nội dung|phương án|tờ trình)))(?!\w)"
)
_ASSESSOR = re.compile(
    r"(?<!\w)(?:chủ tịch|bí thư|hội nghị|hội đồng|ban thường vụ|thường trực|tôi|đồng chí|"
    r"ban chấp hành|lãnh đạo|tập thể|các đại biểu|đại biểu|các ý kiến|ý kiến|phó thủ tướng|"
    r"thủ tướng|bộ trưởng|trưởng ban|giám đốc|tỉnh ủy|thành ủy|huyện ủy|đảng ủy|thành viên|"
    r"ubnd|ủy ban nhân dân|hđnd)(?!\w)"
)


# A deadline that opens its clause: what follows is the task it sets the time of.
_DEADLINE_OPENS = re.compile(
    r"(?:(?:\d{1,2}|[a-zđ])[.)]\s*|[-–•+]\s*)?(?:trong|trước|chậm nhất|đến|từ nay đến)\s+"
    r"(?:ngày|tháng|quý|tuần|năm)\s+[^,.;:]{1,30}"
)


_LEVEL_WORDS = (
    (re.compile(r"(?<!\w)(?:xã|phường|thị trấn|thôn|bản|tổ dân phố)(?!\w)"), 1),
    (re.compile(r"(?<!\w)(?:huyện|quận|thị xã|phòng)(?!\w)"), 2),
    (re.compile(r"(?<!\w)(?:tỉnh|thành phố|tp|sở|thành ủy|tỉnh ủy)(?!\w)"), 3),
)


def _level(name: str) -> int:
    """1 commune, 2 district, 3 province, 0 unknown: whom a unit may give work to."""
    low = name.lower()
    for pattern, level in _LEVEL_WORDS:
        if pattern.search(low):
            return level
    return 0


def _key(kind: str, text: str) -> str:
    words = " ".join(re.findall(r"\w+", fold(text)))
    return hashlib.sha1(f"{kind}:{words}".encode()).hexdigest()[:16]


@dataclass
class _Clause:
    start: int
    end: int
    kind: str | None = None
    lead: Mention | None = None
    coordinating: list[Mention] = field(default_factory=list)
    inherit: bool = False
    cues: list[str] = field(default_factory=list)
    shape: str = ""  # which rule made it: the key of its confidence (see `_confidence`)


class _Reader:
    def __init__(self, text: str, units: list[Unit] | None, context: str = "") -> None:
        self.text, self.low, self.fld = views(text)
        self.gazetteer = Gazetteer(units)
        self.mentions = self.gazetteer.find(self.text, self.low, self.fld)
        ctx = list(self.mentions)
        if context:
            t, lo, fl = views(context)
            ctx += self.gazetteer.find(t, lo, fl)
        self.gazetteer.resolve_bare(self.mentions, ctx)
        self._head_verb = ""
        self._starts = [m.start for m in self.mentions]

    def mentions_in(self, a: int, e: int) -> list[Mention]:
        i = bisect.bisect_left(self._starts, a)
        j = bisect.bisect_left(self._starts, e)
        return self.mentions[i:j]

    def mention_ending_at(self, pos: int, a: int) -> Mention | None:
        i = bisect.bisect_left(self._starts, pos) - 1
        if i >= 0:
            m = self.mentions[i]
            if m.end <= pos and not self.low[m.end : pos].strip(" ,"):
                return m
        return None

    # -- one clause

    def classify(self, c: _Clause) -> None:
        low = self.low
        a, e = c.start, c.end
        body = low[a:e]
        if _QUESTION.search(body) or (e < len(low) and low[e : e + 2].strip().startswith("?")):
            return
        if _ANNOUNCE.search(body) and len(body.split()) <= 16:
            return
        mentions = self.mentions_in(a, e)
        task = self._task(c, mentions)
        if task is None:  # upward request or a clarifying question: neither
            return
        if task:
            c.kind = TASK
            c.coordinating = self._coordinating(a, e, mentions, c.lead)
            return
        c.cues.clear()
        if self._conclusion(c):
            c.kind = CONCLUSION

    def _task(self, c: _Clause, mentions: list[Mention]) -> bool | None:
        low, a, e = self.low, c.start, c.end
        lead: Mention | None = None
        cue_found = False
        cue_end: int | None = None
        head_cue = False  # the cue opens the clause: the chair speaking, even with no unit named
        om = _OPENERS.match(low, a, e)
        body_start = om.end() if om else a
        # A news report's stamp ("Chiều 29/5, …"): narration, unless a unit is told to act.
        stamped = (
            bool(_STAMP.match(low, body_start, e))
            or bool(_ATTENDANCE.match(low, body_start, e))
            or self._stamped(a)
        )
        for m in _TASK_CUE.finditer(low, a, e):
            before = low[max(0, m.start() - 30) : m.start()]
            sentence_before = low[max(a - 30, 0) : m.start()]
            bound = _TASK_BOUND.search(before)
            if (
                bound
                and before.rstrip().endswith(("đã", "vừa", "cũng"))
                and not re.search(r"(?:được|đã được)\s*$", before)
            ):
                # "UBND Tp.HCM đã giao Sở Quy hoạch - Kiến trúc …": a task reported, when the
                # unit told follows at once ("đã giao 833 nhiệm vụ cho …" names none).
                nxt = self.mention_at(m.end() + 1)
                if nxt is not None and nxt.end <= e and not nxt.bare:
                    bound = None
            if bound and not before.rstrip().endswith(("thống nhất", "đồng ý", "nhất trí")):
                continue
            if m.group().startswith("giao") and re.search(r"(?:văn bản|nhiệm vụ|số)\s*$", before):
                continue
            noun = _NOT_OBJECT.match(low, m.end())
            if noun and not (noun.group().strip() == "là" and self._addressee_after(m.end(), e)):
                continue  # "đề nghị của Sở …", "yêu cầu đặt ra"; not "đề nghị là các đồng chí ở …"
            if (
                m.group() == "giao"
                and low.startswith(" ban", m.end())
                and (not self.mention_at(m.end() + 1) or _BRIEFING.match(low, m.end()))
            ):
                continue  # "hội nghị giao ban", "giao ban công tác": a briefing
            if re.search(r"(?:chịu|có) trách nhiệm(?:\s+trực tiếp)?\s*$", before) and (
                self._subject_before(m.start(), a) is not None
            ):
                continue  # "Bí thư Thành ủy chịu trách nhiệm chỉ đạo …": the one answerable leads
            directs = m.group() in ("chỉ đạo", "lưu ý")
            if not directs and self._upward(m.start(), sentence_before):
                return None
            target = next(
                (x for x in mentions if x.start >= m.end() and x.start - m.end() <= 40), None
            )
            if target is not None and not _ADDRESSEE_GAP.match(low[m.end() : target.start]):
                target = None
            if directs:
                # "Sở Y tế chỉ đạo các bệnh viện …": the one who directs leads, unless it is the
                # chair directing a named unit ("UBND tỉnh chỉ đạo Sở Y tế …").
                subject = self._subject_before(m.start(), a)
                if subject is None and low[a : m.start()].rstrip(" ,").endswith(" và"):
                    subject = self._head_subject(a, m.start())
                chair_tells = (
                    subject is not None
                    and subject.head in _CHAIR_HEADS
                    and target is not None
                    and (
                        not target.generic
                        or (
                            subject.head in _TOP_CHAIRS
                            and _level(subject.name) in (0, 3)
                            and "trực thuộc" not in target.name.lower()
                        )
                    )
                )  # "UBND tỉnh Phú Yên chỉ đạo các ban ngành …": the chair directing them
                if subject is not None and not chair_tells:
                    lead, cue_found = subject, True
                    c.cues.append(low[subject.start : m.end()])
                    c.shape = "task.directs"
                    break
            if target is not None:
                if _CLARIFY.match(low, target.end):
                    return None
                lead = target
                cue_found = True
                c.cues.append(m.group())
                c.shape = "task.cue_unit"
                break
            if m.group() == "chỉ đạo":
                if _ACTION.match(low, m.end()) and _CHAIR_TITLE.search(
                    low, max(a, m.start() - 60), m.start()
                ):
                    # "Phó Chủ tịch UBND tỉnh Nguyễn Trúc Sơn chỉ đạo khẩn trương hoàn thành …"
                    cue_found, cue_end, head_cue = True, m.end(), True
                    c.cues.append(m.group())
                    c.shape = "task.chair_order"
                    break
                continue
            after = _PEOPLE.match(low, m.end())
            if _CLARIFY.match(low, after.end() if after else m.end()):
                return None
            if _ACTION.match(low, m.end()):
                cue_found, cue_end = True, m.end()
                head_cue = not low[body_start : m.start()].strip(" ,") or bool(
                    _ANNOUNCES.search(low, body_start, m.start())
                )
                if not head_cue and self._chair_only(body_start, m.start()):
                    # "Để hội nghị …, đồng chí Bí thư Tỉnh ủy | yêu cầu thành lập …"
                    head_cue = True
                if not head_cue:
                    subject = self._subject_before(m.start(), a)
                    head_cue = (
                        subject is not None
                        and subject.head in _CHAIR_HEADS
                        and not low[body_start : subject.start].strip(" ,")
                    )
                c.cues.append(m.group())
                c.shape = "task.cue_action"
                break
        # "[unit] chủ trì" names the lead outright; "[unit] cần / phải …" makes it the subject.
        for x in mentions if not stamped else ():
            vm = _SUBJECT_VERB.match(low, x.end)
            if not vm:
                continue
            word = vm.group().strip(" ,")
            if word == "chủ trì" and _PRESIDES.match(low, vm.end()):
                continue  # "… chủ trì cuộc họp": presiding
            if word == "lãnh đạo" and (
                self.mention_at(vm.end() + 1) or low.startswith((" các", " một số"), vm.end())
            ):
                continue  # "Thường trực HĐND, lãnh đạo UBND tỉnh": the leaders of, a noun
            if word == "chủ trì":
                lead, cue_found = x, True
                c.cues.append(word)
                c.shape = "task.chu_tri"
                break
            if lead is None and not cue_found:
                before = low[max(a, x.start - 20) : x.start]
                if _NOT_SUBJECT_BEFORE.search(before) or re.search(
                    r"(?:đã|đang|sẽ|báo cáo|trình|gửi|tham mưu|giúp|thường trực|là cơ quan|là)\s*$",
                    before,
                ):
                    continue
                if word in ("tiếp tục", "rà soát", "hoàn thành", "kịp thời", "sớm", "trực tiếp"):
                    continue  # too common in a unit's own report
                lead, cue_found = x, True
                c.cues.append(word)
                c.shape = "task.subject_verb"
        if not cue_found and not stamped:
            head = self._head_subject(a, e)
            if head is not None:
                lead, cue_found = head, True
                c.cues.append(self._head_verb or head.name)
                c.shape = "task.head_subject"
        if not cue_found and not stamped and self._imperative(c, body_start):
            return True
        if not cue_found and not stamped:
            pm = _PASSIVE_DUTY.search(low, body_start, e)
            if pm and not _NARRATED.search(low, body_start, pm.start()):
                # "việc rà soát, bổ sung quy hoạch cán bộ … phải được thực hiện cẩn thận"
                c.cues.append(pm.group("cue"))
                c.shape = "task.passive"
                return True
        if not cue_found:
            return False
        if lead is None:
            # A task must name who does it: "đề nghị các đồng chí …" names the members present;
            # "Yêu cầu hoàn thiện …" opening a sentence is the chair's order to those present;
            # "đề nghị hoàn thiện thêm" after a conclusion names no one (see `clauses`).
            pm = _PEOPLE.match(low, cue_end) if cue_end is not None else None
            if pm is None:
                sent = self._sent_to(a)
                if sent is not None:
                    # "… vừa có văn bản gửi các sở, ngành … yêu cầu khẩn trương rà soát …"
                    c.lead = sent
                    c.shape = "task.sent_to"
                    return True
                if (
                    head_cue
                    and not stamped
                    and (self._opens_sentence(a) or self._chair_speaks_before(a))
                ):
                    c.shape = "task.cue_opening"
                    return True
                c.cues.clear()
                return False
            lead = Mention(
                pm.start() + len(pm.group()) - len(pm.group().lstrip()),
                pm.end(),
                "Các đồng chí",
                "cac dong chi",
                generic=True,
            )
        c.lead = lead
        return True

    def _sentence_start(self, a: int) -> int | None:
        """Where the sentence holding `a` starts, looking back at most 240 characters."""
        lo = max(0, a - 240)
        head = self.low[lo:a]
        cut = max(head.rfind("."), head.rfind("!"), head.rfind("?"), head.rfind("\n"))
        if cut >= 0:
            pos = lo + cut + 1
        elif lo == 0:
            pos = 0
        else:
            return None
        while pos < a and not self.low[pos].isalnum():
            pos += 1
        return pos

    def _stamped(self, a: int) -> bool:
        """Whether the sentence holding `a` opens with a news report's time stamp."""
        start = self._sentence_start(a)
        if start is None or start >= a:
            return False
        return bool(_STAMP.match(self.low, start, a) or _ATTENDANCE.match(self.low, start, a))

    def _previous_kind(self, a: int) -> str | None:
        """The kind of the clause just before `a` in the same sentence ("" when neither), or None
        when `a` opens its sentence."""
        read = getattr(self, "_read", [])
        if not read:
            return None
        last = read[-1]
        if re.search(r"[.!?\n]", self.low[last.end : a]):
            return None
        return last.kind or ""

    def opening_deadline(
        self, clauses: list[_Clause], i: int, meeting_date: dt.date
    ) -> Deadline | None:
        """A deadline that opens the sentence of task `i` before the task itself ("Trong tháng
        9/2017, bên cạnh …, các cơ quan … cần tập trung …"; "… nhấn mạnh trong 6 tháng cuối năm
        2014 | Mặt trận và các đoàn thể cần …"), when no other task comes between."""
        c = clauses[i]
        start = self._sentence_start(c.start)
        if start is None or start >= c.start:
            return None
        for prev in clauses[max(0, i - 4) : i]:
            if prev.end > start and prev.kind == TASK:
                return None
        head = self.text[start : c.start]
        found = find_deadline(head, meeting_date, folded=self.fld[start : c.start])
        if found is None or found.date is None:
            return None
        om = _OPENERS.match(self.low, start, c.start)
        opens = found.start <= (om.end() - start if om else 0) + 1
        at_end = not head[found.end :].strip(" ,")
        return found if opens or at_end else None

    def _addressee_after(self, pos: int, e: int) -> bool:
        x = next((m for m in self.mentions_in(pos, min(e, pos + 40))), None)
        return x is not None and bool(_ADDRESSEE_GAP.match(self.low[pos : x.start]))

    def _sent_to(self, a: int) -> Mention | None:
        """The units a document was sent to, before the request it makes: "… có văn bản gửi
        [các Khu quản lý đường bộ, …] | yêu cầu đẩy nhanh …"."""
        start = self._sentence_start(a)
        if start is None:
            return None
        found = None
        for m in _SENT_TO.finditer(self.low, start, a):
            found = m
        if found is None:
            return None
        x = self.mention_at(found.end())
        return x if x is not None and x.end <= a else None

    def _chair_speaks_before(self, a: int) -> bool:
        """Whether only the chair (a title, a name, a chair body) stands between the start of the
        sentence and `a`: "Đồng chí Nguyễn Thị Bé Hai, Bí thư Đảng ủy phường …, | yêu cầu …"."""
        start = self._sentence_start(a)
        if start is None or start >= a:
            return False
        return self._chair_only(start, a)

    def _chair_only(self, start: int, a: int) -> bool:
        """Whether `low[start:a]` names only the chair: "đồng chí Bí thư Tỉnh ủy", "ông Nguyễn
        Khắc Định", "Bí thư Thành ủy, Chủ tịch HĐND thành phố Lê Văn Thành"."""
        head = self.low[start:a]
        if not head.strip(" ,"):
            return False
        if len(head.split()) > 30 or _CUE_WORDS.search(head) or _NARRATED.search(head):
            return False
        if _CHAIR_TITLE.search(head) or re.search(r"(?<!\w)(?:đồng chí|ông|bà)(?!\w)", head):
            return True
        last = self.mention_ending_at(a - len(head) + len(head.rstrip(" ,")), start)
        return last is not None and last.head in _CHAIR_HEADS

    def _opens_sentence(self, a: int) -> bool:
        """Whether position `a` starts the text or follows a sentence mark (a bullet between)."""
        head = self.low[max(0, a - 8) : a]
        if a <= 8 and not head.strip():
            return True
        head = head.rstrip(" \t-–•+")
        if head and head[-1] in ".!?;:\n":
            return True
        start = self._sentence_start(a)
        return start is not None and start < a and bool(_OPENERS.fullmatch(self.low, start, a))

    def _imperative(self, c: _Clause, body_start: int) -> bool:
        """A task with no subject: "Tập trung triển khai …", "Đồng thời, rà soát …", "2. Phối hợp
        chặt chẽ với …", opening a sentence (or a point), not narrated ("đã", "được") and not
        the tail of the task before it ("hoàn thành trước ngày 30/9")."""
        low, a, e = self.low, c.start, c.end
        if body_start == a and not self._opens_sentence(a):
            return False
        vm = _IMPERATIVE.match(low, body_start, e)
        if vm is None:
            return False
        rest = low[vm.end() : e]
        if len(rest.split()) < 3 or _PAST_NEAR.match(low, body_start, e):
            return False
        if _RESULT.search(low, body_start, e):
            return False  # "Tập trung thực hiện sản xuất … đạt hơn 11.700 ha": a result reported
        start = self._sentence_start(a)
        if start is not None and start < a and _NARRATED.search(low, start, a):
            return False  # "Toàn huyện đã cứng hóa …; Triển khai xây dựng 19 phòng học"
        if body_start > a and _CONTINUES.match(low, a, body_start):
            previous = self._previous_kind(a)
            if previous is not None and previous != TASK:
                return False  # "… được chọn chỉ đạo đại hội điểm; đồng thời, thực hiện thí điểm …"
        if (
            re.match(
                r"\s*(?:nghị quyết|quyết định|kế hoạch|chỉ thị|công văn|thông báo|chương trình|"
                r"văn bản|ý kiến|kết luận|hướng dẫn|chỉ đạo của|luật|nghị định|thông tư)(?!\w)",
                rest,
            )
            and vm.group() == "thực hiện"
        ):
            return False  # "Thực hiện Kế hoạch số …, UBND huyện đã …": a preamble
        body = low[body_start:e]
        if _DEADLINE_LEAD.match(body) and len(body.split()) <= 14:
            return False
        c.cues.append(vm.group())
        c.shape = "task.imperative"
        return True

    def _subject_before(self, pos: int, a: int) -> Mention | None:
        """The unit right before `pos` ("Sở Y tế | chỉ đạo"), with "lãnh đạo," between them."""
        low = self.low
        stripped = re.sub(
            r"(?:(?:lãnh đạo|tiếp tục|trực tiếp|tập trung|thường xuyên|cần|phải|khẩn trương|thì|"
            r"(?:chịu|có) trách nhiệm|"
            r"(?:trong|trước|đến|chậm nhất)\s+(?:ngày|tháng|quý|tuần|năm)\s+\w+(?:\s+\w+)?)"
            r"\s*,?\s*)*$",
            "",
            low[a:pos].rstrip(" ,"),
        ).rstrip(" ,")
        return self.mention_ending_at(a + len(stripped), a)

    def _head_subject(self, a: int, e: int) -> Mention | None:
        """A unit that opens the clause and is followed by what it must do: "Phòng Tài nguyên và
        Môi trường khẩn trương …", "các đồng chí Phòng Nội vụ thì tham mưu …", "Các phòng, ban,
        ngành theo chức năng, nhiệm vụ được giao chủ động …"."""
        low = self.low
        while a < e and not low[a].isalnum():
            a += 1
        lm = _LEADERS.match(low, a, e)
        pos = lm.end() if lm else a
        if self.mention_at(pos) is None:
            # "Trên cơ sở đó, các các sở, ngành …": an opener, then a word said twice
            om = _OPENERS.match(low, pos, e)
            at = om.end() if om and om.end() < e else pos
            dm = _SAID_TWICE.match(low, at, e)
            if dm and self.mention_at(dm.end()) is not None:
                pos = dm.end()
        x = self.mention_at(pos)
        if x is None:  # "Định kỳ hằng tháng, các đơn vị …", "Trong tháng 9 chi bộ …"
            for y in self.mentions_in(pos + 1, min(e, pos + 90)):
                if _OPENERS.fullmatch(low, pos, y.start) or _SPOKEN_NUMBERING.fullmatch(
                    low, pos, y.start
                ):
                    pos, x = y.start, y
                break
        while x is None:
            am = _ADDRESS.match(low, pos, e)
            if not am or am.end() == pos:
                break
            pos = am.end()
            x = self.mention_at(pos)
        if x is None:  # "Thủ trưởng các đơn vị …", "Giám đốc Sở Y tế …": the unit leads
            tm = _TITLE.match(low, pos, e)
            x = self.mention_at(tm.end()) if tm else None
        if x is None or x.end > e:
            return None
        end = x.end
        nxt = self.mention_at_gap(end, e)  # "Các cơ quan trực thuộc | UBND huyện | nghiêm túc"
        if nxt is not None:
            end = nxt.end
        # "Sở Kế hoạch và Đầu tư, Sở Xây dựng phối hợp …": several units together, the first leads.
        while True:
            i = bisect.bisect_left(self._starts, end)
            y = self.mentions[i] if i < len(self.mentions) else None
            if y is None or y.end > e or not _LIST_GAP.match(low[end : y.start]):
                break
            if y.start - end > 8:
                break
            end = y.end
        gm = _HEAD_GAP.match(low, end, e)
        after = gm.end() if gm else end
        verb = _SUBJECT_VERB.match(low, after, e) or _ACTION_VERB.match(low, after, e)
        if verb is None:
            # "Ban QLDA đầu tư xây dựng các công trình nông nghiệp … khẩn trương …": the name ran
            # on in lower case; a strong verb a few words on still makes the unit its subject.
            sm = _STRONG_SUBJECT.search(low, after, min(e, after + 70))
            if sm is None or re.search(
                r"[,;:]|(?<!\w)(?:đã|đang|vừa|được|sẽ|chưa|không)(?!\w)", low[after : sm.start()]
            ):
                return None
            verb = sm
        if verb.group().strip(" ,") in ("đề xuất", "kiến nghị") and _HIGHER.match(low, verb.end()):
            return None  # "Sở Nông nghiệp đề xuất UBND tỉnh giao …": asking upward
        if verb.group().strip(" ,") == "chủ trì" and _PRESIDES.match(low, verb.end()):
            return None  # "… Lê Văn Thành chủ trì cuộc họp": presiding
        self._head_verb = verb.group().strip(" ,")
        if verb.group() in _REPORTING_VERBS and not find_deadline(
            self.text[a:e], dt.date.today(), folded=self.fld[a:e]
        ):
            return None  # "Đoàn kiểm tra làm việc tại Sở", "Sở Xây dựng báo cáo tình hình"
        return x

    def mention_at(self, pos: int) -> Mention | None:
        i = bisect.bisect_left(self._starts, pos)
        if i < len(self.mentions) and self.mentions[i].start == pos:
            return self.mentions[i]
        return None

    def mention_at_gap(self, end: int, e: int) -> Mention | None:
        """A unit after `end` joined by "trực thuộc / thuộc / của": the owner of the one before."""
        i = bisect.bisect_left(self._starts, end)
        if i < len(self.mentions):
            m = self.mentions[i]
            gap = self.low[end : m.start]
            if m.end <= e and len(gap) <= 14 and gap.strip(" ,") in ("trực thuộc", "thuộc", "của"):
                return m
            if m.end <= e and not gap.strip(" ,") and self.low[end - 8 : end].endswith("thuộc"):
                return m
        return None

    def _upward(self, cue_start: int, before: str) -> bool:
        """A unit or the speaker asking upward: "Sở kính đề nghị …", "chúng tôi đề nghị …"."""
        subject = self.mention_ending_at(cue_start, 0)
        if subject is not None:
            # "Huyện kính đề nghị" is the speaker; "… dự án đầu tư xây dựng huyện | đề nghị" is not.
            before = before[: len(before) - (cue_start - subject.start)]
        if subject is not None and _OBJECT_BEFORE.search(
            self.low[max(0, subject.start - 30) : subject.start]
        ):
            subject = None  # "… dự án của Ban Quản lý dự án | đề nghị …": not its subject
        if (
            subject is not None
            and subject.head == "văn phòng"
            and re.search(
                r"ubnd|ủy ban nhân dân|tỉnh ủy|thành ủy|chính phủ|hđnd", subject.name.lower()
            )
        ):
            return False  # "Văn phòng UBND tỉnh đề nghị Sở …": the chair's office speaks for it
        if subject is not None and subject.head in _CHAIR_HEADS and not subject.generic:
            # "UBND huyện giao …" is the chair; "UBND xã X đề nghị UBND huyện …" asks upward.
            target = next((m for m in self.mentions_in(cue_start, cue_start + 48)), None)
            return target is not None and _level(subject.name) < _level(target.name)
        if _UPWARD_BEFORE.search(before):
            return True
        return subject is not None and not subject.generic

    def _conclusion(self, c: _Clause) -> bool:
        low, a, e = self.low, c.start, c.end
        for m in _CONCLUSION_CUE.finditer(low, a, e):
            before = low[max(a, m.start() - 30) : m.start()]
            strong = _STRONG_JUDGEMENT.match(low, m.start())
            if _CONCLUSION_BOUND.search(before) and not strong:
                continue
            if (
                not strong
                and re.search(r"(?:đã|đều)\s*$", before)
                and not _CHAIR_SUBJECT.search(
                    before[: before.rstrip().rfind(" ") + 1] if "đã" in before else before
                )
                and not self._chair_before(m.start() - len(before) + before.rstrip().rfind(" "))
            ):
                continue
            if m.group() in _WEAK_CONCLUSION and not strong:
                initial = len(low[a : m.start()].split()) <= 4
                if not initial and not _WEAK_OBJECT.match(low, m.end()):
                    continue
                # "Thống nhất …" opening the clause is the meeting deciding; further in, less sure.
                if initial:
                    c.shape = "conclusion.weak_head"
                elif _CHAIR_SUBJECT.search(before):  # "… thì hội nghị thống nhất thông qua …"
                    c.shape = "conclusion.other"
                else:
                    c.shape = "conclusion.weak"
            else:
                c.shape = "conclusion.strong" if strong else "conclusion.other"
            c.cues.append((strong or m).group())
            return True
        for m in _ASSESSMENT.finditer(low, a, e):
            # "Nhìn chung …" opening the clause, or an assessment by the chair or the meeting.
            opening = len(low[a : m.start()].split()) <= 3
            if re.search(r"(?:những|các|một số)\s+(?:\w+\s*,?\s*){0,2}$", low[a : m.start()]):
                continue  # "góp ý … những đánh giá, nhận định, số liệu": nouns, not a judgement
            if (m.group() == "nhìn chung" and opening) or _ASSESSOR.search(low, a, m.start()):
                c.cues.append(m.group().rstrip(":"))
                c.shape = "conclusion.assessment"
                return True
        return False

    def _chair_before(self, pos: int) -> bool:
        """Whether a chair's body (HĐND, UBND, a Party committee) ends right before `pos`:
        "HĐND thành phố | đã thống nhất …" is the meeting deciding."""
        i = bisect.bisect_left(self._starts, pos) - 1
        if i < 0:
            return False
        m = self.mentions[i]
        gap = self.low[m.end : pos]
        # "Ban Thường vụ Thành ủy | Hà Nội | đã đồng ý": a place's name may stand between.
        return (
            m.end <= pos
            and len(gap.split()) <= 3
            and not re.search(r"[,;:.]", gap)
            and not m.generic
            and (m.head in _CHAIR_HEADS or m.head in _DECIDING_HEADS)
        )

    def _coordinating(
        self, a: int, e: int, mentions: list[Mention], lead: Mention | None
    ) -> list[Mention]:
        out: list[Mention] = []
        for m in _PHOI_HOP.finditer(self.low, a, e):
            pos = m.end()
            for x in mentions:
                if x.start < pos:
                    continue
                if not _LIST_GAP.match(self.low[pos : x.start]):
                    break
                if (lead is None or x.key != lead.key) and all(x.key != o.key for o in out):
                    out.append(x)
                pos = x.end
        return out

    # -- the whole text

    def clauses(self) -> list[_Clause]:
        clauses = self._join_headings([_Clause(a, e) for a, e in self._split()])
        self._read: list[_Clause] = []
        previous_task: _Clause | None = None
        since = 99
        for c in clauses:
            self.classify(c)
            self._read.append(c)
            if c.kind is None and previous_task is not None and since <= 2:
                self._maybe_inherit(c, previous_task)
            elif (
                c.kind == TASK
                and c.lead is None
                and previous_task is not None
                and since <= 1
                and previous_task.lead is not None
                and not _sentence_between(self.low, previous_task.end, c.start)
            ):
                # "Giao Sở Công Thương chủ trì … . Trình UBND tỉnh trước ngày 10/8": the same lead.
                c.lead, c.inherit = previous_task.lead, True
                c.shape = "task.inherit"
            if c.kind == TASK:
                previous_task, since = c, 0
            else:
                since += 1
                if c.kind == CONCLUSION:
                    previous_task = None
        out: list[_Clause] = []
        for c in clauses:
            previous = out[-1] if out else None
            if (
                c.kind is None
                and previous is not None
                and previous.kind == CONCLUSION
                and _TASK_CUE.match(self.low, c.start)
                and not _HARD_GAP.search(self.low, previous.end, c.start)
            ):
                # "Chưa thống nhất thông qua đề án …, đề nghị hoàn thiện thêm": the request
                # names no one; it belongs to the conclusion it follows.
                previous.end = c.end
                continue
            if (
                previous is not None
                and previous.kind == TASK
                and c.kind is None
                and ":" in self.low[previous.end : c.start]
                and not re.search(r"[.!?\n]", self.low[previous.end : c.start])
            ):
                # "giao Giám đốc các Sở: | Nội vụ, Tài chính … theo dõi, đôn đốc …": the colon
                # opens the content of the task.
                previous.end = c.end
                continue
            if (
                c.kind == TASK
                and previous is not None
                and previous.kind == TASK
                and c.lead is not None
                and previous.lead is not None
                and self._only_addressees(previous)
                and not re.search(r"[.!?\n]", self.low[previous.end : c.start])
            ):
                # "chỉ đạo thủ trưởng các sở, ban ngành …; | Chủ tịch UBND các huyện … khẩn
                # trương …": several units told one thing, the first named leads.
                previous.end = c.end
                previous.coordinating += c.coordinating
                continue
            if (
                c.kind == TASK
                and previous is not None
                and previous.kind == TASK
                and c.lead is not None
                and c.lead.start <= c.start + 1
                and self._ends_with_coordinators(previous)
                and not _HARD_GAP.search(self.low, previous.end, c.start)
            ):
                # "Công an tỉnh chủ trì, phối hợp với BCH Quân sự tỉnh, | Sở Giao thông vận tải
                # xây dựng …": the unit that seemed to open a clause ends the coordinators' list.
                previous.coordinating += [
                    m for m in [c.lead, *c.coordinating] if m.key != previous.lead.key
                ]
                previous.end = c.end
                continue
            out.append(c)
        return out

    def _join_headings(self, clauses: list[_Clause]) -> list[_Clause]:
        """ "2. Sở Y tế (cơ quan thường trực …): | khẩn trương …": a unit heading its point
        before a colon is the subject of what follows it."""
        out: list[_Clause] = []
        i = 0
        while i < len(clauses):
            c = clauses[i]
            if i + 1 < len(clauses) and ":" in self.low[c.end : clauses[i + 1].start]:
                om = _OPENERS.match(self.low, c.start, c.end)
                pos = om.end() if om else c.start
                x = self.mention_at(pos)
                rest = self.low[x.end : c.end] if x is not None else "?"
                if x is not None and re.fullmatch(r"\s*(?:\([^()]*\)?)?\s*", rest):
                    out.append(_Clause(c.start, clauses[i + 1].end))
                    i += 2
                    continue
            out.append(c)
            i += 1
        return out

    def _only_addressees(self, c: _Clause) -> bool:
        """Whether the task `c` names only who is told, nothing to do: "… chỉ đạo thủ trưởng
        các sở, ban ngành, đơn vị sự nghiệp công lập trực thuộc UBND tỉnh"."""
        if not _TASK_CUE.search(self.low, c.start, c.lead.start):
            return False
        inside = self.mentions_in(c.lead.start, c.end)
        if not inside or _ACTION_VERB.search(self.low, c.lead.start, c.end):
            return False
        tail = self.low[inside[-1].end : c.end]
        tail = re.sub(r"^\s*,?\s*(?:(?:trực thuộc|thuộc|của|và)\s*)?", "", tail)
        return len(tail.split()) <= 6 and ";" in self.low[c.end : c.end + 3]

    def _ends_with_coordinators(self, c: _Clause) -> bool:
        """Whether the task `c` ends on "phối hợp với [units]" with nothing for them to do."""
        found = list(_PHOI_HOP.finditer(self.low, c.start, c.end))
        if not found or c.lead is None:
            return False
        tail = self.low[found[-1].end() : c.end]
        words = [w for w in re.findall(r"\w+", tail)]
        return len(words) <= 12 and not _ACTION_VERB.search(tail)

    def _split(self) -> list[tuple[int, int]]:
        """Clauses at sentence marks and cue words (`split_clauses`), and, where Whisper left no
        mark, before a unit that opens a new instruction ("… trước ngày 20/10 | phòng tài nguyên
        và môi trường khẩn trương …") and after a deadline that a unit follows."""
        spans = split_clauses(self.low, bound=False)
        ends = deadline_ends(self.fld)
        out: list[tuple[int, int]] = []
        for a, e in spans:
            cuts: list[int] = []
            for x in self.mentions_in(a, e):
                if x.start <= a:
                    continue
                cut = self._new_subject(x, a, e, ends)
                if cut is not None and cut > a and (not cuts or cut > cuts[-1]):
                    cuts.append(cut)
            for end in ends[bisect.bisect_right(ends, a) : bisect.bisect_left(ends, e)]:
                # After a deadline, Whisper's run goes on with the next speaker or point:
                # "… chậm nhất ngày 15/11 | tại hội nghị đại diện xã …".
                nm = re.match(r"[\s,]*(\w+)", self.low[end:e])
                opening = _DEADLINE_OPENS.match(self.low, a, end)
                if opening and opening.end() == end:
                    continue  # "Trong tháng 9, Chi bộ tiếp tục …": the deadline opens the task
                if nm and nm.group(1) not in _GOES_ON and not _SUBJECT_VERB.match(self.low, end):
                    period = _PERIOD.search(self.low, max(a, end - 40), end)
                    if period and _PAST_AFTER.match(self.low, end, e):
                        # "… việc thực hiện | trong 6 tháng toàn huyện đã kết nạp …": a period
                        # before a past result opens the report; it is no deadline.
                        cuts.append(period.start())
                    else:
                        cuts.append(end + nm.start(1))
            for m in _NEGATIVE_END.finditer(self.low, a, e):
                # "… thuê thêm trụ sở chưa đồng ý | năm qua sở đã tham mưu …": a refusal that
                # closes its clause, then a report of what was done.
                if not _WEAK_OBJECT.match(self.low, m.end()) and _PAST_AFTER.match(
                    self.low, m.end(), e
                ):
                    nm = re.match(r"[\s,]*", self.low[m.end() : e])
                    cuts.append(m.end() + nm.end())
            cuts.sort()
            start = a
            for cut in cuts:
                while cut < e and not self.low[cut].isalnum():
                    cut += 1
                end = cut
                while end > start and not (
                    self.low[end - 1].isalnum() or self.low[end - 1] in ")%"
                ):
                    end -= 1
                if end > start:
                    out.extend(bound_run(self.low, start, end))
                start = cut
            out.extend(bound_run(self.low, start, e))
        return out

    def _in_coordinator_list(self, x: Mention, a: int) -> bool:
        """Whether `x` ends a list after "phối hợp với" ("phối hợp với Sở Tài chính, Sở Kế
        hoạch và Đầu tư rà soát …"): the last coordinator, whose verb is the lead's."""
        found = list(_PHOI_HOP.finditer(self.low, a, x.start))
        if not found:
            return False
        pos = found[-1].end()
        for y in self.mentions_in(pos, x.start):
            if y.start < pos or y is x or y.start >= x.start:
                continue
            if not _LIST_GAP.match(self.low[pos : y.start]):
                return False
            pos = y.end
        return bool(_LIST_GAP.match(self.low[pos : x.start]))

    def _in_subject_list(self, x: Mention, a: int) -> bool:
        """Whether `x` follows the units that open the clause ("sở kế hoạch và đầu tư | sở xây
        dựng phối hợp …"): several subjects, not a new clause."""
        pos = a
        lm = _LEADERS.match(self.low, a, x.start)
        if lm:
            pos = lm.end()
        for y in self.mentions_in(pos, x.start):
            if y.start < pos or self.low[pos : y.start].strip(" ,;-&") not in ("", "và"):
                return False
            pos = y.end
        return pos > a and self.low[pos : x.start].strip(" ,;-&") in ("", "và")

    def _in_addressee_list(self, x: Mention, a: int) -> bool:
        """Whether `x` is one of several units told together ("đề nghị các cơ quan, đơn vị,
        UBND các huyện, thành phố tiếp tục …"): the list runs from the cue to `x`."""
        found = list(_TASK_CUE.finditer(self.low, max(a, x.start - 160), x.start))
        if not found:
            return False
        pos = found[-1].end()
        for y in self.mentions_in(pos, x.start):
            if not _ADDRESSEE_GAP.match(self.low[pos : y.start]) and not _LIST_GAP.match(
                self.low[pos : y.start]
            ):
                return False
            pos = y.end
        return bool(_LIST_GAP.match(self.low[pos : x.start])) and pos > found[-1].end()

    def _new_subject(self, x: Mention, a: int, e: int, ends: list[int]) -> int | None:
        """Where a new clause starts at unit `x`, or None when `x` belongs to the clause."""
        low = self.low
        tail = _ADDRESS_TAIL.search(low, max(a, x.start - 30), x.start)
        cut = tail.start() if tail else x.start
        while cut > a and low[cut - 1] in " ,":
            cut -= 1
        if cut <= a:
            return None
        if self._in_coordinator_list(x, a) or self._in_addressee_list(x, a):
            return None
        if self._in_subject_list(x, a):
            return None
        if _OPENERS.fullmatch(low, a, cut) or _OPENERS.fullmatch(low, a, x.start):
            return None  # "Trong tháng 9, | Chi bộ …": only an opener before the unit
        before = low[max(a, cut - 30) : cut]
        i = bisect.bisect_right(ends, cut) - 1
        after_deadline = i >= 0 and not low[ends[i] : cut].strip(" ,")
        if after_deadline:
            opening = _DEADLINE_OPENS.match(low, a, ends[i])
            if opening and opening.end() == ends[i]:
                after_deadline = False  # "Trong tháng 9, | Chi bộ …": the deadline opens the task
        if not after_deadline and _OBJECT_BEFORE.search(before):
            return None
        if after_deadline and x.start - ends[i] <= 30:
            return cut
        end = x.end
        nxt = self.mention_at_gap(end, e)
        if nxt is not None:
            end = nxt.end
        if end >= e:
            return None
        pos = _CUT_GAP.match(low, end, e).end()
        sv = _SUBJECT_VERB.match(low, pos, e)
        verb = sv or ((tail or not x.generic) and _ACTION_VERB.match(low, pos, e))
        if not verb and x.head in _CHAIR_HEADS and not x.generic:
            # "… đồng chí Bí thư kết luận | Ban Thường vụ Huyện ủy ghi nhận …": the chair's body
            # opening a judgement starts a new clause.
            verb = _CONCLUSION_CUE.match(low, pos, e)
        if not verb:
            return None
        # Something must follow the verb, and not just a deadline ("… các cấp thực hiện thường
        # xuyên" ends the clause before; it does not start one).
        rest = low[verb.end() : e]
        if len(rest.split()) < 3 or _DEADLINE_START.match(self.fld, verb.end(), e):
            return None
        return cut

    def _maybe_inherit(self, c: _Clause, previous: _Clause) -> None:
        """ "Đồng thời, tiếp tục rà soát …" after a task goes on with the same lead unit."""
        body = self.low[c.start : c.end]
        lm = _LEADERS.match(body)
        if not lm or not lm.group().strip():
            return
        if _ACTION.match(body, lm.end()):
            c.kind, c.lead, c.inherit = TASK, previous.lead, True
            c.cues, c.shape = [lm.group().strip(" ,")], "task.inherit"
            c.coordinating = self._coordinating(
                c.start, c.end, self.mentions_in(c.start, c.end), c.lead
            )


# Confidence by the rule that made the proposal, as measured on real text (see
# scripts/calibrate_suggestions.py, which writes resources/suggestions/confidence.json from the
# development part of tests/data/suggestions_real.json). These values stand in when it is absent.
_BASE_CONFIDENCE = {
    "task.cue_unit": 0.95, "task.chu_tri": 0.95, "task.directs": 0.85, "task.subject_verb": 0.85,
    "task.head_subject": 0.8, "task.cue_action": 0.75, "task.cue_opening": 0.75,
    "task.chair_order": 0.7, "task.inherit": 0.7, "task.imperative": 0.75, "task.sent_to": 0.75,
    "task.passive": 0.7,
    "conclusion.strong": 0.9, "conclusion.other": 0.8, "conclusion.weak": 0.5,
    "conclusion.weak_head": 0.7,
    "conclusion.assessment": 0.75,
}  # fmt: skip


@functools.lru_cache(maxsize=1)
def confidence_table() -> dict[str, float]:
    """The measured precision of each rule, from the shipped calibration file."""
    table = dict(_BASE_CONFIDENCE)
    try:
        data = json.loads(resource("suggestions", "confidence.json").read_text("utf-8"))
        table.update({k: float(v["confidence"]) for k, v in data["shapes"].items()})
    except (OSError, ValueError, KeyError, TypeError):
        pass  # a missing or damaged file leaves the built-in values
    return table


def _confidence(c: _Clause, s: Suggestion) -> float:
    """How often a proposal made by this rule was right on real text; a task that states its
    deadline is a little surer, one that names no unit a little less."""
    value = confidence_table().get(c.shape, 0.5)
    if s.kind == TASK:
        if s.lead_unit is None and c.shape not in ("task.imperative", "task.cue_opening"):
            value -= 0.05
        if s.deadline or s.ongoing:
            value += 0.03
    return round(min(0.99, max(0.0, value)), 2)  # a rule is never certain


def _suggestions(reader: _Reader, meeting_date: dt.date) -> list[tuple[Suggestion, int, int]]:
    out: list[tuple[Suggestion, int, int]] = []
    clauses = reader.clauses()
    seen: set[str] = set()
    for i, c in enumerate(clauses):
        if c.kind is None:
            continue
        a, e = c.start, c.end
        s = Suggestion(kind=c.kind, text="")
        if c.kind == TASK:
            dl = find_deadline(reader.text[a:e], meeting_date, folded=reader.fld[a:e], events=True)
            if dl is None and i + 1 < len(clauses):
                nxt = clauses[i + 1]
                body = reader.low[nxt.start : nxt.end]
                end = nxt.end
                label = _LABEL_AT_END.search(reader.low, a, e)
                gap = reader.low[e : nxt.start]
                if label and nxt.kind is None and not re.search(r"[.!?;\n]", gap):
                    # "…, thời hạn: tháng 01/2026": the label closes the task, its value follows.
                    found = find_deadline(
                        reader.text[label.start() : nxt.end],
                        meeting_date,
                        folded=reader.fld[label.start() : nxt.end],
                        events=True,
                    )
                    if found is not None and len(body.split()) <= 14:
                        dl, e = found, nxt.end
                if dl is None and _DEADLINE_LABEL.match(body) and i + 2 < len(clauses):
                    after = clauses[i + 2]
                    gap = reader.low[nxt.end : after.start]
                    if after.kind is None and not re.search(r"[.!?;\n]", gap):
                        end = after.end
                if (
                    dl is None
                    and nxt.kind is None
                    and len(body.split()) <= 14
                    and _DEADLINE_LEAD.match(body)
                ):
                    dl = find_deadline(
                        reader.text[nxt.start : end],
                        meeting_date,
                        folded=reader.fld[nxt.start : end],
                        events=True,
                    )
                    if dl is not None:
                        e = end
            j, last = i + 1, e
            while dl is None and j < len(clauses):
                nxt = clauses[j]
                if not (
                    nxt.kind == TASK
                    and nxt.inherit
                    and nxt.lead is c.lead
                    and not _sentence_between(reader.low, last, nxt.start)
                ):
                    break
                # "… khẩn trương hoàn thành đề án …; bố trí cán bộ … trước ngày 10/6": one
                # deadline, at the end, closes the points given to the same unit.
                dl = find_deadline(
                    reader.text[nxt.start : nxt.end],
                    meeting_date,
                    folded=reader.fld[nxt.start : nxt.end],
                    events=True,
                )
                j, last = j + 1, nxt.end
            if dl is None:
                dl = reader.opening_deadline(clauses, i, meeting_date)
            if dl is not None:
                s.deadline = dl.date.isoformat() if dl.date else None
                s.deadline_text = dl.text
                s.ongoing = dl.ongoing
            s.lead_unit = c.lead.name if c.lead else None
            s.coordinating_units = [m.name for m in c.coordinating]
        s.cues = [" ".join(w.split()) for w in dict.fromkeys(c.cues) if w.strip()]
        s.confidence = _confidence(c, s)
        s.text = clean(reader.text[a:e])
        if not s.text:
            continue
        s.key = _key(s.kind, s.text)
        if s.key in seen:
            continue
        seen.add(s.key)
        out.append((s, a, e))
    return out


def suggest_text(
    text: str,
    *,
    meeting_date: dt.date | None = None,
    units: list[Unit] | None = None,
    context: str = "",
) -> list[Suggestion]:
    """Conclusions and tasks proposed from `text`, in order. `context` (the meeting's title, say)
    helps a bare "Sở" find its name."""
    reader = _Reader(text or "", units, context)
    return [s for s, _, _ in _suggestions(reader, meeting_date or dt.date.today())]


def suggest_segments(
    segments: list[Segment],
    *,
    meeting_date: dt.date | None = None,
    units: list[Unit] | None = None,
    context: str = "",
) -> list[Suggestion]:
    """The same over transcript segments, joined so that a sentence may span several; each
    suggestion carries its first and last segment and their times."""
    ordered = [s for s in segments if s.text and s.text.strip()]
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    previous_speaker: str | None = None
    for seg in ordered:
        glue = "" if not parts else ("\n" if seg.speaker != previous_speaker else " ")
        pos += len(glue)
        parts.append(glue)
        starts.append(pos)
        piece = views(seg.text.strip())[0]
        parts.append(piece)
        pos += len(piece)
        previous_speaker = seg.speaker
    reader = _Reader("".join(parts), units, context)
    out: list[Suggestion] = []
    for s, a, e in _suggestions(reader, meeting_date or dt.date.today()):
        if ordered:
            first = ordered[max(0, bisect.bisect_right(starts, a) - 1)]
            last = ordered[max(0, bisect.bisect_right(starts, max(a, e - 1)) - 1)]
            s.first_segment_id, s.last_segment_id = first.id, last.id
            s.start, s.end = first.start, last.end
        out.append(s)
    return out


def suggest_meeting(store, meeting_id: int) -> list[Suggestion]:
    """Suggestions for a stored meeting: its segments, its date (today if none), the directory."""
    meeting = store.meetings.get(meeting_id)
    try:
        day = dt.date.fromisoformat(meeting.date) if meeting.date else dt.date.today()
    except ValueError:
        day = dt.date.today()
    return suggest_segments(
        store.segments.for_meeting(meeting_id),
        meeting_date=day,
        units=store.units.list(),
        context=" ".join(x for x in (meeting.title, meeting.place) if x),
    )
